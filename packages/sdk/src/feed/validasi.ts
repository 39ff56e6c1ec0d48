import * as v from 'valibot';
import type { Masalah } from '../dip/types.js';
import { FEED_VERSION, type EntriFeed, type FeedPemantauan } from './types.js';
import { SkemaFeedPemantauan } from './skema.js';

export interface HasilFeed {
  readonly ok: boolean;
  readonly feed?: FeedPemantauan;
  readonly errors: readonly Masalah[];
}

function jalur(issue: v.BaseIssue<unknown>): string {
  let s = '';
  for (const p of issue.path ?? []) {
    const k = p.key;
    s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`;
  }
  return s;
}

const galat = (code: string, path: string, id: string, en: string): Masalah => ({
  severity: 'error',
  code,
  path,
  message: { id, en },
});

/**
 * Checks a monitoring feed. A badge shows nothing from a feed with any error: a score from a broken feed
 * would look official without being so.
 */
export function validasiFeed(input: unknown): HasilFeed {
  if (typeof input === 'object' && input !== null && 'version' in input && input.version !== FEED_VERSION) {
    return {
      ok: false,
      errors: [
        galat(
          'version.unsupported',
          'version',
          `Versi feed ${String(input.version)} tidak didukung; SDK ini membaca versi ${FEED_VERSION}.`,
          `Feed version ${String(input.version)} is not supported; this SDK reads version ${FEED_VERSION}.`,
        ),
      ],
    };
  }
  const hasil = v.safeParse(SkemaFeedPemantauan, input, { abortEarly: false });
  const errors: Masalah[] = (hasil.issues ?? []).map((issue) => {
    const p = jalur(issue);
    return galat(
      'feed.invalid',
      p,
      `Feed pemantauan: ${p || 'dokumen'} tidak sah (diharapkan ${issue.expected ?? 'nilai lain'}, diterima ${issue.received}).`,
      `Monitoring feed: ${p || 'document'} is invalid (expected ${issue.expected ?? 'another value'}, received ${issue.received}).`,
    );
  });
  if (hasil.success) {
    const dilihat = new Set<string>();
    hasil.output.entries.forEach((e: EntriFeed, i) => {
      if (dilihat.has(e.agencyId))
        errors.push(
          galat(
            'entry.duplicate-agency',
            `entries[${i}].agencyId`,
            `Badan publik "${e.agencyId}" muncul lebih dari sekali dalam feed.`,
            `Agency "${e.agencyId}" appears more than once in the feed.`,
          ),
        );
      dilihat.add(e.agencyId);
      if (Date.parse(e.expiresAt) <= Date.parse(e.evaluatedAt))
        errors.push(
          galat(
            'entry.expires-before-evaluated',
            `entries[${i}].expiresAt`,
            'Waktu kedaluwarsa harus setelah waktu penilaian.',
            'The expiry must come after the evaluation.',
          ),
        );
    });
  }
  return errors.length === 0 && hasil.success
    ? { ok: true, feed: hasil.output as FeedPemantauan, errors }
    : { ok: false, errors };
}

/** The entry of one agency, when the feed has it. */
export function cariEntriFeed(feed: FeedPemantauan, agencyId: string): EntriFeed | undefined {
  return feed.entries.find((e) => e.agencyId === agencyId);
}

/** Whether an entry may still be shown as current at `now` (the caller's clock, passed in). */
export function entriMasihBerlaku(entry: EntriFeed, now: Date): boolean {
  return now.getTime() < Date.parse(entry.expiresAt);
}
