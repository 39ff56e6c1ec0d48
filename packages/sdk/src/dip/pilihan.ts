import { ZONA_INDONESIA } from '../calendar/zona.js';

// The closed lists of values the DIP format allows, without valibot: the schema (skema.ts) and the check
// generated from it (sah-pasti.ts, which the widgets load up front) both take them from here.

/** An agency's time zone: the IANA names of WIB, WITA and WIT. */
export const ZONA_WAKTU = ZONA_INDONESIA.map((z) => z.zona);

/** The platforms of an agency's official channels. */
export const PLATFORM_KANAL = [
  'website',
  'facebook',
  'instagram',
  'x',
  'youtube',
  'tiktok',
  'mastodon',
  'whatsapp',
  'lainnya',
] as const;

/** The forms an entry's information is kept in. */
export const BENTUK_INFORMASI = ['cetak', 'digital'] as const;
