// Builds the JSON Schema of the monitoring feed from its valibot schema.
import { toJsonSchema } from '@valibot/to-json-schema';
import { RUPA_BAND } from '../src/lencana/band.js';
import { SkemaFeedPemantauan } from '../src/index.js';
import { aksiPolaPortabel } from './pola-portabel.js';
import { teksJSON } from './teks-json.js';

export const ID_SKEMA_FEED = 'https://unpkg.com/@terbuka/sdk/schema/feed-v1.schema.json';

/**
 * The band of the score, as draft-07 `if`/`then` per band, from the same limits the SDK checks
 * (RUPA_BAND.min): a score from a band's `min` up to the next band's (exclusive) requires that band.
 */
const bandDariSkor = RUPA_BAND.map((b, i) => ({
  if: {
    properties: {
      score: { minimum: b.min, ...(i > 0 ? { exclusiveMaximum: RUPA_BAND[i - 1]!.min } : {}) },
    },
    required: ['score'],
  },
  then: { properties: { band: { const: b.code } } },
}));

export function buatSkemaJSONFeed(): Record<string, unknown> {
  const { $schema, ...isi } = toJsonSchema(SkemaFeedPemantauan, {
    target: 'draft-07',
    overrideAction: aksiPolaPortabel,
    // Instants are also checked with Date.parse; the pattern above it carries the rule here. The
    // one-decimal score is checked by the SDK only (`multipleOf: 0.1` fails on 72.3 in floating point);
    // the band of the score is added below.
    ignoreActions: ['check'],
  }) as Record<string, unknown>;
  const entri = (isi['properties'] as { entries: { items: Record<string, unknown> } }).entries.items;
  entri['allOf'] = bandDariSkor;
  return {
    $schema,
    $id: ID_SKEMA_FEED,
    title: 'Feed pemantauan Terbuka — terbuka-feed v1',
    description:
      'Hasil pemantauan per badan publik (skor, kualifikasi, waktu penilaian dan kedaluwarsa, versi metode, ' +
      'tautan bukti). Tanda tangan Ed25519 terpisah, atas byte berkas ini. / Monitoring results per public ' +
      'body (score, band, evaluation and expiry times, method version, evidence link). The Ed25519 ' +
      'signature is detached, over the exact bytes of this file.',
    ...isi,
  };
}

export const teksSkemaJSONFeed = (): string => `${teksJSON(buatSkemaJSONFeed(), 2)}\n`;
