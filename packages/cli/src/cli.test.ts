// The CLI as a user runs it: the built `terbuka` binary in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'node_modules/.bin/terbuka');
const fixtures = join(root, 'packages/sdk/fixtures');
const sukamajuJson = join(fixtures, 'sukamaju/dip.json');
const sukamajuCsv = join(fixtures, 'sukamaju/dip-excel.csv');
const foodStation = join(fixtures, 'real/bumd-foodstation-2026.csv');

function terbuka(...args: string[]) {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', env: { ...process.env, TERBUKA_LANG: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'terbuka-cli-'));
const agencyFile = join(tmp, 'badan.json');
writeFileSync(
  agencyFile,
  JSON.stringify({ id: 'diskominfo-sukamaju', name: 'Dinas Komunikasi dan Informatika', kind: 'opd' }),
);

test('npx terbuka is installed at the workspace root', () => {
  assert.ok(existsSync(bin));
  const r = terbuka('--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /dip/);
  assert.match(r.out, /tenggat/);
});

test('terbuka --version prints the package version and exits 0', () => {
  const versi = (
    JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { version: string }
  ).version;
  for (const opsi of ['--version', '-V']) {
    const r = terbuka(opsi);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim(), versi);
  }
});

test('tenggat --json prints the documented fields, skipping Nyepi, Idul Fitri and cuti bersama', () => {
  const r = terbuka('tenggat', '2026-03-13', '--json');
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.deepEqual(Object.keys(j).sort(), ['due', 'kind', 'received', 'skipped', 'warnings', 'workingDays']);
  assert.equal(j.kind, 'permintaan');
  assert.equal(j.received, '2026-03-13');
  // Day 1 Mon 16, 2 Tue 17, then 18–24 closed (cuti, Nyepi, cuti, weekend/Idul Fitri, cuti, cuti),
  // 3–7 Wed 25 … Tue 31, 8 Apr 1, 9 Apr 2, Apr 3 Wafat Yesus Kristus, 10 Mon Apr 6.
  assert.equal(j.due, '2026-04-06');
  assert.equal(j.workingDays, 10);
  const nyepi = j.skipped.find((s: { date: string }) => s.date === '2026-03-19');
  assert.match(nyepi.reason, /Nyepi/);
  assert.ok(j.skipped.every((s: { date: string; reason: string }) => s.date && s.reason));
  assert.deepEqual(j.warnings, []);
});

test('tenggat --tanpa-cuti-bersama counts cuti bersama as working days', () => {
  const r = terbuka('tenggat', '2026-03-13', '--json', '--tanpa-cuti-bersama');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).due, '2026-03-30');
});

test('tenggat reads Indonesian dates and the other deadline kinds', () => {
  const r = terbuka('tenggat', '13 Maret 2026', '--jenis', 'perpanjangan', '--json');
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.workingDays, 17);
  assert.equal(j.received, '2026-03-13');
});

test('tenggat warns when a year has no holiday data, and --ketat refuses', () => {
  const r = terbuka('tenggat', '2031-12-20', '--json');
  assert.equal(r.code, 0, r.err);
  assert.match(JSON.parse(r.out).warnings.join(' '), /2032|2031/);
  const strict = terbuka('tenggat', '2031-12-20', '--ketat');
  assert.equal(strict.code, 1);
  assert.match(strict.err, /^Hari libur tahun 203[12] belum diketahui/);
  assert.doesNotMatch(strict.err, /\n\s+at /, 'no stack trace');
  const en = terbuka('tenggat', '2031-12-20', '--ketat', '--lang', 'en');
  assert.match(en.err, /^Holidays for 203[12] are not known/);
});

test('tenggat reads a time without offset as wall time in --zona, whatever the machine time zone', () => {
  for (const TZ of ['UTC', 'Asia/Jakarta', 'America/New_York']) {
    const r = spawnSync(bin, ['tenggat', '2026-03-05T23:30', '--json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ },
    });
    assert.equal(JSON.parse(r.stdout).received, '2026-03-05', `TZ=${TZ}`);
  }
  const offset = terbuka('tenggat', '2026-03-05T23:00Z', '--json', '--zona', 'WIT');
  assert.equal(JSON.parse(offset.out).received, '2026-03-06');
  const mustahil = terbuka('tenggat', '2026-02-30T10:00Z');
  assert.equal(mustahil.code, 2);
  assert.match(mustahil.err, /tidak sah/);
});

test('usage errors are said in the chosen language without a stack trace', () => {
  const r = terbuka('tenggat', '2026-03-05', '--jenis', 'banding', '--lang', 'en');
  assert.equal(r.code, 2);
  assert.match(r.err, /Value "banding" for --jenis <jenis> is not valid/);
  const id = terbuka('perintah-aneh');
  assert.equal(id.code, 2);
  assert.match(id.err, /Perintah "perintah-aneh" tidak dikenal/);
  assert.match(terbuka('--help').out, /Penggunaan \/ Usage/);
});

test('tenggat rejects a bad date or kind with a clear message and exit code 2', () => {
  const r = terbuka('tenggat', '31 Februari 2026');
  assert.equal(r.code, 2);
  assert.match(r.err, /tidak dikenali/);
  const en = terbuka('tenggat', 'besok', '--lang', 'en');
  assert.equal(en.code, 2);
  assert.match(en.err, /not recognised/);
  assert.equal(terbuka('tenggat', '2026-03-13', '--jenis', 'banding').code, 2);
});

test('tenggat prints the due date in words and the skipped days', () => {
  const r = terbuka('tenggat', '2026-03-13');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Senin, 6 April 2026/);
  assert.match(r.out, /2026-03-19 .*Nyepi/);
  const en = terbuka('tenggat', '2026-03-13', '--lang', 'en');
  assert.match(en.out, /Monday 6 April 2026|Monday, 6 April 2026/);
});

test('dip check accepts the Sukamaju register (JSON and CSV) with exit code 0', () => {
  const r = terbuka('dip', 'check', sukamajuJson);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /sah/);
  const csv = terbuka('dip', 'check', sukamajuCsv, '--agency', agencyFile, '--json');
  assert.equal(csv.code, 0, csv.err);
  const j = JSON.parse(csv.out);
  assert.equal(j.valid, true);
  assert.ok(j.items >= 40);
  // Rows as Excel numbers them: item 40 is row 45 of the sheet, however many line breaks (Alt+Enter) the
  // cells above it hold (the file's line 48).
  const w = j.warnings.find((m: { path: string }) => m.path === 'items[39].updated');
  assert.equal(w?.row, 45);
  const teks = terbuka('dip', 'check', sukamajuCsv, '--agency', agencyFile);
  assert.match(teks.out + teks.err, /Baris 45, Item ke-40 — /);
  assert.doesNotMatch(teks.out + teks.err, /Baris 48/);
});

test('dip check reports every problem with its path, and exits 1', () => {
  const doc = JSON.parse(readFileSync(sukamajuJson, 'utf8'));
  doc.items[2].links = [{ label: 'x', url: 'javascript:alert(1)' }];
  doc.items[5].updated = '2026-02-30';
  const bad = join(tmp, 'rusak.json');
  writeFileSync(bad, JSON.stringify(doc));
  const r = terbuka('dip', 'check', bad);
  assert.equal(r.code, 1);
  assert.match(r.err, /items\[2\]\.links\[0\]\.url/);
  assert.match(r.err, /items\[5\]\.updated/);
  const j = JSON.parse(terbuka('dip', 'check', bad, '--json', '--lang', 'en').out);
  assert.equal(j.valid, false);
  assert.ok(j.errors.length >= 2);
  for (const e of j.errors) assert.ok(e.path && e.code && e.message);
});

test('dip check on a missing file says so and exits 2', () => {
  const r = terbuka('dip', 'check', join(tmp, 'tidak-ada.json'));
  assert.equal(r.code, 2);
  assert.match(r.err, /tidak dapat dibaca/);
});

test('dip convert writes the JSON document, and writes nothing when the CSV is invalid', () => {
  const out = join(tmp, 'dip.json');
  const r = terbuka('dip', 'convert', sukamajuCsv, '--agency', agencyFile, '-o', out);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(doc.format, 'terbuka-dip');
  assert.equal(doc.agency.id, 'diskominfo-sukamaju');
  assert.ok(doc.items.length >= 40);
  assert.equal(terbuka('dip', 'check', out).code, 0);

  const badCsv = join(tmp, 'rusak.csv');
  writeFileSync(badCsv, 'No;Ringkasan Isi Informasi;Kategori;Diperbarui\n1;Profil;Entah;2026-02-03\n');
  const gagal = join(tmp, 'tidak-jadi.json');
  const g = terbuka('dip', 'convert', badCsv, '--agency', agencyFile, '-o', gagal);
  assert.equal(g.code, 1);
  assert.match(g.err, /baris 2/i);
  assert.equal(existsSync(gagal), false);
  const j = terbuka('dip', 'convert', badCsv, '--agency', agencyFile, '-o', gagal, '--json');
  assert.equal(j.code, 1);
  const laporan = JSON.parse(j.out);
  assert.equal(laporan.valid, false);
  assert.equal(laporan.errors[0].row, 2);
  assert.equal(laporan.errors[0].column, 'Kategori');
  assert.equal(existsSync(gagal), false);
});

test('dip convert reads a register Excel saved as "CSV (Comma delimited)" (Windows-1252) with its letters, and warns', () => {
  // "Laporan Keuangan – Café ’25" in Windows-1252: – is 0x96, é 0xE9, ’ 0x92 (invalid as UTF-8).
  const ansi = Buffer.concat([
    Buffer.from('No;Judul;Kategori;Diperbarui\r\n1;Laporan Keuangan ', 'ascii'),
    Buffer.from([0x96]),
    Buffer.from(' Caf', 'ascii'),
    Buffer.from([0xe9, 0x20, 0x92]),
    Buffer.from('25;Berkala;01/03/2026\r\n', 'ascii'),
  ]);
  const csv = join(tmp, 'ansi.csv');
  writeFileSync(csv, ansi);
  const out = join(tmp, 'ansi.json');
  const r = terbuka('dip', 'convert', csv, '--agency', agencyFile, '-o', out);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).items[0].title, 'Laporan Keuangan – Café ’25');
  assert.match(r.err, /tidak tersimpan sebagai UTF-8.*Windows-1252/);
  const j = JSON.parse(terbuka('dip', 'check', csv, '--agency', agencyFile, '--json').out);
  assert.equal(j.warnings[0].code, 'file.encoding');
});

test('dip score prints the score, the band and the missing mandatory items', () => {
  const r = terbuka('dip', 'score', sukamajuJson, '--now', '2026-11-28', '--json');
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  // The documented fields (docs/id/cli.md, docs/en/cli.md), no more, no fewer.
  assert.deepEqual(Object.keys(j).sort(), [
    'agency',
    'band',
    'catalogVersion',
    'contributions',
    'evaluatedAt',
    'file',
    'freshness',
    'methodVersion',
    'missing',
    'score',
    'valid',
    'warnings',
  ]);
  assert.ok(j.score >= 0 && j.score <= 100);
  assert.ok(j.band.code && j.band.label);
  assert.ok(j.methodVersion);
  assert.ok(Array.isArray(j.missing) && j.missing.length > 0);
  assert.ok(j.contributions.length > 0);
  const sum = j.contributions.reduce((n: number, c: { points: number }) => n + c.points, 0);
  assert.ok(Math.abs(sum - j.score) < 0.11);

  const text = terbuka('dip', 'score', sukamajuJson, '--now', '2026-11-28');
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /Informatif/);
  // The table's headings whole, in both languages (the number columns were cut to "Weig…", "Poin…").
  assert.match(text.out, /│ Komponen +│ Bobot │ +Poin │ Alasan/);
  const en = terbuka('dip', 'score', sukamajuJson, '--now', '2026-11-28', '--lang', 'en');
  assert.equal(en.code, 0, en.err);
  assert.match(en.out, /│ Component +│ Weight │ Points │ Reason/);
  assert.doesNotMatch(en.out, /…/);
});

test('dip score writes its numbers as each language does: a decimal comma in Indonesian, a point in English, a JSON number in --json', () => {
  const j = JSON.parse(terbuka('dip', 'score', sukamajuJson, '--now', '2026-11-28', '--json').out);
  assert.equal(typeof j.score, 'number');
  const satu = (bahasa: string, x: number) =>
    new Intl.NumberFormat(bahasa, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  const skor = Math.floor(j.score * 10) / 10;
  assert.notEqual(skor, Math.trunc(skor), "the fixture's score has a decimal");
  const id = terbuka('dip', 'score', sukamajuJson, '--now', '2026-11-28');
  assert.equal(id.code, 0, id.err);
  assert.ok(id.out.includes(`: ${satu('id-ID', skor)} dari 100 —`), id.out.split('\n')[0]);
  // Every number in the table's cells: the points with a comma, none with a point.
  assert.doesNotMatch(id.out, /│ +\d+\.\d+ │/);
  assert.match(id.out, new RegExp(`│ +${satu('id-ID', skor)} │`));
  const en = terbuka('dip', 'score', sukamajuJson, '--now', '2026-11-28', '--lang', 'en');
  assert.ok(en.out.includes(`: ${satu('en-GB', skor)} of 100 —`), en.out.split('\n')[0]);
  assert.doesNotMatch(en.out, /│ +\d+,\d+ │/);
});

test('dip score --json on an invalid document prints the problems as JSON and exits 1', () => {
  const bad = join(tmp, 'rusak-skor.json');
  writeFileSync(bad, JSON.stringify({ format: 'terbuka-dip', version: 1, agency: { id: 'x' }, items: [] }));
  const r = terbuka('dip', 'score', bad, '--json');
  assert.equal(r.code, 1);
  const j = JSON.parse(r.out);
  assert.equal(j.valid, false);
  assert.deepEqual(j.errors.map((e: { path: string }) => e.path).sort(), ['agency.kind', 'agency.name']);
});

test('dip score on a real register scores it as incomplete', () => {
  const r = terbuka('dip', 'score', foodStation, '--agency', agencyFile, '--now', '2026-11-28', '--json');
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.ok(j.score < 60, `score ${j.score}`);
  const ids = j.missing.map((m: { id: string }) => m.id);
  assert.ok(ids.includes('berkala.laporan-keuangan'));
});

test("a CSV's public body from its parts, named as the widgets' attributes, alone or over --agency", () => {
  const out = join(tmp, 'bagian.json');
  const r = terbuka(
    'dip',
    'convert',
    foodStation,
    '--agency-id',
    'food-station',
    '--agency-name',
    'PT Food Station Tjipinang Jaya',
    '--agency-kind',
    'lainnya',
    '--agency-timezone',
    'wita',
    '-o',
    out,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).agency, {
    id: 'food-station',
    name: 'PT Food Station Tjipinang Jaya',
    kind: 'lainnya',
    timeZone: 'Asia/Makassar',
  });
  // No placeholder body, so no warning that the body is missing.
  assert.doesNotMatch(r.err, /Badan Publik \(belum diisi\)/);

  // The parts over the file's fields: the file's id and name, the kind given.
  const atas = terbuka('dip', 'convert', foodStation, '--agency', agencyFile, '--agency-kind', 'kecamatan');
  assert.equal(atas.code, 0, atas.err);
  assert.deepEqual(JSON.parse(atas.out).agency, {
    id: 'diskominfo-sukamaju',
    name: 'Dinas Komunikasi dan Informatika',
    kind: 'kecamatan',
  });

  // Only a name: an OPD, as the lists and the self-assessed badge read the same attributes.
  const nama = terbuka('dip', 'convert', foodStation, '--agency-name', 'Dinas X');
  assert.deepEqual(JSON.parse(nama.out).agency, { id: 'badan-publik', name: 'Dinas X', kind: 'opd' });

  // The kind selects the catalog: a desa is scored against the desa's mandatory items.
  const skor = (jenis: string) =>
    JSON.parse(
      terbuka('dip', 'score', foodStation, '--agency-kind', jenis, '--now', '2026-11-28', '--json').out,
    ).missing as { id: string }[];
  const desa = skor('desa').map((m) => m.id);
  const opd = skor('opd').map((m) => m.id);
  assert.notDeepEqual(desa, opd);
  assert.ok(
    desa.some((id) => !opd.includes(id)),
    desa.join(),
  );
});

test("a CSV's SK DIP from --decision-number and --decision-date: converted, and scored", () => {
  const dip = (...lagi: string[]) => {
    const r = terbuka('dip', 'score', foodStation, '--now', '2026-11-28', '--json', ...lagi);
    assert.equal(r.code, 0, r.err);
    return (JSON.parse(r.out).contributions as { id: string; points: number; reason: string }[]).find(
      (c) => c.id === 'dip',
    )!;
  };
  const tanpa = dip();
  assert.equal(tanpa.points, 7);
  assert.match(tanpa.reason, /belum mencantumkan keputusan PPID yang menetapkannya \(SK DIP\)/);
  const dengan = dip('--decision-number', '045/12/PPID/2026', '--decision-date', '15 Januari 2026');
  assert.equal(dengan.points, 10);
  assert.match(dengan.reason, /ditetapkan dengan 045\/12\/PPID\/2026 tanggal 15 Januari 2026/);

  const c = terbuka(
    'dip',
    'convert',
    foodStation,
    '--decision-number',
    '5 Tahun 2026',
    '--decision-date',
    '15/01/2026',
  );
  assert.equal(c.code, 0, c.err);
  assert.deepEqual(JSON.parse(c.out).decision, { number: '5 Tahun 2026', date: '2026-01-15' });
  // The flags stand over the title row of the Sukamaju template.
  const atas = terbuka('dip', 'convert', sukamajuCsv, '--agency', agencyFile, '--decision-number', '1/2027');
  assert.deepEqual(JSON.parse(atas.out).decision, { number: '1/2027' });
  assert.deepEqual(JSON.parse(terbuka('dip', 'convert', sukamajuCsv, '--agency', agencyFile).out).decision, {
    number: '800/012/DISKOMINFO/2026',
    date: '2026-01-15',
  });

  // A date that is none, or a date without a number: stopped, nothing printed.
  const salah = terbuka(
    'dip',
    'check',
    foodStation,
    '--decision-number',
    '5',
    '--decision-date',
    '31 Februari 2026',
  );
  assert.equal(salah.code, 2);
  assert.match(salah.err, /^Tanggal keputusan "31 Februari 2026" tidak dikenali \(--decision-date\)/);
  assert.equal(salah.out, '');
  const tanpaNomor = terbuka('dip', 'check', foodStation, '--decision-date', '2026-01-15', '--lang', 'en');
  assert.equal(tanpaNomor.code, 2);
  assert.match(tanpaNomor.err, /^--decision-date needs --decision-number/);
  // A JSON document names its own: the flag is ignored, and said.
  const json = terbuka('dip', 'check', sukamajuJson, '--decision-number', '9/2026');
  assert.equal(json.code, 0, json.err);
  assert.match(json.err, /PERINGATAN {2}--decision… diabaikan/);
});

test('a wrong --agency-kind or --agency-timezone stops with the values it takes', () => {
  const jenis = terbuka('dip', 'check', foodStation, '--agency-kind', 'kabupaten');
  assert.equal(jenis.code, 2);
  assert.match(
    jenis.err,
    /^Jenis badan publik "kabupaten" tidak dikenal \(--agency-kind\): pakai opd, kecamatan/,
  );
  assert.equal(jenis.out, '');
  // As the widgets read agency-kind: any case, a village's regional name.
  const nagari = terbuka('dip', 'convert', foodStation, '--agency-kind', 'Nagari');
  assert.equal(JSON.parse(nagari.out).agency.kind, 'desa');
  assert.equal(nagari.err.includes('Kalurahan'), false, nagari.err);
  // Yogyakarta's names (DIY): a kecamatan in a kabupaten and in the kota, read quietly.
  for (const nama of ['Kapanewon', 'kemantren']) {
    const r = terbuka('dip', 'convert', foodStation, '--agency-kind', nama);
    assert.equal(JSON.parse(r.out).agency.kind, 'kecamatan', nama);
    assert.doesNotMatch(r.err, /PERINGATAN {2}--agency-kind/, nama);
  }
  // Kalurahan (DIY's desa) is one letter from Kelurahan, which is no desa: read as a desa, with a warning.
  const kalurahan = terbuka('dip', 'convert', foodStation, '--agency-kind', 'Kalurahan');
  assert.equal(kalurahan.code, 0, kalurahan.err);
  assert.equal(JSON.parse(kalurahan.out).agency.kind, 'desa');
  assert.match(
    kalurahan.err,
    /PERINGATAN {2}--agency-kind "Kalurahan" dibaca sebagai desa \(Kalurahan, sebutan desa di DIY\)\. Jika badan publik ini kelurahan, tulis "Kelurahan"\./,
  );
  const en = terbuka('--lang', 'en', 'dip', 'check', foodStation, '--agency-kind', 'kalurahan');
  assert.match(en.err, /WARNING {2}--agency-kind "kalurahan" is read as a desa .* write "Kelurahan"\./);
  // A JSON document carries its own agency: --agency-kind is ignored (said so), and no note asks to fix it;
  // a file without an extension is JSON by its content.
  const tanpaAkhiran = join(tmp, 'dip-tanpa-akhiran');
  writeFileSync(tanpaAkhiran, readFileSync(sukamajuJson));
  for (const berkas of [sukamajuJson, tanpaAkhiran]) {
    const json = terbuka('dip', 'check', berkas, '--agency-kind', 'Kalurahan');
    assert.match(json.err, /PERINGATAN {2}--agency… diabaikan: dokumen JSON/, berkas);
    assert.doesNotMatch(json.err, /Kalurahan/, berkas);
  }
  const zona = terbuka('--lang', 'en', 'dip', 'score', foodStation, '--agency-timezone', 'GMT+8');
  assert.equal(zona.code, 2);
  assert.match(zona.err, /^Unknown time zone "GMT\+8" \(--agency-timezone\): use WIB, WITA or WIT/);
  assert.equal(zona.out, '');
});

test('a folder given where a file is wanted is a usage error in words (exit 2), nothing left behind', () => {
  const folder = mkdtempSync(join(tmp, 'folder-'));
  const dalam = mkdtempSync(join(tmp, 'keluaran-'));
  const keluar = join(dalam, 'sub');
  mkdirSync(keluar);
  for (const [args, kata] of [
    [['dip', 'check', folder], /^\S+folder-\w+ adalah folder, bukan berkas\./m],
    [['dip', 'convert', sukamajuJson, '-o', keluar], /^\S+sub adalah folder, bukan berkas\./m],
    [
      ['serve', 'backup', join(dalam, 'cadangan.db'), '--db', folder],
      /^--db: \S+ adalah folder, bukan berkas\./m,
    ],
    [['serve', 'backup', keluar, '--db', sukamajuJson], /^\S+sub adalah folder, bukan berkas\./m],
  ] as const) {
    const r = terbuka(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, kata);
    assert.doesNotMatch(r.err, /galat internal|EISDIR: illegal/);
  }
  const en = terbuka('dip', 'score', folder, '--lang', 'en');
  assert.equal(en.code, 2);
  assert.match(en.err, /is a folder, not a file\./);
  // Neither the half-written output nor an empty backup stays behind.
  assert.deepEqual(readdirSync(dalam), ['sub']);
  // A file that is not an SQLite database, given as --db.
  const bukanDb = terbuka(
    'serve',
    'backup',
    join(dalam, 'cadangan.db'),
    '--db',
    sukamajuJson,
    '--lang',
    'en',
  );
  assert.equal(bukanDb.code, 2, bukanDb.err);
  assert.match(bukanDb.err, /cannot be opened as an SQLite database \(SQLITE_NOTADB\)/);
  assert.deepEqual(readdirSync(dalam), ['sub']);
  // Into a folder that does not exist: named, with how to make it; nothing created.
  const tanpaFolder = join(dalam, 'belum-ada');
  for (const [lang, kata] of [
    ['id', `Folder ${tanpaFolder} tidak ada; buat dulu (mkdir -p ${tanpaFolder})`],
    ['en', `The folder ${tanpaFolder} does not exist; create it first`],
  ] as const) {
    const r = terbuka('serve', 'backup', join(tanpaFolder, 'b.sqlite'), '--db', sukamajuJson, '--lang', lang);
    assert.equal(r.code, 2, r.err);
    assert.ok(r.err.includes(kata), r.err);
    assert.doesNotMatch(r.err, /galat internal|internal error|ENOENT/);
  }
  assert.deepEqual(readdirSync(dalam), ['sub']);
});

test('--lang=en (with =) is the same as --lang en for every message, argument errors included', () => {
  for (const lang of [['--lang=en'], ['--lang', 'en']]) {
    const wajib = terbuka(...lang, 'monitor', 'scan', 'registri.csv');
    assert.equal(wajib.code, 2);
    assert.match(wajib.err, /^Option --riwayat <berkas> is required\./m);
    const pilihan = terbuka('tenggat', '2026-03-05', '--jenis', 'banding', ...lang);
    assert.equal(pilihan.code, 2);
    assert.match(pilihan.err, /Value "banding" for --jenis <jenis> is not valid/);
    const aneh = terbuka(...lang, 'perintah-aneh');
    assert.match(aneh.err, /^Unknown command "perintah-aneh"\./m);
    assert.doesNotMatch(aneh.err, /tidak dikenal/);
    const berkas = terbuka('dip', 'check', join(tmp, 'tidak-ada.json'), ...lang);
    assert.equal(berkas.code, 2);
    assert.match(berkas.err, /Cannot read file/);
  }
  // The last one given wins, as commander reads it.
  assert.match(
    terbuka('--lang=en', '--lang=id', 'monitor', 'scan', 'x.csv').err,
    /Opsi --riwayat <berkas> wajib diisi/,
  );
});
