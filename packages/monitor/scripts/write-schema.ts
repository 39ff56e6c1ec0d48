// `npm run -w @terbuka/monitor schema`: regenerates schema/registri-v1.schema.json from the valibot schema.
import { writeFileSync } from 'node:fs';
import { teksSkemaJSONRegistri } from './skema-json.js';

const tujuan = new URL('../schema/registri-v1.schema.json', import.meta.url);
writeFileSync(tujuan, teksSkemaJSONRegistri());
console.log(`ditulis / written: ${tujuan.pathname}`);
