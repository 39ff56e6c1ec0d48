import { bacaSalinan, penyimpanan, simpanSalinan } from './simpanan.js';
import type { Salinan } from './simpanan.js';

/**
 * Where a list keeps the date its copy was last confirmed current, apart from the copy: an answer that
 * confirms it (a 304, or the same text again) writes these 24 characters instead of the whole register
 * (247 kB at 2,000 rows, written synchronously on the main thread of a budget phone on every page view).
 */
const PER = 'terbuka:salinan-per:';

/**
 * How long a copy's own text may be revalidated (If-None-Match) rather than fetched whole. A 304 confirms
 * whatever copy is stored, so a copy a script once wrote (an XSS on the agency's origin, since fixed) with
 * the source's current ETag would otherwise stay "current" until the source changed. By the copy's own
 * write date, never the confirmed date under PER (a 304 renews that one), so every copy is fetched whole
 * once a day at most, and a 200 with the same text then writes it whole again (its date renews).
 */
const SEHARI = 864e5;

/**
 * The saved copy's storage for one load of a list (SumberController's `salinan`): simpanan.ts's copy, its
 * date moved apart while the text stays as it is. A copy written before this key existed reads as before.
 * The badge keeps simpanan.ts's own functions: its feed copies are small, and its bytes are counted.
 */
export function simpananDaftar(): { baca: typeof bacaSalinan; simpan: typeof simpanSalinan } {
  /** The copy read at the start of this load, which the answer may only confirm. */
  let lama: Salinan | undefined;
  /** Its text was written a day ago or more (or in the future, or on no date): not revalidated. */
  let tua = false;
  return {
    baca(kunci) {
      lama = bacaSalinan(kunci);
      if (!lama) return lama;
      const umur = Date.now() - Date.parse(lama.disimpan);
      // NaN (no date) compares false: old.
      tua = !(umur >= 0 && umur < SEHARI);
      // Still shown (and kept for the error state), but without its ETag: the request is unconditional.
      let s: Salinan = tua ? { ...lama, etag: undefined } : lama;
      try {
        const per = penyimpanan()?.getItem(PER + kunci);
        // The later date: a copy written after it (by a tab still running the previous code, which knows
        // nothing of this key) keeps its own.
        if (per && per > lama.disimpan) s = { ...s, disimpan: per };
      } catch {
        /* storage blocked */
      }
      return s;
    },
    simpan(kunci, baru) {
      try {
        if (
          !tua &&
          lama &&
          baru.teks === lama.teks &&
          baru.contentType === lama.contentType &&
          baru.etag === lama.etag
        )
          penyimpanan()?.setItem(PER + kunci, baru.disimpan);
        else {
          simpanSalinan(kunci, baru);
          // The new copy carries its own date (and, were it not saved, the old copy is no longer current).
          penyimpanan()?.removeItem(PER + kunci);
        }
      } catch {
        /* quota exceeded or storage blocked: the date stays as it was */
      }
    },
  };
}
