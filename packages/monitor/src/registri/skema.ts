import * as v from 'valibot';
import {
  bacaJenisBadan,
  bacaZona,
  JENIS_BADAN_PUBLIK,
  POLA_WEB,
  SEBUTAN_JENIS_BADAN,
  ZONA_INDONESIA,
} from '@terbuka/sdk';
import type { PlatformSosial } from '../types.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION } from '../types.js';

/**
 * The runtime schema of the agencies registry (`terbuka-registri` v1). Messages are problem codes that
 * `validasiRegistri` turns into sentences in both languages; rules across agencies (duplicate ids,
 * unknown parents) live there. The JSON Schema in `schema/registri-v1.schema.json` is generated from this.
 */

/** The kinds of agency: the SDK's, so a registry and a DIP name them alike. */
export const JENIS_AGENSI = JENIS_BADAN_PUBLIK;
export const PLATFORM_SOSIAL = [
  'youtube',
  'mastodon',
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'lainnya',
] as const satisfies readonly PlatformSosial[];

/**
 * Ids become file names of the published report (`lencana/<id>.json`, `agensi/<id>.html`), so only
 * lowercase letters, digits and inner `-`, `_`, `.` are allowed.
 */
export const POLA_ID = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;

const teks = v.pipe(v.string('field.type'), v.regex(/\S/, 'field.empty'));
const id = v.pipe(v.string('field.type'), v.regex(POLA_ID, 'id.pattern'));
const urlWeb = v.pipe(v.string('field.type'), v.regex(POLA_WEB, 'link.web'));

/** A name in any letter case, a space in it written as `spasi`: `Asia/Makassar` → `[Aa][Ss][Ii][Aa]\/[Mm]…`. */
function polaHurufBebas(nama: string, spasi: string): string {
  return [...nama]
    .map((h) =>
      h === ' '
        ? spasi
        : /[a-z]/i.test(h)
          ? `[${h.toUpperCase()}${h.toLowerCase()}]`
          : h.replace(/[\\^$.|?*+()[\]{}/]/g, '\\$&'),
    )
    .join('');
}

/** One of `nama`, in any letter case, with `tepi` around it and `spasi` for each space inside. */
const polaNama = (nama: readonly string[], tepi: string, spasi: string): RegExp =>
  new RegExp(`^${tepi}(?:${nama.map((n) => polaHurufBebas(n, spasi)).join('|')})${tepi}$`, 'u');

/** Every name of a zone the registry takes: the SDK's list, which `bacaZona` compares against. */
export const NAMA_ZONA: readonly string[] = ZONA_INDONESIA.flatMap((z) => [z.zona, z.singkatan, ...z.lain]);

/**
 * The zone names as `bacaZona` reads them, for the JSON Schema: any case, spaces around (it trims and
 * compares in lower case). Built from NAMA_ZONA, so a zone added to the SDK is in the schema too.
 */
export const POLA_NAMA_ZONA = polaNama(NAMA_ZONA, '\\s*', ' ');

/** What `normalisasi` (bacaJenisBadan) turns into a space between words and drops at the ends. */
const PEMISAH = '[\\s!-\\/:-@\\[-`{-~]';

/**
 * The kinds' names as `bacaJenisBadan` reads them, for the JSON Schema: any case, words apart by any run of
 * spaces or ASCII punctuation (`Lain-lain`, `PERANGKAT_DAERAH`), such a run allowed at the ends. The reader
 * also drops accents and characters that show nothing (`Désa`, a zero-width space), which a pattern
 * portable to Python and PHP cannot say: the schema refuses those, never accepts what the reader refuses.
 */
export const POLA_SEBUTAN_JENIS = polaNama(SEBUTAN_JENIS_BADAN, `${PEMISAH}*`, `${PEMISAH}+`);

/**
 * A zone as the SDK's `bacaZona` reads it, in JSON as in the CSV `zona` column (`WITA`, `wib`,
 * `Asia/Makassar`, `Asia/Ujung_Pandang` …), kept by its IANA name. The JSON Schema takes the input side of
 * the pipe (it stops before the transform): POLA_NAMA_ZONA, with the names as examples.
 */
const zona = v.pipe(
  v.string('field.type'),
  v.metadata({ pattern: POLA_NAMA_ZONA, examples: NAMA_ZONA }),
  v.transform((s) => bacaZona(s) ?? s),
  v.picklist(
    ZONA_INDONESIA.map((z) => z.zona),
    'field.value',
  ),
);

/**
 * A kind as the SDK's `bacaJenisBadan` reads it, in JSON as in the CSV `jenis` column (`Dinas`, `nagari`,
 * `Kecamatan` …), kept as one of the five codes. The JSON Schema: POLA_SEBUTAN_JENIS, with the names as
 * examples.
 */
const jenis = v.pipe(
  v.string('field.type'),
  v.metadata({ pattern: POLA_SEBUTAN_JENIS, examples: SEBUTAN_JENIS_BADAN }),
  v.transform((s) => bacaJenisBadan(s) ?? s),
  v.picklist(JENIS_AGENSI, 'field.value'),
);

export const SkemaAkunResmi = v.object({
  platform: v.picklist(PLATFORM_SOSIAL, 'field.value'),
  url: urlWeb,
  feedUrl: v.optional(urlWeb),
});

export const SkemaAgensi = v.looseObject({
  id,
  name: teks,
  kind: jenis,
  parent: v.optional(id),
  website: urlWeb,
  dipUrls: v.optional(v.array(urlWeb, 'field.type'), () => []),
  feedUrl: v.optional(urlWeb),
  wordpress: v.optional(v.boolean('field.type'), false),
  requestEndpoint: v.optional(urlWeb),
  social: v.optional(v.array(SkemaAkunResmi, 'field.type'), () => []),
  timeZone: v.optional(zona),
});

export const SkemaRegistri = v.looseObject({
  format: v.literal(REGISTRI_FORMAT, 'format.unknown'),
  version: v.literal(REGISTRI_VERSION, 'version.unknown'),
  agencies: v.array(SkemaAgensi, 'field.type'),
});

/** Fields an agency may have; any other is kept out of the registry and reported as a warning. */
export const FIELD_AGENSI: readonly string[] = Object.keys(SkemaAgensi.entries);
