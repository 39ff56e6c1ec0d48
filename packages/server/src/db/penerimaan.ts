import {
  buatNomorPendaftaran,
  buatTandaBukti,
  mulaiRiwayat,
  ringkasPengajuan,
  tahunDari,
  tanggalDiZona,
  terapkanPeristiwa,
  TEMPLAT_NOMOR_BAKU,
  validasiKeberatan,
  validasiPermintaan,
  type Keberatan,
  type Masalah,
  type Permintaan,
  type Riwayat,
  type TandaBukti,
} from '@terbuka/sdk';
import { opsiKalender, type AgensiKonfigurasi } from '../konfigurasi.js';
import { jsonKanonik, sha256 } from '../sidik.js';
import type { Jenis, PengajuanBaru, Penyimpanan } from './penyimpanan.js';

/**
 * A submission as plain data: what the route hands to the writer (on this thread or on the writer
 * thread), so validation, number, receipt, hash and row are all done where the row is written and the
 * HTTP thread only parses and answers.
 */
export interface MasukanPengajuan {
  readonly key: string;
  readonly jenis: Jenis;
  /** The agency id, already checked by the route. */
  readonly agency: string;
  /**
   * The body as sent, without the honeypot: validated once here; its canonical hash tells a retry from
   * a different body.
   */
  readonly body: Readonly<Record<string, unknown>>;
  /** Instant of receipt, epoch milliseconds (the server's clock, read by the route). */
  readonly at: number;
}

/** What the route answers with; the receipt is the stored JSON text, sent as is. */
export type HasilTerima =
  | { readonly hasil: 'baru' | 'ulang'; readonly number: string; readonly receipt: string }
  | { readonly hasil: 'konflik' }
  | { readonly hasil: 'tidak-sah'; readonly errors: readonly Masalah[] };

export interface KonteksPenerimaan {
  readonly simpan: Penyimpanan;
  readonly agensi: ReadonlyMap<string, AgensiKonfigurasi>;
  /** Queue the "new request" notification (a channel is configured). */
  readonly beritahu: boolean;
}

/** The submission as the storage layer takes it: the number, receipt and history built once the sequence is known. */
export function pengajuanBaru(
  k: KonteksPenerimaan,
  m: MasukanPengajuan,
  nilai: Permintaan | Keberatan,
): PengajuanBaru {
  const agensi = k.agensi.get(m.agency);
  if (!agensi) throw new Error(`unknown agency ${m.agency}`);
  const sekarang = new Date(m.at);
  const receivedOn = tanggalDiZona(sekarang, agensi.timeZone);
  const templat = agensi.numberTemplate ?? TEMPLAT_NOMOR_BAKU;
  const opsi = opsiKalender(agensi);
  const { jenis } = m;
  const requester = nilai.requester;
  return {
    key: m.key,
    kind: jenis,
    bodyHash: sha256(jsonKanonik({ kind: jenis, agency: agensi.id, body: m.body })),
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
      const receipt: TandaBukti = buatTandaBukti({
        jenis,
        nomor: number,
        receivedAt: sekarang,
        agency: { id: agensi.id, name: agensi.name, timeZone: agensi.timeZone },
        ringkasan: ringkasPengajuan(nilai),
        opsiKalender: opsi,
      });
      const history = mulaiRiwayat(receipt);
      return {
        number,
        receivedAt: receipt.receivedAt,
        receivedOn: receipt.receivedOn,
        ...(requester.email ? { contactEmail: requester.email } : {}),
        ...(requester.phone ? { contactPhone: requester.phone } : {}),
        body: nilai,
        receipt,
        status: history.status,
        deadline: history.deadline,
        history,
      };
    },
    setelah:
      jenis === 'keberatan'
        ? (baris) => tautkanKeberatan(k.simpan, nilai as Keberatan, baris.number, sekarang, agensi)
        : undefined,
  };
}

/**
 * Validates one submission and stores it through the group commit; settles only after its COMMIT
 * returned. An invalid body is answered with its problems and touches nothing.
 */
export async function terima(k: KonteksPenerimaan, m: MasukanPengajuan): Promise<HasilTerima> {
  const v = m.jenis === 'permintaan' ? validasiPermintaan(m.body) : validasiKeberatan(m.body);
  if (!v.ok || !v.value) return { hasil: 'tidak-sah', errors: v.errors };
  const h = await k.simpan.simpanBaruBersama(pengajuanBaru(k, m, v.value));
  if (h.hasil === 'konflik') return h;
  return { hasil: h.hasil, number: h.baris.number, receipt: JSON.stringify(h.baris.receipt) };
}

/**
 * A keberatan about a request stored here, sent from the same contact, moves that request to the
 * `keberatan` status (in the same transaction). Anything else — a paper request, another contact, a
 * status that does not allow it — leaves the request as it is: the objection is recorded regardless.
 */
function tautkanKeberatan(
  simpan: Penyimpanan,
  keb: Keberatan,
  nomorKeberatan: string,
  at: Date,
  a: AgensiKonfigurasi,
) {
  const asal = simpan.ambilNomor(keb.requestNumber);
  if (!asal || asal.kind !== 'permintaan' || asal.agency !== a.id) return;
  const samaKontak =
    (keb.requester.email !== undefined && keb.requester.email === asal.contactEmail) ||
    (keb.requester.phone !== undefined && keb.requester.phone === asal.contactPhone);
  if (!samaKontak) return;
  try {
    const r = terapkanPeristiwa(
      asal.history as Riwayat,
      { type: 'keberatan', number: nomorKeberatan },
      at,
      opsiKalender(a),
    );
    simpan.ubahStatusDalam(asal.id, r.status, r.deadline, r, at.toISOString());
  } catch (e) {
    if ((e as Error).name !== 'GalatTransisi') throw e;
  }
}
