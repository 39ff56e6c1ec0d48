// Builds the JSON Schemas of the feed signature (`feed.json.sig`) and the key set (`keys.json`).
import { toJsonSchema } from '@valibot/to-json-schema';
import { SkemaSetKunci, SkemaTandaTanganFeed } from '../src/index.js';
import { aksiPolaPortabel } from './pola-portabel.js';
import { teksJSON } from './teks-json.js';

const ID = (nama: string) => `https://unpkg.com/@terbuka/sdk/schema/${nama}`;

function dasar(skema: Parameters<typeof toJsonSchema>[0]): Record<string, unknown> {
  // Instants are also checked with Date.parse; the pattern carries the rule here.
  return toJsonSchema(skema, {
    target: 'draft-07',
    overrideAction: aksiPolaPortabel,
    ignoreActions: ['check'],
  }) as Record<string, unknown>;
}

export function buatSkemaJSONTandaTangan(): Record<string, unknown> {
  const { $schema, ...isi } = dasar(SkemaTandaTanganFeed);
  return {
    $schema,
    $id: ID('feed-signature-v1.schema.json'),
    title: 'Tanda tangan feed Terbuka — terbuka-feed-signature v1',
    description:
      'Tanda tangan Ed25519 terpisah atas byte persis feed.json (feed.json.sig). kid = sidik JWK RFC 7638 ' +
      'kunci publik; sig = base64url 64 byte. Lebih dari satu tanda tangan saat rotasi kunci. / Detached ' +
      'Ed25519 signature over the exact bytes of feed.json. kid = RFC 7638 JWK thumbprint of the public key; ' +
      'sig = base64url of 64 bytes. More than one signature during a key rotation.',
    ...isi,
  };
}

export function buatSkemaJSONKunci(): Record<string, unknown> {
  const { $schema, ...isi } = dasar(SkemaSetKunci);
  return {
    $schema,
    $id: ID('keys-v1.schema.json'),
    title: 'Kunci publik pemantau Terbuka — keys.json (JWK Set)',
    description:
      'Kunci publik Ed25519 (RFC 8037) penanda tangan feed. Kunci "pensiun" tetap dimuat agar feed yang ' +
      'ditandatanganinya tetap dapat diverifikasi. / The Ed25519 public keys (RFC 8037) that sign the feed. ' +
      'Keys with status "pensiun" (retired) stay listed so feeds they signed remain verifiable.',
    ...isi,
  };
}

export const teksSkemaJSONTandaTangan = (): string => `${teksJSON(buatSkemaJSONTandaTangan(), 2)}\n`;
export const teksSkemaJSONKunci = (): string => `${teksJSON(buatSkemaJSONKunci(), 2)}\n`;
