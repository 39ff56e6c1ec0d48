import { jsonItemSahMentahDengan } from '@terbuka/sdk';
import type { HasilBacaPublik, IntiUntuk, MasalahMentah } from '@terbuka/sdk';

/**
 * In the classic-script build (terbuka.min.js) the full reading is inlined, as before: a side file would be
 * one more file for every site to upload (and a site that uploaded only the script would show no register
 * with a faulty entry), for ~2.5 kB the shortcut saves only the CDN modules.
 */
export const bacaJSON = (data: unknown, intiUntuk: IntiUntuk): Promise<HasilBacaPublik<MasalahMentah>> =>
  Promise.resolve(jsonItemSahMentahDengan(data, intiUntuk));
