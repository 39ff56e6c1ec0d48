// `npm run schema`: regenerates packages/sdk/schema/dip-v1.schema.json from the valibot schema.
import { writeFileSync } from 'node:fs';
import { teksSkemaJSON } from './skema-json.js';

const tujuan = new URL('../schema/dip-v1.schema.json', import.meta.url);
writeFileSync(tujuan, teksSkemaJSON());
console.log(`ditulis / written: ${tujuan.pathname}`);
