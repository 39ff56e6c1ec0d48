import type { DokumenDIP } from '../dip/types.js';
import { dipSahPasti } from '../dip/sah-pasti.js';

// The public reading's shortcut, without valibot: a page that shows a register loads the validator only
// when this is not sure (jsonItemSahMentahDengan then reads it, as always).

/**
 * The document `validasiDIP(input)` would give, when it is sure without running the validator: `input`
 * itself, valid with every item as given. Its keys may be in another order than the validator's document
 * lists them, and it may hold fields the format does not know (a root `$schema`, a CMS's own columns),
 * which the validator's document leaves out and a reader of the format never looks at. Undefined means
 * "not sure": an invalid register, or anything unusual. No warnings are looked at: for a view that shows
 * none. Treat the document as read-only (it is `input`).
 */
export function dokumenSahPasti(input: unknown): DokumenDIP | undefined {
  return dipSahPasti(input) ? input : undefined;
}
