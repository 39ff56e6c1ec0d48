import { periksaHasilNilai, type HasilNilai } from '../scoring/nilai.js';
import type { ItemKatalogInti } from '../standard/types.js';
import type { DataLencana } from './data.js';

// Apart from data.ts so that a feed badge, which never scores, does not carry it.

/**
 * A self-assessed badge from a score the SDK computed from the body's own DIP. Anything but a result of
 * `nilaiDIP` throws GalatArgumen.
 */
export function lencanaDariNilai(hasil: HasilNilai<ItemKatalogInti>, evidenceUrl?: string): DataLencana {
  periksaHasilNilai('lencanaDariNilai', hasil);
  return {
    agencyName: hasil.agency.name,
    score: hasil.total,
    band: hasil.band.code,
    asOf: hasil.evaluatedOn,
    source: 'mandiri',
    state: 'terkini',
    ...(evidenceUrl ? { evidenceUrl } : {}),
  };
}
