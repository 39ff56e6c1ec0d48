import type * as v from 'valibot';
import type { Teks } from '../i18n/teks.js';
import { kutip } from './kutip.js';

export { jalurIssue, kodeIssue } from './kode-issue.js';

/**
 * A format's own messages for the issue codes its valibot schema raises (`'format.unknown'` …), each
 * said of the field; `{nilai}` is replaced by the quoted value.
 */
export type KatalogMasalahSkema = Readonly<Record<string, Teks>>;

const JENIS_NILAI: Readonly<Record<string, Teks>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  Array: { id: 'daftar (array)', en: 'a list (array)' },
  Object: { id: 'objek', en: 'an object' },
};

/** The codes every format's schema raises alike, worded once: each format's catalog starts with them. */
export const KATA_SKEMA_UMUM: KatalogMasalahSkema = {
  'field.required': { id: 'wajib diisi, tetapi tidak ada.', en: 'is required but missing.' },
  'field.empty': { id: 'tidak boleh kosong.', en: 'must not be empty.' },
};

/**
 * What is wrong, in both languages, said of the field: wrong type and unknown value are worded here,
 * every other code comes from the format's `katalog` ("tidak sah." when it has none).
 */
export function teksIssue(code: string, issue: v.BaseIssue<unknown>, katalog: KatalogMasalahSkema): Teks {
  return teksMasalahSkema(code, kutip(issue.input), issue.expected ?? undefined, katalog);
}

/**
 * `teksIssue` from what a problem kept of its issue: the quoted value and valibot's `expected` (the
 * DIP validator's core keeps these, so its words can load later).
 */
export function teksMasalahSkema(
  code: string,
  nilai: string,
  diharapkan: string | undefined,
  katalog: KatalogMasalahSkema,
): Teks {
  if (code === 'field.type') {
    const jenis = JENIS_NILAI[diharapkan ?? ''] ?? { id: diharapkan ?? '?', en: diharapkan ?? '?' };
    return { id: `harus berupa ${jenis.id}, bukan ${nilai}.`, en: `must be ${jenis.en}, not ${nilai}.` };
  }
  if (code === 'field.value') {
    const pilihan = (diharapkan ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ');
    return {
      id: `berisi ${nilai}, yang tidak dikenal. Pilihan yang sah: ${pilihan}.`,
      en: `is ${nilai}, which is not known. Valid values: ${pilihan}.`,
    };
  }
  const t = katalog[code] ?? { id: 'tidak sah.', en: 'is not valid.' };
  return { id: t.id.replace('{nilai}', nilai), en: t.en.replace('{nilai}', nilai) };
}
