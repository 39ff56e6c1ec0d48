// Builds the JSON Schema of the DIP format from the valibot schema, so both state one rule set.
import { toJsonSchema } from '@valibot/to-json-schema';
import { LABEL_KOLOM, SkemaDokumenDIP } from '../src/index.js';
import { aksiPolaPortabel } from './pola-portabel.js';
import { teksJSON } from './teks-json.js';

export const ID_SKEMA = 'https://unpkg.com/@terbuka/sdk/schema/dip-v1.schema.json';

type Json = { [k: string]: unknown };

const judul = (jalur: string): string | undefined => {
  const t = LABEL_KOLOM[jalur];
  return t ? `${t.id} / ${t.en}` : undefined;
};

/** Adds the bilingual field descriptions, walking the schema with the same paths as the messages. */
function beriDeskripsi(node: Json, jalur: string): void {
  const d = judul(jalur);
  if (d && node['description'] === undefined) node['description'] = d;
  const props = node['properties'] as Record<string, Json> | undefined;
  if (props)
    for (const [k, sub] of Object.entries(props)) beriDeskripsi(sub, jalur === '' ? k : `${jalur}.${k}`);
  const items = node['items'] as Json | undefined;
  if (items && typeof items === 'object') beriDeskripsi(items, `${jalur}[]`);
}

export function buatSkemaJSON(): Json {
  const dasar = toJsonSchema(SkemaDokumenDIP, {
    target: 'draft-07',
    overrideAction: aksiPolaPortabel,
    // tanggalValid and the cross-field rule cannot be expressed as actions; both are restated below.
    ignoreActions: ['check', 'partial_check'],
  }) as Json;
  const { $schema, ...isi } = dasar;
  const skema: Json = {
    $schema,
    $id: ID_SKEMA,
    title: 'Daftar Informasi Publik (DIP) — terbuka-dip v1',
    description:
      'Format DIP Terbuka versi 1: daftar informasi publik satu badan publik (UU 14/2008, Perki 1/2021). ' +
      'Kolom tambahan yang tidak dikenal diizinkan (pembaca memberi peringatan). Aturan yang tidak dapat ' +
      'dinyatakan di sini: kode item harus unik. / Terbuka DIP format version 1: the register of public ' +
      'information of one public body. Unknown extra fields are allowed (readers warn). A rule JSON Schema ' +
      'cannot state: item ids must be unique.',
    ...isi,
  };
  beriDeskripsi(skema, '');
  // A `dikecualikan` item must carry its exclusion record (the valibot partial check).
  const item = ((skema['properties'] as Record<string, Json>)['items'] as Json)['items'] as Json;
  item['if'] = { properties: { category: { const: 'dikecualikan' } }, required: ['category'] };
  item['then'] = { required: ['exclusion'] };
  return skema;
}

export const teksSkemaJSON = (): string => `${teksJSON(buatSkemaJSON(), 2)}\n`;
