import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { jalurIssue, kodeIssue, teksIssue } from './masalah-skema.js';

const Skema = v.looseObject({
  format: v.literal('contoh', 'format.unknown'),
  daftar: v.array(v.object({ aktif: v.boolean('field.type'), nama: v.string('field.type') })),
});

function masalah(input: unknown): { path: string; code: string; id: string; en: string }[] {
  const hasil = v.safeParse(Skema, input, { abortEarly: false });
  return (hasil.issues ?? []).map((issue) => {
    const code = kodeIssue(issue);
    const t = teksIssue(code, issue, {
      'format.unknown': { id: 'berisi {nilai}; harus "contoh".', en: 'is {nilai}; must be "contoh".' },
    });
    return { path: jalurIssue(issue), code, id: t.id, en: t.en };
  });
}

test('teksIssue: codes the caller knows come from its catalog, with the value quoted', () => {
  assert.deepEqual(masalah({ format: 'lain', daftar: [] }), [
    {
      path: 'format',
      code: 'format.unknown',
      id: 'berisi "lain"; harus "contoh".',
      en: 'is "lain"; must be "contoh".',
    },
  ]);
});

test('teksIssue: a code missing from the catalog falls back to "tidak sah."', () => {
  const issue = v.safeParse(v.string('kode.lain'), 5).issues?.[0];
  assert.ok(issue);
  assert.equal(kodeIssue(issue), 'kode.lain');
  assert.deepEqual(teksIssue('kode.lain', issue, {}), { id: 'tidak sah.', en: 'is not valid.' });
});

test('kodeIssue: a key missing from a loose object is field.required; wrong types name the type', () => {
  assert.deepEqual(masalah({ format: 'contoh', daftar: [{ aktif: 'ya', nama: 'x' }, { aktif: true }] }), [
    {
      path: 'daftar[0].aktif',
      code: 'field.type',
      id: 'harus berupa true atau false, bukan "ya".',
      en: 'must be true or false, not "ya".',
    },
    { path: 'daftar[1].nama', code: 'field.required', id: 'tidak sah.', en: 'is not valid.' },
  ]);
  const [atas] = masalah({ format: 'contoh' });
  assert.deepEqual(atas && [atas.path, atas.code], ['daftar', 'field.required']);
});

test('jalurIssue and kodeIssue: a piece checked on its own carries the path it came from', () => {
  const issue = v.safeParse(v.object({ id: v.string() }), {}).issues?.[0];
  assert.ok(issue);
  assert.equal(jalurIssue(issue, 'items[2]'), 'items[2].id');
  assert.equal(kodeIssue(issue, 'items[2]'), 'field.required');
  const tanpaJalur = v.safeParse(v.object({ id: v.string() }), 5).issues?.[0];
  assert.ok(tanpaJalur);
  assert.equal(kodeIssue(tanpaJalur, 'items[2]'), 'field.type');
  assert.equal(kodeIssue(tanpaJalur), 'field.type');
});
