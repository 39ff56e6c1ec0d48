import type { DokumenDIP } from '../dip/types.js';
import { dipSahPasti } from '../dip/sah-pasti.js';

// The public reading's shortcut, without valibot: a page that shows a register loads the validator only
// when this is not sure (jsonItemSahMentahDengan then reads it, as always).

/**
 * The document `validasiDIP(input)` would give, when it is sure without running the validator: `input`
 * itself, its keys perhaps in another order than the validator's (or, when its root has a `$schema`, which the format always allows and leaves out of its
 * document, `input` without it), valid with every item as given. Undefined means "not sure": an invalid
 * register, or one with a field the format does not know, anything unusual. No
 * warnings are looked at: for a view that shows none. Treat the document as read-only (it is `input`'s).
 */
export function dokumenSahPasti(input: unknown): DokumenDIP | undefined {
  if (dipSahPasti(input)) return input;
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype)
    return undefined;
  if (!Object.prototype.hasOwnProperty.call(input, '$schema')) return undefined;
  const { $schema: _, ...dokumen } = input as Record<string, unknown>;
  return dipSahPasti(dokumen) ? dokumen : undefined;
}
