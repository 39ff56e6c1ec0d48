import type { HariDilewati, JenisTenggat, OpsiKalender } from '../calendar/types.js';
import { aturanTenggat, hitungTenggat, perpanjangTenggat } from '../calendar/tenggat.js';
import { keTanggal, ZONA_BAKU } from '../calendar/tanggal.js';
import type { Tanggal } from '../dip/types.js';
import { tanggalTeks, type Teks } from '../i18n/teks.js';
import { PASAL_17 } from '../standard/pasal.js';
import type { DasarHukum, HurufPasal17, HurufPasal35 } from '../standard/types.js';
import type { JenisPengajuan, TandaBukti } from './types.js';
import { batasKeberatan, BELUM_DIJAWAB, BOLEH } from './transisi.js';

/** Where a request stands. A keberatan record itself uses diterima → diproses → dijawab → selesai. */
export const STATUS_PERMINTAAN = [
  'diterima',
  'diproses',
  'diperpanjang',
  'dijawab',
  'keberatan',
  'selesai',
] as const;
export type StatusPermintaan = (typeof STATUS_PERMINTAAN)[number];

/** The answer's outcome (UU KIP Pasal 22 ayat 7). */
export const HASIL_JAWABAN = ['dikabulkan', 'dikabulkan-sebagian', 'ditolak', 'tidak-dikuasai'] as const;
export type HasilJawaban = (typeof HASIL_JAWABAN)[number];

/** What an officer (or a linked objection) does to a request. */
export type PeristiwaStatus =
  | { readonly type: 'proses'; readonly note?: string }
  | { readonly type: 'perpanjang'; readonly reason: string }
  | {
      readonly type: 'jawab';
      readonly outcome: HasilJawaban;
      /**
       * Pasal 17 letters; required when `ditolak`, not allowed when `dikabulkan`; when
       * `dikabulkan-sebagian`, these or a `note` (the withheld parts and why, Pasal 22 ayat 7).
       */
      readonly grounds?: readonly HurufPasal17[];
      /** The body that holds the information; required when `tidak-dikuasai`. */
      readonly holder?: string;
      readonly note?: string;
    }
  | { readonly type: 'keberatan'; readonly number: string }
  | { readonly type: 'selesai'; readonly note?: string };

export type JenisPeristiwa = PeristiwaStatus['type'] | 'diterima';

/** One timestamped step: the event as applied, the status and the deadline it left. */
export type CatatanPeristiwa = {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly status?: StatusPermintaan;
  readonly deadline?: Tanggal;
  readonly deadlineKind?: JenisTenggat;
  /** `jawab`: answered after the due date; `keberatan`: filed after the 30-working-day window. */
  readonly late?: boolean;
  /** `jawab`: the answer's due date at the time. */
  readonly due?: Tanggal;
} & (PeristiwaStatus | { readonly type: 'diterima' });

/**
 * The history of one request (or objection). `deadline` is the one running now, `deadlineKind` says
 * which: the answer (`permintaan`, `perpanjangan`), the requester's objection window once answered
 * (`keberatan`), the Atasan PPID's answer (`tanggapan-keberatan`) or the dispute window (`sengketa`).
 */
export interface Riwayat {
  /** Default `permintaan`. */
  readonly kind?: JenisPengajuan;
  readonly status: StatusPermintaan;
  readonly deadline: Tanggal;
  readonly deadlineKind?: JenisTenggat;
  readonly events: readonly CatatanPeristiwa[];
}

/** An event not allowed from the current status, or an event missing what it needs. */
export class GalatTransisi extends Error {
  override readonly name = 'GalatTransisi';
  readonly teks: Teks;
  readonly code: string;
  readonly from: StatusPermintaan | undefined;
  constructor(code: string, teks: Teks, from?: StatusPermintaan) {
    super(`${teks.id} / ${teks.en}`);
    this.code = code;
    this.teks = teks;
    this.from = from;
  }
}

/** The history a submission starts with: received, with the receipt's deadline. */
export function mulaiRiwayat(tb: TandaBukti): Riwayat {
  return {
    kind: tb.kind,
    status: 'diterima',
    deadline: tb.deadline.due,
    deadlineKind: tb.deadline.kind,
    events: [
      {
        at: tb.receivedAt,
        type: 'diterima',
        status: 'diterima',
        deadline: tb.deadline.due,
        deadlineKind: tb.deadline.kind,
      },
    ],
  };
}

const HURUF_PASAL_17 = PASAL_17.map((p) => p.letter);

const NAMA_PERISTIWA: Record<PeristiwaStatus['type'], Teks> = {
  proses: { id: 'diproses', en: 'processing' },
  perpanjang: { id: 'perpanjangan', en: 'extension' },
  jawab: { id: 'jawaban', en: 'answer' },
  keberatan: { id: 'keberatan', en: 'objection' },
  selesai: { id: 'selesai', en: 'closing' },
};

const obyek = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const teksIsi = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;

/** The event as it will be recorded (trimmed, grounds ordered), or a GalatTransisi saying what is missing. */
function rapikanPeristiwa(p: unknown, kind: JenisPengajuan, from: StatusPermintaan): PeristiwaStatus {
  const galat = (code: string, id: string, en: string) => new GalatTransisi(code, { id, en }, from);
  if (
    !obyek(p) ||
    typeof p['type'] !== 'string' ||
    !Object.prototype.hasOwnProperty.call(NAMA_PERISTIWA, p['type'])
  )
    throw galat(
      'event.type',
      'Jenis peristiwa tidak dikenal; pilih: proses, perpanjang, jawab, keberatan, selesai.',
      'Unknown event type; choose: proses, perpanjang, jawab, keberatan, selesai.',
    );
  const note = p['note'] === undefined ? undefined : teksIsi(p['note']);
  const denganCatatan = note ? { note } : {};
  switch (p['type'] as PeristiwaStatus['type']) {
    case 'proses':
      return { type: 'proses', ...denganCatatan };
    case 'selesai':
      return { type: 'selesai', ...denganCatatan };
    case 'perpanjang': {
      const reason = teksIsi(p['reason']);
      if (!reason)
        throw galat(
          'extension.reason',
          'Perpanjangan wajib disertai alasan tertulis (UU KIP Pasal 22 ayat 8).',
          'An extension needs written reasons (UU KIP Article 22(8)).',
        );
      return { type: 'perpanjang', reason };
    }
    case 'keberatan': {
      const number = teksIsi(p['number']);
      if (!number)
        throw galat(
          'objection.number',
          'Keberatan wajib menyebut nomor pendaftaran keberatannya.',
          'An objection event needs the objection’s registration number.',
        );
      return { type: 'keberatan', number };
    }
    case 'jawab': {
      const outcome = p['outcome'];
      if (typeof outcome !== 'string' || !(HASIL_JAWABAN as readonly string[]).includes(outcome))
        throw galat(
          'answer.outcome',
          `Hasil jawaban wajib salah satu dari: ${HASIL_JAWABAN.join(', ')}.`,
          `The answer's outcome must be one of: ${HASIL_JAWABAN.join(', ')}.`,
        );
      const mentah = p['grounds'];
      if (mentah !== undefined && !Array.isArray(mentah))
        throw galat(
          'answer.grounds',
          'Alasan penolakan harus berupa daftar huruf Pasal 17.',
          'Refusal grounds must be a list of Article 17 letters.',
        );
      const daftar: unknown[] = mentah ?? [];
      const salah = daftar.find((g) => !(HURUF_PASAL_17 as readonly unknown[]).includes(g));
      if (salah !== undefined)
        throw galat(
          'answer.grounds',
          `"${String(salah)}" bukan huruf Pasal 17 UU KIP (a–j).`,
          `"${String(salah)}" is not a letter of UU KIP Article 17 (a–j).`,
        );
      const grounds = HURUF_PASAL_17.filter((h) => daftar.includes(h));
      const holder = teksIsi(p['holder']);
      // A refusal of a request must name its Pasal 17 ground; an objection's answer need not (grounds b–g).
      if (outcome === 'ditolak' && kind === 'permintaan' && grounds.length === 0)
        throw galat(
          'answer.grounds',
          'Penolakan wajib menyebut alasan pengecualian Pasal 17 UU KIP (huruf a–j).',
          'A refusal must name its exception ground under UU KIP Article 17 (letters a–j).',
        );
      // A partial grant says which parts are withheld and why (UU KIP Pasal 22 ayat 7): a Pasal 17 ground,
      // or a written note when the reason is another (a part not held, a part not yet existing …).
      if (outcome === 'dikabulkan-sebagian' && kind === 'permintaan' && grounds.length === 0 && !note)
        throw galat(
          'answer.partial-reason',
          'Permintaan yang dikabulkan sebagian wajib menyebut bagian yang dikecualikan beserta alasannya (UU KIP Pasal 22 ayat 7): pilih sekurang-kurangnya satu alasan Pasal 17 (huruf a–j) atau tulis catatan.',
          'A request granted in part must state the withheld parts and the reason (UU KIP Article 22(7)): choose at least one Article 17 ground (letters a–j) or write a note.',
        );
      if (outcome === 'dikabulkan' && grounds.length > 0)
        throw galat(
          'answer.grounds',
          'Permintaan yang dikabulkan seluruhnya tidak mempunyai alasan pengecualian; pilih "dikabulkan-sebagian" bila ada bagian yang dihitamkan.',
          'A request granted in full has no exception ground; choose "dikabulkan-sebagian" if parts are blacked out.',
        );
      if (outcome === 'tidak-dikuasai' && !holder)
        throw galat(
          'answer.holder',
          'Jawaban "tidak dikuasai" wajib menyebut badan publik yang menguasai informasinya, bila diketahui, atau "tidak diketahui".',
          'A "not held" answer must name the public body that holds the information, or "tidak diketahui" (unknown).',
        );
      return {
        type: 'jawab',
        outcome: outcome as HasilJawaban,
        ...(grounds.length > 0 ? { grounds } : {}),
        ...(holder && outcome === 'tidak-dikuasai' ? { holder } : {}),
        ...denganCatatan,
      };
    }
  }
}

/**
 * Applies an event at instant `at` and returns the new history (the old one is not changed).
 * diterima → diproses → (diperpanjang, once, before the answer) → dijawab → (keberatan) → selesai; a
 * request may be answered straight from diterima, and an unanswered request may go to keberatan once its
 * due date has passed (Pasal 35 ayat 1 huruf c). The extension moves the due date 7 working days
 * (perpanjangTenggat); the answer starts the requester's 30-working-day objection window; an objection
 * starts the Atasan PPID's 30 working days. Throws GalatTransisi for anything else.
 */
export function terapkanPeristiwa(
  riwayat: Riwayat,
  peristiwa: PeristiwaStatus,
  at: Date,
  opsi?: OpsiKalender,
): Riwayat {
  const kind: JenisPengajuan = riwayat.kind === 'keberatan' ? 'keberatan' : 'permintaan';
  const from = riwayat.status;
  if (!(STATUS_PERMINTAAN as readonly string[]).includes(from))
    throw new GalatTransisi('status.unknown', {
      id: `Status "${String(from)}" tidak dikenal.`,
      en: `Unknown status "${String(from)}".`,
    });
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    throw new GalatTransisi(
      'event.time',
      { id: 'Waktu peristiwa tidak sah.', en: 'The event time is not valid.' },
      from,
    );
  const p = rapikanPeristiwa(peristiwa, kind, from);
  const nama = NAMA_PERISTIWA[p.type];
  // An objection within the window the answer started is recorded even on a request the office closed
  // (UU KIP Pasal 35–36: the period runs from the answer, whatever the office's status); batasKeberatan
  // says while it runs, for the status page and this check alike.
  const keberatanSetelahSelesai =
    kind === 'permintaan' &&
    from === 'selesai' &&
    p.type === 'keberatan' &&
    batasKeberatan(riwayat, at, opsi?.timeZone) !== undefined;
  if (!keberatanSetelahSelesai && !BOLEH[kind][from].includes(p.type)) {
    const sekali = p.type === 'perpanjang' && from === 'diperpanjang';
    // Closed after the answer, its window over: say so, as the window is what decides.
    const lewat =
      kind === 'permintaan' &&
      from === 'selesai' &&
      p.type === 'keberatan' &&
      riwayat.deadlineKind === 'keberatan'
        ? riwayat.deadline
        : undefined;
    throw new GalatTransisi(
      'transition.invalid',
      {
        id: `Tidak dapat mencatat ${nama.id} pada ${kind} berstatus "${from}"${sekali ? ': perpanjangan hanya boleh satu kali' : ''}${lewat ? `: masa keberatan berakhir ${tanggalTeks(lewat).id}` : ''}.`,
        en: `Cannot record the ${nama.en} on a ${kind === 'permintaan' ? 'request' : 'objection'} with status "${from}"${sekali ? ': an extension is allowed only once' : ''}${lewat ? `: the objection period ended on ${tanggalTeks(lewat).en}` : ''}.`,
      },
      from,
    );
  }
  const terakhir = riwayat.events[riwayat.events.length - 1];
  if (terakhir && Date.parse(terakhir.at) > at.getTime())
    throw new GalatTransisi(
      'event.order',
      {
        id: `Waktu peristiwa (${at.toISOString()}) lebih awal daripada peristiwa sebelumnya (${terakhir.at}).`,
        en: `The event time (${at.toISOString()}) is before the previous event (${terakhir.at}).`,
      },
      from,
    );
  if (p.type === 'perpanjang' && riwayat.events.some((e) => e.type === 'perpanjang'))
    throw new GalatTransisi(
      'extension.once',
      { id: 'Perpanjangan hanya boleh satu kali.', en: 'An extension is allowed only once.' },
      from,
    );

  const hariIni = keTanggal(at, opsi?.timeZone ?? ZONA_BAKU);
  let status = from;
  let deadline = riwayat.deadline;
  let deadlineKind = riwayat.deadlineKind;
  let tambahan: { late?: boolean; due?: Tanggal } = {};
  switch (p.type) {
    case 'proses':
      status = 'diproses';
      break;
    case 'perpanjang':
      // Pasal 22 ayat (8): the extension is given within the 10 working days, not once they have run out.
      if (hariIni > riwayat.deadline)
        throw new GalatTransisi(
          'extension.too-late',
          {
            id: `Perpanjangan hanya dapat dicatat sebelum tenggat ${riwayat.deadline} berakhir (UU KIP Pasal 22 ayat 8); tenggat itu sudah lewat, jadi jawaban yang diberikan sekarang tercatat terlambat.`,
            en: `An extension can be recorded only before the deadline ${riwayat.deadline} ends (UU KIP Article 22(8)); that deadline has passed, so an answer given now is recorded as late.`,
          },
          from,
        );
      status = 'diperpanjang';
      deadline = perpanjangTenggat(riwayat.deadline, opsi).due;
      deadlineKind = 'perpanjangan';
      break;
    case 'jawab': {
      status = 'dijawab';
      tambahan = { due: riwayat.deadline, late: hariIni > riwayat.deadline };
      const berikut = hitungTenggat(kind === 'permintaan' ? 'keberatan' : 'sengketa', at, opsi);
      deadline = berikut.due;
      deadlineKind = berikut.kind;
      break;
    }
    case 'keberatan': {
      if (BELUM_DIJAWAB.includes(from) && hariIni <= riwayat.deadline)
        throw new GalatTransisi(
          'objection.too-early',
          {
            id: `Permohonan belum dijawab, tetapi tenggatnya (${tanggalTeks(riwayat.deadline).id}) belum lewat; keberatan karena tidak ditanggapi baru dapat diajukan setelahnya.`,
            en: `The request is unanswered but its deadline (${tanggalTeks(riwayat.deadline).en}) has not passed; an objection for no answer can be filed only after it.`,
          },
          from,
        );
      const jendela = jendelaKeberatan(riwayat, opsi);
      tambahan = { late: jendela !== undefined && hariIni > jendela.due };
      status = 'keberatan';
      const t = hitungTenggat('tanggapan-keberatan', at, opsi);
      deadline = t.due;
      deadlineKind = t.kind;
      break;
    }
    case 'selesai':
      status = 'selesai';
      break;
  }
  const catatan = {
    at: at.toISOString(),
    ...p,
    ...tambahan,
    status,
    deadline,
    ...(deadlineKind ? { deadlineKind } : {}),
  } as CatatanPeristiwa;
  return {
    ...riwayat,
    kind,
    status,
    deadline,
    ...(deadlineKind ? { deadlineKind } : {}),
    events: [...riwayat.events, catatan],
  };
}

/** A period in working days the requester may act in: from day zero to the last day. */
interface JendelaHariKerja {
  /** Day zero. */
  readonly from: Tanggal;
  /** The last day to file. */
  readonly due: Tanggal;
  readonly workingDays: number;
  readonly skipped: readonly HariDilewati[];
  readonly warnings: readonly Teks[];
  readonly basis: readonly DasarHukum[];
}

/** The window in which the requester may file an objection (UU KIP Pasal 35–36). */
export interface JendelaKeberatan extends JendelaHariKerja {
  /** `jawaban`: counted from the answer; `tidak-ditanggapi`: from the due date that passed unanswered. */
  readonly basedOn: 'jawaban' | 'tidak-ditanggapi';
  /** The Pasal 35 ground that applies for certain when unanswered (c); empty after an answer. */
  readonly grounds: readonly HurufPasal35[];
}

/**
 * The requester's objection window: 30 working days from the answer, or — while unanswered — from the
 * due date, after which "not answered" (Pasal 35 ayat 1 huruf c) arises. Undefined for a keberatan record.
 * Before the due date of an unanswered request this is the window that will open if no answer comes.
 */
export function jendelaKeberatan(riwayat: Riwayat, opsi?: OpsiKalender): JendelaKeberatan | undefined {
  if (riwayat.kind === 'keberatan') return undefined;
  const jawab = riwayat.events.find((e) => e.type === 'jawab');
  const zona = opsi?.timeZone ?? ZONA_BAKU;
  let from: Tanggal;
  let basedOn: JendelaKeberatan['basedOn'];
  if (jawab) {
    from = keTanggal(new Date(jawab.at), zona);
    basedOn = 'jawaban';
  } else {
    // Unanswered: the last answer due date, as recorded before any objection.
    const due = [...riwayat.events].reverse().find((e) => e.type !== 'keberatan' && e.deadline)?.deadline;
    from = BELUM_DIJAWAB.includes(riwayat.status) ? riwayat.deadline : (due ?? riwayat.deadline);
    basedOn = 'tidak-ditanggapi';
  }
  const t = hitungTenggat('keberatan', from, opsi);
  return {
    basedOn,
    from: t.received,
    due: t.due,
    workingDays: t.workingDays,
    skipped: t.skipped,
    warnings: t.warnings,
    basis: t.basis,
    grounds: basedOn === 'tidak-ditanggapi' ? ['c'] : [],
  };
}

/**
 * The window in which the requester may bring a dispute to the Komisi Informasi (UU KIP Pasal 37).
 * `basis`: for an unanswered objection its own, unverified citation (ATURAN_TENGGAT.sengketa).
 */
export interface JendelaSengketa extends JendelaHariKerja {
  /** `tanggapan`: counted from the Atasan PPID's answer; `tidak-ditanggapi`: from its due date that passed. */
  readonly basedOn: 'tanggapan' | 'tidak-ditanggapi';
}

/**
 * The dispute window of a keberatan record: 14 working days from the Atasan PPID's answer, or — while
 * unanswered — from the Atasan's due date. Undefined for a request. Before that due date of an unanswered
 * objection this is the window that will open if no answer comes.
 */
export function jendelaSengketa(riwayat: Riwayat, opsi?: OpsiKalender): JendelaSengketa | undefined {
  if (riwayat.kind !== 'keberatan') return undefined;
  const aturan = aturanTenggat('sengketa');
  const jawab = riwayat.events.find((e) => e.type === 'jawab');
  const from = jawab
    ? keTanggal(new Date(jawab.at), opsi?.timeZone ?? ZONA_BAKU)
    : (riwayat.events[0]?.deadline ?? riwayat.deadline);
  const t = hitungTenggat('sengketa', from, opsi);
  return {
    basedOn: jawab ? 'tanggapan' : 'tidak-ditanggapi',
    from: t.received,
    due: t.due,
    workingDays: t.workingDays,
    skipped: t.skipped,
    warnings: t.warnings,
    basis: jawab ? t.basis : (aturan.unanswered?.basis ?? t.basis),
  };
}

/** A window opened because a deadline passed unanswered; `open` while its last day has not passed. */
export type JendelaTerbuka =
  | ({ readonly kind: 'keberatan'; readonly open: boolean } & JendelaKeberatan)
  | ({ readonly kind: 'sengketa'; readonly open: boolean } & JendelaSengketa);

/**
 * What the requester may do at `at` because the office let the running deadline pass unanswered: object
 * to an unanswered request (Pasal 35 ayat 1 huruf c), or bring an unanswered objection to the Komisi
 * Informasi. Undefined while that deadline still runs, once answered (the history's deadline is then the
 * requester's own window) and once closed.
 */
export function jendelaTerbuka(riwayat: Riwayat, at: Date, opsi?: OpsiKalender): JendelaTerbuka | undefined {
  if (!BELUM_DIJAWAB.includes(riwayat.status)) return undefined;
  const hariIni = keTanggal(at, opsi?.timeZone ?? ZONA_BAKU);
  if (hariIni <= riwayat.deadline) return undefined;
  if (riwayat.kind === 'keberatan') {
    const j = jendelaSengketa(riwayat, opsi)!;
    return { kind: 'sengketa', open: hariIni <= j.due, ...j };
  }
  const j = jendelaKeberatan(riwayat, opsi)!;
  return { kind: 'keberatan', open: hariIni <= j.due, ...j };
}

/**
 * Whether the answer came after the due date the law allows; undefined while unanswered. An extension
 * counts only when it was recorded by the original due date (Pasal 22 ayat 8): histories stored before
 * late extensions were refused may hold one, and its later date does not make the answer timely.
 */
export function dijawabTerlambat(riwayat: Riwayat, opsi?: OpsiKalender): boolean | undefined {
  const jawab = riwayat.events.find((e) => e.type === 'jawab');
  if (!jawab) return undefined;
  const asal = riwayat.events[0]?.deadline;
  // A history without the receipt's deadline: only the flag recorded with the answer is known.
  if (!asal) return jawab.late === true;
  const zona = opsi?.timeZone ?? ZONA_BAKU;
  const ext = riwayat.events.find((e) => e.type === 'perpanjang');
  const due = ext?.deadline && keTanggal(new Date(ext.at), zona) <= asal ? ext.deadline : asal;
  return keTanggal(new Date(jawab.at), zona) > due;
}
