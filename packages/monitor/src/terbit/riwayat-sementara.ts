import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { RIWAYAT_FORMAT, RIWAYAT_VERSION, type CatatanPindai } from '../types.js';

// Until the history module (src/riwayat, `bacaRiwayat`) lands: reads the JSONL history line by line,
// skipping lines that are not scan records of this version.
export async function* bacaRiwayatJSONL(paths: readonly string[]): AsyncIterable<CatatanPindai> {
  for (const path of paths) {
    const baris = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const b of baris) {
      if (!b.trim()) continue;
      let c: unknown;
      try {
        c = JSON.parse(b);
      } catch {
        continue;
      }
      const r = c as Partial<CatatanPindai> | null;
      if (r?.format === RIWAYAT_FORMAT && r.version === RIWAYAT_VERSION && typeof r.agencyId === 'string')
        yield r as CatatanPindai;
    }
  }
}
