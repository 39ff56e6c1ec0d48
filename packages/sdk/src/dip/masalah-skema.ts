import type * as v from 'valibot';
import type { Teks } from '../i18n/teks.js';
import { kutip } from './masalah.js';

export { kutip };

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

/**
 * The path of a valibot issue as the formats write it (`items[3].links[0].url`), after `awal` when the
 * schema ran on a piece of the document.
 */
export function jalurIssue(issue: v.BaseIssue<unknown>, awal = ''): string {
  let s = awal;
  for (const p of issue.path ?? []) {
    const k = p.key;
    s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`;
  }
  return s;
}

/**
 * The problem code of a valibot issue: 'field.required', 'field.type', the code a schema gave as its
 * message (`'link.web'`), or 'field.invalid'. `awal` is the path of a piece checked on its own.
 */
export function kodeIssue(issue: v.BaseIssue<unknown>, awal = ''): string {
  const objek = issue.type === 'object' || issue.type === 'loose_object';
  // A missing key is reported by the object schema, with the key in the path.
  if (issue.kind === 'schema' && objek && issue.received === 'undefined' && (issue.path || awal !== ''))
    return 'field.required';
  if (objek || issue.type === 'array') return 'field.type';
  if (/^[a-z]+\.[a-z-]+$/.test(issue.message)) return issue.message;
  return 'field.invalid';
}

/**
 * What is wrong, in both languages, said of the field: wrong type and unknown value are worded here,
 * every other code comes from the format's `katalog` ("tidak sah." when it has none).
 */
export function teksIssue(code: string, issue: v.BaseIssue<unknown>, katalog: KatalogMasalahSkema): Teks {
  const nilai = kutip(issue.input);
  if (code === 'field.type') {
    const jenis = JENIS_NILAI[issue.expected ?? ''] ?? {
      id: issue.expected ?? '?',
      en: issue.expected ?? '?',
    };
    return { id: `harus berupa ${jenis.id}, bukan ${nilai}.`, en: `must be ${jenis.en}, not ${nilai}.` };
  }
  if (code === 'field.value') {
    const pilihan = (issue.expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ');
    return {
      id: `berisi ${nilai}, yang tidak dikenal. Pilihan yang sah: ${pilihan}.`,
      en: `is ${nilai}, which is not known. Valid values: ${pilihan}.`,
    };
  }
  const t = katalog[code] ?? { id: 'tidak sah.', en: 'is not valid.' };
  return { id: t.id.replace('{nilai}', nilai), en: t.en.replace('{nilai}', nilai) };
}
