// `npm run schema`: regenerates the JSON Schema files in packages/sdk/schema/ from the valibot schemas, and
// src/dip/sah-pasti.ts (the valibot-free check of a DIP valid as given) from the DIP schema.
import { writeFileSync } from 'node:fs';
import { BERKAS_SAH_PASTI, teksSahPasti } from './sah-pasti.js';

// The generated check first, and only then the JSON Schemas: their generators import the SDK's index, which
// imports the generated file, so a stale one (a module it imports renamed) would stop this script before it
// could write the file anew. The check's generator imports only the schema and the modules it names.
writeFileSync(BERKAS_SAH_PASTI, await teksSahPasti());
console.log(`ditulis / written: ${BERKAS_SAH_PASTI.pathname}`);

const { teksSkemaJSON } = await import('./skema-json.js');
const { teksSkemaJSONFeed } = await import('./skema-json-feed.js');
const { teksSkemaJSONKunci, teksSkemaJSONTandaTangan } = await import('./skema-json-tandatangan.js');
const { teksSkemaJSONKeberatan, teksSkemaJSONPermintaan, teksSkemaJSONTandaBukti } =
  await import('./skema-json-pengajuan.js');

for (const [nama, teks] of [
  ['dip-v1.schema.json', teksSkemaJSON()],
  ['feed-v1.schema.json', teksSkemaJSONFeed()],
  ['feed-signature-v1.schema.json', teksSkemaJSONTandaTangan()],
  ['keys-v1.schema.json', teksSkemaJSONKunci()],
  ['permintaan-v1.schema.json', teksSkemaJSONPermintaan()],
  ['keberatan-v1.schema.json', teksSkemaJSONKeberatan()],
  ['tanda-bukti-v1.schema.json', teksSkemaJSONTandaBukti()],
] as const) {
  const tujuan = new URL(`../schema/${nama}`, import.meta.url);
  writeFileSync(tujuan, teks);
  console.log(`ditulis / written: ${tujuan.pathname}`);
}
