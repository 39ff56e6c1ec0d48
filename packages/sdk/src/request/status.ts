import type { HariDilewati, JenisTenggat, OpsiKalender } from '../calendar/types.js';
import { aturanTenggat, hitungTenggat, perpanjangTenggat } from '../calendar/tenggat.js';
import { keTanggal, tanggalValid, ZONA_BAKU } from '../calendar/tanggal.js';
import { tanggalArgumen } from '../calendar/tanggal-argumen.js';
import type { Tanggal } from '../dip/types.js';
import { tanggalTeks, type Teks } from '../i18n/teks.js';
import { PASAL_17 } from '../standard/pasal.js';
import type { DasarHukum, HurufPasal17, HurufPasal35 } from '../standard/types.js';
import type { JenisPengajuan, TandaBukti } from './types.js';
import { BATAS_PANJANG, panjangTeks } from './aturan.js';
import { DASAR_PENOLAKAN, sebutDasar, type IsianPenolakan } from './penolakan.js';
import { bersihkanTeks } from './teks-bersih.js';
import { batasKeberatan, BELUM_DIJAWAB, BOLEH, PUTUSAN_PADA_PERMINTAAN, syaratWaktu } from './transisi.js';

/**
 * Where a request stands. A keberatan record itself uses diterima → diproses → dijawab (the Atasan PPID's
 * decision) → selesai.
 */
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

/**
 * The Atasan PPID's written decision on an objection (tanggapan atas keberatan, UU KIP Pasal 36): the
 * objection upheld (`dikabulkan`: the PPID gives the information or acts as ordered) or rejected
 * (`ditolak`: the PPID's decision stands). No partial decision: DOMAIN.md knows only these two. Not
 * `diterima` for upheld, as the law's "keberatan diterima" says: here `diterima` is the status "received".
 */
export const PUTUSAN_KEBERATAN = ['dikabulkan', 'ditolak'] as const;
export type PutusanKeberatan = (typeof PUTUSAN_KEBERATAN)[number];

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
      /**
       * The consequence of disclosure: the harm it would cause, as the consequence test (uji konsekuensi)
       * found it (DASAR_PENOLAKAN). Required when a request is `ditolak`; kept with the grounds of a partial
       * grant. A history recorded before it was asked for may lack it.
       */
      readonly consequence?: string;
      /**
       * The law that forbids disclosing it, when the grounds include Pasal 17 huruf `j`: required then, and
       * kept only then. A history recorded before it was asked for may lack it.
       */
      readonly otherLaw?: string;
      readonly note?: string;
    }
  | { readonly type: 'keberatan'; readonly number: string }
  | {
      /**
       * The Atasan PPID's decision, recorded on the keberatan record (in place of `jawab`, which an older
       * store may still hold there). putuskanKeberatan also records it on the request the objection is
       * linked to, with the objection's `number`; it is never recorded on a request by itself.
       */
      readonly type: 'putusan-keberatan';
      readonly decision: PutusanKeberatan;
      /** The written reasons (pertimbangan), required. */
      readonly reason: string;
      /** Who decided: the Atasan PPID's name and position as the decision is signed, required. */
      readonly decidedBy: string;
      /** On the request only: the objection's registration number. */
      readonly number?: string;
    }
  | { readonly type: 'selesai'; readonly note?: string };

export type JenisPeristiwa = PeristiwaStatus['type'] | 'diterima';

/** One timestamped step: the event as applied, the status and the deadline it left. */
export type CatatanPeristiwa = {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly status?: StatusPermintaan;
  readonly deadline?: Tanggal;
  readonly deadlineKind?: JenisTenggat;
  /**
   * `jawab`: answered after the due date; `keberatan`: filed after the 30-working-day window;
   * `putusan-keberatan` on the keberatan record: decided after the Atasan PPID's 30 working days.
   */
  readonly late?: boolean;
  /** `jawab`, `putusan-keberatan` on the keberatan record: the answer's due date at the time. */
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

/**
 * Whether a stored history has the shape the rules read (a Riwayat): an object with a known `kind` (or none),
 * a known `status`, a real `deadline` date, and `events` a list of objects each with a `type`. A store
 * edited by hand or damaged may hold text that is no JSON, or JSON that is no history: no status, deadline
 * or transition can be judged on it, and a listing, an export or a report carries the record without it and
 * flags it instead. The events' times are waktuTerbaca's to judge, one by one.
 */
export function riwayatTerbaca(x: unknown): x is Riwayat {
  if (!obyek(x) || Array.isArray(x)) return false;
  const { kind, status, deadline, events } = x;
  return (
    (kind === undefined || kind === 'permintaan' || kind === 'keberatan') &&
    (STATUS_PERMINTAAN as readonly unknown[]).includes(status) &&
    typeof deadline === 'string' &&
    tanggalValid(deadline) &&
    Array.isArray(events) &&
    events.every((e) => obyek(e) && !Array.isArray(e) && typeof e['type'] === 'string')
  );
}

/**
 * An event not allowed from the current status, or an event missing what it needs: then `path` names the
 * event's field at fault (`type`, `reason`, `grounds` …) — the event is wrong whatever the status, so an
 * API answers it as invalid input (422), not as a conflict with the stored status (409).
 */
export class GalatTransisi extends Error {
  override readonly name = 'GalatTransisi';
  readonly teks: Teks;
  readonly code: string;
  readonly from: StatusPermintaan | undefined;
  readonly path: string | undefined;
  constructor(code: string, teks: Teks, from?: StatusPermintaan, path?: string) {
    super(`${teks.id} / ${teks.en}`);
    this.code = code;
    this.teks = teks;
    this.from = from;
    this.path = path;
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
  'putusan-keberatan': { id: 'putusan atas keberatan', en: 'decision on the objection' },
  selesai: { id: 'selesai', en: 'closing' },
};
const JENIS_PERISTIWA = Object.keys(NAMA_PERISTIWA).join(', ');

const obyek = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const teksIsi = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;

/** The event as it will be recorded (trimmed, grounds ordered), or a GalatTransisi saying what is missing. */
function rapikanPeristiwa(p: unknown, kind: JenisPengajuan, from: StatusPermintaan): PeristiwaStatus {
  const galat = (code: string, id: string, en: string, path: string) =>
    new GalatTransisi(code, { id, en }, from, path);
  if (
    !obyek(p) ||
    typeof p['type'] !== 'string' ||
    !Object.prototype.hasOwnProperty.call(NAMA_PERISTIWA, p['type'])
  )
    throw galat(
      'event.type',
      `Jenis peristiwa tidak dikenal; pilih: ${JENIS_PERISTIWA}.`,
      `Unknown event type; choose: ${JENIS_PERISTIWA}.`,
      'type',
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
          'reason',
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
          'number',
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
          'outcome',
        );
      const mentah = p['grounds'];
      if (mentah !== undefined && !Array.isArray(mentah))
        throw galat(
          'answer.grounds',
          'Alasan penolakan harus berupa daftar huruf Pasal 17.',
          'Refusal grounds must be a list of Article 17 letters.',
          'grounds',
        );
      const daftar: unknown[] = mentah ?? [];
      const salah = daftar.find((g) => !(HURUF_PASAL_17 as readonly unknown[]).includes(g));
      if (salah !== undefined)
        throw galat(
          'answer.grounds',
          `"${String(salah)}" bukan huruf Pasal 17 UU KIP (a–j).`,
          `"${String(salah)}" is not a letter of UU KIP Article 17 (a–j).`,
          'grounds',
        );
      const grounds = HURUF_PASAL_17.filter((h) => daftar.includes(h));
      const holder = teksIsi(p['holder']);
      // A refusal of a request must name its Pasal 17 ground; an objection's answer need not (grounds b–g).
      if (outcome === 'ditolak' && kind === 'permintaan' && grounds.length === 0)
        throw galat(
          'answer.grounds',
          'Penolakan wajib menyebut alasan pengecualian Pasal 17 UU KIP (huruf a–j).',
          'A refusal must name its exception ground under UU KIP Article 17 (letters a–j).',
          'grounds',
        );
      // A partial grant says which parts are withheld and why (UU KIP Pasal 22 ayat 7): a Pasal 17 ground,
      // or a written note when the reason is another (a part not held, a part not yet existing …).
      if (outcome === 'dikabulkan-sebagian' && kind === 'permintaan' && grounds.length === 0 && !note)
        throw galat(
          'answer.partial-reason',
          'Permintaan yang dikabulkan sebagian wajib menyebut bagian yang dikecualikan beserta alasannya (UU KIP Pasal 22 ayat 7): pilih sekurang-kurangnya satu alasan Pasal 17 (huruf a–j) atau tulis catatan.',
          'A request granted in part must state the withheld parts and the reason (UU KIP Article 22(7)): choose at least one Article 17 ground (letters a–j) or write a note.',
          'grounds',
        );
      if (outcome === 'dikabulkan' && grounds.length > 0)
        throw galat(
          'answer.grounds',
          'Permintaan yang dikabulkan seluruhnya tidak mempunyai alasan pengecualian; pilih "dikabulkan-sebagian" bila ada bagian yang dihitamkan.',
          'A request granted in full has no exception ground; choose "dikabulkan-sebagian" if parts are blacked out.',
          'grounds',
        );
      if (outcome === 'tidak-dikuasai' && !holder)
        throw galat(
          'answer.holder',
          'Jawaban "tidak dikuasai" wajib menyebut badan publik yang menguasai informasinya, bila diketahui, atau "tidak diketahui".',
          'A "not held" answer must name the public body that holds the information, or "tidak diketahui" (unknown).',
          'holder',
        );
      // A request's refusal states its consequence (the consequence test), and ground j the law it rests on;
      // both are kept with the grounds they explain (a partial grant's too), and dropped without them.
      const permintaan = kind === 'permintaan' && grounds.length > 0;
      const consequence = permintaan
        ? teksPenolakan(p['consequence'], DASAR_PENOLAKAN.consequence, outcome === 'ditolak', from, {
            id: 'Penolakan wajib menyebut konsekuensi bila informasinya dibuka: bahaya yang timbul, sebagaimana ditemukan uji konsekuensi',
            en: 'A refusal must state the consequence of disclosure: the harm it would cause, as the consequence test found',
          })
        : undefined;
      const otherLaw = permintaan
        ? teksPenolakan(p['otherLaw'], DASAR_PENOLAKAN.otherLaw, grounds.includes('j'), from, {
            id: 'Alasan Pasal 17 huruf j wajib menyebut undang-undang yang melarang informasinya dibuka, mis. "UU 36/2009 tentang Kesehatan Pasal 57"',
            en: 'Article 17(j) as a ground must name the law that forbids disclosing the information, e.g. "UU 36/2009 tentang Kesehatan Pasal 57"',
          })
        : undefined;
      return {
        type: 'jawab',
        outcome: outcome as HasilJawaban,
        ...(grounds.length > 0 ? { grounds } : {}),
        ...(holder && outcome === 'tidak-dikuasai' ? { holder } : {}),
        ...(consequence ? { consequence } : {}),
        ...(otherLaw && grounds.includes('j') ? { otherLaw } : {}),
        ...denganCatatan,
      };
    }
    case 'putusan-keberatan': {
      const decision = p['decision'];
      if (typeof decision !== 'string' || !(PUTUSAN_KEBERATAN as readonly string[]).includes(decision))
        throw galat(
          'objection-decision.decision',
          'Putusan atas keberatan wajib salah satu dari: dikabulkan (keberatan diterima), ditolak.',
          'The decision on an objection must be one of: dikabulkan (objection upheld), ditolak (rejected).',
          'decision',
        );
      const reason = teksPutusan(p['reason'], 'reason', BATAS_PANJANG.information, from, {
        id: 'Putusan atas keberatan wajib disertai alasan tertulis (pertimbangan Atasan PPID)',
        en: "A decision on an objection needs its written reasons (the Atasan PPID's considerations)",
      });
      const decidedBy = teksPutusan(p['decidedBy'], 'decidedBy', BATAS_PANJANG.name, from, {
        id: 'Putusan atas keberatan wajib menyebut Atasan PPID yang memutus (nama dan jabatan)',
        en: 'A decision on an objection must name the Atasan PPID who decided (name and position)',
      });
      // The objection's number only on the request the decision is mirrored to (putuskanKeberatan).
      const number = kind === 'permintaan' ? teksIsi(p['number']) : undefined;
      return {
        type: 'putusan-keberatan',
        decision: decision as PutusanKeberatan,
        reason,
        decidedBy,
        ...(number ? { number } : {}),
      };
    }
  }
}

/**
 * A text a refusal records (DASAR_PENOLAKAN): cleaned as teksPutusan cleans, undefined when blank and not
 * `wajib`; a GalatTransisi with the field's code, path and citation when missing or too long.
 */
function teksPenolakan(
  x: unknown,
  isian: IsianPenolakan,
  wajib: boolean,
  from: StatusPermintaan,
  pesan: Teks,
): string | undefined {
  const t = typeof x === 'string' ? bersihkanTeks(x).trim() : '';
  const dasar = sebutDasar(isian.basis);
  const galat = (tambah: Teks) =>
    new GalatTransisi(
      isian.code,
      { id: `${pesan.id}${tambah.id} (${dasar.id}).`, en: `${pesan.en}${tambah.en} (${dasar.en}).` },
      from,
      isian.field,
    );
  if (t === '') {
    if (wajib) throw galat({ id: '', en: '' });
    return undefined;
  }
  const n = panjangTeks(t);
  if (n > isian.maxLength)
    throw galat({
      id: `, paling banyak ${isian.maxLength} karakter; yang diisi ${n} karakter`,
      en: `, at most ${isian.maxLength} characters; ${n} were entered`,
    });
  return t;
}

/**
 * A free text of the decision as a submission's free text is kept (bersihkanTeks, trimmed, at most `maks`
 * characters as panjangTeks counts them), or a GalatTransisi naming the field.
 */
function teksPutusan(x: unknown, path: string, maks: number, from: StatusPermintaan, wajib: Teks): string {
  const t = typeof x === 'string' ? bersihkanTeks(x).trim() : '';
  if (t === '')
    throw new GalatTransisi(
      `objection-decision.${path}`,
      { id: `${wajib.id}.`, en: `${wajib.en}.` },
      from,
      path,
    );
  const n = panjangTeks(t);
  if (n > maks)
    throw new GalatTransisi(
      `objection-decision.${path}`,
      {
        id: `${wajib.id}, paling banyak ${maks} karakter; yang diisi ${n} karakter.`,
        en: `${wajib.en}, at most ${maks} characters; ${n} were entered.`,
      },
      from,
      path,
    );
  return t;
}

/**
 * Applies an event at instant `at` and returns the new history (the old one is not changed).
 * diterima → diproses → (diperpanjang, once, before the answer) → dijawab → (keberatan) → selesai; a
 * request may be answered straight from diterima, and an unanswered request may go to keberatan once its
 * due date has passed (Pasal 35 ayat 1 huruf c). The extension moves the due date 7 working days
 * (perpanjangTenggat); the answer starts the requester's 30-working-day objection window; an objection
 * starts the Atasan PPID's 30 working days. A keberatan record is answered by the Atasan PPID's decision
 * (`putusan-keberatan`), which starts the requester's 14-working-day dispute window; on the request it
 * concerns, only putuskanKeberatan records it. Throws GalatTransisi for anything else.
 */
export function terapkanPeristiwa(
  riwayat: Riwayat,
  peristiwa: PeristiwaStatus,
  at: Date,
  opsi?: OpsiKalender,
): Riwayat {
  return terapkan(riwayat, peristiwa, at, opsi, false);
}

/**
 * The Atasan PPID's decision on an objection (`putusan-keberatan`), recorded on the keberatan record and —
 * when `permintaan` is the history of the request that records this objection (its `keberatan` event with
 * `number`) — on that request too, with the objection's number: a store writes both in one transaction.
 * The keberatan record goes to `dijawab` with the 14-working-day dispute window (`sengketa`) as its deadline,
 * marked `late` after the Atasan's 30 working days. The request goes to `selesai` (one closed while the
 * objection waited stays so), with the same dispute window as its deadline: the objection is the last step
 * within the public body — upheld, the PPID gives the information as ordered (as after any answer, the
 * delivery is no status here); rejected, its answer stands — and what may follow is the requester's
 * dispute at the Komisi Informasi. A request closed after its objection takes no further event, nor a new
 * objection (batasKeberatan), so nothing reopens a decided case. `permintaan` not linked to this objection:
 * the result has no `permintaan`. Throws GalatTransisi as terapkanPeristiwa does.
 */
export function putuskanKeberatan(
  rekaman: {
    /** The keberatan record's history. */
    readonly keberatan: Riwayat;
    /** The keberatan record's registration number. */
    readonly number: string;
    /** The history of the request the objection names, when stored. */
    readonly permintaan?: Riwayat | undefined;
  },
  putusan: PeristiwaStatus,
  at: Date,
  opsi?: OpsiKalender,
): { readonly keberatan: Riwayat; readonly permintaan?: Riwayat } {
  const { keberatan: k, number, permintaan: r } = rekaman;
  if (!obyek(putusan) || putusan.type !== 'putusan-keberatan')
    throw new GalatTransisi(
      'event.type',
      {
        id: 'putuskanKeberatan hanya mencatat peristiwa putusan-keberatan.',
        en: 'putuskanKeberatan records only a putusan-keberatan event.',
      },
      k.status,
      'type',
    );
  const keberatan = terapkan(k, putusan, at, opsi, false);
  const p = keberatan.events[keberatan.events.length - 1] as PeristiwaStatus;
  const tertaut = r?.events.some((e) => e.type === 'keberatan' && e.number === number);
  if (!r || !tertaut) return { keberatan };
  return { keberatan, permintaan: terapkan(r, { ...p, number } as PeristiwaStatus, at, opsi, true) };
}

/** terapkanPeristiwa; `cermin`: the decision on an objection mirrored to its request (putuskanKeberatan). */
function terapkan(
  riwayat: Riwayat,
  peristiwa: PeristiwaStatus,
  at: Date,
  opsi: OpsiKalender | undefined,
  cermin: boolean,
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
  if (kind === 'permintaan' && p.type === 'putusan-keberatan') {
    // The decision belongs to the keberatan record; the request records it only with it, once, and only
    // the objection it records (PUTUSAN_PADA_PERMINTAAN).
    if (
      !cermin ||
      !PUTUSAN_PADA_PERMINTAAN.includes(from) ||
      !riwayat.events.some((e) => e.type === 'keberatan' && e.number === p.number) ||
      riwayat.events.some((e) => e.type === 'putusan-keberatan')
    )
      throw new GalatTransisi(
        'transition.invalid',
        {
          id: `Putusan atas keberatan dicatat pada rekaman keberatannya; permohonan yang tertaut ikut mencatatnya sekali (permohonan ini berstatus "${from}").`,
          en: `A decision on an objection is recorded on the objection record; the request it is linked to records it too, once (this request's status is "${from}").`,
        },
        from,
      );
  } else if (!keberatanSetelahSelesai && !BOLEH[kind][from].includes(p.type)) {
    const sekali = p.type === 'perpanjang' && from === 'diperpanjang';
    // Closed after the answer, its window over: say so, as the window is what decides.
    const lewat =
      kind === 'permintaan' &&
      from === 'selesai' &&
      p.type === 'keberatan' &&
      riwayat.deadlineKind === 'keberatan'
        ? riwayat.deadline
        : undefined;
    // An objection is no longer answered with `jawab` (an older store may hold one): name its event.
    const jawabKeberatan = kind === 'keberatan' && p.type === 'jawab' && BELUM_DIJAWAB.includes(from);
    throw new GalatTransisi(
      'transition.invalid',
      {
        id: `Tidak dapat mencatat ${nama.id} pada ${kind} berstatus "${from}"${sekali ? ': perpanjangan hanya boleh satu kali' : ''}${lewat ? `: masa keberatan berakhir ${tanggalTeks(lewat).id}` : ''}${jawabKeberatan ? ': keberatan dijawab dengan putusan Atasan PPID (putusan-keberatan)' : ''}.`,
        en: `Cannot record the ${nama.en} on a ${kind === 'permintaan' ? 'request' : 'objection'} with status "${from}"${sekali ? ': an extension is allowed only once' : ''}${lewat ? `: the objection period ended on ${tanggalTeks(lewat).en}` : ''}${jawabKeberatan ? ": an objection is answered with the Atasan PPID's decision (putusan-keberatan)" : ''}.`,
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
      if (syaratWaktu(riwayat, p.type, hariIni))
        throw new GalatTransisi(
          'extension.too-late',
          {
            id: `Perpanjangan hanya dapat dicatat sebelum tenggat ${tanggalTeks(riwayat.deadline).id} berakhir (UU KIP Pasal 22 ayat 8); tenggat itu sudah lewat, jadi jawaban yang diberikan sekarang tercatat terlambat.`,
            en: `An extension can be recorded only before the deadline ${tanggalTeks(riwayat.deadline).en} ends (UU KIP Article 22(8)); that deadline has passed, so an answer given now is recorded as late.`,
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
      if (syaratWaktu(riwayat, p.type, hariIni))
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
    case 'putusan-keberatan': {
      // On the keberatan record: answered, late after the Atasan's 30 working days. On its request
      // (putuskanKeberatan): closed. Both: the dispute window from the decision.
      if (kind === 'keberatan') {
        status = 'dijawab';
        tambahan = { due: riwayat.deadline, late: hariIni > riwayat.deadline };
      } else status = 'selesai';
      const t = hitungTenggat('sengketa', at, opsi);
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
 * The Atasan PPID's answer on a keberatan record: the decision (`putusan-keberatan`), or the `jawab` that an
 * objection was answered with before the decision had its own event — such histories are read as they are.
 */
const tanggapanAtasan = (riwayat: Riwayat): CatatanPeristiwa | undefined =>
  riwayat.events.find((e) => e.type === 'putusan-keberatan' || e.type === 'jawab');

/**
 * The dispute window of a keberatan record: 14 working days from the Atasan PPID's answer, or — while
 * unanswered — from the Atasan's due date. Undefined for a request. Before that due date of an unanswered
 * objection this is the window that will open if no answer comes.
 */
export function jendelaSengketa(riwayat: Riwayat, opsi?: OpsiKalender): JendelaSengketa | undefined {
  if (riwayat.kind !== 'keberatan') return undefined;
  const aturan = aturanTenggat('sengketa');
  const jawab = tanggapanAtasan(riwayat);
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
 * requester's own window) and once closed. An `at` that is not a valid Date (nor a real `YYYY-MM-DD` date)
 * throws GalatArgumen naming jendelaTerbuka and `at`, whatever the history's status.
 */
export function jendelaTerbuka(riwayat: Riwayat, at: Date, opsi?: OpsiKalender): JendelaTerbuka | undefined {
  const hariIni = tanggalArgumen('jendelaTerbuka', 'at', at, opsi?.timeZone ?? ZONA_BAKU);
  if (!BELUM_DIJAWAB.includes(riwayat.status)) return undefined;
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
 * late extensions were refused may hold one, and its later date does not make the answer timely. On a
 * keberatan record the answer is the Atasan PPID's decision (or an older store's `jawab`), due 30 working
 * days after receipt; on a request, a decision on its objection is not its answer.
 */
export function dijawabTerlambat(riwayat: Riwayat, opsi?: OpsiKalender): boolean | undefined {
  const jawab =
    riwayat.kind === 'keberatan' ? tanggapanAtasan(riwayat) : riwayat.events.find((e) => e.type === 'jawab');
  if (!jawab) return undefined;
  const asal = riwayat.events[0]?.deadline;
  // A history without the receipt's deadline: only the flag recorded with the answer is known.
  if (!asal) return jawab.late === true;
  const zona = opsi?.timeZone ?? ZONA_BAKU;
  const ext = riwayat.events.find((e) => e.type === 'perpanjang');
  const due = ext?.deadline && keTanggal(new Date(ext.at), zona) <= asal ? ext.deadline : asal;
  return keTanggal(new Date(jawab.at), zona) > due;
}
