import {
  buatNomorPendaftaran,
  mulaiRiwayat,
  pembuatTandaBukti,
  ringkasPengajuan,
  riwayatTerbaca,
  tahunDari,
  terapkanPeristiwa,
  TEMPLAT_NOMOR_BAKU,
  validasiKeberatan,
  validasiPermintaan,
  type Keberatan,
  type Masalah,
  type PembuatTandaBukti,
  type GalatTransisi,
  type Riwayat,
  type Teks,
} from '@terbuka/sdk';
import { opsiKalender, type AgensiKonfigurasi } from '../konfigurasi.js';
import { CatatanTakTerbaca, isiBaris } from '../data-rusak.js';
import { SIDIK_PENGAJUAN_V2, sidikPengajuan } from '../sidik.js';
import {
  JsonMentah,
  JsonRusak,
  type Baris,
  type Jenis,
  type PengajuanBaru,
  type Penyimpanan,
} from './penyimpanan.js';

/** A submission as the route hands it over: the agency is checked, the body is not yet validated. */
export interface MasukanPengajuan {
  readonly key: string;
  readonly jenis: Jenis;
  /** The agency id, already checked by the route. */
  readonly agency: string;
  /** The body as sent, without the honeypot. */
  readonly body: Readonly<Record<string, unknown>>;
  /** Instant of receipt, epoch milliseconds (the server's clock, read by the route). */
  readonly at: number;
}

/**
 * A validated submission as plain data and JSON text, for the writer: the HTTP thread validates, hashes
 * and serialises the body while the writer syncs the previous group; the writer builds the number and
 * the receipt (the SDK calendar) and INSERTs. The split keeps both threads' time per submission close
 * (measured: the HTTP thread's is the larger, the writer's lengthens every group commit).
 */
export interface PengajuanSiap {
  readonly key: string;
  readonly kind: Jenis;
  readonly bodyHash: string;
  readonly agency: string;
  /** Instant of receipt, epoch milliseconds. */
  readonly at: number;
  /** The receipt's summary of the request (ringkasPengajuan). */
  readonly ringkasan: string;
  readonly bodyJson: string;
  readonly contactEmail?: string;
  readonly contactPhone?: string;
  /** A keberatan: the request it is about and its contact (to move that request to `keberatan`). */
  readonly tautan?: { readonly requestNumber: string; readonly email?: string; readonly phone?: string };
}

/** What the writer answers; the receipt is the stored JSON text, sent as is. */
export type HasilTulis =
  | { readonly hasil: 'baru' | 'ulang'; readonly number: string; readonly receipt: string }
  | { readonly hasil: 'konflik' };

export type TidakSah = { readonly hasil: 'tidak-sah'; readonly errors: readonly Masalah[] };

/** What the route answers with. */
export type HasilTerima = HasilTulis | TidakSah;

export type HasilSiapkan = { readonly hasil: 'siap'; readonly siap: PengajuanSiap } | TidakSah;

export interface KonteksPenerimaan {
  readonly agensi: ReadonlyMap<string, AgensiKonfigurasi>;
  /** Queue the "new request" notification (a channel is configured). */
  readonly beritahu: boolean;
}

/** Validates a submission (the one validation) and hashes and serialises it for the writer. */
export function siapkan(k: KonteksPenerimaan, m: MasukanPengajuan): HasilSiapkan {
  const v = m.jenis === 'permintaan' ? validasiPermintaan(m.body) : validasiKeberatan(m.body);
  if (!v.ok || !v.value) return { hasil: 'tidak-sah', errors: v.errors };
  const nilai = v.value;
  if (!k.agensi.has(m.agency)) throw new Error(`unknown agency ${m.agency}`);
  const { jenis } = m;
  const requester = nilai.requester;
  const keb = jenis === 'keberatan' ? (nilai as Keberatan) : undefined;
  const bodyJson = JSON.stringify(nilai);
  return {
    hasil: 'siap',
    siap: {
      key: m.key,
      kind: jenis,
      bodyHash: sidikPengajuan(m.agency, bodyJson),
      agency: m.agency,
      at: m.at,
      ringkasan: ringkasPengajuan(nilai),
      bodyJson,
      ...(requester.email ? { contactEmail: requester.email } : {}),
      ...(requester.phone ? { contactPhone: requester.phone } : {}),
      ...(keb
        ? {
            tautan: {
              requestNumber: keb.requestNumber,
              ...(keb.requester.email ? { email: keb.requester.email } : {}),
              ...(keb.requester.phone ? { phone: keb.requester.phone } : {}),
            },
          }
        : {}),
    },
  };
}

export interface KonteksTulis extends KonteksPenerimaan {
  readonly simpan: Penyimpanan;
}

const pembuat = new WeakMap<AgensiKonfigurasi, PembuatTandaBukti>();
/** The agency's receipts: its day of receipt read once a minute, each day's deadline counted once. */
function pembuatUntuk(a: AgensiKonfigurasi): PembuatTandaBukti {
  let p = pembuat.get(a);
  if (!p) {
    p = pembuatTandaBukti({ id: a.id, name: a.name, timeZone: a.timeZone }, opsiKalender(a));
    pembuat.set(a, p);
  }
  return p;
}

/** The prepared submission as the storage layer takes it: number, receipt and history built once the sequence is known. */
function pengajuanBaru(k: KonteksTulis, s: PengajuanSiap): PengajuanBaru {
  const agensi = k.agensi.get(s.agency);
  if (!agensi) throw new Error(`unknown agency ${s.agency}`);
  const jenis = s.kind;
  const sekarang = new Date(s.at);
  const tandaBukti = pembuatUntuk(agensi);
  const receivedOn = tandaBukti.tanggal(sekarang);
  const templat = agensi.numberTemplate ?? TEMPLAT_NOMOR_BAKU;
  return {
    key: s.key,
    kind: jenis,
    bodyHash: s.bodyHash,
    samaDengan: (ada) => samaDenganBarisLama(ada, s),
    agency: agensi.id,
    year: tahunDari(receivedOn),
    seqKind: templat.includes('{jenis}') ? jenis : '*',
    at: sekarang.toISOString(),
    beritahu: k.beritahu,
    buat: (seq) => {
      const number = buatNomorPendaftaran(templat, {
        seq,
        agency: agensi.code,
        tanggal: receivedOn,
        jenis,
      });
      const tercatat = s.tautan && nomorTercatat(k, s.tautan, agensi, number, sekarang);
      const isi = tercatat ? denganNomorTercatat(s.bodyJson, tercatat) : undefined;
      const { tandaBukti: receipt, teks } = tandaBukti.buatDenganTeks({
        jenis,
        nomor: number,
        receivedAt: sekarang,
        ringkasan: isi ? ringkasPengajuan(isi as unknown as Keberatan) : s.ringkasan,
      });
      const history = mulaiRiwayat(receipt);
      return {
        number,
        receivedAt: receipt.receivedAt,
        receivedOn: receipt.receivedOn,
        ...(s.contactEmail ? { contactEmail: s.contactEmail } : {}),
        ...(s.contactPhone ? { contactPhone: s.contactPhone } : {}),
        body: isi ?? new JsonMentah(s.bodyJson),
        // Serialised once, the day's shared parts from the SDK's cache: stored and sent as the same text.
        receipt: new JsonMentah(teks),
        status: history.status,
        deadline: history.deadline,
        history,
      };
    },
    setelah: s.tautan ? (baris) => tautkanKeberatan(k, s.tautan!, agensi, baris.number, sekarang) : undefined,
  };
}

/**
 * A row stored before `sidikPengajuan` has the hash of the body as sent: it is this submission when the
 * agency and the stored (validated) body are the same — what the hash now stands for.
 */
function samaDenganBarisLama(ada: { bodyHash: string; baris: Baris }, s: PengajuanSiap): boolean {
  return (
    !ada.bodyHash.startsWith(SIDIK_PENGAJUAN_V2) &&
    ada.baris.agency === s.agency &&
    JSON.stringify(ada.baris.body) === s.bodyJson
  );
}

/** Stores a prepared submission through the group commit; settles only after its COMMIT returned. */
export async function tulis(k: KonteksTulis, s: PengajuanSiap): Promise<HasilTulis> {
  const h = await k.simpan.simpanBaruBersama(pengajuanBaru(k, s));
  if (h.hasil === 'konflik') return h;
  const r = h.baris.receipt;
  return {
    hasil: h.hasil,
    number: h.baris.number,
    // A stored receipt that is no JSON (a damaged store): its text as stored, for the route to refuse
    // (rute/pengajuan.ts), not a made-up receipt.
    receipt: r instanceof JsonMentah || r instanceof JsonRusak ? r.teks : JSON.stringify(r),
  };
}

/**
 * A keberatan about a request stored here, sent from the same contact, moves that request to the
 * `keberatan` status (in the same transaction). Anything else — a paper request, another contact, a
 * status that does not allow it — leaves the request as it is: the objection is recorded regardless.
 */
function tautkanKeberatan(
  k: KonteksTulis,
  t: NonNullable<PengajuanSiap['tautan']>,
  a: AgensiKonfigurasi,
  nomorKeberatan: string,
  at: Date,
) {
  const asal = permintaanDariKontak(k.simpan, a.id, t.requestNumber, t);
  if (!asal) return;
  const { riwayat: r } = cobaKeberatan(asal, nomorKeberatan, at, a);
  if (r) k.simpan.ubahStatusDalam(asal.id, r.status, r.deadline, r, at.toISOString());
}

/**
 * The request number as on record when the objection will be linked to it but was typed otherwise
 * (`001/ppid/diskominfo/pi/2026`): the objection then stores, answers and lists the number the office
 * issued. Nothing when it will not be linked or was typed as issued (the usual case: no second lookup).
 */
function nomorTercatat(
  k: KonteksTulis,
  t: NonNullable<PengajuanSiap['tautan']>,
  a: AgensiKonfigurasi,
  nomorKeberatan: string,
  at: Date,
): string | undefined {
  const asal = permintaanDariKontak(k.simpan, a.id, t.requestNumber, t);
  if (!asal || asal.number === t.requestNumber) return undefined;
  return cobaKeberatan(asal, nomorKeberatan, at, a).riwayat ? asal.number : undefined;
}

function denganNomorTercatat(bodyJson: string, nomor: string): Record<string, unknown> {
  return { ...(JSON.parse(bodyJson) as Record<string, unknown>), requestNumber: nomor };
}

/** The request `nomor` of this agency, when the objection's contact is the request's (else nothing). */
function permintaanDariKontak(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  agency: string,
  nomor: string,
  kontak: { readonly email?: string | null | undefined; readonly phone?: string | null | undefined },
): Baris | undefined {
  const asal = simpan.ambilNomor(nomor);
  if (!asal || asal.kind !== 'permintaan' || asal.agency !== agency) return undefined;
  const sama =
    (kontak.email != null && kontak.email === asal.contactEmail) ||
    (kontak.phone != null && kontak.phone === asal.contactPhone);
  return sama ? asal : undefined;
}

/** The request's history with the objection applied, or why its status does not allow it (GalatTransisi). */
function cobaKeberatan(
  asal: Baris,
  nomorKeberatan: string,
  at: Date,
  a: AgensiKonfigurasi,
): { riwayat?: Riwayat; galat?: GalatTransisi } {
  // A history that cannot be read: not recorded on it, the objection stored unlinked (alasanBelumTertaut
  // says why; the route logs the damaged record, permintaanTakTerbaca).
  if (!riwayatTerbaca(asal.history)) return {};
  try {
    const riwayat = terapkanPeristiwa(
      asal.history as Riwayat,
      { type: 'keberatan', number: nomorKeberatan },
      at,
      opsiKalender(a),
    );
    return { riwayat };
  } catch (e) {
    if ((e as Error).name !== 'GalatTransisi') throw e;
    return { galat: e as GalatTransisi };
  }
}

/**
 * The request an objection names, sent from that request's own contact, when its history cannot be read (a
 * damaged store): the objection is stored unlinked (alasanBelumTertaut says why), and the route logs the
 * damaged record (rute/pengajuan.ts).
 * Nothing for any other objection, so the answer never tells a stranger whether a number exists.
 */
export function permintaanTakTerbaca(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  agency: string,
  t: NonNullable<PengajuanSiap['tautan']>,
): Baris | undefined {
  const asal = permintaanDariKontak(simpan, agency, t.requestNumber, t);
  return asal && !riwayatTerbaca(asal.history) ? asal : undefined;
}

/**
 * Why an objection sent from its request's own contact is not recorded on that request: the status rule
 * that refused it (a request still within its time to answer, one closed after its objection period …), in the SDK's words.
 * Nothing for any other objection — a number not here, another contact — so the answer never tells a
 * stranger whether a number exists. Computed from what is stored, so a retry says the same.
 */
export function alasanBelumTertaut(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  a: AgensiKonfigurasi,
  keberatan: Baris,
  nomorPermintaan: string,
): Teks | undefined {
  const asal = permintaanDariKontak(simpan, a.id, nomorPermintaan, {
    email: keberatan.contactEmail,
    phone: keberatan.contactPhone,
  });
  if (!asal) return undefined;
  // Its stored history cannot be read (a damaged store): the objection is kept, the office matches it.
  if (!riwayatTerbaca(asal.history))
    return {
      id: 'Catatan permohonan itu tidak dapat dibaca di server saat ini, jadi keberatan belum dapat dicatat padanya.',
      en: 'That request’s record cannot be read on the server at the moment, so the objection could not be recorded on it.',
    };
  return cobaKeberatan(asal, keberatan.number, new Date(keberatan.receivedAt), a).galat?.teks;
}

/**
 * Whether the objection `nomorKeberatan` is recorded on the request `nomorPermintaan` of the same agency
 * (tautkanKeberatan moved it to `keberatan`, or an officer recorded it there). Read from the request's
 * history, so a retry and the officer list say the same as the first answer.
 */
export function keberatanTertaut(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  agency: string,
  nomorPermintaan: string,
  nomorKeberatan: string,
): boolean {
  return tautanKeberatan(simpan, agency, nomorPermintaan, nomorKeberatan) === true;
}

/**
 * keberatanTertaut, or undefined when it cannot be known: the request's stored history cannot be read (the
 * SDK's riwayatTerbaca). A listing then says neither (the request's own item names its problem).
 */
export function tautanKeberatan(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  agency: string,
  nomorPermintaan: string,
  nomorKeberatan: string,
): boolean | undefined {
  const asal = cariTertaut(simpan, agency, nomorPermintaan, nomorKeberatan);
  return asal === null ? undefined : asal !== undefined;
}

/** The request the keberatan row names, when its history records this objection (keberatanTertaut). */
export function permintaanTertaut(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  keberatan: Baris,
): Baris | undefined {
  const nomor = isiBaris(keberatan).requestNumber;
  if (typeof nomor !== 'string') return undefined;
  const asal = cariTertaut(simpan, keberatan.agency, nomor, keberatan.number);
  // Whether the decision belongs on it cannot be known: nothing is recorded; the route answers 409
  // record.unreadable naming that request (and logs it).
  if (asal === null) throw new CatatanTakTerbaca(simpan.ambilNomor(nomor)!);
  return asal;
}

function cariTertaut(
  simpan: Pick<Penyimpanan, 'ambilNomor'>,
  agency: string,
  nomorPermintaan: string,
  nomorKeberatan: string,
): Baris | undefined | null {
  const asal = simpan.ambilNomor(nomorPermintaan);
  if (!asal || asal.kind !== 'permintaan' || asal.agency !== agency) return undefined;
  // null: the request's history cannot be read, so whether it records the objection is not known.
  if (!riwayatTerbaca(asal.history)) return null;
  const ada = asal.history.events.some((e) => e.type === 'keberatan' && e.number === nomorKeberatan);
  return ada ? asal : undefined;
}
