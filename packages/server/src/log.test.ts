import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino, { type LoggerOptions } from 'pino';
import { opsiLog, sensorRahasia, tujuanLog } from './log.js';

const NIK = '3201014509900001';

test('sensorRahasia: a flat object without secrets is returned as is (no copy)', () => {
  const o = { method: 'POST', path: '/v1/permintaan', status: 201 };
  assert.equal(sensorRahasia(o), o);
});

test('sensorRahasia: secret keys are censored at any depth, in arrays, whatever their case; the input is untouched', () => {
  const o = {
    nomor: '001/PPID',
    a: { b: { c: { d: { nik: NIK, Email: 'x@contoh.id' } } } },
    daftar: [{ phone: '+6281234567890' }, 'biasa'],
    requester: { name: 'Siti' },
  };
  const s = sensorRahasia(o);
  assert.deepEqual(s, {
    nomor: '001/PPID',
    a: { b: { c: { d: { nik: '[disembunyikan]', Email: '[disembunyikan]' } } } },
    daftar: [{ phone: '[disembunyikan]' }, 'biasa'],
    requester: '[disembunyikan]',
  });
  assert.equal(o.a.b.c.d.nik, NIK);
});

test('sensorRahasia: a cycle ends at the depth limit instead of looping', () => {
  const o: Record<string, unknown> = { x: 1 };
  o.diri = o;
  assert.doesNotThrow(() => sensorRahasia(o));
});

test('the server logger writes no secret, neither in a log object nor in a child logger’s bindings', () => {
  let keluar = '';
  const tujuan = new Writable({
    write(chunk, _enc, cb) {
      keluar += String(chunk);
      cb();
    },
  });
  const log = pino(opsiLog('info') as LoggerOptions, tujuan);
  log.info({ x: { y: { z: { requester: { nik: NIK } } } } }, 'dalam');
  log.info({ phone: '+6281234567890', email: 'siti@contoh.id' }, 'atas');
  log.child({ nik: NIK }).info('anak');
  assert.match(keluar, /"msg":"dalam"/);
  assert.match(keluar, /"msg":"anak"/);
  for (const rahasia of [NIK, '6281234567890', 'siti@contoh.id'])
    assert.equal(keluar.includes(rahasia), false);
});

test('tujuanLog: the lines of one turn leave in one write, in order, in the next turn; tutup writes what waits', async () => {
  const tulis: string[] = [];
  const t = tujuanLog({ write: (s) => tulis.push(s) });
  t.write('a\n');
  t.write('b\n');
  assert.deepEqual(tulis, []);
  await new Promise((ok) => setImmediate(ok));
  assert.deepEqual(tulis, ['a\nb\n']);
  t.write('c\n');
  t.tutup();
  assert.deepEqual(tulis, ['a\nb\n', 'c\n']);
  await new Promise((ok) => setImmediate(ok));
  assert.equal(tulis.length, 2); // nothing written twice
});
