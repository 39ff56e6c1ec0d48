import { createHash } from 'node:crypto';
import type { Teks } from '@terbuka/sdk';

/**
 * Splitting a registry across machines or CI jobs (`--shard i/n`). An agency belongs to shard
 * `(first 32 bits of SHA-256(id), big-endian) mod n + 1`: it depends only on the agency's id, so adding,
 * removing or reordering agencies never moves the others to another shard (their history and
 * conditional-request validators stay with the job that scans them), and any language can compute it.
 */
export interface Bagian {
  /** 1-based, like `--shard 1/4`. */
  readonly index: number;
  readonly count: number;
}

export class GalatBagian extends RangeError {
  constructor(readonly teks: Teks) {
    super(teks.en);
    this.name = 'GalatBagian';
  }
}

/** The shard (1…count) an agency id belongs to. */
export function bagianAgensi(id: string, count: number): number {
  if (count <= 1) return 1;
  return (createHash('sha256').update(id, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

export function dalamBagian(id: string, bagian: Bagian | undefined): boolean {
  return bagian === undefined || bagianAgensi(id, bagian.count) === bagian.index;
}

/** Reads `i/n` (1 ≤ i ≤ n); throws a GalatBagian with words in both languages otherwise. */
export function bacaBagian(teks: string): Bagian {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(teks);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count || count > 1_000_000)
    throw new GalatBagian({
      id: `Bagian "${teks}" tidak sah. Tulis i/n dengan 1 ≤ i ≤ n, misalnya --shard 1/4.`,
      en: `Shard "${teks}" is not valid. Write i/n with 1 ≤ i ≤ n, e.g. --shard 1/4.`,
    });
  return { index, count };
}
