import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bacaZona, instanDiZona, tanggalDiterima } from './zona.js';
import { GalatMasukanKalender } from './galat.js';

test('bacaZona reads abbreviations and IANA names, nothing else', () => {
  assert.equal(bacaZona('WIB'), 'Asia/Jakarta');
  assert.equal(bacaZona(' wita '), 'Asia/Makassar');
  assert.equal(bacaZona('Asia/Jayapura'), 'Asia/Jayapura');
  // The other IANA names of Indonesian zones read as the zone they are.
  assert.equal(bacaZona('Asia/Pontianak'), 'Asia/Jakarta');
  assert.equal(bacaZona('asia/ujung_pandang'), 'Asia/Makassar');
  assert.equal(bacaZona('Asia/Singapore'), undefined);
  assert.equal(bacaZona('UTC'), undefined);
});

test('instanDiZona writes the same instant with the zone offset, its date the zone date', () => {
  const t = new Date('2026-11-27T16:30:05.123Z');
  assert.equal(instanDiZona(t), '2026-11-27T23:30:05.123+07:00');
  assert.equal(instanDiZona(t, 'Asia/Makassar'), '2026-11-28T00:30:05.123+08:00');
  assert.equal(instanDiZona(t, 'Asia/Jayapura'), '2026-11-28T01:30:05.123+09:00');
  for (const z of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const)
    assert.equal(Date.parse(instanDiZona(t, z)), t.getTime());
});

test('tanggalDiterima: a time without offset is wall time in the agency zone; with offset it is converted', () => {
  assert.equal(tanggalDiterima('2026-03-05', 'Asia/Jakarta'), '2026-03-05');
  assert.equal(tanggalDiterima('2026-03-05T23:30', 'Asia/Jakarta'), '2026-03-05');
  assert.equal(tanggalDiterima('2026-03-05T23:30', 'Asia/Jayapura'), '2026-03-05');
  // 06:00 WIB on the 6th is 23:00 UTC on the 5th: received on the 6th.
  assert.equal(tanggalDiterima('2026-03-05T23:00Z', 'Asia/Jakarta'), '2026-03-06');
  assert.equal(tanggalDiterima('2026-03-05T22:59:59Z', 'Asia/Makassar'), '2026-03-06');
  assert.equal(tanggalDiterima('2026-03-05T14:59:59Z', 'Asia/Jayapura'), '2026-03-05');
  assert.equal(tanggalDiterima('2026-03-06T06:00+07:00', 'Asia/Jayapura'), '2026-03-06');
});

test('tanggalDiterima refuses impossible dates and times instead of rolling them over', () => {
  for (const s of [
    '2026-02-30T10:00Z',
    '2026-02-29',
    '2026-03-05T24:00',
    '2026-03-05T10:60',
    '5/3/2026',
    '',
  ]) {
    assert.throws(() => tanggalDiterima(s, 'Asia/Jakarta'), GalatMasukanKalender, s);
  }
});

test('tanggalDiterima does not depend on the machine time zone', () => {
  const modul = fileURLToPath(new URL('./zona.ts', import.meta.url));
  const kode = `import { tanggalDiterima } from ${JSON.stringify(modul)}; console.log(tanggalDiterima('2026-03-05T23:30', 'Asia/Jakarta'), tanggalDiterima('2026-03-05T18:00Z', 'Asia/Jakarta'));`;
  for (const TZ of ['UTC', 'Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', kode], {
      encoding: 'utf8',
      env: { ...process.env, TZ },
    });
    assert.equal(r.stdout.trim(), '2026-03-05 2026-03-06', `TZ=${TZ}: ${r.stderr}`);
  }
});

test('bacaZona: a value that is not a string is undefined, as anything else it does not know (no TypeError)', () => {
  for (const v of [undefined, null, 42, {}, [], true])
    assert.equal(bacaZona(v as unknown as string), undefined, String(v));
});
