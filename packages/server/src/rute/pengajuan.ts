import { validasiKeberatan, validasiPermintaan, type Keberatan } from '@terbuka/sdk';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { alasanBelumTertaut, keberatanTertaut, permintaanTakTerbaca } from '../db/penerimaan.js';
import { catatDataRusak, dataRusak, isiBaris } from '../data-rusak.js';
import { galatTidakTerbaca } from './status.js';
import type { Jenis } from '../db/penyimpanan.js';
import { galatKode, STATUS_KODE_ISIAN } from '../kode-galat.js';
import type { Konteks } from '../konteks.js';
import type { AgensiKonfigurasi } from '../konfigurasi.js';

/** An Idempotency-Key: 8–128 visible ASCII characters (the OpenAPI document states the same pattern). */
export const POLA_KUNCI_IDEMPOTENSI = /^[\x21-\x7E]{8,128}$/;

/** The honeypot: a field people never see, so only a robot fills it. */
export const HONEYPOT = 'website';

type Obyek = Record<string, unknown>;

function kunciIdempotensi(req: FastifyRequest): string {
  const k = req.headers['idempotency-key'];
  if (typeof k !== 'string' || !POLA_KUNCI_IDEMPOTENSI.test(k)) {
    throw galatKode(
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
  if (typeof q === 'string' && typeof body.agency === 'string' && body.agency !== q) {
    const [dariQ, dariIsi] = [JSON.stringify(q.slice(0, 64)), JSON.stringify(body.agency.slice(0, 64))];
    throw galatKode(
      'agency.conflict',
      {
        id: `Badan publik tujuan tidak sama: ?agency=${dariQ} pada alamat, "agency": ${dariIsi} pada isi. Samakan atau hapus salah satunya.`,
        en: `The agency addressed differs: ?agency=${dariQ} in the address, "agency": ${dariIsi} in the body. Make them the same or drop one.`,
      },
      'agency',
    );
  }
  const id = typeof q === 'string' ? q : typeof body.agency === 'string' ? body.agency : undefined;
  const a =
    id === undefined ? (k.agensi.size === 1 ? [...k.agensi.values()][0] : undefined) : k.agensi.get(id);
  if (!a) {
    throw galatKode(
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
    throw galatKode('origin.agency', {
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
      return reply.code(STATUS_KODE_ISIAN).send({ errors: v.errors });
    }
    const b = body as Obyek;
    if (b[HONEYPOT] !== undefined && b[HONEYPOT] !== '') {
      req.log.info({ honeypot: true }, 'honeypot terisi: ditolak');
      throw galatKode(
        'honeypot',
        {
          id: 'Kolom "website" harus dibiarkan kosong. Bila Anda manusia, hapus isinya lalu kirim lagi.',
          en: 'The "website" field must be left empty. If you are a person, clear it and send again.',
        },
        HONEYPOT,
      );
    }
    const agensi = pilihAgensi(k, req, b);
    const { [HONEYPOT]: _hp, ...tanpaHoneypot } = b;
    if (jenis === 'keberatan') catatBilaPermintaanTakTerbaca(k, req, agensi, key, tanpaHoneypot);
    // Validated and prepared on this thread, numbered and stored on the writer's (db/penulis.ts).
    const simpan = await k.penulis.terima({
      key,
      jenis,
      agency: agensi.id,
      body: tanpaHoneypot,
      at: k.jam().getTime(),
    });
    if (simpan.hasil === 'tidak-sah') return reply.code(STATUS_KODE_ISIAN).send({ errors: simpan.errors });

    if (simpan.hasil === 'konflik') {
      throw galatKode(
        'idempotency-key.reused',
        {
          id: 'Idempotency-Key ini sudah dipakai untuk pengajuan lain. Buat kunci baru untuk pengajuan baru.',
          en: 'This Idempotency-Key was already used for another submission. Use a new key for a new one.',
        },
        'headers.idempotency-key',
      );
    }
    // A retry whose stored receipt cannot be read (a damaged store): told so, with whom to ask; the log names it.
    if (simpan.hasil === 'ulang' && !tandaBuktiTerbaca(simpan.receipt)) {
      req.log.warn(
        { nomor: simpan.number, field: 'receipt', value: simpan.receipt.slice(0, 100) },
        'tanda bukti tersimpan tak terbaca / unreadable stored receipt',
      );
      throw galatTidakTerbaca(simpan.number, agensi.name);
    }
    // The receipt is the stored JSON text: sent as is, not parsed and serialised again.
    reply.type('application/json; charset=utf-8');
    const jawaban = jenis === 'keberatan' ? denganTautan(k, agensi, simpan) : simpan.receipt;
    if (simpan.hasil === 'baru') {
      // Written in the request's one line, when it is answered.
      req.catatanLog = { nomor: simpan.number, jenis, agency: agensi.id };
      k.bangunkanNotifikasi();
      return reply.code(201).send(jawaban);
    }
    return reply.code(200).header('idempotent-replayed', 'true').send(jawaban);
  };
}

/** A stored receipt's text that is a JSON object (a new one always is; a damaged store's may not be). */
function tandaBuktiTerbaca(teks: string): boolean {
  try {
    const v: unknown = JSON.parse(teks);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * An objection from a request's own contact, on a request whose stored history cannot be read (a damaged
 * store): it is stored all the same, not linked (the citizen keeps a receipt and their deadline; the
 * answer's `reason` says why, alasanBelumTertaut), and the log names the damaged record once. A retry of an
 * objection already stored (its key known) and any other objection are not looked at here.
 */
function catatBilaPermintaanTakTerbaca(
  k: Konteks,
  req: FastifyRequest,
  agensi: AgensiKonfigurasi,
  key: string,
  body: Obyek,
): void {
  if (k.simpan.cariKunci(key)) return;
  const v = validasiKeberatan(body);
  if (!v.ok || !v.value) return;
  const { requestNumber, requester } = v.value as Keberatan;
  const asal = permintaanTakTerbaca(k.simpan, agensi.id, {
    requestNumber,
    ...(requester.email ? { email: requester.email } : {}),
    ...(requester.phone ? { phone: requester.phone } : {}),
  });
  if (!asal) return;
  catatDataRusak(
    req.log,
    dataRusak(asal).filter((w) => w.field === 'history'),
  );
}

/**
 * An objection's answer says whether it was recorded on its request here: the citizen and the officer
 * learn at once that an unlinked one (a paper request, another contact) needs matching by hand. The same
 * words either way a link failed, so the answer never tells whether a number exists — except to the
 * request's own contact, whom it tells why its status did not allow the objection (`reason`: a request
 * still within its time to answer, one closed after its objection period), instead of guessing at a paper request.
 */
function denganTautan(k: Konteks, agensi: AgensiKonfigurasi, h: { number: string; receipt: string }): string {
  const tb = JSON.parse(h.receipt) as Obyek;
  const baris = k.simpan.ambilNomor(h.number);
  const nomor = baris ? (isiBaris(baris).requestNumber as string | undefined) : undefined;
  if (nomor === undefined || !baris) return h.receipt;
  const linked = keberatanTertaut(k.simpan, agensi.id, nomor, h.number);
  const reason = linked ? undefined : alasanBelumTertaut(k.simpan, agensi, baris, nomor);
  return JSON.stringify({
    ...tb,
    requestLink: {
      number: nomor,
      linked,
      message: linked
        ? {
            id: `Keberatan ini tercatat pada permohonan nomor ${nomor}; statusnya kini "keberatan".`,
            en: `This objection is recorded on request ${nomor}; its status is now "keberatan".`,
          }
        : reason
          ? {
              id: `Keberatan ini tersimpan, tetapi belum tertaut ke permohonan nomor ${nomor}: ${reason.id} Petugas PPID akan menindaklanjutinya; simpan nomor pendaftaran keberatan ini.`,
              en: `This objection is stored but not linked to request ${nomor}: ${reason.en} The PPID officer will follow it up; keep this objection's registration number.`,
            }
          : {
              id: `Keberatan ini tersimpan, tetapi belum tertaut ke permohonan nomor ${nomor} (misalnya permohonan tertulis di atas kertas, atau kontak yang berbeda). Petugas PPID akan mencocokkannya; simpan nomor pendaftaran keberatan ini.`,
              en: `This objection is stored but not yet linked to request ${nomor} (for example a paper request, or a different contact). The PPID officer will match it; keep this objection's registration number.`,
            },
      ...(reason ? { reason } : {}),
    },
  });
}

export function rutePengajuan(app: FastifyInstance, k: Konteks): void {
  app.post('/v1/permintaan', buatPenerima(k, 'permintaan'));
  app.post('/v1/keberatan', buatPenerima(k, 'keberatan'));
}
