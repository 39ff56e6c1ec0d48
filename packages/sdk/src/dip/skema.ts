import * as v from 'valibot';
import { objek } from './objek-skema.js';
import { JENIS_BADAN_PUBLIK } from '../standard/types.js';
import { HURUF_PASAL_17, KODE_KATEGORI } from '../standard/kode.js';
import type { Polos, Sama } from './bentuk-sama.js';
import { tanggalValid } from '../calendar/tanggal.js';
import { DIP_FORMAT, DIP_VERSION } from './types.js';
import type { DokumenDIP } from './types.js';
import { POLA_TAUTAN, POLA_WEB } from './tautan.js';
import { pengecualianTercatat } from './aturan-item.js';
import { BENTUK_INFORMASI, PLATFORM_KANAL, ZONA_WAKTU } from './pilihan.js';

/**
 * The runtime schema of a DIP document (format `terbuka-dip`, version 1). Messages are problem codes;
 * `validasiDIP` turns them into sentences in both languages. Structure and per-field rules live here;
 * rules that span items (duplicate ids, known catalog ids) live in `validasiDIP`.
 */

// Non-blank: a pattern (not a check) so the JSON Schema carries the same rule.
const teks = v.pipe(v.string('field.type'), v.regex(/\S/, 'field.empty'));
const teksBebas = v.string('field.type');

const tanggal = v.pipe(
  v.string('field.type'),
  v.isoDate('date.invalid'),
  v.check(tanggalValid, 'date.invalid'),
);

const urlTautan = v.pipe(v.string('field.type'), v.regex(POLA_TAUTAN, 'link.scheme'));
const urlWeb = v.pipe(v.string('field.type'), v.regex(POLA_WEB, 'link.web'));

export { KODE_KATEGORI, HURUF_PASAL_17, ZONA_WAKTU, PLATFORM_KANAL, BENTUK_INFORMASI };

export const SkemaKontakPPID = objek({
  name: v.optional(teksBebas),
  email: v.optional(v.pipe(v.string('field.type'), v.email('email.invalid'))),
  phone: v.optional(teksBebas),
  address: v.optional(teksBebas),
});

export const SkemaKanalResmi = objek({
  platform: v.picklist(PLATFORM_KANAL, 'field.value'),
  url: urlWeb,
  handle: v.optional(teksBebas),
});

export const SkemaBadanPublik = objek({
  id: teks,
  name: teks,
  kind: v.picklist(JENIS_BADAN_PUBLIK, 'field.value'),
  parentId: v.optional(teks),
  website: v.optional(urlWeb),
  ppid: v.optional(SkemaKontakPPID),
  timeZone: v.optional(v.picklist(ZONA_WAKTU, 'field.value')),
  channels: v.optional(v.array(SkemaKanalResmi, 'field.type')),
});

export const SkemaTautan = objek({ label: teks, url: urlTautan });

export const SkemaPengecualian = objek({
  grounds: v.pipe(
    v.array(v.picklist(HURUF_PASAL_17, 'field.value'), 'field.type'),
    v.minLength(1, 'field.empty'),
  ),
  otherBasis: v.optional(teksBebas),
  consequence: teks,
  period: teks,
  decisionNumber: teks,
  decisionDate: tanggal,
});

export const SkemaItemDIP = v.pipe(
  objek({
    id: teks,
    title: teks,
    summary: v.optional(teksBebas),
    category: v.picklist(KODE_KATEGORI, 'field.value'),
    fulfils: v.optional(v.array(teks, 'field.type')),
    unit: v.optional(teksBebas),
    responsible: v.optional(teksBebas),
    made: v.optional(
      objek({
        date: v.optional(tanggal),
        year: v.optional(
          v.pipe(
            v.number('field.type'),
            v.integer('year.invalid'),
            v.minValue(1, 'year.invalid'),
            v.maxValue(9999, 'year.invalid'),
          ),
        ),
        place: v.optional(teksBebas),
        text: v.optional(teksBebas),
      }),
    ),
    formats: v.optional(v.array(v.picklist(BENTUK_INFORMASI, 'field.value'), 'field.type')),
    retention: v.optional(teksBebas),
    media: v.optional(v.array(teks, 'field.type')),
    links: v.optional(v.array(SkemaTautan, 'field.type')),
    updated: v.optional(tanggal),
    exclusion: v.optional(SkemaPengecualian),
  }),
  // An excluded entry without its consequence-test record is exactly what the law forbids (aturan-item.ts:
  // the schema-free check of sah-pasti.ts calls the same function).
  v.forward(v.partialCheck([['category'], ['exclusion']], pengecualianTercatat, 'exclusion.missing'), [
    'exclusion',
  ]),
);

export const SkemaDokumenDIP = objek({
  format: v.literal(DIP_FORMAT, 'format.unknown'),
  version: v.literal(DIP_VERSION, 'version.unsupported'),
  agency: SkemaBadanPublik,
  decision: v.optional(objek({ number: teks, date: v.optional(tanggal) })),
  items: v.array(SkemaItemDIP, 'field.type'),
});

// Compile-time proof that the schema and the hand-written types in types.ts describe the same shape.
const _skemaSamaDenganTipe: Sama<Polos<v.InferOutput<typeof SkemaDokumenDIP>>, Polos<DokumenDIP>> = true;
void _skemaSamaDenganTipe;
