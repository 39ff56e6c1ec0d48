// `npm run schema`: regenerates the JSON Schema files in packages/sdk/schema/ from the valibot schemas, and
// src/dip/sah-pasti.ts (the valibot-free check of a DIP valid as given) from the DIP schema.
import { writeFileSync } from 'node:fs';
import { teksSkemaJSON } from './skema-json.js';
import { BERKAS_SAH_PASTI, teksSahPasti } from './sah-pasti.js';
import { teksSkemaJSONFeed } from './skema-json-feed.js';
import { teksSkemaJSONKunci, teksSkemaJSONTandaTangan } from './skema-json-tandatangan.js';
import {
  teksSkemaJSONKeberatan,
  teksSkemaJSONPermintaan,
  teksSkemaJSONTandaBukti,
} from './skema-json-pengajuan.js';

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

writeFileSync(BERKAS_SAH_PASTI, await teksSahPasti());
console.log(`ditulis / written: ${BERKAS_SAH_PASTI.pathname}`);
