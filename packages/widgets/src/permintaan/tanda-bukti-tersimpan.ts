import { teksJSON } from '@terbuka/sdk';
import type { JenisPengajuan, TandaBukti, ZonaWaktu } from '@terbuka/sdk';
import { endpointMutlak } from './pengirim.js';

/**
 * What is kept of a receipt on the device so the registration number outlives the tab: the number and
 * dates, the agency. Nothing the citizen wrote — no NIK, name, contacts or address, and not the request's
 * own words, which may name people: on a shared device the next person may see it.
 */
export interface TandaBuktiSingkat {
  readonly number: string;
  readonly kind: JenisPengajuan;
  readonly agency: string;
  readonly receivedAt: string;
  readonly timeZone?: ZonaWaktu;
  readonly due: string;
  readonly workingDays: number;
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

/** Forgets every kept receipt of this server and agency ("Hapus dari perangkat ini"). */
export function hapusTandaBukti(kunci: string): void {
  try {
    localStorage.removeItem(kunci);
  } catch {
    // Blocked storage kept nothing.
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
  };
  try {
    const lain = bacaTandaBukti(kunci).filter((x) => x.number !== tb.number);
    localStorage.setItem(kunci, teksJSON([baru, ...lain].slice(0, BATAS)));
  } catch {
    // Blocked storage: the receipt on screen is all there is, as before.
  }
}
