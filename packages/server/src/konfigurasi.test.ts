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
    [{ agencies: [] }, /agencies harus memuat paling sedikit satu badan publik/],
    [{ agencies: [{ id: 'Dinas Besar', name: 'x' }] }, /agencies\[0\]\.id berisi "Dinas Besar"; id hanya/],
    [{ ...dasar, agencies: [...dasar.agencies, ...dasar.agencies] }, /dipakai dua kali/],
    [
      { ...dasar, officers: [{ name: 'A', tokenSha256: 'pendek' }] },
      /officers\[0\]\.tokenSha256 harus SHA-256/,
    ],
    [{ ...dasar, officers: [{ name: 'A', tokenSha256: sha, agencies: ['lain'] }] }, /tidak dikenal/],
    [
      { agencies: [{ id: 'a', name: 'A', origins: ['https://a.go.id/ppid'] }] },
      /origins\[0\] berisi "https:\/\/a\.go\.id\/ppid"; tulis asal situs/,
    ],
    [
      { agencies: [{ id: 'a', name: 'A', numberTemplate: 'PPID/{agency}' }] },
      /numberTemplate tidak sah: Templat nomor/,
    ],
    [{ ...dasar, port: 70000 }, /port harus paling besar 65535/],
    [{ ...dasar, port: '80' }, /port harus berupa angka, bukan "80"/],
    [{ ...dasar, timeouts: { requestSeconds: 0 } }, /timeouts\.requestSeconds harus paling kecil 1/],
    [
      { ...dasar, timeouts: { requestSeconds: 5, headersSeconds: 20 } },
      /headersSeconds tidak boleh lebih lama/,
    ],
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

test('an unknown key anywhere is refused with its path, and the key it was probably meant to be', () => {
  const salah: [unknown, string, string][] = [
    [
      { agencies: [{ id: 'a', name: 'A', timezone: 'Asia/Makassar' }] },
      'agencies[0].timezone tidak dikenal. Maksud Anda timeZone? (huruf besar dan kecil dibedakan)',
      'agencies[0].timezone is not known. Did you mean timeZone? (case matters)',
    ],
    [
      { ...dasar, ratelimit: { perMinute: 5 } },
      'ratelimit tidak dikenal. Maksud Anda rateLimit?',
      'ratelimit is not known. Did you mean rateLimit?',
    ],
    [
      { ...dasar, notifications: { smtp: { host: 'h', from: 'a@b.id', password: 'x' } } },
      'notifications.smtp.password tidak dikenal dalam konfigurasi server',
      'notifications.smtp.password is not a server configuration key',
    ],
    [
      { ...dasar, timeouts: { requestSecond: 5 } },
      'timeouts.requestSecond tidak dikenal. Maksud Anda requestSeconds?',
      'Did you mean requestSeconds?',
    ],
  ];
  for (const [k, id, en] of salah) {
    assert.throws(
      () => periksaKonfigurasi(k),
      (e: unknown) => e instanceof GalatKonfigurasi && e.teks.id.includes(id) && e.teks.en.includes(en),
      id,
    );
  }
});

test('a holiday on a date that does not exist is refused; a real one is kept', () => {
  const libur = (date: string) => ({
    agencies: [{ id: 'a', name: 'A', liburTambahan: [{ date, name: 'Libur' }] }],
  });
  for (const date of ['2026-02-30', '2026-13-01', '2025-02-29']) {
    assert.throws(
      () => periksaKonfigurasi(libur(date)),
      (e: unknown) =>
        e instanceof GalatKonfigurasi &&
        e.teks.id.includes(`agencies[0].liburTambahan[0].date berisi "${date}", bukan tanggal yang ada`) &&
        e.teks.en.includes('not a real date'),
      date,
    );
  }
  assert.equal(periksaKonfigurasi(libur('2028-02-29')).agencies[0]!.liburTambahan[0]!.date, '2028-02-29');
});

test('every message of a refused configuration is Indonesian first, then English, with no valibot wording', () => {
  const salah: unknown[] = [
    { agencies: [{ id: 'a', name: 'A', timeZone: 'WIB' }] },
    { ...dasar, port: 'x' },
    { agencies: [] },
    {},
    { ...dasar, officers: [{ name: 'A', tokenSha256: 'pendek' }] },
    { ...dasar, notifications: { smtp: { host: 'x', from: 'bukan' } } },
    { ...dasar, notifications: { webhook: { url: 'ftp://x' } } },
    { ...dasar, bodyLimit: 1.5 },
    { agencies: [{ id: 'a', name: '' }] },
  ];
  for (const k of salah) {
    assert.throws(
      () => periksaKonfigurasi(k),
      (e: unknown) =>
        e instanceof GalatKonfigurasi &&
        /^Konfigurasi tidak sah — /.test(e.teks.id) &&
        /^Invalid configuration — /.test(e.teks.en) &&
        !/Invalid|Expected|received/.test(e.teks.id) &&
        !/ (harus|berisi|tidak) /.test(e.teks.en),
      JSON.stringify(k),
    );
  }
});
