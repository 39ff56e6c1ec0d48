// Builds the JSON Schema of the agencies registry from its valibot schema, for producers that are not
// JavaScript (a spreadsheet export, a PHP CMS) to check a registry before the monitor reads it.
import { toJsonSchema } from '@valibot/to-json-schema';
import { SkemaRegistri } from '../src/registri/index.js';
import { aksiPolaPortabel, polaPortabel } from '../../sdk/scripts/pola-portabel.js';
import { teksJSON } from '../../sdk/scripts/teks-json.js';

export const ID_SKEMA_REGISTRI = 'https://unpkg.com/@terbuka/monitor/schema/registri-v1.schema.json';

export function buatSkemaJSONRegistri(): Record<string, unknown> {
  const { $schema, ...isi } = toJsonSchema(SkemaRegistri, {
    target: 'draft-07',
    // What a producer writes: a zone's pipe stops before `bacaZona` turns WITA into Asia/Makassar.
    typeMode: 'input',
    // A pattern given as metadata (a zone's or a kind's names in any case) is a RegExp: written portably.
    overrideAction: (k) => {
      const aksi = k.valibotAction as { type: string; metadata?: Record<string, unknown> };
      const pola = aksi.type === 'metadata' ? aksi.metadata?.['pattern'] : undefined;
      return pola instanceof RegExp ? { ...k.jsonSchema, pattern: polaPortabel(pola) } : aksiPolaPortabel(k);
    },
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: ID_SKEMA_REGISTRI,
    title: 'Registri badan publik Terbuka — terbuka-registri v1',
    description:
      'Daftar badan publik yang dipantau Dinkominfo: id, nama, jenis, induk, situs, alamat DIP, feed, ' +
      'WordPress, endpoint permohonan, akun resmi, zona waktu. Id unik dan induk yang dikenal diperiksa ' +
      'oleh `terbuka monitor scan`, bukan oleh skema ini. / The agencies Dinkominfo monitors. Unique ids ' +
      'and known parents are checked by `terbuka monitor scan`, not by this schema.',
    ...isi,
  };
}

export const teksSkemaJSONRegistri = (): string => `${teksJSON(buatSkemaJSONRegistri(), 2)}\n`;
