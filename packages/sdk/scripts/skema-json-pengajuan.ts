// Builds the JSON Schemas of the request, objection and receipt formats from their valibot schemas.
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  CARA_SALINAN_DIMINTA,
  LABEL_PENGAJUAN,
  SkemaKeberatan,
  SkemaPermintaan,
  SkemaTandaBukti,
} from '../src/index.js';
import { aksiPolaPortabel } from './pola-portabel.js';
import { teksJSON } from './teks-json.js';

type Json = { [k: string]: unknown };
const ID = (nama: string) => `https://unpkg.com/@terbuka/sdk/schema/${nama}`;

/** Adds the bilingual field names the validation messages use, by the same paths. */
function beriDeskripsi(node: Json, jalur: string): void {
  const t = LABEL_PENGAJUAN[jalur];
  if (t && jalur !== '' && node['description'] === undefined) node['description'] = `${t.id} / ${t.en}`;
  const props = node['properties'] as Record<string, Json> | undefined;
  if (props)
    for (const [k, sub] of Object.entries(props)) beriDeskripsi(sub, jalur === '' ? k : `${jalur}.${k}`);
  for (const varian of (node['oneOf'] as Json[] | undefined) ?? []) beriDeskripsi(varian, jalur);
}

function dasar(skema: Parameters<typeof toJsonSchema>[0]): Json {
  // The checks are the SDK's own functions (periksaNIK, normalisasiTelepon, cross-field rules); what
  // JSON Schema can say of them is restated by hand below.
  return toJsonSchema(skema, {
    target: 'draft-07',
    overrideAction: aksiPolaPortabel,
    ignoreActions: ['check'],
  }) as Json;
}

/** A phone or an e-mail in every kind of requester. */
function kontakWajib(skema: Json): void {
  const requester = (skema['properties'] as Record<string, Json>)['requester']!;
  for (const varian of requester['oneOf'] as Json[])
    varian['anyOf'] = [{ required: ['phone'] }, { required: ['email'] }];
}

const PENJELASAN_BERSAMA =
  'Bentuk ternormalisasi, sebagaimana dikembalikan validasiPermintaan/validasiKeberatan dari @terbuka/sdk: ' +
  'teks tanpa spasi di awal/akhir, telepon E.164 (+62…), e-mail huruf kecil. Masukan boleh lebih longgar ' +
  '(08…, spasi, tanpa format/version); validasi SDK menormalkannya. Aturan yang tidak dapat dinyatakan di ' +
  'sini: kode provinsi dan tanggal lahir dalam NIK. Kolom lain yang tidak dikenal diabaikan. / The ' +
  'normalised form, as validasiPermintaan/validasiKeberatan return it: trimmed text, E.164 phone, ' +
  'lower-case e-mail. Input may be looser (08…, spaces, no format/version); the SDK validation normalises ' +
  'it. Rules JSON Schema cannot state: the province code and birth date inside a NIK. Unknown fields are ignored.';

export function buatSkemaJSONPermintaan(): Json {
  const { $schema, ...isi } = dasar(SkemaPermintaan);
  const skema: Json = {
    $schema,
    $id: ID('permintaan-v1.schema.json'),
    title: 'Permintaan informasi publik — terbuka-permintaan v1',
    description: `Permintaan informasi publik (UU 14/2008 Pasal 22). ${PENJELASAN_BERSAMA}`,
    ...isi,
  };
  kontakWajib(skema);
  const props = skema['properties'] as Record<string, Json>;
  props['obtain']!['uniqueItems'] = true;
  // A delivery method exactly when a copy is asked for; e-mail delivery needs an e-mail address.
  skema['allOf'] = [
    {
      if: { properties: { obtain: { contains: { enum: [...CARA_SALINAN_DIMINTA] } } }, required: ['obtain'] },
      then: { required: ['delivery'] },
      else: { not: { required: ['delivery'] } },
    },
    {
      if: { properties: { delivery: { const: 'email' } }, required: ['delivery'] },
      then: { properties: { requester: { required: ['email'] } } },
    },
  ];
  beriDeskripsi(skema, '');
  return skema;
}

export function buatSkemaJSONKeberatan(): Json {
  const { $schema, ...isi } = dasar(SkemaKeberatan);
  const skema: Json = {
    $schema,
    $id: ID('keberatan-v1.schema.json'),
    title: 'Keberatan — terbuka-keberatan v1',
    description: `Keberatan kepada Atasan PPID (UU 14/2008 Pasal 35–36). ${PENJELASAN_BERSAMA}`,
    ...isi,
  };
  kontakWajib(skema);
  (skema['properties'] as Record<string, Json>)['grounds']!['uniqueItems'] = true;
  beriDeskripsi(skema, '');
  return skema;
}

export function buatSkemaJSONTandaBukti(): Json {
  const { $schema, ...isi } = dasar(SkemaTandaBukti);
  return {
    $schema,
    $id: ID('tanda-bukti-v1.schema.json'),
    title: 'Tanda bukti permintaan/keberatan — terbuka-tanda-bukti v1',
    description:
      'Tanda bukti yang diberikan seketika: nomor pendaftaran, waktu dan tanggal diterima (zona waktu badan ' +
      'publik), badan publik, ringkasan, dan tenggat dengan hari yang dilewati serta dasar hukumnya. / The ' +
      "receipt given at once: registration number, time and day of receipt (the agency's zone), agency, " +
      'summary, and the deadline with the days skipped and its legal basis.',
    ...isi,
  };
}

const teks = (j: Json): string => `${teksJSON(j, 2)}\n`;
export const teksSkemaJSONPermintaan = (): string => teks(buatSkemaJSONPermintaan());
export const teksSkemaJSONKeberatan = (): string => teks(buatSkemaJSONKeberatan());
export const teksSkemaJSONTandaBukti = (): string => teks(buatSkemaJSONTandaBukti());
