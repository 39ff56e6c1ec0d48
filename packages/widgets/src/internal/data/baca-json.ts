import { dokumenSahPasti } from '@terbuka/sdk';
import type { HasilBacaPublik, IntiUntuk, MasalahMentah } from '@terbuka/sdk';
import type * as BacaPenuh from './baca-penuh.js';
import { muatBacaPenuh } from './muat-baca-penuh.js';

/**
 * How the full reading is loaded (muat-baca-penuh.ts: a lazy chunk, or `terbuka-baca.js` next to the classic
 * script); tests replace `muat` to play a page that went offline after loading.
 */
export const pemuatBacaPenuh: { muat: () => Promise<typeof BacaPenuh> } = { muat: muatBacaPenuh };

/**
 * Reads parsed JSON for the lists (the SDK's `jsonItemSahMentahDengan`). Nearly every register is valid as
 * given: the public view (`lengkap` false) then takes it as it is, with no problem, and loads no validator
 * (the SDK's `dokumenSahPasti`, without valibot, says so only when the validator would say the same). Any
 * doubt, or the admin's view (`lengkap`: its checklist lists the warnings too), loads the full reading.
 * Rejects when that does not load: the lists show "a part could not be loaded" with its retry.
 */
export async function bacaJSON(
  data: unknown,
  intiUntuk: IntiUntuk,
  lengkap: boolean,
): Promise<HasilBacaPublik<MasalahMentah>> {
  const document = lengkap ? undefined : dokumenSahPasti(data);
  if (document) return { ok: true, document, errors: [], warnings: [], omitted: 0 };
  return (await pemuatBacaPenuh.muat()).jsonItemSahMentahDengan(data, intiUntuk);
}
