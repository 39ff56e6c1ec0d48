// `terbuka keys` and `terbuka monitor publish` as a user runs them: the built binary in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RIWAYAT_FORMAT, RIWAYAT_VERSION } from '@terbuka/monitor';
import { METODE_PEMANTAUAN_VERSI } from '@terbuka/sdk';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const bin = join(root, 'node_modules/.bin/terbuka');
const terbuka = (...args: string[]) => {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', env: { ...process.env, TERBUKA_LANG: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const tmp = mkdtempSync(join(tmpdir(), 'terbuka-cli-monitor-'));
const riwayat = join(tmp, 'riwayat.jsonl');
writeFileSync(
  riwayat,
  JSON.stringify({
    format: RIWAYAT_FORMAT,
    version: RIWAYAT_VERSION,
    agencyId: 'dinkes',
    agency: { name: 'Dinas Kesehatan', kind: 'opd', website: 'https://dinkes.example.id/', social: [] },
    scannedAt: '2026-11-27T01:00:00Z',
    score: 84.5,
    band: 'menuju-informatif',
    methodVersion: METODE_PEMANTAUAN_VERSI,
    catalogVersion: '2026.1',
    contributions: [],
    missing: [],
    activity: { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' },
    observations: [],
    unreachable: false,
  }) + '\n',
);

test('keys generate prints x and the pin snippet, refuses a second time; rotate retires the old key', () => {
  const dir = join(tmp, 'kunci');
  const g = terbuka('keys', 'generate', '--kunci', dir);
  assert.equal(g.code, 0, g.err);
  const x = g.out.match(/^ {2}([A-Za-z0-9_-]{43})$/m)?.[1];
  assert.ok(x, g.out);
  assert.match(g.out, new RegExp(`<ppid-badge [^>]*key="${x}"`));
  const kid = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')).keys[0].kid as string;
  assert.equal(statSync(join(dir, `${kid}.pem`)).mode & 0o777, 0o600);
  // The old spelling still works (hidden from the help).
  const lagi = terbuka('keys', 'generate', '--dir', dir);
  assert.equal(lagi.code, 1);
  assert.match(lagi.err, /keys rotate/);
  // The snippet as docs/en/widgets.md gives it: the script tag right before the badge, without `defer`
  // (with it, what is below the badge moves when the script arrives).
  assert.match(g.out, /<script src="[^"]*terbuka-lencana\.min\.js"><\/script>\n {2}<ppid-badge /);
  assert.doesNotMatch(g.out, /\bdefer\b/);
  const r = terbuka('--json', 'keys', 'rotate', '--kunci', dir);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.deepEqual(j.retired, [kid]);
  // Until when the retired key co-signs: 30 days by default.
  assert.ok(
    Math.abs(Date.parse(j.retiredSignUntil) - Date.now() - 30 * 86_400_000) < 60_000,
    j.retiredSignUntil,
  );
  const lagiPutar = terbuka('keys', 'rotate', '--kunci', dir, '--overlap-days', '0');
  assert.match(lagiPutar.out, /pensiun dan tidak lagi ikut menandatangani/);
  const putar = terbuka('keys', 'rotate', '--kunci', dir);
  assert.match(
    putar.out,
    /tetap ikut menandatangani sampai \d{4}-\d{2}-\d{2}\. Sebelum tanggal itu, ganti key=/,
  );
});

test(
  'keys generate and rotate given a file, a path through a file or a folder under /proc as --kunci: a usage error naming it (exit 2), nothing written',
  { timeout: 120_000 },
  () => {
    const berkas = join(tmp, 'bukan-folder-kunci');
    writeFileSync(berkas, 'isi lama');
    for (const [args, kata] of [
      [
        ['keys', 'generate', '--kunci', berkas],
        /^Folder kunci: \S+bukan-folder-kunci adalah berkas, bukan folder, padahal jalur \S+keys\.json melewatinya \(ENOTDIR\)\. Pilih jalur lain/m,
      ],
      [
        ['--lang', 'en', 'keys', 'generate', '--kunci', join(berkas, 'kunci')],
        /^Key folder: \S+bukan-folder-kunci is a file, not a folder, yet the path /m,
      ],
      [
        ['keys', 'rotate', '--kunci', berkas],
        /^--kunci \S+bukan-folder-kunci adalah berkas, bukan folder kunci\. Periksa --kunci/m,
      ],
      // Node's recursive mkdir never returns under /proc: refused in words instead.
      [
        ['keys', 'generate', '--kunci', '/proc/terbuka-uji'],
        /^Folder kunci: \/proc\/terbuka-uji tidak ada dan tidak dapat dibuat di sana \(ENOENT/m,
      ],
    ] as const) {
      const r = terbuka(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, kata);
      assert.doesNotMatch(r.err, /internal|ENOTDIR: not a directory/);
    }
    assert.equal(readFileSync(berkas, 'utf8'), 'isi lama');
  },
);

test('monitor publish writes the signed feed; the signature verifies with node:crypto from keys.json', () => {
  const kunci = join(tmp, 'kunci-2');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const keluar = join(tmp, 'publik');
  const p = terbuka(
    '--json',
    'monitor',
    'publish',
    '--riwayat',
    riwayat,
    '--keluar',
    keluar,
    '--kunci',
    kunci,
    '--base-url',
    'https://monitor.example.id',
    '--issuer-id',
    'diskominfo',
    '--issuer-name',
    'Diskominfo Contoh',
    '--now',
    '2026-11-28T00:00:00Z',
  );
  assert.equal(p.code, 0, p.err);
  const j = JSON.parse(p.out);
  assert.equal(j.agencies, 1);
  const bytes = readFileSync(join(keluar, 'feed.json'));
  const feed = JSON.parse(bytes.toString('utf8'));
  assert.equal(feed.entries[0].evidenceUrl, 'https://monitor.example.id/agensi/dinkes.html');
  // The body's offset (WIB: the registry names no zone), so a badge dates the scan on the body's day.
  assert.equal(feed.entries[0].expiresAt, '2026-12-04T08:00:00.000+07:00');
  const sig = JSON.parse(readFileSync(join(keluar, 'feed.json.sig'), 'utf8'));
  const jwk = JSON.parse(readFileSync(join(keluar, 'keys.json'), 'utf8')).keys[0];
  const kunciPublik = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  assert.equal(verify(null, bytes, kunciPublik, Buffer.from(sig.signatures[0].sig, 'base64url')), true);
  const salah = terbuka(
    'monitor',
    'publish',
    '--riwayat',
    riwayat,
    '--keluar',
    keluar,
    '--kunci',
    kunci,
    '--base-url',
    'ftp://x',
    '--issuer-id',
    'd',
    '--issuer-name',
    'D',
  );
  assert.equal(salah.code, 2);
  assert.match(salah.err, /--base-url/);
  // A validity past a month (365 typed for 7) stops before anything is written: a replayed feed would
  // pass as current for a year.
  const keluarLama = join(tmp, 'publik-setahun');
  const setahun = terbuka(
    'monitor',
    'publish',
    '--riwayat',
    riwayat,
    '--keluar',
    keluarLama,
    '--kunci',
    kunci,
    '--base-url',
    'https://monitor.example.id',
    '--issuer-id',
    'd',
    '--issuer-name',
    'D',
    '--validity-days',
    '365',
  );
  assert.equal(setahun.code, 2, setahun.err);
  assert.match(setahun.err, /--validity-days "365" harus bilangan bulat 1–31/);
  assert.throws(() => statSync(keluarLama), /ENOENT/);
});

test('keys and monitor publish name the key folder the same: --kunci (--dir hidden, still accepted)', () => {
  const bantuan = terbuka('keys', 'generate', '--help').out;
  assert.match(bantuan, /--kunci <folder>/);
  assert.doesNotMatch(bantuan, /--dir/);
  assert.match(terbuka('monitor', 'publish', '--help').out, /--kunci <folder>/);
  const tanpa = terbuka('--lang', 'en', 'keys', 'rotate');
  assert.equal(tanpa.code, 2);
  assert.match(tanpa.err, /Option --kunci <folder> is required/);
});

test('monitor publish --registri and --issuer-timezone: an agency no longer in the registry is not published; the report in WITA', () => {
  const kunci = join(tmp, 'kunci-registri');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const registri = join(tmp, 'registri-lain.csv');
  writeFileSync(registri, 'id,nama,jenis,situs\ndinkes,Dinas Kesehatan,opd,https://dinkes.example.id\n');
  // The history also holds an agency since taken out of the registry.
  const riwayat2 = join(tmp, 'riwayat-dua.jsonl');
  const baris = readFileSync(riwayat, 'utf8');
  writeFileSync(riwayat2, baris + baris.replace(/"dinkes"/, '"hilang"'));
  const keluar = join(tmp, 'publik-registri');
  const argumen = [
    '--riwayat',
    riwayat2,
    '--keluar',
    keluar,
    '--kunci',
    kunci,
    '--base-url',
    'https://m.example.id',
  ];
  const dasar = ['--issuer-id', 'd', '--issuer-name', 'D', '--now', '2026-11-28T00:00:00Z'];
  const p = terbuka('--json', 'monitor', 'publish', ...argumen, ...dasar, '--registri', registri);
  assert.equal(p.code, 0, p.err);
  assert.equal(JSON.parse(p.out).agencies, 1);
  const feed = JSON.parse(readFileSync(join(keluar, 'feed.json'), 'utf8')) as {
    entries: { agencyId: string }[];
  };
  assert.deepEqual(
    feed.entries.map((e) => e.agencyId),
    ['dinkes'],
  );
  // A registry that cannot be read publishes nothing, and says so.
  const rusak = join(tmp, 'registri-rusak.csv');
  writeFileSync(rusak, 'apa,ini\n1,2\n');
  const r = terbuka('monitor', 'publish', ...argumen, ...dasar, '--registri', rusak);
  assert.equal(r.code, 2);
  assert.match(r.err, /tidak terbaca .*tidak ada yang diterbitkan/);
  // The report's zone as offices write it; another is refused before anything is written.
  const z = terbuka('monitor', 'publish', ...argumen, ...dasar, '--issuer-timezone', 'WITA');
  assert.equal(z.code, 0, z.err);
  assert.match(readFileSync(join(keluar, 'index.html'), 'utf8'), / WITA<\/time>/);
  const salah = terbuka('monitor', 'publish', ...argumen, ...dasar, '--issuer-timezone', 'Mars');
  assert.equal(salah.code, 2);
  assert.match(salah.err, /--issuer-timezone "Mars" tidak dikenal; tulis WIB, WITA atau WIT/);
});

/** A history of the given agencies, each scanned an hour ago (publish then runs on the real clock). */
const riwayatBaru = (nama: string, ...ids: string[]): string => {
  const dasar = JSON.parse(readFileSync(riwayat, 'utf8')) as Record<string, unknown>;
  const scannedAt = new Date(Date.now() - 3_600_000).toISOString();
  const path = join(tmp, nama);
  writeFileSync(
    path,
    ids.map((agencyId) => `${JSON.stringify({ ...dasar, agencyId, scannedAt })}\n`).join(''),
  );
  return path;
};
const penerbit = ['--base-url', 'https://m.example.id/', '--issuer-id', 'd', '--issuer-name', 'D'];

test('keys rotate --overlap-days 0 ends every co-signing key; a retired key whose .pem is gone is a warning, not a failure', () => {
  const kunci = join(tmp, 'kunci-bocor');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const a = JSON.parse(readFileSync(join(kunci, 'keys.json'), 'utf8')).keys[0].kid as string;
  assert.equal(terbuka('keys', 'rotate', '--kunci', kunci).code, 0);
  const b = JSON.parse(readFileSync(join(kunci, 'keys.json'), 'utf8')).keys[0].kid as string;
  // The old key's private file is gone (deleted after the rotation): the feed is signed with the active key.
  rmSync(join(kunci, `${a}.pem`));
  const h = riwayatBaru('riwayat-bocor.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-bocor');
  const p = terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  assert.equal(p.code, 0, p.err);
  assert.match(p.out, new RegExp(`Ditandatangani oleh: ${b}\\n`));
  assert.match(p.err, new RegExp(`${a}\\.pem untuk kunci pensiun ${a} tidak ada.*Kembalikan berkas itu`));
  // A leaked key: overlap 0 ends co-signing for every retired key, the earlier one too, and says so.
  const nol = terbuka('keys', 'rotate', '--kunci', kunci, '--overlap-days', '0');
  assert.equal(nol.code, 0, nol.err);
  const keys = JSON.parse(readFileSync(join(kunci, 'keys.json'), 'utf8')).keys as {
    kid: string;
    status: string;
    signUntil?: string;
  }[];
  const c = keys[0]!.kid;
  for (const k of keys.slice(1)) assert.ok(Date.parse(k.signUntil!) <= Date.now(), k.kid);
  assert.match(nol.out, new RegExp(`Kunci ${a} \\(pensiun sebelumnya\\) juga berhenti ikut menandatangani`));
  const q = terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  assert.equal(q.code, 0, q.err);
  assert.match(q.out, new RegExp(`Ditandatangani oleh: ${c}\\n`));
  assert.doesNotMatch(q.err, /tidak ada/);
});

test('keys rotate --overlap-days past 90 is a usage error with its reason (exit 2), the key set unchanged; 90 is taken', () => {
  const kunci = join(tmp, 'kunci-lama-sekali');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const awal = readFileSync(join(kunci, 'keys.json'), 'utf8');
  for (const [bahasa, kata] of [
    [
      'id',
      /^--overlap-days "100000" harus bilangan bulat 0–90: kunci pensiun yang terus ikut menandatangani berarti kunci itu tidak pernah benar-benar diganti/m,
    ],
    [
      'en',
      /^--overlap-days "100000" must be an integer 0–90: a retired key that keeps co-signing is never really replaced/m,
    ],
  ] as const) {
    const r = terbuka('--lang', bahasa, 'keys', 'rotate', '--kunci', kunci, '--overlap-days', '100000');
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, kata);
  }
  assert.equal(terbuka('keys', 'rotate', '--kunci', kunci, '--overlap-days', '91').code, 2);
  assert.equal(readFileSync(join(kunci, 'keys.json'), 'utf8'), awal);
  const j = terbuka('--json', 'keys', 'rotate', '--kunci', kunci, '--overlap-days', '90');
  assert.equal(j.code, 0, j.err);
  const sampai = Date.parse((JSON.parse(j.out) as { retiredSignUntil: string }).retiredSignUntil);
  assert.ok(Math.abs(sampai - Date.now() - 90 * 86_400_000) < 60_000);
});

test('an issuer the feed cannot carry is a usage error at parse naming the option and why (exit 2), nothing written', () => {
  const kunci = join(tmp, 'kunci-penerbit');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-penerbit.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-penerbit');
  const terbit = (global: string[], ...lagi: string[]) =>
    terbuka(
      ...global,
      'monitor',
      'publish',
      '--riwayat',
      h,
      '--keluar',
      keluar,
      '--kunci',
      kunci,
      '--base-url',
      'https://m.example.id/',
      '--issuer-id',
      'd',
      ...lagi,
    );
  const nama = terbit([], '--issuer-name', '');
  assert.equal(nama.code, 2, nama.err);
  assert.match(
    nama.err,
    /^--issuer-name: issuer\.name tidak sah \(diharapkan teks tidak kosong, diterima ""\)\.$/m,
  );
  assert.match(nama.err, /^Perbaiki opsi penerbit itu; tidak ada yang diterbitkan\.$/m);
  for (const json of [[], ['--json']]) {
    const url = terbit([...json, '--lang', 'en'], '--issuer-name', 'D', '--issuer-url', 'notaurl');
    assert.equal(url.code, 2, url.err);
    assert.match(
      url.err,
      /^--issuer-url: issuer\.url is invalid \(expected an http\(s\) address, received "notaurl"\)\.$/m,
    );
    assert.doesNotMatch(url.err, /The feed to publish is invalid/);
  }
  assert.throws(() => statSync(keluar), /ENOENT/);
});

test('a hand-edited history line the feed cannot carry is named (file, line, agency, field) and left out: the agency is published from its earlier scan, the rest too; published but to be looked at, exit 5', () => {
  const kunci = join(tmp, 'kunci-sunting');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const dasar = JSON.parse(readFileSync(riwayat, 'utf8')) as Record<string, unknown>;
  const pada = (jamLalu: number): string => new Date(Date.now() - jamLalu * 3_600_000).toISOString();
  const h = join(tmp, 'riwayat-sunting.jsonl');
  writeFileSync(
    h,
    [
      { ...dasar, agencyId: 'dinkes', scannedAt: pada(30), score: 84.5, band: 'menuju-informatif' },
      { ...dasar, agencyId: 'bappeda', scannedAt: pada(2), score: 61, band: 'cukup-informatif' },
      // Edited by hand: two decimals, and a band its score is not in.
      { ...dasar, agencyId: 'dinkes', scannedAt: pada(1), score: 99.99, band: 'tidak-informatif' },
      { ...dasar, agencyId: 'bappeda', scannedAt: pada(1), score: 99.9, band: 'tidak-informatif' },
    ]
      .map((c) => `${JSON.stringify(c)}\n`)
      .join(''),
  );
  const keluar = join(tmp, 'publik-sunting');
  const terbit = (...lagi: string[]) =>
    terbuka(...lagi, 'monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  const p = terbit();
  assert.equal(p.code, 5, p.err);
  assert.match(p.out, /^Diterbitkan ke \S+publik-sunting: 2 badan publik/m);
  assert.match(
    p.err,
    /riwayat-sunting\.jsonl baris 3: catatan dinkes \(pindaian \S+\) tidak dapat diterbitkan: score tidak sah \(diharapkan angka 0–100 dengan paling banyak satu desimal, diterima 99\.99\)\. Baris itu dilewati; dinkes diterbitkan dari pindaian sahnya yang lain/,
  );
  assert.match(
    p.err,
    /baris 4: catatan bappeda .*: band "tidak-informatif" tidak sesuai dengan skor entri ini; skornya termasuk "informatif"/,
  );
  const feed = JSON.parse(readFileSync(join(keluar, 'feed.json'), 'utf8')) as {
    entries: { agencyId: string; score: number }[];
  };
  assert.deepEqual(
    feed.entries.map((e) => [e.agencyId, e.score]),
    [
      ['bappeda', 61],
      ['dinkes', 84.5],
    ],
  );
  const j = terbit('--json', '--lang', 'en');
  assert.equal(j.code, 5, j.err);
  const hasil = JSON.parse(j.out) as {
    published: boolean;
    needsAttention: boolean;
    skipped: { code: string; severity: string; path: string; row?: number; message: string }[];
  };
  assert.equal(hasil.published, true);
  assert.equal(hasil.needsAttention, true);
  const skipped = hasil.skipped;
  assert.deepEqual(
    skipped.map((m) => [m.code, m.severity, m.path, m.row]),
    [
      ['riwayat.invalid-record', 'error', h, 3],
      ['riwayat.invalid-record', 'error', h, 4],
    ],
  );
  assert.match(skipped[0]!.message, /line 3: the record of dinkes .* cannot be published: score is invalid/);
});

test('a feed.json in the output folder that does not verify (edited by hand, its signature gone) is said before it is replaced; a CSV as --riwayat is not a scan history (exit 2)', () => {
  const kunci = join(tmp, 'kunci-ubah');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-ubah.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-ubah');
  const terbit = (...lagi: string[]) =>
    terbuka(...lagi, 'monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  for (let i = 0; i < 2; i++) {
    const p = terbit();
    assert.equal(p.code, 0, p.err);
    assert.doesNotMatch(p.err, /tidak cocok dengan tanda tangannya/);
  }
  const feed = join(keluar, 'feed.json');
  writeFileSync(feed, readFileSync(feed, 'utf8').replace(/"score": [\d.]+/, '"score": 99.9'));
  const p = terbit();
  assert.equal(p.code, 0, p.err);
  assert.match(
    p.err,
    /^\S+publik-ubah\/feed\.json yang ada tidak cocok dengan tanda tangannya \(feed\.json\.sig\) untuk kunci mana pun yang dikenal: isinya diubah setelah ditandatangani, atau berkas tanda tangannya hilang\. Feed itu akan diganti/m,
  );
  assert.doesNotMatch(readFileSync(feed, 'utf8'), /"score": 99\.9/);
  rmSync(join(keluar, 'feed.json.sig'));
  const en = terbit('--json', '--lang', 'en');
  assert.equal(en.code, 0, en.err);
  assert.match(
    en.err,
    /feed\.json in place does not match its signature .* or its signature file is gone\. It will be replaced/,
  );
  assert.deepEqual(
    (JSON.parse(en.out) as { skipped: { code: string }[] }).skipped.map((m) => m.code),
    ['feed.unverified-in-place'],
  );
  // The registry given as a history: refused at once, not read into "torn line" warnings.
  const registri = join(tmp, 'registri-ubah.csv');
  writeFileSync(registri, 'id,nama,jenis,situs\ndinkes,Dinas Kesehatan,opd,https://dinkes.example.id');
  const keys = readFileSync(join(keluar, 'keys.json'), 'utf8');
  const csv = terbuka(
    'monitor',
    'publish',
    '--riwayat',
    h,
    registri,
    '--keluar',
    keluar,
    '--kunci',
    kunci,
    ...penerbit,
  );
  assert.equal(csv.code, 2, csv.err);
  assert.match(
    csv.err,
    /^--riwayat: \S+registri-ubah\.csv bukan berkas riwayat pemindaian: baris pertamanya bukan catatan "terbuka-pindai".* Tidak ada yang diterbitkan\.$/m,
  );
  assert.doesNotMatch(csv.err, /terpotong|bukan catatan pindai yang sah/);
  assert.equal(readFileSync(join(keluar, 'keys.json'), 'utf8'), keys);
});

test('a corrupt private key is named (key id, file, what to do): an active one stops publish and rotate; a retired one is a warning; rotate --overlap-days 0 goes on', () => {
  const kunci = join(tmp, 'kunci-rusak');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const kid = JSON.parse(readFileSync(join(kunci, 'keys.json'), 'utf8')).keys[0].kid as string;
  const pem = join(kunci, `${kid}.pem`);
  const asli = readFileSync(pem, 'utf8');
  writeFileSync(pem, 'garbage\n');
  const h = riwayatBaru('riwayat-rusak.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-rusak');
  const terbit = (...lagi: string[]) =>
    terbuka(...lagi, 'monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  const p = terbit();
  assert.equal(p.code, 1, p.err);
  assert.match(
    p.err,
    new RegExp(
      `^Kunci privat \\S+${kid}\\.pem untuk kunci aktif ${kid} rusak: isinya bukan kunci privat PEM yang terbaca\\. Tidak ada yang diterbitkan\\. Pulihkan berkas itu dari cadangan\\. Bila cadangannya tidak ada, .*--overlap-days 0`,
      'm',
    ),
  );
  assert.doesNotMatch(p.err, /DECODER|internal/);
  assert.throws(() => statSync(join(keluar, 'feed.json')), /ENOENT/);
  // Rotating over it would promise co-signing the corrupt key cannot give: refused, the key set unchanged.
  const keysAwal = readFileSync(join(kunci, 'keys.json'), 'utf8');
  const r = terbuka('--lang', 'en', 'keys', 'rotate', '--kunci', kunci);
  assert.equal(r.code, 1, r.err);
  assert.match(
    r.err,
    new RegExp(
      `^Private key \\S+${kid}\\.pem of active key ${kid} is corrupt: .*so the key was not rotated\\. Restore that file from a backup`,
      'm',
    ),
  );
  assert.equal(readFileSync(join(kunci, 'keys.json'), 'utf8'), keysAwal);
  assert.deepEqual(readdirSync(kunci).sort(), [`${kid}.pem`, 'keys.json'].sort());
  // Restored, rotated; then the retired key's file goes corrupt: published with the new key, and said.
  writeFileSync(pem, asli);
  assert.equal(terbuka('keys', 'rotate', '--kunci', kunci).code, 0);
  writeFileSync(pem, 'garbage\n');
  const q = terbit();
  assert.equal(q.code, 0, q.err);
  assert.match(q.err, new RegExp(`untuk kunci pensiun ${kid} rusak: .*Feed ditandatangani tanpa kunci itu`));
  const j = terbit('--json');
  assert.equal(j.code, 0, j.err);
  assert.deepEqual(
    (JSON.parse(j.out) as { skipped: { code: string }[] }).skipped.map((m) => m.code),
    ['key.retired-corrupt'],
  );
  // A lost active key: rotating without overlap needs no private file of it.
  const baru = JSON.parse(readFileSync(join(kunci, 'keys.json'), 'utf8')).keys[0].kid as string;
  writeFileSync(join(kunci, `${baru}.pem`), 'garbage\n');
  const nol = terbuka('keys', 'rotate', '--kunci', kunci, '--overlap-days', '0');
  assert.equal(nol.code, 0, nol.err);
});

test('a mistyped --kunci folder is a usage error; a key folder none of whose keys the published keys.json lists is refused without --kunci-baru', () => {
  const kunci = join(tmp, 'kunci-benar');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-typo.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-typo');
  const terbit = (k: string, ...lagi: string[]) =>
    terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', k, ...penerbit, ...lagi);
  assert.equal(terbit(kunci).code, 0);
  const keysLama = readFileSync(join(keluar, 'keys.json'), 'utf8');
  const typo = join(tmp, 'kunci-typo');
  const t = terbit(typo);
  assert.equal(t.code, 2, t.err);
  assert.match(t.err, /Folder kunci .*kunci-typo tidak ada\. Periksa --kunci/);
  assert.doesNotMatch(t.err, /tidak punya kunci aktif/);
  const putar = terbuka('keys', 'rotate', '--kunci', typo);
  assert.equal(putar.code, 2, putar.err);
  assert.match(putar.err, /Folder kunci .*kunci-typo tidak ada/);
  // Following the old advice (generate in the typo folder): every pinned badge would turn "not verified".
  assert.equal(terbuka('keys', 'generate', '--kunci', typo).code, 0);
  const baru = terbit(typo);
  assert.equal(baru.code, 1, baru.err);
  assert.match(baru.err, /Tak satu pun kunci di .*kunci-typo tercantum di .*keys\.json.*--kunci-baru/);
  assert.equal(readFileSync(join(keluar, 'keys.json'), 'utf8'), keysLama);
  const paksa = terbit(typo, '--kunci-baru');
  assert.equal(paksa.code, 0, paksa.err);
  assert.notEqual(readFileSync(join(keluar, 'keys.json'), 'utf8'), keysLama);
});

test('monitor publish --registri without one shard’s history refuses (naming the agencies) instead of deleting their pages; --hapus-tanpa-riwayat publishes without them', () => {
  const kunci = join(tmp, 'kunci-shard');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const registri = join(tmp, 'registri-shard.csv');
  writeFileSync(
    registri,
    'id,nama,jenis,situs\ndinkes,Dinas Kesehatan,opd,https://dinkes.example.id\nbappeda,Bappeda,opd,https://bappeda.example.id\n',
  );
  const r1 = riwayatBaru('shard-r1.jsonl', 'dinkes');
  const r2 = riwayatBaru('shard-r2.jsonl', 'bappeda');
  const keluar = join(tmp, 'publik-shard');
  const terbit = (...lagi: string[]) =>
    terbuka(
      'monitor',
      'publish',
      '--keluar',
      keluar,
      '--kunci',
      kunci,
      ...penerbit,
      '--registri',
      registri,
      ...lagi,
    );
  assert.equal(terbit('--riwayat', r1, r2).code, 0);
  const lencana = join(keluar, 'lencana/bappeda.svg');
  const feedLama = readFileSync(join(keluar, 'feed.json'), 'utf8');
  const p = terbit('--riwayat', r1);
  assert.equal(p.code, 1, p.err);
  assert.match(
    p.err,
    /1 badan publik di registri tidak punya catatan pindai di .*shard-r1\.jsonl \(bappeda\).*--hapus-tanpa-riwayat/,
  );
  assert.ok(statSync(lencana).isFile());
  assert.equal(readFileSync(join(keluar, 'feed.json'), 'utf8'), feedLama);
  const paksa = terbit('--riwayat', r1, '--hapus-tanpa-riwayat');
  assert.equal(paksa.code, 0, paksa.err);
  assert.match(paksa.err, /tidak punya catatan pindai .*tidak diterbitkan.*bappeda/);
  assert.throws(() => statSync(lencana), /ENOENT/);
});

test('a publish sweeps staging folders left by a killed one; SIGTERM mid-publish removes its staging folder and lock', () => {
  const kunci = join(tmp, 'kunci-sapu');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-sapu.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-sapu');
  const sisa = join(keluar, '.terbit-0123456789ab');
  mkdirSync(join(sisa, 'lencana'), { recursive: true });
  writeFileSync(join(sisa, 'feed.json'), '{}');
  const p = terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  assert.equal(p.code, 0, p.err);
  assert.throws(() => statSync(sisa), /ENOENT/);
  // Killed after the first file is in place: nothing of it stays beside the output.
  const skrip = `import { terbitkan } from '@terbuka/monitor';
setInterval(() => {}, 1000);
await terbitkan({ riwayat: [${JSON.stringify(h)}], keluar: ${JSON.stringify(keluar)}, kunci: ${JSON.stringify(kunci)},
  baseUrl: 'https://m.example.id/', issuer: { id: 'd', name: 'D' },
  diPasang: () => { process.kill(process.pid, 'SIGTERM'); return new Promise(() => {}); } });`;
  const r = spawnSync(
    process.execPath,
    ['--conditions=@terbuka/source', '--import', 'tsx', '--input-type=module', '-e', skrip],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(r.signal, 'SIGTERM', r.stderr);
  assert.deepEqual(
    readdirSync(keluar).filter((n) => n.startsWith('.terbit')),
    [],
  );
});

test('publish writes only inside --keluar, its lock and staging too (a parent it may not write is fine); an output folder it cannot make is said in words, exit 2', () => {
  const kunci = join(tmp, 'kunci-induk');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-induk.jsonl', 'dinkes');
  // A web root the publishing user does not own, with an output folder it does.
  const induk = join(tmp, 'induk');
  const keluar = join(induk, 'publik');
  mkdirSync(keluar, { recursive: true });
  // What the parent holds at every rename of a publish: only the output folder.
  const skrip = `import { readdirSync } from 'node:fs';
import { terbitkan } from '@terbuka/monitor';
const dilihat = new Set();
await terbitkan({ riwayat: [${JSON.stringify(h)}], keluar: ${JSON.stringify(keluar)}, kunci: ${JSON.stringify(kunci)},
  baseUrl: 'https://m.example.id/', issuer: { id: 'd', name: 'D' },
  diPasang: () => { for (const n of readdirSync(${JSON.stringify(induk)})) dilihat.add(n); } });
console.log(JSON.stringify([...dilihat]));`;
  const r = spawnSync(
    process.execPath,
    ['--conditions=@terbuka/source', '--import', 'tsx', '--input-type=module', '-e', skrip],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), ['publik']);
  const p = terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  assert.equal(p.code, 0, p.err);
  assert.deepEqual(readdirSync(induk), ['publik']);
  assert.deepEqual(
    readdirSync(keluar).filter((n) => n.startsWith('.')),
    [],
  );
  // A target that cannot be replaced (a folder where a badge goes) stops the publish before any rename:
  // not a new style sheet or page beside the old feed.
  const css = join(keluar, 'aset', 'laporan.css');
  writeFileSync(css, '/* lama */');
  rmSync(join(keluar, 'lencana', 'dinkes.svg'));
  mkdirSync(join(keluar, 'lencana', 'dinkes.svg'));
  const feed = readFileSync(join(keluar, 'feed.json'), 'utf8');
  const t = terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  assert.equal(t.code, 2, t.err);
  assert.match(t.err, /lencana\/dinkes\.svg adalah folder, padahal di situ harus ada berkas \(EISDIR\)/);
  assert.equal(readFileSync(css, 'utf8'), '/* lama */');
  assert.equal(readFileSync(join(keluar, 'feed.json'), 'utf8'), feed);
  assert.deepEqual(
    readdirSync(keluar).filter((n) => n.startsWith('.')),
    [],
  );
  // A folder that cannot be made there (under /proc), or a file in its path: the path and what to do.
  const proc = terbuka(
    'monitor',
    'publish',
    '--riwayat',
    h,
    '--keluar',
    '/proc/terbuka-uji',
    '--kunci',
    kunci,
    ...penerbit,
  );
  assert.equal(proc.code, 2, proc.err);
  assert.match(
    proc.err,
    /^\/proc\/terbuka-uji tidak ada dan tidak dapat dibuat di sana \(ENOENT.*Pilih folder biasa\. Tidak ada yang diterbitkan\.$/m,
  );
  const berkas = join(tmp, 'berkas-induk');
  writeFileSync(berkas, 'x');
  const f = terbuka(
    '--lang',
    'en',
    'monitor',
    'publish',
    '--riwayat',
    h,
    '--keluar',
    join(berkas, 'publik'),
    '--kunci',
    kunci,
    ...penerbit,
  );
  assert.equal(f.code, 2, f.err);
  assert.match(f.err, /berkas-induk\/publik is not a folder/);
  for (const x of [proc, f]) assert.doesNotMatch(x.err, /internal/);
});

test('an empty lock file a crash left (older than a minute) is taken over with a notice; a fresh empty one still refuses', () => {
  const kunci = join(tmp, 'kunci-kosong');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-kunci-kosong.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-kunci-kosong');
  mkdirSync(keluar);
  const kunciBerkas = join(keluar, '.terbit.lock');
  writeFileSync(kunciBerkas, '');
  const terbit = () =>
    terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  const segar = terbit();
  assert.equal(segar.code, 1, segar.err);
  assert.match(segar.err, /sedang berjalan\. Tunggu sampai selesai; bila tidak ada yang berjalan, hapus /);
  const lama = new Date(Date.now() - 120_000);
  utimesSync(kunciBerkas, lama, lama);
  const p = terbit();
  assert.equal(p.code, 0, p.err);
  assert.match(
    p.err,
    /\.terbit\.lock kosong \(penerbitan sebelumnya terhenti saat membuatnya\) dan diambil alih\./,
  );
  assert.ok(statSync(join(keluar, 'feed.json')).isFile());
  assert.throws(() => statSync(kunciBerkas), /ENOENT/);
});

test('terbitkan() in a program with its own SIGTERM handler: that handler decides, called once, and the publish finishes; without one, two publishes at once both clean up', () => {
  const kunci = join(tmp, 'kunci-sinyal');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-sinyal.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-sinyal');
  const opsi = (k: string) =>
    `riwayat: [${JSON.stringify(h)}], keluar: ${JSON.stringify(k)}, kunci: ${JSON.stringify(kunci)}, baseUrl: 'https://m.example.id/', issuer: { id: 'd', name: 'D' }`;
  const jalankan = (skrip: string) =>
    spawnSync(
      process.execPath,
      ['--conditions=@terbuka/source', '--import', 'tsx', '--input-type=module', '-e', skrip],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
  // The program's handler (a server's graceful shutdown) is registered first, and as `once`.
  const sendiri = jalankan(`import { terbitkan } from '@terbuka/monitor';
let n = 0;
process.once('SIGTERM', () => { n++; });
let dikirim = false;
const r = await terbitkan({ ${opsi(keluar)}, diPasang: (p) => { if (!dikirim) { dikirim = true; process.kill(process.pid, 'SIGTERM'); } return new Promise((s) => setTimeout(s, 20)); } });
console.log(JSON.stringify({ n, entries: r.feed.entries.length }));`);
  assert.equal(sendiri.status, 0, sendiri.stderr);
  assert.equal(sendiri.signal, null);
  assert.deepEqual(JSON.parse(sendiri.stdout.trim()), { n: 1, entries: 1 });
  assert.ok(statSync(join(keluar, 'feed.json')).isFile());
  assert.deepEqual(
    readdirSync(keluar).filter((n) => n.startsWith('.terbit')),
    [],
  );
  // Two publishes into two folders, no handler of the program's: SIGTERM removes both staging folders and locks.
  const a = join(tmp, 'publik-sinyal-a');
  const b = join(tmp, 'publik-sinyal-b');
  const dua = jalankan(`import { terbitkan } from '@terbuka/monitor';
setInterval(() => {}, 1000);
let siap = 0;
const tahan = () => { if (++siap === 2) process.kill(process.pid, 'SIGTERM'); return new Promise(() => {}); };
void terbitkan({ ${opsi(a)}, diPasang: tahan });
void terbitkan({ ${opsi(b)}, diPasang: tahan });`);
  assert.equal(dua.signal, 'SIGTERM', dua.stderr);
  for (const k of [a, b])
    assert.deepEqual(
      readdirSync(k).filter((n) => n.startsWith('.terbit')),
      [],
    );
});

test('monitor publish usage errors are clear and exit 2: --keluar a file, a missing --riwayat, --base-url with a query or fragment, a header-only registry; a broken keys.json is named', () => {
  const kunci = join(tmp, 'kunci-pesan');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const h = riwayatBaru('riwayat-pesan.jsonl', 'dinkes');
  const berkas = join(tmp, 'bukan-folder');
  writeFileSync(berkas, 'x');
  const dasar = ['--issuer-id', 'd', '--issuer-name', 'D'];
  const terbit = (keluar: string, ...lagi: string[]) =>
    terbuka('monitor', 'publish', '--keluar', keluar, '--kunci', kunci, ...dasar, ...lagi);
  const url = ['--base-url', 'https://m.example.id/'];
  const f = terbit(berkas, '--riwayat', h, ...url);
  assert.equal(f.code, 2, f.err);
  assert.match(f.err, /--keluar .*bukan-folder bukan folder/);
  assert.doesNotMatch(f.err, /EEXIST|galat internal/);
  const keluar = join(tmp, 'publik-pesan');
  const r = terbit(keluar, '--riwayat', join(tmp, 'tidak-ada.jsonl'), ...url);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /Berkas riwayat .*tidak-ada\.jsonl tidak ada/);
  // A path through a file (afile/h.jsonl) exists no more than it is missing: the file in the way is named.
  for (const [lagi, kata] of [
    [
      [],
      /^--riwayat: Berkas riwayat \S+bukan-folder\/h\.jsonl tidak dapat dibaca: \S+bukan-folder adalah berkas, bukan folder, padahal jalur \S+bukan-folder\/h\.jsonl melewatinya \(ENOTDIR\)\. Pilih jalur lain, atau pindahkan berkas itu\. Tidak ada yang diterbitkan\.$/m,
    ],
    [
      ['--lang', 'en'],
      /^--riwayat: Cannot read history file \S+bukan-folder\/h\.jsonl: \S+bukan-folder is a file, not a folder, yet the path \S+h\.jsonl goes through it \(ENOTDIR\)\. .*Nothing was published\.$/m,
    ],
  ] as const) {
    const t = terbuka(
      ...lagi,
      'monitor',
      'publish',
      '--keluar',
      keluar,
      '--kunci',
      kunci,
      ...dasar,
      ...url,
      '--riwayat',
      join(berkas, 'h.jsonl'),
    );
    assert.equal(t.code, 2, t.err);
    assert.match(t.err, kata);
    assert.doesNotMatch(t.err, /tidak ada \(periksa|does not exist \(check/);
  }
  // A folder as --riwayat is said to be one.
  const d = terbit(keluar, '--riwayat', tmp, ...url);
  assert.equal(d.code, 2, d.err);
  assert.match(
    d.err,
    /^--riwayat: Berkas riwayat \S+ tidak dapat dibaca: \S+ adalah folder, padahal di situ harus ada berkas \(EISDIR\)/m,
  );
  for (const u of ['https://m.example.id/?x=1', 'https://m.example.id/#a']) {
    const q = terbit(keluar, '--riwayat', h, '--base-url', u);
    assert.equal(q.code, 2, q.err);
    assert.match(q.err, /tidak boleh memuat \?/);
  }
  assert.equal(terbit(keluar, '--riwayat', h, '--base-url', 'ftp://x').code, 2);
  const registri = join(tmp, 'registri-kosong.csv');
  writeFileSync(registri, 'id,nama,jenis,situs\n');
  const k = terbit(keluar, '--riwayat', h, ...url, '--registri', registri);
  assert.equal(k.code, 2, k.err);
  assert.match(k.err, /tidak memuat satu pun badan publik/);
  assert.doesNotMatch(k.err, /Tidak ada catatan pindai/);
  writeFileSync(join(kunci, 'keys.json'), '{"keys": [');
  const j = terbit(keluar, '--riwayat', h, ...url);
  assert.equal(j.code, 1, j.err);
  assert.match(j.err, /keys\.json bukan set kunci yang sah .*Pulihkan berkas itu dari cadangan/);
});

test('old files that cannot be removed after a publish: the publish is in place, the files left are named with what to do (published but to be looked at: exit 5), the others removed', () => {
  const kunci = join(tmp, 'kunci-sisa');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const keluar = join(tmp, 'publik-sisa');
  const terbit = (h: string, ...lagi: string[]) =>
    terbuka(...lagi, 'monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', kunci, ...penerbit);
  assert.equal(terbit(riwayatBaru('riwayat-sisa-2.jsonl', 'dinkes', 'hilang')).code, 0);
  // What stands where an old page was cannot be removed (a folder: never removed, only files are).
  const halaman = join(keluar, 'agensi', 'hilang.html');
  rmSync(halaman);
  mkdirSync(halaman);
  const h = riwayatBaru('riwayat-sisa-1.jsonl', 'dinkes');
  const p = terbit(h);
  assert.equal(p.code, 5, p.err);
  assert.match(p.out, /^Diterbitkan ke \S+publik-sisa: 1 badan publik/m);
  assert.match(
    p.err,
    /^Penerbitan berhasil \(feed, lencana, dan laporan baru sudah terpasang\), tetapi 1 berkas lama tidak dapat dihapus dan masih disajikan: agensi\/hilang\.html \(\S+agensi\/hilang\.html adalah folder, padahal di situ harus ada berkas \(EISDIR\)\. .*\)\. Hapus sendiri atau perbaiki sebabnya; penerbitan berikutnya mencoba menghapusnya lagi\.$/m,
  );
  assert.doesNotMatch(p.err, /Tidak ada yang diterbitkan|ERR_FS|galat internal/);
  assert.match(p.out, /Dihapus .*en\/agensi\/hilang\.html, lencana\/hilang\.json, lencana\/hilang\.svg/);
  const feed = JSON.parse(readFileSync(join(keluar, 'feed.json'), 'utf8')) as { entries: unknown[] };
  assert.equal(feed.entries.length, 1);
  assert.throws(() => statSync(join(keluar, 'lencana', 'hilang.svg')), /ENOENT/);
  const j = terbit(h, '--json', '--lang', 'en');
  assert.equal(j.code, 5, j.err);
  const hasil = JSON.parse(j.out) as {
    published: boolean;
    needsAttention: boolean;
    skipped: { code: string; severity: string; path: string; message: string }[];
  };
  assert.equal(hasil.published, true);
  assert.equal(hasil.needsAttention, true);
  const sisa = hasil.skipped.find((m) => m.code === 'publish.old-files-remain');
  assert.equal(sisa?.severity, 'error');
  assert.equal(sisa?.path, 'agensi/hilang.html');
  assert.match(
    sisa?.message ?? '',
    /^The publish succeeded \(the new feed, badges and report are in place\), but 1 old file could not be removed and is still served: agensi\/hilang\.html/,
  );
  assert.equal(statSync(halaman).isDirectory(), true);
});

test('a killed publish’s staging folder is swept as soon as the next publish holds the lock, even when that publish is then refused', () => {
  const kunci = join(tmp, 'kunci-sapu-awal');
  const lain = join(tmp, 'kunci-sapu-lain');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  assert.equal(terbuka('keys', 'generate', '--kunci', lain).code, 0);
  const h = riwayatBaru('riwayat-sapu-awal.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-sapu-awal');
  const terbit = (k: string) =>
    terbuka('monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', k, ...penerbit);
  assert.equal(terbit(kunci).code, 0);
  const sisa = join(keluar, '.terbit-0123456789ab');
  mkdirSync(join(sisa, 'agensi'), { recursive: true });
  writeFileSync(join(sisa, 'agensi', 'dinkes.html'), 'setengah');
  // Refused after taking the lock (another key set): the leftover of the killed publish is gone all the same.
  const t = terbit(lain);
  assert.equal(t.code, 1, t.err);
  assert.match(t.err, /--kunci-baru/);
  assert.deepEqual(
    readdirSync(keluar).filter((n) => n.startsWith('.terbit')),
    [],
  );
});

/** Every file under `d` (relative path → content), to see that a refused publish wrote nothing. */
const isiFolder = (d: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(d, { recursive: true }) as string[])
      .filter((p) => statSync(join(d, p)).isFile())
      .sort()
      .map((p) => [p, readFileSync(join(d, p), 'utf8')]),
  );

test('exit codes of monitor publish: 0 published cleanly (published: true, needsAttention: false), 1 refused with nothing written (with --json: published: false and why)', () => {
  const kunci = join(tmp, 'kunci-kode');
  const lain = join(tmp, 'kunci-kode-lain');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  assert.equal(terbuka('keys', 'generate', '--kunci', lain).code, 0);
  const h = riwayatBaru('riwayat-kode.jsonl', 'dinkes');
  const keluar = join(tmp, 'publik-kode');
  const terbit = (k: string, ...lagi: string[]) =>
    terbuka(...lagi, 'monitor', 'publish', '--riwayat', h, '--keluar', keluar, '--kunci', k, ...penerbit);
  const bersih = terbit(kunci, '--json');
  assert.equal(bersih.code, 0, bersih.err);
  const hasil = JSON.parse(bersih.out) as { published: boolean; needsAttention: boolean; skipped: unknown[] };
  assert.equal(hasil.published, true);
  assert.equal(hasil.needsAttention, false);
  assert.deepEqual(hasil.skipped, []);
  const sebelum = isiFolder(keluar);
  // Another key set: refused, nothing written.
  const t = terbit(lain);
  assert.equal(t.code, 1, t.err);
  assert.match(t.err, /--kunci-baru.*Tidak ada yang diterbitkan\./);
  assert.equal(t.out, '');
  assert.deepEqual(isiFolder(keluar), sebelum);
  const j = terbit(lain, '--json', '--lang', 'en');
  assert.equal(j.code, 1, j.err);
  const tolak = JSON.parse(j.out) as { published: boolean; output: string; error: string };
  assert.equal(tolak.published, false);
  assert.equal(tolak.output, keluar);
  assert.match(
    tolak.error,
    /^No key of \S+kunci-kode-lain is listed in the published .*Nothing was published\.$/,
  );
  assert.match(j.err, /Nothing was published\./);
  assert.deepEqual(isiFolder(keluar), sebelum);
  const bantuan = terbuka('monitor', 'publish', '--help');
  assert.equal(bantuan.code, 0);
  assert.match(
    bantuan.out,
    /^ {2}1 {2}ditolak, tidak ada yang diterbitkan \(atau terhenti sebelum feed baru terpasang\) \/\n {5}refused, nothing published \(or stopped before the new feed was in place\)$/m,
  );
  assert.match(bantuan.out, /^ {2}5 {2}diterbitkan, tetapi ada galat yang perlu dilihat/m);
});

test('monitor publish --riwayat /dev/zero (a device: no end to read) is a usage error naming it, not a crash (exit 2), nothing written', () => {
  const kunci = join(tmp, 'kunci-perangkat');
  assert.equal(terbuka('keys', 'generate', '--kunci', kunci).code, 0);
  const keluar = join(tmp, 'publik-perangkat');
  for (const [perangkat, bahasa, pola] of [
    [
      '/dev/zero',
      'id',
      /^--riwayat: \/dev\/zero bukan berkas biasa \(perangkat karakter\): riwayat harus berkas biasa/m,
    ],
    [
      '/dev/full',
      'en',
      /^--riwayat: \/dev\/full is not a regular file \(a character device\): a history must be a regular file/m,
    ],
  ] as const) {
    // Read as a stream, a device never ends: the process is killed if the check lets it through.
    const r = spawnSync(
      bin,
      [
        '--lang',
        bahasa,
        'monitor',
        'publish',
        '--riwayat',
        perangkat,
        '--keluar',
        keluar,
        '--kunci',
        kunci,
        ...penerbit,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TERBUKA_LANG: '' },
        timeout: 20_000,
        killSignal: 'SIGKILL',
      },
    );
    assert.equal(r.signal, null, 'not killed by the timeout');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, pola);
    assert.doesNotMatch(r.stderr, /RangeError|galat internal|internal error/);
    assert.throws(() => statSync(keluar), /ENOENT/);
  }
});
