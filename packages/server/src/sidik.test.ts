import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sha256, sidikPengajuan, SIDIK_PENGAJUAN_V2 } from './sidik.js';

test('sha256: hex digest (FIPS 180-2 test vector)', () => {
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('sidikPengajuan: prefixed, and telling agencies and bodies apart', () => {
  const a = sidikPengajuan('diskominfo', '{"information":"A"}');
  assert.ok(a.startsWith(SIDIK_PENGAJUAN_V2));
  assert.equal(a, sidikPengajuan('diskominfo', '{"information":"A"}'));
  assert.notEqual(a, sidikPengajuan('dinkes', '{"information":"A"}'));
  assert.notEqual(a, sidikPengajuan('diskominfo', '{"information":"B"}'));
});
