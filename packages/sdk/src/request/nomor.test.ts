import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GalatTemplatNomor, TEMPLAT_NOMOR_BAKU, buatNomorPendaftaran, periksaTemplatNomor } from './nomor.js';

const nilai = { seq: 1, agency: 'DINKOMINFO', tanggal: '2026-03-06', jenis: 'permintaan' } as const;

test('the default template gives the number PPID offices use', () => {
  assert.equal(buatNomorPendaftaran(TEMPLAT_NOMOR_BAKU, nilai), '001/PPID/DINKOMINFO/PI/2026');
  assert.equal(
    buatNomorPendaftaran(TEMPLAT_NOMOR_BAKU, { ...nilai, seq: 42, jenis: 'keberatan' }),
    '042/PPID/DINKOMINFO/KEB/2026',
  );
});

test('every token, zero padding, and a sequence wider than its padding written in full', () => {
  assert.equal(buatNomorPendaftaran('PPID-{yyyy}-{seq:6}', { ...nilai, seq: 123 }), 'PPID-2026-000123');
  assert.equal(buatNomorPendaftaran('{seq}/{agency}/{mm}/{yy}', { ...nilai, seq: 7 }), '7/DINKOMINFO/03/26');
  assert.equal(buatNomorPendaftaran('{seq:3}-{yyyy}', { ...nilai, seq: 1234 }), '1234-2026');
  assert.equal(buatNomorPendaftaran('{seq:12}{yy}', nilai), '00000000000126');
  assert.equal(buatNomorPendaftaran('{jenis}.{seq:2}.{yyyy}.{jenis}', nilai), 'PI.01.2026.PI');
});

test('templates that could repeat numbers or that have unknown tokens are refused with clear words', () => {
  const pesan = (t: string) => periksaTemplatNomor(t).map((x) => x.en);
  assert.deepEqual(periksaTemplatNomor(TEMPLAT_NOMOR_BAKU), []);
  assert.match(pesan('PPID/{agency}/{yyyy}').join(), /must contain \{seq\}/);
  assert.match(pesan('{seq:3}/PPID/{agency}').join(), /must contain the year/);
  assert.match(pesan('{seq}/{tahun}/{yyyy}').join(), /Unknown token \{tahun\}/);
  assert.match(pesan('{seq:0}/{yyyy}').join(), /1–12 digits/);
  assert.match(pesan('{seq:13}/{yyyy}').join(), /1–12 digits/);
  assert.match(pesan('{seq}/{yyyy}}').join(), /unmatched brace/);
  assert.match(pesan('').join(), /empty/);
  assert.match(pesan('{seq}{yyyy}' + 'x'.repeat(100)).join(), /at most 100/);
  assert.equal(periksaTemplatNomor(42 as unknown as string).length, 1);
  assert.throws(
    () => buatNomorPendaftaran('PPID/{agency}/{yyyy}', nilai),
    (e: unknown) => e instanceof GalatTemplatNomor && /nomor urut/.test(e.teks.id) && e instanceof RangeError,
  );
});

test('values that do not fit a number are refused', () => {
  for (const salah of [
    { seq: 0 },
    { seq: 1.5 },
    { seq: -1 },
    { seq: Number.NaN },
    { agency: '' },
    { agency: 'DINAS KOMINFO' },
    { agency: 'A/B' },
    { tanggal: '2026-02-30' },
    { jenis: 'sengketa' },
  ])
    assert.throws(
      () => buatNomorPendaftaran(TEMPLAT_NOMOR_BAKU, { ...nilai, ...salah } as never),
      GalatTemplatNomor,
      JSON.stringify(salah),
    );
});
