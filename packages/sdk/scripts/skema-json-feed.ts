// Builds the JSON Schema of the monitoring feed from its valibot schema.
import { toJsonSchema } from '@valibot/to-json-schema';
import { SkemaFeedPemantauan } from '../src/index.js';

export const ID_SKEMA_FEED = 'https://unpkg.com/@terbuka/sdk/schema/feed-v1.schema.json';

export function buatSkemaJSONFeed(): Record<string, unknown> {
  const { $schema, ...isi } = toJsonSchema(SkemaFeedPemantauan, {
    target: 'draft-07',
    // Instants are also checked with Date.parse; the pattern above it carries the rule here.
    ignoreActions: ['check'],
  }) as Record<string, unknown>;
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

export const teksSkemaJSONFeed = (): string => `${JSON.stringify(buatSkemaJSONFeed(), null, 2)}\n`;
