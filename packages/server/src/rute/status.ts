import { timingSafeEqual } from 'node:crypto';
import {
  BATAS_PANJANG,
  jendelaTerbuka,
  normalisasiEmail,
  normalisasiTelepon,
  panjangTeks,
  peristiwaDiZona,
  waktuTersimpanDiZona,
  type JendelaStatus,
  type JendelaTerbuka,
} from '@terbuka/sdk';
import type { FastifyInstance } from 'fastify';
import { catatDataRusak, dataRusak, riwayatBaris } from '../data-rusak.js';
import { galat } from '../galat.js';
import { galatKode, STATUS_KODE } from '../kode-galat.js';
import type { Konteks } from '../konteks.js';
import { opsiKalender } from '../konfigurasi.js';
import { sha256 } from '../sidik.js';

/** One answer for every wrong pair, so a lookup never tells whether a number exists. */
export const TIDAK_DITEMUKAN = galat('status.not-found', {
  id: 'Nomor pendaftaran dan kontak tidak cocok dengan pengajuan mana pun. Periksa kembali keduanya.',
  en: 'The registration number and contact do not match any submission. Please check both.',
});

const sama = (a: string, b: string) =>
  timingSafeEqual(Buffer.from(sha256(a), 'hex'), Buffer.from(sha256(b), 'hex'));

/**
 * Not blank and at most `maks` characters, counted as the SDK counts a request's fields (panjangTeks: code
 * points), so an address the request accepted (an emoji in it is one character) can be looked up with.
 */
function teksPendek(x: unknown, maks: number): x is string {
  if (typeof x !== 'string') return false;
  const t = x.trim();
  return t.length > 0 && panjangTeks(t) <= maks;
}

export function ruteStatus(app: FastifyInstance, k: Konteks): void {
  app.post(
    '/v1/status',
    { config: { rateLimit: { max: k.konfigurasi.rateLimit.statusPerMinute, timeWindow: 60_000 } } },
    async (req, reply) => {
      const b = req.body as Record<string, unknown> | null;
      const errors = [];
      if (b?.number !== undefined && b.number !== null && typeof b.number !== 'string') {
        errors.push(
          galat(
            'number.type',
            {
              id: 'Nomor pendaftaran harus berupa teks seperti tertulis pada tanda bukti, mis. "001/PPID/DISKOMINFO/PI/2026".',
              en: 'The registration number must be text as written on the receipt, e.g. "001/PPID/DISKOMINFO/PI/2026".',
            },
            'number',
          ).errors[0]!,
        );
      } else if (!teksPendek(b?.number, 120)) {
        errors.push(
          galat(
            'number.required',
            { id: 'Nomor pendaftaran wajib diisi.', en: 'The registration number is required.' },
            'number',
          ).errors[0]!,
        );
      }
      // The e-mail's limit: the longer of the two contacts a request may hold.
      if (!teksPendek(b?.contact, BATAS_PANJANG.email)) {
        errors.push(
          galat(
            'contact.required',
            {
              id: 'Kontak wajib diisi: e-mail atau nomor telepon yang dipakai saat mengajukan.',
              en: 'The contact is required: the e-mail or phone number used when submitting.',
            },
            'contact',
          ).errors[0]!,
        );
      }
      if (errors.length > 0) return reply.code(STATUS_KODE['number.required']).send({ errors });
      const nomor = (b!.number as string).trim();
      const kontak = b!.contact as string;
      const email = kontak.includes('@') ? normalisasiEmail(kontak) : undefined;
      const telepon = email === undefined ? normalisasiTelepon(kontak) : undefined;
      const baris = k.simpan.ambilNomor(nomor);
      // Compare even when nothing was found, so the answer takes as long either way.
      const tersimpan = baris ? [baris.contactEmail ?? '', baris.contactPhone ?? ''] : ['', ''];
      const cocok =
        (email !== undefined && sama(email, tersimpan[0]!) && tersimpan[0] !== '') ||
        (telepon !== undefined && sama(telepon, tersimpan[1]!) && tersimpan[1] !== '');
      if (!baris || !cocok) return reply.code(STATUS_KODE['status.not-found']).send(TIDAK_DITEMUKAN);
      const r = riwayatBaris(baris);
      const agensi = k.agensi.get(baris.agency);
      // The record's history cannot be read (a damaged store): the citizen is told so and whom to ask, not
      // what is wrong inside; the log names it (one warning) for the office to fix.
      if (!r) {
        catatDataRusak(
          req.log,
          dataRusak(baris).filter((w) => w.field === 'history'),
        );
        throw galatTidakTerbaca(baris.number, agensi?.name);
      }
      // Computed at lookup time: a deadline that passed unanswered opens the requester's next step.
      const j = agensi ? jendelaTerbuka(r, k.jam(), opsiKalender(agensi)) : undefined;
      const window = j && jendelaStatus(j);
      const zona = agensi?.timeZone ?? 'Asia/Jakarta';
      return {
        number: baris.number,
        kind: baris.kind,
        status: baris.status,
        deadline: baris.deadline,
        ...(r.deadlineKind ? { deadlineKind: r.deadlineKind } : {}),
        receivedAt: waktuTersimpanDiZona(baris.receivedAt, zona),
        // The agency's zone: every event time is shown in the office's time, as on the receipt.
        timeZone: zona,
        events: peristiwaDiZona(r.events, zona),
        ...(window ? { window } : {}),
      };
    },
  );
}

/**
 * A citizen's record (their request looked up, or the stored receipt of a submission sent again) that cannot be read now: 409
 * `record.unreadable`, in words for the citizen — no field, no stored text — with whom to ask.
 */
export function galatTidakTerbaca(nomor: string, kantor: string | undefined) {
  const ppid = kantor ? `PPID ${kantor}` : 'PPID';
  return galatKode('record.unreadable', {
    id: `Catatan pengajuan nomor ${nomor} tidak dapat dibaca saat ini. Silakan hubungi kantor ${ppid} dengan menyebut nomor ini.`,
    en: `The record of submission ${nomor} cannot be read at the moment. Please contact the ${ppid} office, quoting this number.`,
  });
}

/** The window as the answer gives it, typed as the SDK client reads it: the two cannot drift apart. */
function jendelaStatus(j: JendelaTerbuka): JendelaStatus {
  const { from, due, workingDays, open, basis } = j;
  return j.kind === 'keberatan'
    ? { kind: j.kind, basedOn: j.basedOn, from, due, workingDays, open, grounds: j.grounds, basis }
    : { kind: j.kind, basedOn: j.basedOn, from, due, workingDays, open, basis };
}
