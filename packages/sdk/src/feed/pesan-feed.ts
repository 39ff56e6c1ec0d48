import type { Masalah } from '../dip/types.js';
import type { Teks } from '../i18n/teks.js';
import { FEED_VERSION } from './types.js';
import type { HarapanFeed, MasalahFeed } from './validasi.js';

// The id/en sentences of the feed check, apart from the check (validasi.ts reports codes), so that a
// badge checking a feed on every agency page does not carry them.

const HARAPAN: Readonly<Record<Extract<HarapanFeed, string>, Teks>> = {
  teks: { id: 'teks tidak kosong', en: 'non-empty text' },
  instan: {
    id: 'waktu ISO 8601 dengan zona (…Z atau …+07:00)',
    en: 'an ISO 8601 instant with an offset (…Z or …+07:00)',
  },
  web: { id: 'alamat http(s)', en: 'an http(s) address' },
  skor: {
    id: 'angka 0–100 dengan paling banyak satu desimal',
    en: 'a number 0–100 with at most one decimal',
  },
  objek: { id: 'objek', en: 'an object' },
  daftar: { id: 'daftar', en: 'an array' },
};

/** A received value as the sentence names it: `"hebat"`, `84.35`, `null`, `Array`, `object`. */
const jenis = (x: unknown): string =>
  x === null
    ? 'null'
    : Array.isArray(x)
      ? 'Array'
      : typeof x === 'string'
        ? `"${x}"`
        : typeof x === 'number' || typeof x === 'boolean'
          ? String(x)
          : typeof x;

/** A feed problem with its exact id/en message. */
export function pesanMasalahFeed(m: MasalahFeed): Masalah {
  const p = m.path;
  const v = m.nilai ?? '';
  let message: Teks;
  switch (m.code) {
    case 'version.unsupported':
      message = {
        id: `Versi feed ${v} tidak didukung; SDK ini membaca versi ${FEED_VERSION}.`,
        en: `Feed version ${v} is not supported; this SDK reads version ${FEED_VERSION}.`,
      };
      break;
    case 'entry.duplicate-agency':
      message = {
        id: `Badan publik "${v}" muncul lebih dari sekali dalam feed.`,
        en: `Agency "${v}" appears more than once in the feed.`,
      };
      break;
    case 'entry.expires-before-evaluated':
      message = {
        id: 'Waktu kedaluwarsa harus setelah waktu penilaian.',
        en: 'The expiry must come after the evaluation.',
      };
      break;
    case 'entry.band-mismatch':
      message = {
        id: `Feed pemantauan: ${p} ${jenis(m.diterima)} tidak sesuai dengan skor entri ini; skornya termasuk "${v}".`,
        en: `Monitoring feed: ${p} ${jenis(m.diterima)} does not match this entry's score; its score is in "${v}".`,
      };
      break;
    case 'feed.invalid': {
      const h = m.harap ?? 'objek';
      const harap = typeof h === 'string' ? HARAPAN[h] : { id: h.join(' | '), en: h.join(' | ') };
      message = {
        id: `Feed pemantauan: ${p || 'dokumen'} tidak sah (diharapkan ${harap.id}, diterima ${jenis(m.diterima)}).`,
        en: `Monitoring feed: ${p || 'document'} is invalid (expected ${harap.en}, received ${jenis(m.diterima)}).`,
      };
    }
  }
  return { severity: 'error', code: m.code, path: p, message };
}
