import { Bench } from 'tinybench';

/**
 * A benchmark compares a subject with a baseline measured in the same run on the same machine, and reports
 * the ratio: these machines are noisy, so absolute times say little and tests never assert them.
 */
export interface Perbandingan {
  readonly name: string;
  readonly subject: { readonly name: string; readonly fn: () => unknown };
  readonly baseline?: { readonly name: string; readonly fn: () => unknown };
  /** Goal for subject ÷ baseline, e.g. 3 for "≤ 3×". */
  readonly goalRatio?: number;
  /** How to show the subject's time when there is no baseline. */
  readonly perCall?: { readonly calls: number; readonly unit: 'µs' | 'ms' };
}

/**
 * A measurement that times itself and returns its rows: a browser's own timing loop (performance.now,
 * repeated, median), or something that is not a time at all (bytes, a layout-shift score).
 */
export interface Pengukuran {
  readonly name: string;
  readonly ukur: () => Promise<Hasil[]>;
}

export type Benchmark = Perbandingan | Pengukuran;

export interface Hasil {
  readonly name: string;
  /** Absent for rows that are not times (bytes, scores). */
  readonly subjectMs?: number;
  readonly baselineMs?: number;
  readonly ratio?: number;
  readonly goalRatio?: number;
  readonly perCall?: string;
  /** A value shown as is: a median in ms, a layout-shift score, sizes. */
  readonly nilai?: string;
  /** A goal that is not a ratio, e.g. '≤ 16 ms', and whether it was met. */
  readonly goal?: { readonly text: string; readonly met: boolean };
}

/** The middle of the samples (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.floor(s.length / 2);
  return s.length % 2 ? s[i]! : (s[i - 1]! + s[i]!) / 2;
}

/** Runs a benchmark of either kind. */
export async function jalankan(b: Benchmark): Promise<Hasil[]> {
  return 'subject' in b ? [await ukur(b)] : b.ukur();
}

export async function ukur(p: Perbandingan, timeMs = 1500): Promise<Hasil> {
  const bench = new Bench({ time: timeMs, warmupTime: 300, throws: true });
  bench.add(p.subject.name, p.subject.fn);
  if (p.baseline) bench.add(p.baseline.name, p.baseline.fn);
  await bench.run();
  const mean = (i: number): number => {
    const r = bench.tasks[i]?.result;
    if (!r || !('latency' in r)) throw new Error(`benchmark ${p.name}: no result`);
    return r.latency.mean;
  };
  const subjectMs = mean(0);
  const baselineMs = p.baseline ? mean(1) : undefined;
  const perCall = p.perCall
    ? `${((subjectMs * (p.perCall.unit === 'µs' ? 1000 : 1)) / p.perCall.calls).toFixed(3)} ${p.perCall.unit}/call`
    : undefined;
  return {
    name: p.name,
    subjectMs,
    ...(baselineMs !== undefined ? { baselineMs, ratio: subjectMs / baselineMs } : {}),
    ...(p.goalRatio !== undefined ? { goalRatio: p.goalRatio } : {}),
    ...(perCall ? { perCall } : {}),
  };
}

export function cetakTabel(hasil: readonly Hasil[]): string {
  const baris = [
    '| benchmark | subject (ms) | baseline (ms) | ratio | goal | per call / value |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const h of hasil) {
    const goal =
      h.goalRatio !== undefined
        ? `≤ ${h.goalRatio}× ${h.ratio !== undefined && h.ratio <= h.goalRatio ? '✓' : '✗'}`
        : h.goal
          ? `${h.goal.text} ${h.goal.met ? '✓' : '✗'}`
          : '';
    baris.push(
      `| ${h.name} | ${h.subjectMs?.toFixed(2) ?? ''} | ${h.baselineMs?.toFixed(2) ?? ''} | ${
        h.ratio !== undefined ? `${h.ratio.toFixed(2)}×` : ''
      } | ${goal} | ${h.perCall ?? h.nilai ?? ''} |`,
    );
  }
  return baris.join('\n');
}
