// One measurement of the monitor benchmark, in a fresh process so memory and JIT start alike each time:
// `pindai` scans the first N agencies of a registry with the monitor (writing its history), `mentah`
// fetches a list of URLs with bare undici at the same limits. Prints one JSON line on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { Agent, request } from 'undici';
import { pindaiRegistri } from '../packages/monitor/src/pindai.js';
import { bacaRiwayat } from '../packages/monitor/src/riwayat/index.js';
import type { Registri } from '../packages/monitor/src/types.js';

export interface HasilUkur {
  readonly ms: number;
  /** Peak resident set size of this process (getrusage), MiB. */
  readonly rssMiB: number;
  /** Highest V8 heap in use seen (sampled every 20 ms), MiB. */
  readonly heapMiB: number;
  /** V8 heap still in use after a full GC once the work is done (what the run kept), MiB. */
  readonly heapSisaMiB: number;
  /** Resident set size before the work started, MiB. */
  readonly rssAwalMiB: number;
  /** Sources observed (scan) or URLs fetched (bare), and how many of them failed. */
  readonly permintaan: number;
  readonly gagal: number;
}

export const BATAS = { timeoutMs: 1000, global: 16, perHost: 2, maxBytes: 5 * 1024 * 1024 } as const;

const MiB = 1024 * 1024;
const [mode, registriBerkas, jumlah, riwayat, urlBerkas, now] = process.argv.slice(2);

// The V8 heap is sampled cheaply (process.memoryUsage() reads /proc each time); the RSS peak comes from
// getrusage at the end.
const heapKini = (): number => getHeapStatistics().used_heap_size;
let heap = heapKini();
const sampel = setInterval(() => {
  heap = Math.max(heap, heapKini());
}, 20);
const rssAwal = process.memoryUsage().rss;
const mulai = performance.now();
let permintaan = 0;
let gagal = 0;
let ms: number;
let memori: Pick<HasilUkur, 'heapMiB' | 'heapSisaMiB' | 'rssMiB'> | undefined;

// Read as soon as the work is done, so the bench's own bookkeeping afterwards (the URL list) is not counted.
function selesaiUkur(): void {
  clearInterval(sampel);
  heap = Math.max(heap, heapKini());
  // Started with --expose-gc by the suite; what survives a full collection is what the run retains.
  (globalThis as { gc?: () => void }).gc?.();
  memori = {
    heapMiB: heap / MiB,
    heapSisaMiB: heapKini() / MiB,
    rssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
  };
}

if (mode === 'pindai') {
  const semua = JSON.parse(readFileSync(registriBerkas!, 'utf8')) as Registri;
  const registri: Registri = { ...semua, agencies: semua.agencies.slice(0, Number(jumlah)) };
  await pindaiRegistri(registri, {
    riwayat: riwayat!,
    now: new Date(now!),
    progress: false,
    // As many agencies in flight as requests allowed at once, so the window never leaves the 16 idle.
    concurrency: Number(process.env.TERBUKA_BENCH_AGENSI ?? BATAS.global),
    // The benchmark's sites are on loopback, which the monitor refuses unless allowed.
    pengambil: { ...BATAS, backoffMs: 100, izinkanAlamatLokal: true },
  });
  ms = performance.now() - mulai;
  selesaiUkur();
  // The URLs the scan fetched, for the bare baseline: every observed source, plus each origin's robots.txt.
  const url = new Set<string>();
  for await (const c of bacaRiwayat([riwayat!])) {
    for (const o of c.observations) {
      url.add(o.url);
      permintaan++;
      if (o.failure) gagal++;
    }
  }
  for (const a of registri.agencies) url.add(new URL('/robots.txt', a.website).href);
  writeFileSync(urlBerkas!, JSON.stringify([...url]));
} else {
  // Bare fetches: one GET per URL, same global and per-host limits, same timeout and size cap; no robots,
  // retries, redirects, parsing, scoring or history.
  const daftar = JSON.parse(readFileSync(urlBerkas!, 'utf8')) as string[];
  const agent = new Agent({ connections: BATAS.perHost });
  const perHost = new Map<string, number>();
  const antre: string[] = [...daftar];
  let aktif = 0;
  const satu = async (u: string): Promise<void> => {
    permintaan++;
    try {
      const r = await request(u, { dispatcher: agent, signal: AbortSignal.timeout(BATAS.timeoutMs) });
      let n = 0;
      for await (const potong of r.body) {
        n += (potong as Buffer).length;
        if (n > BATAS.maxBytes) {
          r.body.destroy();
          break;
        }
      }
    } catch {
      gagal++;
    }
  };
  await new Promise<void>((selesai) => {
    const jalan = (): void => {
      for (let i = 0; i < antre.length && aktif < BATAS.global;) {
        const u = antre[i]!;
        const host = new URL(u).host;
        if ((perHost.get(host) ?? 0) >= BATAS.perHost) {
          i++;
          continue;
        }
        antre.splice(i, 1);
        aktif++;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        void satu(u).finally(() => {
          aktif--;
          perHost.set(host, perHost.get(host)! - 1);
          if (antre.length === 0 && aktif === 0) selesai();
          else jalan();
        });
      }
    };
    if (antre.length === 0) selesai();
    else jalan();
  });
  ms = performance.now() - mulai;
  await agent.close();
  selesaiUkur();
}

const { heapMiB, heapSisaMiB, rssMiB } = memori!;
const hasil: HasilUkur = { ms, rssMiB, heapMiB, heapSisaMiB, rssAwalMiB: rssAwal / MiB, permintaan, gagal };
process.stdout.write(JSON.stringify(hasil) + '\n');
process.exit(0);
