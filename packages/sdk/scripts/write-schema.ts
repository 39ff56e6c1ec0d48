// `npm run schema`: regenerates the JSON Schema files in packages/sdk/schema/ from the valibot schemas.
import { writeFileSync } from 'node:fs';
import { teksSkemaJSON } from './skema-json.js';
import { teksSkemaJSONFeed } from './skema-json-feed.js';

for (const [nama, teks] of [
  ['dip-v1.schema.json', teksSkemaJSON()],
  ['feed-v1.schema.json', teksSkemaJSONFeed()],
] as const) {
  const tujuan = new URL(`../schema/${nama}`, import.meta.url);
  writeFileSync(tujuan, teks);
  console.log(`ditulis / written: ${tujuan.pathname}`);
}
