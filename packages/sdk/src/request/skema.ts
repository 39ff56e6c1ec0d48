import * as v from 'valibot';
import { objek } from '../dip/objek-skema.js';
import { tanggalValid } from '../calendar/tanggal.js';
import { awalTanggalAda } from '../calendar/instan.js';
import { ATURAN_TENGGAT } from '../calendar/tenggat.js';
import { ZONA_WAKTU } from '../dip/skema.js';
import { PASAL_35 } from '../standard/pasal.js';
import type { JenisHariNonKerja, JenisTenggat } from '../calendar/types.js';
import { BATAS_PANJANG, panjangTeks } from './aturan.js';
import { POLA_EMAIL_NORMAL } from './email.js';
import { periksaNIK } from './nik.js';
import { KARAKTER_KENDALI } from './teks-bersih.js';
import { normalisasiTelepon } from './telepon.js';
import {
  CARA_MEMPEROLEH,
  CARA_SALINAN,
  CARA_SALINAN_DIMINTA,
  KEBERATAN_FORMAT,
  KEBERATAN_VERSION,
  PERMINTAAN_FORMAT,
  PERMINTAAN_VERSION,
  SURAT_KUASA,
  TANDA_BUKTI_FORMAT,
  TANDA_BUKTI_VERSION,
  type Keberatan,
  type Permintaan,
  type TandaBukti,
} from './types.js';

/**
 * The schemas of the normalised documents (what validasiPermintaan/validasiKeberatan return and what the
 * JSON Schema files describe). The field rules are the same functions validasi* calls (periksaNIK,
 * normalisasiTelepon, the e-mail pattern, BATAS_PANJANG); validasi* reads looser input and reports in
 * words, these state the canonical form.
 */

/**
 * At most `max` characters counted as validasi* counts them (panjangTeks: code points, an emoji is one).
 * valibot's maxLength counts UTF-16 code units; the JSON Schema gets `maxLength`, which counts code points.
 */
const panjangMaks = (max: number) =>
  [
    v.check((s: string) => panjangTeks(s) <= max, `at most ${max} characters`),
    v.metadata<string, { readonly maxLength: number }>({ maxLength: max }),
  ] as const;

// Trimmed, not blank, no control characters (validasi* drops them): a pattern (not a check) so the JSON
// Schema carries it.
// The control characters' class, its inside (lone surrogates cannot reach a JSON Schema's UTF-8 text).
const KENDALI = KARAKTER_KENDALI.source.slice(1, KARAKTER_KENDALI.source.indexOf(']'));
const TEKS_NORMAL = new RegExp(`^[^\\s${KENDALI}](?:[^${KENDALI}]*[^\\s${KENDALI}])?$`);
const teks = (max: number) => v.pipe(v.string(), v.regex(TEKS_NORMAL), ...panjangMaks(max));
const nik = v.pipe(
  v.string(),
  v.regex(/^\d{16}$/),
  v.check((s) => periksaNIK(s).ok),
);
const telepon = v.pipe(
  v.string(),
  v.regex(/^\+62[2-9]\d{7,11}$/),
  v.check((s) => normalisasiTelepon(s) === s),
);
const email = v.pipe(v.string(), ...panjangMaks(BATAS_PANJANG.email), v.regex(POLA_EMAIL_NORMAL));

const kontak = {
  name: teks(BATAS_PANJANG.name),
  address: teks(BATAS_PANJANG.address),
  phone: v.optional(telepon),
  email: v.optional(email),
};
const registrasi = teks(BATAS_PANJANG.registration);
const pekerjaan = teks(BATAS_PANJANG.occupation);

export const SkemaPemohon = v.pipe(
  v.variant('kind', [
    objek({
      kind: v.literal('perorangan'),
      ...kontak,
      nik,
      registration: v.optional(registrasi),
      occupation: pekerjaan,
    }),
    objek({
      kind: v.literal('badan-hukum'),
      ...kontak,
      nik: v.optional(nik),
      registration: registrasi,
      occupation: v.optional(pekerjaan),
    }),
    objek({
      kind: v.literal('kelompok'),
      ...kontak,
      nik,
      registration: v.optional(registrasi),
      occupation: v.optional(pekerjaan),
    }),
  ]),
  v.check((p) => p.phone !== undefined || p.email !== undefined),
);

export const SkemaKuasa = objek({
  name: teks(BATAS_PANJANG.name),
  powerOfAttorney: v.picklist(SURAT_KUASA),
});

export const SkemaPermintaan = v.pipe(
  objek({
    format: v.literal(PERMINTAAN_FORMAT),
    version: v.literal(PERMINTAAN_VERSION),
    requester: SkemaPemohon,
    proxy: v.optional(SkemaKuasa),
    information: teks(BATAS_PANJANG.information),
    purpose: teks(BATAS_PANJANG.purpose),
    obtain: v.pipe(v.array(v.picklist(CARA_MEMPEROLEH)), v.minLength(1)),
    delivery: v.optional(v.picklist(CARA_SALINAN)),
  }),
  // A delivery method exactly when a copy is asked for; e-mail delivery needs an e-mail address.
  v.check(
    (p) =>
      p.obtain.some((o) => CARA_SALINAN_DIMINTA.includes(o)) === (p.delivery !== undefined) &&
      (p.delivery !== 'email' || p.requester.email !== undefined) &&
      new Set(p.obtain).size === p.obtain.length,
  ),
);

export const SkemaKeberatan = v.pipe(
  objek({
    format: v.literal(KEBERATAN_FORMAT),
    version: v.literal(KEBERATAN_VERSION),
    requestNumber: teks(BATAS_PANJANG.requestNumber),
    requester: SkemaPemohon,
    proxy: v.optional(SkemaKuasa),
    purpose: teks(BATAS_PANJANG.purpose),
    grounds: v.pipe(v.array(v.picklist(PASAL_35.map((p) => p.letter))), v.minLength(1)),
    caseSummary: teks(BATAS_PANJANG.caseSummary),
  }),
  v.check((k) => new Set(k.grounds).size === k.grounds.length),
);

const tanggal = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.check(tanggalValid));
const instan = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/),
  // A real calendar day (awalTanggalAda): Date.parse alone reads 2026-02-30 as 2 March.
  v.check((s) => awalTanggalAda(s) && !Number.isNaN(Date.parse(s))),
);
const skemaTeks = objek({ id: v.string(), en: v.string() });
const JENIS_TENGGAT = Object.keys(ATURAN_TENGGAT) as JenisTenggat[];
const JENIS_HARI_NON_KERJA: readonly JenisHariNonKerja[] = [
  'akhir-pekan',
  'libur-nasional',
  'cuti-bersama',
  'libur-daerah',
];

export const SkemaTandaBukti = objek({
  format: v.literal(TANDA_BUKTI_FORMAT),
  version: v.literal(TANDA_BUKTI_VERSION),
  kind: v.picklist(['permintaan', 'keberatan']),
  number: teks(BATAS_PANJANG.requestNumber),
  receivedAt: instan,
  receivedOn: tanggal,
  agency: objek({ id: teks(200), name: teks(300), timeZone: v.picklist(ZONA_WAKTU) }),
  summary: v.string(),
  deadline: objek({
    kind: v.picklist(JENIS_TENGGAT),
    due: tanggal,
    workingDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
    skipped: v.array(
      objek({
        date: tanggal,
        kind: v.picklist(JENIS_HARI_NON_KERJA),
        reason: skemaTeks,
        alsoHoliday: v.optional(v.picklist(JENIS_HARI_NON_KERJA.filter((k) => k !== 'akhir-pekan'))),
      }),
    ),
    warnings: v.array(skemaTeks),
    basis: v.array(
      objek({
        instrument: v.string(),
        article: v.optional(v.string()),
        verified: v.boolean(),
        note: v.optional(skemaTeks),
      }),
    ),
  }),
});

// The schemas' outputs must fit the interfaces the rest of the SDK uses.
type Cocok<A, B> = [A] extends [B] ? true : false;
const _permintaan: Cocok<v.InferOutput<typeof SkemaPermintaan>, Permintaan> = true;
const _keberatan: Cocok<v.InferOutput<typeof SkemaKeberatan>, Keberatan> = true;
const _tandaBukti: Cocok<v.InferOutput<typeof SkemaTandaBukti>, TandaBukti> = true;
void [_permintaan, _keberatan, _tandaBukti];
