import type * as v from 'valibot';

// Where a valibot issue points and which problem code it is: logic, no words, so the validator's core
// (periksa.ts) needs none of the problem words in masalah-skema.ts.

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
