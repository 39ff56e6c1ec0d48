import { periksaArgumen, TEKS } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';
import { KlienPermintaan as Klien, type OpsiKlien } from './klien.js';
import { bersihkanTeks as bersihkan } from './teks-bersih.js';

// bersihkanTeks and KlienPermintaan as the SDK's Node entry (src/node.ts) exports them: checking their
// arguments, so a wrong one throws GalatArgumen naming it (id/en) instead of a TypeError from deep inside
// ("s.replace is not a function", "Cannot read properties of undefined (reading 'kunciAntrean')", or
// "this.#o.sekarang is not a function" on the first send). Not in the browser entry: the request form and
// the status page bundle both, and the check with GalatArgumen's words cost them ~440 B brotli each
// (measured, form 31,673 → 32,117 B, status page 25,274 → 25,705 B), for a mistake their own code never
// makes. Node is where a developer calls these by hand (an intake script, a test).

const FUNGSI: Teks = { id: 'fungsi', en: 'a function' };
const PENYIMPANAN: Teks = {
  id: 'penyimpanan dengan getItem, setItem dan removeItem (mis. localStorage)',
  en: 'a storage with getItem, setItem and removeItem (such as localStorage)',
};

const obyek = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** bersihkanTeks (request/teks-bersih.ts); anything but a string throws GalatArgumen. */
export const bersihkanTeks = (s: string): string => {
  periksaArgumen(typeof s === 'string', 'bersihkanTeks', 's', s, TEKS);
  return bersihkan(s);
};

/**
 * KlienPermintaan (request/klien.ts); options that are not an object, or without a string `endpoint`,
 * functions `fetch`, `sekarang` and `acak`, a `storage` with getItem/setItem/removeItem, or with a `daring`
 * that is not a function, throw GalatArgumen naming the option.
 */
export class KlienPermintaan extends Klien {
  constructor(opsi: OpsiKlien) {
    const f = 'new KlienPermintaan';
    periksaArgumen(obyek(opsi), f, 'opsi', opsi, { id: 'objek OpsiKlien', en: 'an OpsiKlien object' });
    const o = opsi as unknown as Record<string, unknown>;
    periksaArgumen(typeof o['endpoint'] === 'string', f, 'opsi.endpoint', o['endpoint'], TEKS);
    for (const k of ['fetch', 'sekarang', 'acak'])
      periksaArgumen(typeof o[k] === 'function', f, `opsi.${k}`, o[k], FUNGSI);
    const s = o['storage'];
    periksaArgumen(
      obyek(s) && ['getItem', 'setItem', 'removeItem'].every((m) => typeof s[m] === 'function'),
      f,
      'opsi.storage',
      s,
      PENYIMPANAN,
    );
    periksaArgumen(
      o['daring'] === undefined || typeof o['daring'] === 'function',
      f,
      'opsi.daring',
      o['daring'],
      FUNGSI,
    );
    super(opsi);
  }
}
