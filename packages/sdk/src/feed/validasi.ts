import type { Masalah } from '../dip/types.js';
import { POLA_WEB } from '../dip/tautan.js';
import { KODE_BAND } from '../scoring/band.js';
import type { JenisBadanPublik } from '../standard/types.js';
import type { Teks } from '../i18n/teks.js';
import { FEED_FORMAT, FEED_VERSION, type EntriFeed, type FeedPemantauan } from './types.js';

export interface HasilFeed {
  readonly ok: boolean;
  readonly feed?: FeedPemantauan;
  readonly errors: readonly Masalah[];
}

const galat = (code: string, path: string, id: string, en: string): Masalah => ({
  severity: 'error',
  code,
  path,
  message: { id, en },
});

// The same rules as SkemaFeedPemantauan (skema.ts, which also makes the JSON Schema), written out by
// hand: the badge on every agency page checks a feed without carrying a schema library. A test keeps
// the two in agreement.
const JENIS = [
  'opd',
  'kecamatan',
  'kelurahan',
  'desa',
  'lainnya',
] as const satisfies readonly JenisBadanPublik[];
type Lengkap = JenisBadanPublik extends (typeof JENIS)[number] ? true : never;
const _lengkap: Lengkap = true;
void _lengkap;
const POLA_INSTAN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A field rule: the value when it is valid, else `undefined` and what was expected. */
type Aturan = { readonly harap: Teks; readonly sah: (x: unknown) => boolean };
const aturan = (id: string, en: string, sah: (x: unknown) => boolean): Aturan => ({ harap: { id, en }, sah });
const teks = aturan('teks tidak kosong', 'non-empty text', (x) => typeof x === 'string' && /\S/.test(x));
const instan = aturan(
  'waktu ISO 8601 dengan zona (…Z atau …+07:00)',
  'an ISO 8601 instant with an offset (…Z or …+07:00)',
  (x) => typeof x === 'string' && POLA_INSTAN.test(x) && !Number.isNaN(Date.parse(x)),
);
const web = aturan('alamat http(s)', 'an http(s) address', (x) => typeof x === 'string' && POLA_WEB.test(x));
const pilihan = (daftar: readonly unknown[]): Aturan =>
  aturan(daftar.join(' | '), daftar.join(' | '), (x) => daftar.includes(x));
const skor = aturan('angka 0–100', 'a number 0–100', (x) => typeof x === 'number' && x >= 0 && x <= 100);

const diterima = (x: unknown): string =>
  x === null ? 'null' : Array.isArray(x) ? 'Array' : typeof x === 'string' ? `"${x}"` : typeof x;

const obyek = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks `fields` of `o` at `path`; returns only the known fields (unknown ones are dropped). */
function periksa(
  o: Record<string, unknown>,
  path: string,
  fields: Readonly<Record<string, readonly [Aturan, boolean?]>>,
  errors: Masalah[],
): Record<string, unknown> {
  const keluar: Record<string, unknown> = {};
  for (const [k, [a, opsional]] of Object.entries(fields)) {
    const x = o[k];
    if (x === undefined && opsional) continue;
    if (!a.sah(x)) {
      const p = path ? `${path}.${k}` : k;
      errors.push(
        galat(
          'feed.invalid',
          p,
          `Feed pemantauan: ${p} tidak sah (diharapkan ${a.harap.id}, diterima ${diterima(x)}).`,
          `Monitoring feed: ${p} is invalid (expected ${a.harap.en}, received ${diterima(x)}).`,
        ),
      );
    }
    keluar[k] = x;
  }
  return keluar;
}

const obyekAturan = aturan('objek', 'an object', obyek);
const daftarAturan = aturan('daftar', 'an array', Array.isArray);

/**
 * Checks a monitoring feed. A badge shows nothing from a feed with any error: a score from a broken feed
 * would look official without being so.
 */
export function validasiFeed(input: unknown): HasilFeed {
  if (obyek(input) && 'version' in input && input.version !== FEED_VERSION) {
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
  const errors: Masalah[] = [];
  if (!obyek(input)) {
    return {
      ok: false,
      errors: [
        galat(
          'feed.invalid',
          '',
          `Feed pemantauan: dokumen tidak sah (diharapkan objek, diterima ${diterima(input)}).`,
          `Monitoring feed: document is invalid (expected an object, received ${diterima(input)}).`,
        ),
      ],
    };
  }
  const feed = periksa(
    input,
    '',
    {
      format: [pilihan([FEED_FORMAT])],
      version: [pilihan([FEED_VERSION])],
      issuer: [obyekAturan],
      generatedAt: [instan],
      entries: [daftarAturan],
    },
    errors,
  );
  if (obyek(input['issuer']))
    feed['issuer'] = periksa(
      input['issuer'],
      'issuer',
      { id: [teks], name: [teks], url: [web, true] },
      errors,
    );
  const entries: EntriFeed[] = [];
  if (Array.isArray(input['entries'])) {
    input['entries'].forEach((e: unknown, i) => {
      const p = `entries[${i}]`;
      if (!obyek(e)) {
        periksa({ [p]: e }, '', { [p]: [obyekAturan] }, errors);
        return;
      }
      entries.push(
        periksa(
          e,
          p,
          {
            agencyId: [teks],
            name: [teks],
            kind: [pilihan(JENIS), true],
            score: [skor],
            band: [pilihan(KODE_BAND)],
            evaluatedAt: [instan],
            expiresAt: [instan],
            methodVersion: [teks],
            evidenceUrl: [web],
          },
          errors,
        ) as unknown as EntriFeed,
      );
    });
    feed['entries'] = entries;
  }
  if (errors.length === 0) {
    const dilihat = new Set<string>();
    entries.forEach((e, i) => {
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
  return errors.length === 0
    ? { ok: true, feed: feed as unknown as FeedPemantauan, errors }
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
