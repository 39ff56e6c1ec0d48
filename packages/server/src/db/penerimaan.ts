import {
  buatNomorPendaftaran,
  buatTandaBukti,
  mulaiRiwayat,
  ringkasPengajuan,
  tahunDari,
  terapkanPeristiwa,
  TEMPLAT_NOMOR_BAKU,
  validasiKeberatan,
  validasiPermintaan,
  type Keberatan,
  type Masalah,
  type Riwayat,
} from '@terbuka/sdk';
import { opsiKalender, type AgensiKonfigurasi } from '../konfigurasi.js';
import { jsonKanonik, sha256 } from '../sidik.js';
import { JsonMentah, type Jenis, type PengajuanBaru, type Penyimpanan } from './penyimpanan.js';

/** A submission as the route hands it over: the agency is checked, the body is not yet validated. */
export interface MasukanPengajuan {
  readonly key: string;
  readonly jenis: Jenis;
  /** The agency id, already checked by the route. */
  readonly agency: string;
  /** The body as sent, without the honeypot; its canonical hash tells a retry from a different body. */
  readonly body: Readonly<Record<string, unknown>>;
  /** Instant of receipt, epoch milliseconds (the server's clock, read by the route). */
  readonly at: number;
}

/**
 * Everything of a new row that does not depend on its number, as plain data and JSON text: built on the
 * HTTP thread while the writer syncs the previous group, so the writer's share per submission is only
 * the number and the INSERTs (its time per item lengthens every group commit).
 */
export interface PengajuanSiap {
  readonly key: string;
  readonly kind: Jenis;
  readonly bodyHash: string;
  readonly agency: string;
  readonly year: number;
  readonly seqKind: string;
  /** ISO instant of receipt (UTC). */
  readonly at: string;
  readonly nomor: { readonly templat: string; readonly kode: string; readonly tanggal: string };
  readonly receivedAt: string;
  readonly receivedOn: string;
  readonly contactEmail?: string;
  readonly contactPhone?: string;
  readonly status: string;
  readonly deadline: string;
  readonly bodyJson: string;
  readonly historyJson: string;
  /** The receipt's JSON text around its number: `kepala` ends with `"number":`, `ekor` follows the value. */
  readonly receiptKepala: string;
  readonly receiptEkor: string;
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

const KUNCI_NOMOR = '"number":';

/** Validates a submission (the one validation) and builds everything but its number. */
export function siapkan(k: KonteksPenerimaan, m: MasukanPengajuan): HasilSiapkan {
  const v = m.jenis === 'permintaan' ? validasiPermintaan(m.body) : validasiKeberatan(m.body);
  if (!v.ok || !v.value) return { hasil: 'tidak-sah', errors: v.errors };
  const nilai = v.value;
  const agensi = k.agensi.get(m.agency);
  if (!agensi) throw new Error(`unknown agency ${m.agency}`);
  const { jenis } = m;
  const sekarang = new Date(m.at);
  const templat = agensi.numberTemplate ?? TEMPLAT_NOMOR_BAKU;
  // The receipt with an empty number; the writer puts the number in its JSON text.
  const receipt = buatTandaBukti({
    jenis,
    nomor: '',
    receivedAt: sekarang,
    agency: { id: agensi.id, name: agensi.name, timeZone: agensi.timeZone },
    ringkasan: ringkasPengajuan(nilai),
    opsiKalender: opsiKalender(agensi),
  });
  // The day of receipt in the agency's zone, as the receipt states it: numbering and year follow it.
  const { receivedOn } = receipt;
  const history = mulaiRiwayat(receipt);
  const json = JSON.stringify(receipt);
  // `number` comes before any free text in a receipt, so its first occurrence is the receipt's own.
  const i = json.indexOf(`${KUNCI_NOMOR}""`);
  if (i < 0) throw new Error('receipt without a number field');
  const requester = nilai.requester;
  const keb = jenis === 'keberatan' ? (nilai as Keberatan) : undefined;
  return {
    hasil: 'siap',
    siap: {
      key: m.key,
      kind: jenis,
      bodyHash: sha256(jsonKanonik({ kind: jenis, agency: agensi.id, body: m.body })),
      agency: agensi.id,
      year: tahunDari(receivedOn),
      seqKind: templat.includes('{jenis}') ? jenis : '*',
      at: sekarang.toISOString(),
      nomor: { templat, kode: agensi.code, tanggal: receivedOn },
      receivedAt: receipt.receivedAt,
      receivedOn,
      ...(requester.email ? { contactEmail: requester.email } : {}),
      ...(requester.phone ? { contactPhone: requester.phone } : {}),
      status: history.status,
      deadline: history.deadline,
      bodyJson: JSON.stringify(nilai),
      historyJson: JSON.stringify(history),
      receiptKepala: json.slice(0, i + KUNCI_NOMOR.length),
      receiptEkor: json.slice(i + KUNCI_NOMOR.length + 2),
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

/** The prepared submission as the storage layer takes it: the number and its receipt text once the sequence is known. */
function pengajuanBaru(k: KonteksTulis, s: PengajuanSiap): PengajuanBaru {
  const jenis = s.kind;
  return {
    key: s.key,
    kind: jenis,
    bodyHash: s.bodyHash,
    agency: s.agency,
    year: s.year,
    seqKind: s.seqKind,
    at: s.at,
    beritahu: k.beritahu,
    buat: (seq) => {
      const number = buatNomorPendaftaran(s.nomor.templat, {
        seq,
        agency: s.nomor.kode,
        tanggal: s.nomor.tanggal,
        jenis,
      });
      return {
        number,
        receivedAt: s.receivedAt,
        receivedOn: s.receivedOn,
        ...(s.contactEmail ? { contactEmail: s.contactEmail } : {}),
        ...(s.contactPhone ? { contactPhone: s.contactPhone } : {}),
        body: new JsonMentah(s.bodyJson),
        receipt: new JsonMentah(s.receiptKepala + JSON.stringify(number) + s.receiptEkor),
        status: s.status,
        deadline: s.deadline,
        history: new JsonMentah(s.historyJson),
      };
    },
    setelah: s.tautan
      ? (baris) => tautkanKeberatan(k, s.tautan!, s.agency, baris.number, new Date(s.at))
      : undefined,
  };
}

/** Stores a prepared submission through the group commit; settles only after its COMMIT returned. */
export async function tulis(k: KonteksTulis, s: PengajuanSiap): Promise<HasilTulis> {
  const h = await k.simpan.simpanBaruBersama(pengajuanBaru(k, s));
  if (h.hasil === 'konflik') return h;
  const r = h.baris.receipt;
  return {
    hasil: h.hasil,
    number: h.baris.number,
    receipt: r instanceof JsonMentah ? r.teks : JSON.stringify(r),
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
  agency: string,
  nomorKeberatan: string,
  at: Date,
) {
  const a = k.agensi.get(agency);
  const asal = k.simpan.ambilNomor(t.requestNumber);
  if (!a || !asal || asal.kind !== 'permintaan' || asal.agency !== a.id) return;
  const samaKontak =
    (t.email !== undefined && t.email === asal.contactEmail) ||
    (t.phone !== undefined && t.phone === asal.contactPhone);
  if (!samaKontak) return;
  try {
    const r = terapkanPeristiwa(
      asal.history as Riwayat,
      { type: 'keberatan', number: nomorKeberatan },
      at,
      opsiKalender(a),
    );
    k.simpan.ubahStatusDalam(asal.id, r.status, r.deadline, r, at.toISOString());
  } catch (e) {
    if ((e as Error).name !== 'GalatTransisi') throw e;
  }
}
