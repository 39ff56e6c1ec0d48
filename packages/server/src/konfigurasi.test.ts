import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GalatKonfigurasi, periksaKonfigurasi } from './konfigurasi.js';

const dasar = { agencies: [{ id: 'diskominfo', name: 'Dinas Kominfo' }] };
const sha = 'a'.repeat(64);

test('defaults: loopback, WIB, the code from the id, 64 KiB bodies', () => {
  const k = periksaKonfigurasi(dasar);
  assert.equal(k.host, '127.0.0.1');
  assert.equal(k.bodyLimit, 65536);
  assert.equal(k.agencies[0]!.code, 'DISKOMINFO');
  assert.equal(k.agencies[0]!.timeZone, 'Asia/Jakarta');
  assert.equal(k.notifications.reminderWorkingDays, 2);
  assert.deepEqual(k.timeouts, { requestSeconds: 30, headersSeconds: 10, keepAliveSeconds: 72 });
  assert.equal(k.maxConnections, 1024);
});

test('environment variables override the file', () => {
  const k = periksaKonfigurasi(
    { ...dasar, database: 'a.sqlite', officers: [{ name: 'A', tokenSha256: sha }] },
    {
      TERBUKA_DB: '/var/lib/terbuka/b.sqlite',
      TERBUKA_PORT: '9000',
      TERBUKA_WEBHOOK_URL: 'http://127.0.0.1:9/kait',
      TERBUKA_OFFICER_TOKENS_SHA256: `Budi:${'b'.repeat(64)}, ${'C'.repeat(64)}`,
      TERBUKA_SMTP_HOST: 'smtp.contoh.go.id',
      TERBUKA_SMTP_FROM: 'ppid@contoh.go.id',
    },
  );
  assert.equal(k.database, '/var/lib/terbuka/b.sqlite');
  assert.equal(k.port, 9000);
  assert.equal(k.notifications.webhook?.url, 'http://127.0.0.1:9/kait');
  assert.equal(k.notifications.smtp?.host, 'smtp.contoh.go.id');
  assert.deepEqual(
    k.officers.map((o) => [o.name, o.tokenSha256[0]]),
    [
      ['A', 'a'],
      ['Budi', 'b'],
      ['petugas', 'c'],
    ],
  );
});

test('mistakes are refused with the field named', () => {
  const salah: [unknown, RegExp][] = [
    [[], /objek JSON/],
    [{}, /agencies/],
    [{ agencies: [] }, /at least one agency/],
    [{ agencies: [{ id: 'Dinas Besar', name: 'x' }] }, /agencies\.0\.id/],
    [{ ...dasar, agencies: [...dasar.agencies, ...dasar.agencies] }, /dipakai dua kali/],
    [{ ...dasar, officers: [{ name: 'A', tokenSha256: 'pendek' }] }, /officers\.0\.tokenSha256/],
    [{ ...dasar, officers: [{ name: 'A', tokenSha256: sha, agencies: ['lain'] }] }, /tidak dikenal/],
    [{ agencies: [{ id: 'a', name: 'A', origins: ['https://a.go.id/ppid'] }] }, /origins/],
    [{ agencies: [{ id: 'a', name: 'A', numberTemplate: 'PPID/{agency}' }] }, /numberTemplate/],
    [{ ...dasar, port: 70000 }, /port/],
    [{ ...dasar, timeouts: { requestSeconds: 0 } }, /timeouts\.requestSeconds/],
    [{ ...dasar, timeouts: { requestSeconds: 5, headersSeconds: 20 } }, /headersSeconds/],
    [{ ...dasar, maxConnections: 0 }, /maxConnections/],
  ];
  for (const [k, pesan] of salah) {
    assert.throws(
      () => periksaKonfigurasi(k),
      (e: unknown) => e instanceof GalatKonfigurasi && pesan.test(e.teks.id) && e.teks.en.length > 0,
      String(pesan),
    );
  }
});
