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
  type Riwayat,
  type TandaBukti,
} from '@terbuka/sdk';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Jenis } from '../db/penyimpanan.js';
import { galat, galatHttp } from '../galat.js';
import type { Konteks } from '../konteks.js';
import { opsiKalender, type AgensiKonfigurasi } from '../konfigurasi.js';
import { jsonKanonik, sha256 } from '../sidik.js';

const KUNCI = /^[\x21-\x7E]{8,128}$/;

/** The honeypot: a field people never see, so only a robot fills it. */
export const HONEYPOT = 'website';

type Obyek = Record<string, unknown>;

function kunciIdempotensi(req: FastifyRequest): string {
  const k = req.headers['idempotency-key'];
  if (typeof k !== 'string' || !KUNCI.test(k)) {
    throw galatHttp(
      400,
      'idempotency-key',
      {
        id: 'Header Idempotency-Key wajib: 8–128 karakter ASCII yang terlihat, sama untuk setiap pengiriman ulang.',
        en: 'The Idempotency-Key header is required: 8–128 visible ASCII characters, the same for every retry.',
      },
      'headers.idempotency-key',
    );
  }
  return k;
}

/** The agency from `?agency=`, the body's `agency`, or the only one configured. */
function pilihAgensi(k: Konteks, req: FastifyRequest, body: Obyek): AgensiKonfigurasi {
  const q = (req.query as Obyek | undefined)?.agency;
  const id = typeof q === 'string' ? q : typeof body.agency === 'string' ? body.agency : undefined;
  const a =
    id === undefined ? (k.agensi.size === 1 ? [...k.agensi.values()][0] : undefined) : k.agensi.get(id);
  if (!a) {
    throw galatHttp(
      422,
      'agency.unknown',
      {
        id: 'Badan publik tujuan tidak dikenal oleh server ini (atribut agency pada formulir).',
        en: 'This server does not know the agency addressed (the form’s agency attribute).',
      },
      'agency',
    );
  }
  // A site may only submit for the agencies that listed it (CORS answers per site, this per agency).
  const origin = req.headers.origin;
  if (origin !== undefined && !a.origins.includes(origin)) {
    throw galatHttp(403, 'origin.agency', {
      id: 'Situs ini tidak terdaftar untuk mengirim permohonan ke badan publik tersebut.',
      en: 'This site is not registered to submit requests to that agency.',
    });
  }
  return a;
}

function buatPenerima(k: Konteks, jenis: Jenis) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const key = kunciIdempotensi(req);
    const body = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      const v = jenis === 'permintaan' ? validasiPermintaan(body) : validasiKeberatan(body);
      return reply.code(422).send({ errors: v.errors });
    }
    const b = body as Obyek;
    if (b[HONEYPOT] !== undefined && b[HONEYPOT] !== '') {
      req.log.info({ honeypot: true }, 'honeypot terisi: ditolak');
      return reply.code(422).send(
        galat(
          'honeypot',
          {
            id: 'Kolom "website" harus dibiarkan kosong. Bila Anda manusia, hapus isinya lalu kirim lagi.',
            en: 'The "website" field must be left empty. If you are a person, clear it and send again.',
          },
          HONEYPOT,
        ),
      );
    }
    const agensi = pilihAgensi(k, req, b);
    const hasil = jenis === 'permintaan' ? validasiPermintaan(b) : validasiKeberatan(b);
    if (!hasil.ok || !hasil.value)
      return reply.code(422).send({ errors: hasil.errors satisfies readonly Masalah[] });
    const nilai = hasil.value;

    const { [HONEYPOT]: _hp, ...tanpaHoneypot } = b;
    const bodyHash = sha256(jsonKanonik({ kind: jenis, agency: agensi.id, body: tanpaHoneypot }));
    const sekarang = k.jam();
    const receivedOn = tanggalDiZona(sekarang, agensi.timeZone);
    const templat = agensi.numberTemplate ?? TEMPLAT_NOMOR_BAKU;
    const opsi = opsiKalender(agensi);
    const requester = nilai.requester;

    const simpan = await k.simpan.simpanBaruBersama({
      key,
      kind: jenis,
      bodyHash,
      agency: agensi.id,
      year: tahunDari(receivedOn),
      seqKind: templat.includes('{jenis}') ? jenis : '*',
      at: sekarang.toISOString(),
      beritahu: Boolean(k.konfigurasi.notifications.smtp || k.konfigurasi.notifications.webhook),
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
          ? (baris) => tautkanKeberatan(k, nilai as Keberatan, baris.number, sekarang, agensi)
          : undefined,
    });

    if (simpan.hasil === 'konflik') {
      return reply.code(409).send(
        galat(
          'idempotency-key.reused',
          {
            id: 'Idempotency-Key ini sudah dipakai untuk pengajuan lain. Buat kunci baru untuk pengajuan baru.',
            en: 'This Idempotency-Key was already used for another submission. Use a new key for a new one.',
          },
          'headers.idempotency-key',
        ),
      );
    }
    if (simpan.hasil === 'baru') {
      req.log.info({ nomor: simpan.baris.number, jenis, agency: agensi.id }, 'pengajuan diterima');
      k.bangunkanNotifikasi();
      return reply.code(201).send(simpan.baris.receipt);
    }
    return reply.code(200).header('idempotent-replayed', 'true').send(simpan.baris.receipt);
  };
}

/**
 * A keberatan about a request stored here, sent from the same contact, moves that request to the
 * `keberatan` status (in the same transaction). Anything else — a paper request, another contact, a
 * status that does not allow it — leaves the request as it is: the objection is recorded regardless.
 */
function tautkanKeberatan(
  k: Konteks,
  keb: Keberatan,
  nomorKeberatan: string,
  at: Date,
  a: AgensiKonfigurasi,
) {
  const asal = k.simpan.ambilNomor(keb.requestNumber);
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
    k.simpan.ubahStatusDalam(asal.id, r.status, r.deadline, r, at.toISOString());
  } catch (e) {
    if ((e as Error).name !== 'GalatTransisi') throw e;
  }
}

export function rutePengajuan(app: FastifyInstance, k: Konteks): void {
  app.post('/v1/permintaan', buatPenerima(k, 'permintaan'));
  app.post('/v1/keberatan', buatPenerima(k, 'keberatan'));
}
