import { teksJSON } from '@terbuka/sdk';
import type { JenisPengajuan, TandaBukti, ZonaWaktu } from '@terbuka/sdk';
import { endpointMutlak } from './pengirim.js';

/**
 * What is kept of a receipt on the device so the registration number outlives the tab: the number and
 * dates, the agency, the short summary of what was asked. No personal data (NIK, name, contacts,
 * address): on a shared device the next person may see it.
 */
export interface TandaBuktiSingkat {
  readonly number: string;
  readonly kind: JenisPengajuan;
  readonly agency: string;
  readonly receivedAt: string;
  readonly timeZone?: ZonaWaktu;
  readonly due: string;
  readonly workingDays: number;
  readonly summary: string;
}

/** The last few are enough to find a number again; older ones are on the status page. */
const BATAS = 5;

/** Per server and agency, both kinds: an objection form shows the request numbers it may object to. */
export const kunciTandaBukti = (endpoint: string, agency: string | undefined): string =>
  `terbuka.tanda-bukti.v1:${agency ?? ''}:${endpointMutlak(endpoint)}`;

/** The kept receipts, newest first; none when storage is blocked or the text was tampered with. */
export function bacaTandaBukti(kunci: string): TandaBuktiSingkat[] {
  try {
    const d = JSON.parse(localStorage.getItem(kunci) ?? '[]') as unknown;
    return Array.isArray(d)
      ? d.filter(
          (x): x is TandaBuktiSingkat =>
            typeof x === 'object' &&
            x !== null &&
            typeof (x as TandaBuktiSingkat).number === 'string' &&
            typeof (x as TandaBuktiSingkat).due === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Keeps a receipt (once per number). Blocked or full storage: simply not kept. */
export function simpanTandaBukti(kunci: string, tb: TandaBukti): void {
  const baru: TandaBuktiSingkat = {
    number: tb.number,
    kind: tb.kind,
    agency: tb.agency.name,
    receivedAt: tb.receivedAt,
    ...(tb.agency.timeZone ? { timeZone: tb.agency.timeZone } : {}),
    due: tb.deadline.due,
    workingDays: tb.deadline.workingDays,
    summary: tb.summary,
  };
  try {
    const lain = bacaTandaBukti(kunci).filter((x) => x.number !== tb.number);
    localStorage.setItem(kunci, teksJSON([baru, ...lain].slice(0, BATAS)));
  } catch {
    // Blocked storage: the receipt on screen is all there is, as before.
  }
}
