import type { Masalah } from '../dip/types.js';
import { POLA_WEB } from '../dip/pola-web.js';
import { POLA_INSTAN, awalTanggalAda } from '../calendar/instan.js';
import { KODE_BAND, RUPA_BAND, indeksBand } from '../lencana/band.js';
import { JENIS_BADAN_PUBLIK } from '../standard/types.js';
import { pesanMasalahFeed } from './pesan-feed.js';
import { FEED_FORMAT, FEED_VERSION, type EntriFeed, type FeedPemantauan } from './types.js';

export interface HasilFeed {
  readonly ok: boolean;
  readonly feed?: FeedPemantauan;
  readonly errors: readonly Masalah[];
}

/** What a field must be: a named kind, or one of the listed values. */
export type HarapanFeed = 'teks' | 'instan' | 'web' | 'skor' | 'objek' | 'daftar' | readonly unknown[];

/**
 * A feed problem as a code with what its sentence needs (`pesanMasalahFeed` says it in id/en), so that
 * a badge checking a feed carries no sentences.
 */
export interface MasalahFeed {
  readonly code:
    | 'feed.invalid'
    | 'version.unsupported'
    | 'entry.duplicate-agency'
    | 'entry.expires-before-evaluated'
    | 'entry.band-mismatch';
  readonly path: string;
  /**
   * With `feed.invalid`: what was expected, and the value received (`pesanMasalahFeed` describes it); with
   * `entry.band-mismatch`: the entry's band.
   */
  readonly harap?: HarapanFeed;
  readonly diterima?: unknown;
  /**
   * With `version.unsupported`: the version; with `entry.duplicate-agency`: the agency id; with
   * `entry.band-mismatch`: the band of the entry's score.
   */
  readonly nilai?: string;
}

export interface HasilPeriksaFeed {
  readonly ok: boolean;
  readonly feed?: FeedPemantauan;
  readonly errors: readonly MasalahFeed[];
}

// The same rules as SkemaFeedPemantauan (skema.ts, which also makes the JSON Schema), written out by
// hand: the badge on every agency page checks a feed without carrying a schema library. A test keeps
// the two in agreement. An instant is calendar/instan.ts's instanValid, its parts spelled out here (fewer
// bytes in the badge).

/** A score as the SDK computes it: at most one decimal (84.4, not 84.35). */
export const satuDesimal = (x: number): boolean => Math.round(x * 10) / 10 === x;

/** A JSON object (not null, not an array); the signature's checks use it too. */
export const obyek = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether `x` is what `h` asks for. */
function sah(h: HarapanFeed, x: unknown): boolean {
  if (typeof h !== 'string') return h.includes(x);
  const s = typeof x === 'string';
  return h === 'teks'
    ? s && /\S/.test(x)
    : h === 'instan'
      ? s && POLA_INSTAN.test(x) && awalTanggalAda(x) && !Number.isNaN(Date.parse(x))
      : h === 'web'
        ? s && POLA_WEB.test(x)
        : h === 'skor'
          ? typeof x === 'number' && x >= 0 && x <= 100 && satuDesimal(x)
          : h === 'objek'
            ? obyek(x)
            : Array.isArray(x);
}

/** Checks `fields` of `o` at `path` (`?` after a rule: optional); returns only the known fields. */
function periksa(
  o: Record<string, unknown>,
  path: string,
  fields: Readonly<Record<string, readonly [HarapanFeed, boolean?]>>,
  errors: MasalahFeed[],
): Record<string, unknown> {
  const keluar: Record<string, unknown> = {};
  for (const [k, [harap, opsional]] of Object.entries(fields)) {
    const x = o[k];
    if (x === undefined && opsional) continue;
    if (!sah(harap, x))
      errors.push({ code: 'feed.invalid', path: path ? `${path}.${k}` : k, harap, diterima: x });
    keluar[k] = x;
  }
  return keluar;
}

/**
 * `validasiFeed` reporting codes (`MasalahFeed`) instead of sentences: the same checks, for a badge
 * that shows no feed problem in words. `pesanMasalahFeed` turns a code into the `Masalah` with its id/en
 * message.
 */
export function periksaFeed(input: unknown): HasilPeriksaFeed {
  if (!obyek(input))
    return {
      ok: false,
      errors: [{ code: 'feed.invalid', path: '', harap: 'objek', diterima: input }],
    };
  if ('version' in input && input.version !== FEED_VERSION)
    return {
      ok: false,
      errors: [{ code: 'version.unsupported', path: 'version', nilai: String(input.version) }],
    };
  const errors: MasalahFeed[] = [];
  const feed = periksa(
    input,
    '',
    {
      format: [[FEED_FORMAT]],
      version: [[FEED_VERSION]],
      issuer: ['objek'],
      generatedAt: ['instan'],
      entries: ['daftar'],
    },
    errors,
  );
  if (obyek(input['issuer']))
    feed['issuer'] = periksa(
      input['issuer'],
      'issuer',
      { id: ['teks'], name: ['teks'], url: ['web', true] },
      errors,
    );
  const entries: EntriFeed[] = [];
  if (Array.isArray(input['entries'])) {
    input['entries'].forEach((e: unknown, i) => {
      const p = `entries[${i}]`;
      if (!obyek(e)) {
        periksa({ [p]: e }, '', { [p]: ['objek'] }, errors);
        return;
      }
      entries.push(
        periksa(
          e,
          p,
          {
            agencyId: ['teks'],
            name: ['teks'],
            kind: [JENIS_BADAN_PUBLIK, true],
            score: ['skor'],
            band: [KODE_BAND],
            evaluatedAt: ['instan'],
            expiresAt: ['instan'],
            methodVersion: ['teks'],
            evidenceUrl: ['web'],
          },
          errors,
        ) as unknown as EntriFeed,
      );
    });
    feed['entries'] = entries;
  }
  if (!errors.length) {
    const dilihat = new Set<string>();
    entries.forEach((e, i) => {
      if (dilihat.has(e.agencyId))
        errors.push({ code: 'entry.duplicate-agency', path: `entries[${i}].agencyId`, nilai: e.agencyId });
      dilihat.add(e.agencyId);
      if (Date.parse(e.expiresAt) <= Date.parse(e.evaluatedAt))
        errors.push({ code: 'entry.expires-before-evaluated', path: `entries[${i}].expiresAt` });
      // A verified badge must not show a score and a band that contradict each other.
      const band = RUPA_BAND[indeksBand(e.score)]!.code;
      if (e.band !== band)
        errors.push({
          code: 'entry.band-mismatch',
          path: `entries[${i}].band`,
          nilai: band,
          diterima: e.band,
        });
    });
  }
  return !errors.length
    ? { ok: true, feed: feed as unknown as FeedPemantauan, errors }
    : { ok: false, errors };
}

/**
 * Checks a monitoring feed. A badge shows nothing from a feed with any error: a score from a broken feed
 * would look official without being so.
 */
export function validasiFeed(input: unknown): HasilFeed {
  const h = periksaFeed(input);
  return { ...h, errors: h.errors.map(pesanMasalahFeed) };
}

/** The entry of one agency, when the feed has it. */
export function cariEntriFeed(feed: FeedPemantauan, agencyId: string): EntriFeed | undefined {
  return feed.entries.find((e) => e.agencyId === agencyId);
}

/**
 * How far in the future a scan may be dated and still be published (the monitor leaves a later one out of
 * the feed): one day. A machine's clock set by hand is often hours off, a day at most in practice (the
 * instants carry their offsets, so zones add nothing); a date later than that is a wrong clock or a
 * made-up record.
 */
export const TOLERANSI_MASA_DEPAN_MS = 86_400_000;

/**
 * The longest a published result may stay current (days from its scan to its `expiresAt`): a month, one
 * scan a month at least. A signed feed can be replayed (served again, kept in a saved copy) until its
 * entries expire, so a typo in the validity (`365` for `7`) would let an old score pass as current for a
 * year; the monitor refuses to publish past this, and an entry that claims more is never current
 * (entriMasihBerlaku).
 */
export const MASA_BERLAKU_MAKS_HARI = 31;

/**
 * Whether an entry may still be shown as current at `now` (the caller's clock, passed in): before its
 * `expiresAt`, not evaluated in the future beyond TOLERANSI_MASA_DEPAN_MS, and valid for at most
 * MASA_BERLAKU_MAKS_HARI (the monitor publishes no other entry; one that is there is a wrong clock, a
 * made-up entry, or a validity that would let a replayed feed pass for too long). Otherwise a badge shows it
 * as `kedaluwarsa`, grey with no number: never current.
 */
export function entriMasihBerlaku(entry: EntriFeed, now: Date): boolean {
  const t = now.getTime();
  const habis = Date.parse(entry.expiresAt);
  const dinilai = Date.parse(entry.evaluatedAt);
  return (
    t < habis &&
    dinilai <= t + TOLERANSI_MASA_DEPAN_MS &&
    habis - dinilai <= MASA_BERLAKU_MAKS_HARI * 86_400_000
  );
}
