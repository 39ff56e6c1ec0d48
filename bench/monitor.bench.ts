// The monitor at scale: a full scan of the fixture world (1,000 loopback sites, served by a child process)
// against bare fetches of the same URLs at the same limits, in the same run; and the monitor's peak memory
// at 250, 500 and 1,000 sites, which should not grow with the number of sites (results are streamed to
// the history, not kept), both as V8 pleases and under a fixed heap limit (`--max-old-space-size`), where
// the peak shows what the scan needs rather than when V8 chooses to collect. Every measurement runs in a
// fresh process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type Hasil, type Pengukuran } from './harness.js';
import type { HasilUkur } from './monitor-ukur.js';

const AKAR = fileURLToPath(new URL('..', import.meta.url));
const SITUS = Number(process.env.TERBUKA_BENCH_SITUS ?? 1000);
const PUTARAN = Number(process.env.TERBUKA_BENCH_PUTARAN ?? 3);
const NOW = '2026-11-20T03:00:00Z';
const TSX = ['--conditions=@terbuka/source', '--import', 'tsx'];
const GC = ['--expose-gc'];
/** The old-space limit of the capped runs, MiB: well above what a scan keeps (~18 MiB), far below its peaks. */
const BATAS_HEAP = Number(process.env.TERBUKA_BENCH_BATAS_HEAP ?? 48);
/** Growth from 250 to all sites still called flat. */
const DATAR = 0.15;

function mulaiDunia(berkas: string): Promise<ChildProcess> {
  // The slow sites answer after 2 s, past the 1 s timeout of both the scan and the bare fetches.
  const proses = spawn(
    process.execPath,
    [...TSX, 'bench/monitor-dunia.ts', String(SITUS), berkas, NOW, '2000'],
    {
      cwd: AKAR,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  return new Promise((ok, gagal) => {
    proses.stderr!.on('data', (d) => {
      err += d;
      if (/^siap \d+/m.test(err)) ok(proses);
    });
    proses.on('exit', () => gagal(new Error(`fixture world exited:\n${err}`)));
  });
}

function ukur(args: string[], node: string[] = []): Promise<HasilUkur> {
  const proses = spawn(process.execPath, [...GC, ...node, ...TSX, 'bench/monitor-ukur.ts', ...args], {
    cwd: AKAR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proses.stdout!.on('data', (d) => (out += d));
  proses.stderr!.on('data', (d) => (err += d));
  return new Promise((ok, gagal) =>
    proses.on('exit', (code) => {
      const baris = out.trim().split('\n').at(-1);
      if (code === 0 && baris) ok(JSON.parse(baris) as HasilUkur);
      else gagal(new Error(`monitor measurement failed (${code}):\n${err}`));
    }),
  );
}

async function ukurMonitor(): Promise<Hasil[]> {
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-bench-monitor-'));
  const registri = join(dir, 'registri.json');
  const dunia = await mulaiDunia(registri);
  let n = 0;
  const pindai = (jumlah: number, node: string[] = []) =>
    ukur(
      [
        'pindai',
        registri,
        String(jumlah),
        join(dir, `riwayat-${n++}.jsonl`),
        join(dir, `url-${jumlah}.json`),
        NOW,
      ],
      node,
    );
  const mentah = (jumlah: number) =>
    ukur(['mentah', registri, String(jumlah), '-', join(dir, `url-${jumlah}.json`), NOW]);
  try {
    const hasil: Hasil[] = [];
    // Rounds alternate scan and bare fetch, so a burst of other work on a shared machine hits both alike.
    const scan: HasilUkur[] = [];
    const bare: HasilUkur[] = [];
    for (let r = 0; r < PUTARAN; r++) {
      scan.push(await pindai(SITUS));
      bare.push(await mentah(SITUS));
    }
    const rasio = median(scan.map((s, i) => s.ms / bare[i]!.ms));
    const s = median(scan.map((x) => x.ms));
    const b = median(bare.map((x) => x.ms));
    hasil.push({
      name: `monitor: full scan of ${SITUS} loopback sites ÷ bare fetches of the same ${bare[0]!.permintaan} URLs (16 at once, 2 per host, 1 s timeout)`,
      subjectMs: s,
      baselineMs: b,
      ratio: rasio,
      goalRatio: 1.2,
      nilai: `median of ${PUTARAN} paired rounds; ${scan[0]!.permintaan} sources observed (${scan[0]!.gagal} failed: the failing sites and the sitemap probes answering 404), ${bare[0]!.gagal} bare fetches failed`,
    });

    const ukuran = [250, 500, SITUS];
    const memori: { jumlah: number; u: HasilUkur }[] = [];
    for (const jumlah of ukuran) {
      const u = jumlah === SITUS ? scan[scan.length - 1]! : await pindai(jumlah);
      memori.push({ jumlah, u });
    }
    // The same scans with the old space capped: the scan must complete, and its peaks then follow what
    // it holds, not how long V8 let garbage pile up. A scan that needs more fails here (heap exhausted).
    const terbatas: { jumlah: number; u?: HasilUkur; galat?: string }[] = [];
    for (const jumlah of ukuran) {
      try {
        terbatas.push({ jumlah, u: await pindai(jumlah, [`--max-old-space-size=${BATAS_HEAP}`]) });
      } catch (e) {
        terbatas.push({
          jumlah,
          galat:
            String(e)
              .split('\n')
              .find((l) => /heap|memory/i.test(l)) ?? 'failed',
        });
      }
    }
    for (const { jumlah, u } of memori)
      hasil.push({
        name: `monitor: memory scanning ${jumlah} sites (peak RSS, peak heap, heap kept after a full GC)`,
        nilai: `RSS ${u.rssMiB.toFixed(0)} MiB (${u.rssAwalMiB.toFixed(0)} before), heap ${u.heapMiB.toFixed(0)} MiB, kept ${u.heapSisaMiB.toFixed(1)} MiB`,
      });
    for (const { jumlah, u, galat } of terbatas)
      hasil.push({
        name: `monitor: memory scanning ${jumlah} sites with --max-old-space-size=${BATAS_HEAP} (peak RSS, peak heap)`,
        nilai: u
          ? `RSS ${u.rssMiB.toFixed(0)} MiB, heap ${u.heapMiB.toFixed(1)} MiB, kept ${u.heapSisaMiB.toFixed(1)} MiB; ${(u.ms / 1000).toFixed(1)} s`
          : `did not complete: ${galat}`,
        goal: { text: 'completes', met: u !== undefined },
      });

    // One verdict per measure: flat = the value at all sites within +15% of the value at 250.
    const persen = (a: number, b: number): string => `${b >= a ? '+' : ''}${((b / a - 1) * 100).toFixed(0)}%`;
    const vonis = (nama: string, deret: (number | undefined)[], satuan: (x: number) => string): Hasil => {
      const a = deret[0];
      const b = deret[deret.length - 1];
      const ada = a !== undefined && b !== undefined;
      return {
        name: `monitor: ${nama}, 250 → ${SITUS} sites`,
        nilai: `${deret.map((x) => (x === undefined ? '—' : satuan(x))).join(' / ')} MiB${ada ? ` (${persen(a, b)})` : ''}`,
        goal: { text: `flat (≤ +${DATAR * 100}%)`, met: ada && b <= a * (1 + DATAR) },
      };
    };
    const bulat = (x: number): string => x.toFixed(0);
    const satuDesimal = (x: number): string => x.toFixed(1);
    hasil.push(
      vonis(
        'peak RSS',
        memori.map((m) => m.u.rssMiB),
        bulat,
      ),
      vonis(
        'peak heap',
        memori.map((m) => m.u.heapMiB),
        bulat,
      ),
      vonis(
        'heap kept after GC',
        memori.map((m) => m.u.heapSisaMiB),
        satuDesimal,
      ),
      vonis(
        `peak RSS under a ${BATAS_HEAP} MiB heap limit`,
        terbatas.map((m) => m.u?.rssMiB),
        bulat,
      ),
      vonis(
        `peak heap under a ${BATAS_HEAP} MiB heap limit`,
        terbatas.map((m) => m.u?.heapMiB),
        satuDesimal,
      ),
    );
    return hasil;
  } finally {
    dunia.kill('SIGTERM');
    await new Promise((ok) => (dunia.exitCode !== null ? ok(undefined) : dunia.on('exit', ok)));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function monitorSuite(): Pengukuran[] {
  return [{ name: `monitor: scanning ${SITUS} loopback sites`, ukur: ukurMonitor }];
}
