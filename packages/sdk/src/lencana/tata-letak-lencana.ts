import type { Teks } from '../i18n/teks.js';
import type { DataLencana } from './data.js';
import { tataLetakSumber, type OpsiLencana, type TataLetakLencana } from './tata-letak.js';

/** The source line of a self-assessed badge (tataLetakLencana's choice for `source: 'mandiri'`). */
const MANDIRI: Teks = { id: 'Penilaian mandiri', en: 'Self-assessed' };

/** The badge's layout, its source line by `data.source`: monitoring result or self-assessed. */
export function tataLetakLencana(data: DataLencana, opsi: OpsiLencana = {}): TataLetakLencana {
  return tataLetakSumber(data, opsi, data.source === 'mandiri' ? MANDIRI : undefined);
}
