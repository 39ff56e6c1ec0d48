/**
 * Self-assessed mode, loaded with import() only when a badge has `src`: the DIP reader (validator,
 * catalogs, CSV on demand) and the scoring stay out of the feed-mode badge that every page carries.
 */
import { katalogIntiUntuk, lencanaDariNilai, nilaiDIPDengan } from '@terbuka/sdk';
import type { BadanPublik, DataLencana, DokumenDIP } from '@terbuka/sdk';
import { uraiTeks } from '../internal/data/urai.js';
import type { BacaanLencana } from './bacaan.js';

/** The agency's DIP as the public panel reads it: the valid entries, the faulty ones left out. */
export async function bacaDIP(
  teks: string,
  contentType: string,
  agency?: BadanPublik,
): Promise<BacaanLencana> {
  const h = await uraiTeks(teks, { contentType, ...(agency ? { agency } : {}) });
  return { jenis: 'dip', document: h.document };
}

/**
 * The badge of a DIP scored by the SDK at `now`, labelled self-assessed. Scored on the catalog's core
 * (same score as `nilaiDIP`), so this chunk carries no descriptions or legal bases.
 */
export function lencanaMandiri(doc: DokumenDIP, now: Date, evidenceUrl?: string): DataLencana {
  return lencanaDariNilai(nilaiDIPDengan(katalogIntiUntuk(doc.agency.kind), doc, now), evidenceUrl);
}
