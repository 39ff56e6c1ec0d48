// How big the built widgets are, one way for the size test (test/ukuran.test.ts) and the benchmark table
// (bench/widgets.bench.ts): an entry counts with every chunk it imports statically; lazy chunks apart.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const dist = new URL('../dist/', import.meta.url);
export const cdn = new URL('cdn/', dist);

export interface EntriManifest {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** Vite's manifest of the CDN build: source entry → output file and its imports. */
export const manifest = (): Record<string, EntriManifest> =>
  JSON.parse(readFileSync(new URL('.vite/manifest.json', cdn), 'utf8')) as Record<string, EntriManifest>;

export const brotli = (b: Buffer): number =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Files an entry loads before it runs: itself and its static imports, transitively. */
export function berkasStatis(m: Record<string, EntriManifest>, entri: readonly string[]): Set<string> {
  const berkas = new Set<string>();
  const kunjungi = (k: string): void => {
    const e = m[k];
    if (!e) throw new Error(`no manifest entry ${k} (was the widgets build run?)`);
    if (berkas.has(e.file)) return;
    berkas.add(e.file);
    for (const i of e.imports ?? []) kunjungi(i);
  };
  entri.forEach(kunjungi);
  return berkas;
}

export interface Ukuran {
  readonly min: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Bytes as built (minified), gzip -9 and brotli -11, summed over the files. */
export function ukur(files: Iterable<string>, dasar: URL): Ukuran {
  let min = 0;
  let gzip = 0;
  let br = 0;
  for (const f of files) {
    const b = readFileSync(new URL(f, dasar));
    min += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
    br += brotli(b);
  }
  return { min, gzip, brotli: br };
}

/** Lazy chunks: files only reached through import(). */
export function berkasLazy(m: Record<string, EntriManifest>): string[] {
  const lazy = Object.values(m).flatMap((e) => e.dynamicImports ?? []);
  return [...new Set(lazy.map((k) => m[k]?.file).filter((f): f is string => f !== undefined))];
}

/**
 * Every entry point a page can load, with what it costs: each CDN module with its static chunks, the
 * lazy CSV chunk, the classic terbuka.min.js and its terbuka-csv.js.
 */
export function ukuranEntri(): ({ readonly name: string } & Ukuran)[] {
  const m = manifest();
  const baris = Object.entries(m)
    .filter(([, e]) => e.isEntry)
    .map(([k, e]) => ({ name: `cdn/${e.file}`, ...ukur(berkasStatis(m, [k]), cdn) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    ...baris,
    { name: 'cdn lazy chunks, all', ...ukur(berkasLazy(m), cdn) },
    { name: 'terbuka.min.js', ...ukur(['terbuka.min.js'], dist) },
    { name: 'terbuka-csv.js (lazy)', ...ukur(['terbuka-csv.js'], dist) },
    { name: 'terbuka-permintaan.min.js', ...ukur(['terbuka-permintaan.min.js'], dist) },
    { name: 'terbuka-lencana.min.js', ...ukur(['terbuka-lencana.min.js'], dist) },
  ];
}
