import { JAM_ZONA, tanggalDiZona, ZONA_BAKU } from '../calendar/zona-tanggal.js';
import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import type { PeristiwaStatus, Riwayat, StatusPermintaan } from './status.js';
import type { JenisPengajuan } from './types.js';

// The transitions of a request's status (terapkanPeristiwa in status.ts) and what they allow the requester,
// apart from status.ts: a status page asks batasKeberatan without carrying the Pasal 17 titles or the
// calendar that status.ts loads.

export const BELUM_DIJAWAB: readonly StatusPermintaan[] = ['diterima', 'diproses', 'diperpanjang'];

/** Which event may follow which status on a request. */
const BOLEH_PERMINTAAN: Readonly<Record<StatusPermintaan, readonly PeristiwaStatus['type'][]>> = {
  diterima: ['proses', 'perpanjang', 'jawab', 'keberatan'],
  diproses: ['perpanjang', 'jawab', 'keberatan'],
  diperpanjang: ['jawab', 'keberatan'],
  dijawab: ['keberatan', 'selesai'],
  keberatan: ['selesai'],
  selesai: [],
};

/**
 * Which event may follow which status. A keberatan record has no extension and no objection of its own, and
 * is answered by the Atasan PPID's decision (`putusan-keberatan`), not by `jawab` (which an older store may
 * hold there). The request's table apart: batasKeberatan reads only it. On a request the decision is
 * recorded only with its objection's (PUTUSAN_PADA_PERMINTAAN), so no officer picks it there.
 */
export const BOLEH: Record<
  JenisPengajuan,
  Readonly<Record<StatusPermintaan, readonly PeristiwaStatus['type'][]>>
> = {
  permintaan: BOLEH_PERMINTAAN,
  keberatan: {
    diterima: ['proses', 'putusan-keberatan'],
    diproses: ['putusan-keberatan'],
    diperpanjang: [],
    dijawab: ['selesai'],
    keberatan: [],
    selesai: [],
  },
};

/**
 * The statuses of a request the Atasan PPID's decision on its objection is also recorded in (putuskanKeberatan
 * in status.ts): awaiting it (`keberatan`), or closed by the office while it waited (`selesai`).
 */
export const PUTUSAN_PADA_PERMINTAAN: readonly StatusPermintaan[] = ['keberatan', 'selesai'];

/**
 * The agency's date at `at`: in its zone, or WIB when none (or an unknown one) is given. An `at` that is no
 * valid Date throws a TypeError naming `fungsi` and `at` in both languages, as GalatArgumen's message begins
 * (not GalatArgumen itself: the status page bundles batasKeberatan, and GalatArgumen's words cost it ~560 B
 * brotli where it has ~70 B of room).
 */
const hariDi = (fungsi: string, at: Date, timeZone: ZonaWaktu | undefined): Tanggal => {
  try {
    return tanggalDiZona(at, typeof JAM_ZONA[timeZone!] === 'number' ? timeZone! : ZONA_BAKU);
  } catch {
    // Only `at` can fail here: not a Date (no getTime), or an invalid one (no ISO string).
    throw new TypeError(`${fungsi}: at harus Date yang sah / ${fungsi}: at must be a valid Date`);
  }
};

/**
 * The last day an objection on a request may still be filed at `at` (UU KIP Pasal 35–36), or undefined when
 * none may be filed now: the transitions terapkanPeristiwa records an objection by, while their window is open.
 * Answered: until the last day of the window the answer started (the history's `deadline`, of kind
 * `keberatan`). Unanswered: only once its due date has passed (Pasal 35 ayat 1 huruf c), until the last day
 * of `window` — jendelaTerbuka's, as a status answer (`POST /v1/status`) carries it; without it, undefined.
 * Closed (`selesai`) after the answer, with the answer's window (`deadlineKind` `keberatan`) running: that
 * window's last day too — terapkanPeristiwa then still records the objection; after it, a closed request
 *  * takes none. Never on an objection record, a request already objected to, one closed after an objection
 * (or by the decision on it: its `deadlineKind` is then `sengketa`), or once that last day has passed (an objection filed later on a request not closed is still recorded,
 * marked `late`; whether it is heard is the Atasan PPID's call).
 * Counts no working days, so it needs no holiday data: a status page can ask it. `timeZone`: the agency's
 * (`at`'s date there); another value counts in WIB.
 */
export function batasKeberatan(
  riwayat: Pick<Riwayat, 'kind' | 'status' | 'deadline' | 'deadlineKind'> & {
    readonly window?: { readonly kind: string; readonly due: Tanggal } | undefined;
  },
  at: Date,
  timeZone?: ZonaWaktu,
): Tanggal | undefined {
  const hariIni = hariDi('batasKeberatan', at, timeZone);
  const { status, deadline, window: w } = riwayat;
  // Closed by the office after the answer: the window the answer started still runs (the requester's
  // right does not end with the office's internal status); closed after an objection, it has none.
  const selesai = status === 'selesai' && riwayat.deadlineKind === 'keberatan';
  if (
    (riwayat.kind ?? 'permintaan') !== 'permintaan' ||
    !(selesai || BOLEH_PERMINTAAN[status]?.includes('keberatan'))
  )
    return undefined;
  const due = BELUM_DIJAWAB.includes(status)
    ? hariIni > deadline && w?.kind === 'keberatan'
      ? w.due
      : undefined
    : (riwayat.deadlineKind ?? 'keberatan') === 'keberatan'
      ? deadline
      : undefined;
  return due !== undefined && hariIni <= due ? due : undefined;
}

/**
 * The time condition that refuses an event the table allows, on `hariIni` (the agency's date), or undefined:
 * an extension once the deadline has passed (UU KIP Pasal 22 ayat 8), an objection for no answer before it
 * has (Pasal 35 ayat 1 huruf c). terapkanPeristiwa refuses by it; peristiwaBolehPada leaves such an event out.
 */
export function syaratWaktu(
  riwayat: Pick<Riwayat, 'status' | 'deadline'>,
  type: PeristiwaStatus['type'],
  hariIni: Tanggal,
): 'extension.too-late' | 'objection.too-early' | undefined {
  if (type === 'perpanjang' && hariIni > riwayat.deadline) return 'extension.too-late';
  if (type === 'keberatan' && BELUM_DIJAWAB.includes(riwayat.status) && hariIni <= riwayat.deadline)
    return 'objection.too-early';
  return undefined;
}

/**
 * The events an officer may record on a record at `at`, as terapkanPeristiwa records them then: the table
 * (BOLEH) for its kind and status less what its time conditions refuse (syaratWaktu), and an objection on a
 * request closed after its answer while that answer's window runs (batasKeberatan). `timeZone`: the agency's.
 */
export function peristiwaBolehPada(
  riwayat: Pick<Riwayat, 'kind' | 'status' | 'deadline' | 'deadlineKind'>,
  at: Date,
  timeZone?: ZonaWaktu,
): PeristiwaStatus['type'][] {
  const hariIni = hariDi('peristiwaBolehPada', at, timeZone);
  const tabel = BOLEH[riwayat.kind === 'keberatan' ? 'keberatan' : 'permintaan'][riwayat.status] ?? [];
  const boleh = tabel.filter((p) => syaratWaktu(riwayat, p, hariIni) === undefined);
  if (!boleh.includes('keberatan') && riwayat.status === 'selesai' && batasKeberatan(riwayat, at, timeZone))
    boleh.push('keberatan');
  return boleh;
}
