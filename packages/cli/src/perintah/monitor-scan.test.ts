// `terbuka monitor scan` as a user runs it: the built binary in a child process, against real HTTP
// servers on 127.0.0.1 (the child is started asynchronously so this process can answer it).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const bin = join(root, 'node_modules/.bin/terbuka');
const dip = readFileSync(join(root, 'packages/sdk/fixtures/sukamaju/dip.json'));
const tmp = mkdtempSync(join(tmpdir(), 'terbuka-scan-'));

function terbuka(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return terbukaDengan({}, ...args);
}

function terbukaDengan(
  envTambahan: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const env = { ...process.env, TERBUKA_LANG: '', ...envTambahan };
  return new Promise((selesai) => {
    execFile(bin, args, { cwd: root, env }, (e, out, err) =>
      selesai({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

/**
 * `terbuka monitor scan …` against this test's sites, which run on 127.0.0.1: the monitor refuses local
 * addresses unless told, so the allowance is passed explicitly here.
 */
const pindai = (...args: string[]) => terbuka('monitor', 'scan', '--izinkan-alamat-lokal', ...args);

async function situs(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/dip.json') res.writeHead(200, { 'content-type': 'application/json' }).end(dip);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Desa</title>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// A port nothing listens on: bound, then closed.
async function mati(): Promise<string> {
  const s = await situs();
  await new Promise<void>((r) => s.server.close(() => r()));
  return s.base;
}

const hidup = await situs();
const kosong = await mati();
after(() => hidup.server.close());

const registri = join(tmp, 'registri.csv');
writeFileSync(
  registri,
  [
    'id;nama;jenis;induk;situs;dip;wordpress',
    `kab;Kabupaten Uji;lainnya;;${hidup.base};${hidup.base}/dip.json;tidak`,
    `desa-mati;Desa Mati;desa;kab;${kosong};${kosong}/dip.json;tidak`,
  ].join('\n'),
);

const baris = (path: string): { agencyId: string; unreachable: boolean; score: number }[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((b) => b !== '')
    .map((b) => JSON.parse(b));

test('monitor scan: a summary table, records appended to the history, exit 0 despite a dead site', async () => {
  const riwayat = join(tmp, 'riwayat.jsonl');
  const r = await pindai(registri, '--riwayat', riwayat, '--timeout', '3000');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2 dari 2 badan publik dipindai/);
  assert.match(r.out, /1 tidak dapat dijangkau/);
  assert.match(r.out, /│ Sambungan gagal\s+│ 1\s+│/);
  assert.match(r.out, /│ desa-mati\s+│ http:\/\/127\.0\.0\.1:\d+\s+│/);
  const catatan = baris(riwayat);
  assert.deepEqual(catatan.map((c) => [c.agencyId, c.unreachable]).sort(), [
    ['desa-mati', true],
    ['kab', false],
  ]);
  assert.ok((catatan.find((c) => c.agencyId === 'kab')?.score ?? 0) > 0);
  // A second run appends.
  const lagi = await pindai(registri, '--riwayat', riwayat, '--lang', 'en');
  assert.equal(lagi.code, 0, lagi.err);
  assert.match(lagi.out, /2 of 2 agencies scanned/);
  assert.equal(baris(riwayat).length, 4);
});

test('monitor scan: a NODE_EXTRA_CA_CERTS file that cannot be read is said in the run’s output, id/en', async () => {
  const hilang = join(tmp, 'akar-nasional-hilang.pem');
  for (const [bahasa, kata] of [
    ['id', /Berkas NODE_EXTRA_CA_CERTS \S+akar-nasional-hilang\.pem tidak dapat dibaca \(ENOENT\)/],
    ['en', /The NODE_EXTRA_CA_CERTS file \S+akar-nasional-hilang\.pem cannot be read \(ENOENT\)/],
  ] as const) {
    const riwayat = join(tmp, `riwayat-akar-${bahasa}.jsonl`);
    const r = await terbukaDengan(
      { NODE_EXTRA_CA_CERTS: hilang, TERBUKA_LANG: bahasa },
      'monitor',
      'scan',
      '--izinkan-alamat-lokal',
      registri,
      '--riwayat',
      riwayat,
      '--timeout',
      '3000',
    );
    // The run goes on: only sites whose chain ends at the missing roots are affected.
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, kata);
    assert.equal(baris(riwayat).length, 2);
  }
});

test('monitor scan without --izinkan-alamat-lokal: a site on 127.0.0.1 is not fetched, the reason recorded', async () => {
  const riwayat = join(tmp, 'riwayat-lokal.jsonl');
  const r = await terbuka('monitor', 'scan', registri, '--riwayat', riwayat, '--timeout', '3000');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /│ Alamat lokal\/privat ditolak\s+│ 2\s+│/);
  // What to do, since it is the monitor's setting and not the sites' fault.
  assert.match(
    r.err,
    /2 badan publik tidak diambil karena alamatnya menuju jaringan lokal\/privat.*--izinkan-alamat-lokal/,
  );
  const kab = baris(riwayat).find((c) => c.agencyId === 'kab')!;
  assert.equal(kab.score, 0);
  const teks = readFileSync(riwayat, 'utf8');
  assert.match(teks, /"reason":"alamat-terlarang"/);
  // Nothing of the site's DIP reached the record.
  assert.equal(teks.includes('Sukamaju'), false);
});

test('monitor scan --json --shard: two shards cover the registry once', async () => {
  const dilihat: string[] = [];
  for (const shard of ['1/2', '2/2']) {
    const riwayat = join(tmp, `shard-${shard.replace('/', '-')}.jsonl`);
    const r = await pindai(registri, '--riwayat', riwayat, '--shard', shard, '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.shard, { index: Number(shard[0]), count: 2 });
    assert.equal(j.scanned, j.total);
    assert.equal(j.file, registri);
    assert.deepEqual(j.warnings, []);
    for (const k of ['bands', 'failures', 'slowest', 'startedAt', 'finishedAt', 'durationMs', 'unreachable'])
      assert.ok(k in j, k);
    dilihat.push(...(j.total > 0 ? baris(riwayat).map((c) => c.agencyId) : []));
  }
  assert.deepEqual(dilihat.sort(), ['desa-mati', 'kab']);
});

test('monitor scan: rows in error are named with their spreadsheet row and column and skipped, the others scanned, exit 1', async () => {
  const salah = join(tmp, 'salah.csv');
  writeFileSync(
    salah,
    `id,nama,jenis,situs,dip\nbaik,Dinas Baik,opd,${hidup.base},${hidup.base}/dip.json\nbaik,Lain,planet,ftp://x,\n`,
  );
  const riwayat = join(tmp, 'sebagian.jsonl');
  const r = await pindai(salah, '--riwayat', riwayat);
  assert.equal(r.code, 1);
  assert.match(
    r.err,
    /GALAT {2}agencies\[1\]\.kind, kolom "jenis": Baris 3, kolom "jenis" — berisi "planet"/,
  );
  assert.match(r.err, /Baris 3, kolom "situs" — "ftp:\/\/x" tidak diizinkan/);
  assert.match(r.err, /Baris 3, kolom "id" — "baik" sudah dipakai/);
  assert.match(r.err, /3 galat, 0 peringatan/);
  // The bad row is a duplicate of a good one: that row is skipped, the id itself is scanned (its first row).
  assert.match(
    r.err,
    /1 baris registri dilewati karena galat \(baris 3: id "baik" ganda, baris pertama id itu dipindai\); 1 badan publik dipindai\./,
  );
  assert.doesNotMatch(r.err, /badan publik dilewati/);
  // The good row is scanned and recorded: the district's badges do not go stale over one bad row.
  assert.deepEqual(
    baris(riwayat).map((c) => [c.agencyId, c.unreachable]),
    [['baik', false]],
  );
  const j = await pindai(salah, '--riwayat', riwayat, '--json', '--lang', 'en');
  assert.equal(j.code, 1);
  const laporan = JSON.parse(j.out);
  assert.deepEqual(
    laporan.errors.map((e: { code: string; row: number; column: string }) => [e.code, e.row, e.column]),
    [
      ['field.value', 3, 'jenis'],
      ['link.web', 3, 'situs'],
      ['agency.duplicate-id', 3, 'id'],
    ],
  );
  assert.match(laporan.errors[1].message, /^Row 3, column "situs" — "ftp:\/\/x" is not allowed/);
  assert.deepEqual(laporan.skippedAgencies, []);
  assert.deepEqual(laporan.skippedRows, [{ agencyId: 'baik', index: 1, row: 3, idScanned: true }]);
  // A file that is not a registry at all scans nothing.
  const rusak = join(tmp, 'rusak.csv');
  writeFileSync(rusak, 'apa,ini\n1,2\n');
  const kosongRiwayat = join(tmp, 'tidak-ditulis.jsonl');
  assert.equal((await pindai(rusak, '--riwayat', kosongRiwayat)).code, 1);
  assert.throws(() => readFileSync(kosongRiwayat));
});

test('monitor scan: usage errors exit 2 with words in the chosen language', async () => {
  const shard = await terbuka(
    'monitor',
    'scan',
    registri,
    '--riwayat',
    join(tmp, 'x.jsonl'),
    '--shard',
    '3/2',
    '--lang',
    'en',
  );
  assert.equal(shard.code, 2);
  assert.match(shard.err, /Shard "3\/2" is not valid\. Write i\/n with 1 ≤ i ≤ n/);
  const conc = await terbuka(
    'monitor',
    'scan',
    registri,
    '--riwayat',
    join(tmp, 'x.jsonl'),
    '--concurrency',
    '0',
  );
  assert.equal(conc.code, 2);
  assert.match(conc.err, /--concurrency "0" harus bilangan bulat 1–1000/);
  const hilang = await terbuka(
    'monitor',
    'scan',
    join(tmp, 'tidak-ada.csv'),
    '--riwayat',
    join(tmp, 'x.jsonl'),
  );
  assert.equal(hilang.code, 2);
  assert.match(hilang.err, /tidak dapat dibaca \(ENOENT\)/);
  const tanpaRiwayat = await pindai(registri);
  assert.equal(tanpaRiwayat.code, 2);
  assert.match(tanpaRiwayat.err, /Opsi --riwayat <berkas> wajib diisi\./);
});

test('monitor scan --sebelumnya: the previous records are found in another file; a bad path stops the run (exit 2)', async () => {
  // A site whose only news item is re-dated to an hour before each scan.
  let tanggal = new Date('2026-01-10T03:00:00Z');
  const server = createServer((req, res) => {
    if (req.url === '/feed')
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          '<rss version="2.0"><channel><title>Desa</title><item><title>Rapat desa</title>' +
            '<guid>rapat-desa</guid><description>Notulen</description>' +
            `<pubDate>${tanggal.toUTCString()}</pubDate></item></channel></rss>`,
        );
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Desa</title>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  after(() => server.close());
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const reg = join(tmp, 'registri-feed.csv');
  writeFileSync(
    reg,
    `id;nama;jenis;situs;dip;feed\ndesa;Desa Feed;desa;${base}/;${base}/dip.json;${base}/feed\n`,
  );
  const pindaiPada = (riwayat: string, now: string, ...lain: string[]) =>
    pindai(reg, '--riwayat', riwayat, '--now', now, ...lain);
  const terakhir = (path: string): { activity: { lastUpdateAt?: string } } => {
    const semua = readFileSync(path, 'utf8').trim().split('\n');
    return JSON.parse(semua.at(-1)!);
  };

  // Last night's history, as the CI runner downloaded it from where it is published.
  const unduhan = join(tmp, 'unduhan', 'riwayat.jsonl');
  assert.equal((await pindaiPada(unduhan, '2026-06-01T05:00:00Z')).code, 0);
  tanggal = new Date('2026-06-08T04:00:00Z');
  // A fresh file without --sebelumnya has nothing to compare with: the moved date is taken as true.
  const tanpa = join(tmp, 'tanpa-sebelumnya.jsonl');
  assert.equal((await pindaiPada(tanpa, '2026-06-08T05:00:00Z')).code, 0);
  assert.equal(terakhir(tanpa).activity.lastUpdateAt, '2026-06-08T04:00:00.000Z');
  // With it, the item is known: it keeps its date. Repeatable: an empty shard file is a history too.
  const kosong = join(tmp, 'shard-kosong.jsonl');
  writeFileSync(kosong, '');
  const dengan = join(tmp, 'dengan-sebelumnya.jsonl');
  const r = await pindaiPada(dengan, '2026-06-08T05:00:00Z', '--sebelumnya', kosong, '--sebelumnya', unduhan);
  assert.equal(r.code, 0, r.err);
  assert.equal(terakhir(dengan).activity.lastUpdateAt, '2026-01-10T03:00:00.000Z');
  assert.equal(readFileSync(unduhan, 'utf8').trim().split('\n').length, 1, 'the previous file is only read');

  // A missing file, or one that is not a history (the registry by mistake): exit 2, nothing scanned.
  const tidakDitulis = join(tmp, 'tidak-ditulis-sebelumnya.jsonl');
  const hilang = await pindaiPada(
    tidakDitulis,
    '2026-06-08T05:00:00Z',
    '--sebelumnya',
    join(tmp, 'tiada.jsonl'),
  );
  assert.equal(hilang.code, 2);
  assert.match(hilang.err, /^--sebelumnya: Berkas riwayat .*tiada\.jsonl tidak dapat dibaca \(ENOENT\)\.$/m);
  const salah = await pindaiPada(tidakDitulis, '2026-06-08T05:00:00Z', '--sebelumnya', reg, '--lang', 'en');
  assert.equal(salah.code, 2);
  assert.match(
    salah.err,
    /--sebelumnya: .*registri-feed\.csv is not a scan history file: its first line is not a "terbuka-pindai" record/,
  );
  assert.throws(() => readFileSync(tidakDitulis));
  const tanpaNilai = await pindaiPada(tidakDitulis, '2026-06-08T05:00:00Z', '--sebelumnya');
  assert.equal(tanpaNilai.code, 2);
  assert.match(tanpaNilai.err, /Opsi --sebelumnya <berkas> memerlukan nilai\./);
});

test('monitor scan --riwayat: the registry itself, or a file with content that is not a history, is refused (exit 2), nothing appended', async () => {
  const salin = join(tmp, 'registri-salin.csv');
  writeFileSync(salin, readFileSync(registri));
  const isiAwal = readFileSync(salin, 'utf8');
  const sama = await pindai(salin, '--riwayat', salin);
  assert.equal(sama.code, 2, sama.err);
  assert.match(
    sama.err,
    /^--riwayat \S+registri-salin\.csv adalah registri yang dipindai; riwayat harus berkas lain/m,
  );
  // The same file under another name.
  const samaLain = await pindai(salin, '--riwayat', join(tmp, '.', 'registri-salin.csv'), '--lang', 'en');
  assert.equal(samaLain.code, 2, samaLain.err);
  assert.match(
    samaLain.err,
    /^--riwayat \S+registri-salin\.csv is the registry being scanned; the history must be another file/m,
  );
  assert.equal(readFileSync(salin, 'utf8'), isiAwal);

  // A key set (or any file that is not a history) given by mistake.
  const kunci = join(tmp, 'keys.json');
  const isiKunci = '{\n  "keys": []\n}\n';
  writeFileSync(kunci, isiKunci);
  for (const [bahasa, kata] of [
    ['id', /^--riwayat: \S+keys\.json bukan berkas riwayat pemindaian/m],
    ['en', /^--riwayat: \S+keys\.json is not a scan history file/m],
  ] as const) {
    const r = await pindai(registri, '--riwayat', kunci, '--lang', bahasa);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, kata);
  }
  assert.equal(readFileSync(kunci, 'utf8'), isiKunci);
  // Another registry is not a history either.
  const lain = join(tmp, 'registri-lain.csv');
  writeFileSync(lain, isiAwal);
  assert.equal((await pindai(registri, '--riwayat', lain)).code, 2);
  assert.equal(readFileSync(lain, 'utf8'), isiAwal);
});

test('monitor scan refuses a registry with no agency row (only its header), as publish does: exit 2, no history written', async () => {
  const reg = join(tmp, 'hanya-judul.csv');
  writeFileSync(reg, 'id,nama,jenis,situs\n');
  const riwayat = join(tmp, 'hanya-judul.jsonl');
  for (const [bahasa, kata] of [
    [
      'id',
      /^Registri \S+hanya-judul\.csv tidak memuat satu pun badan publik \(hanya baris judul\?\); tidak ada yang dipindai dan riwayat tidak ditulis\./m,
    ],
    [
      'en',
      /^Registry \S+hanya-judul\.csv lists no agency \(only a header row\?\); nothing was scanned and the history was not written\./m,
    ],
  ] as const) {
    const r = await pindai(reg, '--riwayat', riwayat, '--lang', bahasa);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, kata);
    assert.equal(r.out, '');
  }
  assert.throws(() => readFileSync(riwayat), /ENOENT/);
});

// A timeout: before the fix a history under /proc never returned (Node's recursive mkdir spins there).
test(
  'monitor scan: a folder as --riwayat or --sebelumnya, or a history that cannot be created, is a usage error in words (exit 2)',
  { timeout: 120_000 },
  async () => {
    const folder = mkdtempSync(join(tmp, 'folder-'));
    for (const [args, kata] of [
      [['--riwayat', folder], /^--riwayat: \S+folder-\w+ adalah folder, bukan berkas\./m],
      [
        ['--riwayat', join(tmp, 'r-folder.jsonl'), '--sebelumnya', folder],
        /^--sebelumnya: \S+ adalah folder, bukan berkas\./m,
      ],
      [['--riwayat', folder, '--lang', 'en'], /^--riwayat: \S+ is a folder, not a file\./m],
      // Its folder cannot be made: a file is in the way (said as such, not as EEXIST), or it is under /proc.
      [
        ['--riwayat', join(registri, 'riwayat.jsonl')],
        /^Berkas riwayat \S+ tidak dapat dibuka untuk ditulis: \S+ adalah berkas, padahal di situ harus ada folder \(ENOTDIR\)\. Pilih jalur lain, atau pindahkan berkas itu\.$/m,
      ],
      [
        ['--riwayat', join(registri, 'riwayat.jsonl'), '--lang', 'en'],
        /^Cannot open history file \S+ for writing: \S+ is a file where a folder must be \(ENOTDIR\)/m,
      ],
      [
        ['--riwayat', '/proc/terbuka-uji/riwayat.jsonl'],
        /tidak dapat dibuka untuk ditulis: \/proc\/terbuka-uji tidak ada dan tidak dapat dibuat di sana \(ENOENT/,
      ],
    ] as const) {
      const r = await pindai(registri, ...args, '--timeout', '300');
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, kata);
      assert.doesNotMatch(r.err, /galat internal|EISDIR: illegal/);
    }
    assert.throws(() => readFileSync(join(tmp, 'r-folder.jsonl')));
  },
);

test('monitor scan: a duplicate id row is named as a skipped row while its first row is scanned; a bad row of its own id is named as left out', async () => {
  const reg = join(tmp, 'ganda.csv');
  writeFileSync(
    reg,
    [
      'id;nama;jenis;induk;situs;dip;wordpress',
      `kec-sukamaju-barat;Kecamatan Sukamaju Barat;kecamatan;;${hidup.base};${hidup.base}/dip.json;tidak`,
      `kec-sukamaju-barat;Kecamatan Sukamaju Barat (lagi);kecamatan;;${hidup.base}/b;${hidup.base}/dip.json;tidak`,
      `desa-salah;Desa Salah;planet;;${hidup.base}/c;${hidup.base}/dip.json;tidak`,
    ].join('\n'),
  );
  const riwayat = join(tmp, 'ganda.jsonl');
  const r = await pindai(reg, '--riwayat', riwayat);
  assert.equal(r.code, 1);
  assert.match(
    r.err,
    /^2 baris registri dilewati karena galat \(baris 3: id "kec-sukamaju-barat" ganda, baris pertama id itu dipindai; baris 4: desa-salah\); 1 badan publik dipindai\./m,
  );
  assert.deepEqual(
    baris(riwayat).map((c) => c.agencyId),
    ['kec-sukamaju-barat'],
  );
  const en = await pindai(reg, '--riwayat', riwayat, '--lang=en');
  assert.match(
    en.err,
    /^2 registry rows skipped for errors \(line 3: duplicate id "kec-sukamaju-barat", that id’s first row is scanned; line 4: desa-salah\); 1 agencies are scanned\./m,
  );
  const j = JSON.parse((await pindai(reg, '--riwayat', riwayat, '--json')).out);
  assert.deepEqual(j.skippedAgencies, ['desa-salah']);
  assert.deepEqual(j.skippedRows, [
    { agencyId: 'kec-sukamaju-barat', index: 1, row: 3, idScanned: true },
    { agencyId: 'desa-salah', index: 2, row: 4, idScanned: false },
  ]);
});

test('monitor scan: a history write that fails partway (a file size limit, ulimit -f) leaves no piece of a line; the file, why and what to do are said (exit 2)', async () => {
  const riwayat = join(tmp, 'riwayat-batas.jsonl');
  const awal = await pindai(registri, '--riwayat', riwayat, '--timeout', '300');
  assert.equal(awal.code, 0, awal.err);
  // One record, then blank lines up to 100 bytes below a 64 KiB limit: the next record is cut by the
  // kernel partway through (the limit's signal is ignored by Node, so the write fails with EFBIG).
  const satu = readFileSync(riwayat, 'utf8').split('\n')[0] as string;
  const isi = `${satu}\n${'\n'.repeat(64 * 1024 - 100 - satu.length - 1)}`;
  writeFileSync(riwayat, isi);
  const r = await new Promise<{ code: number; err: string }>((selesai) =>
    execFile(
      'bash',
      [
        '-c',
        'ulimit -f 64 && exec "$@"',
        'bash',
        bin,
        'monitor',
        'scan',
        '--izinkan-alamat-lokal',
        registri,
        '--riwayat',
        riwayat,
        '--timeout',
        '300',
      ],
      { cwd: root, env: { ...process.env, TERBUKA_LANG: '' } },
      (e, _out, err) => selesai({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, err }),
    ),
  );
  assert.equal(r.code, 2, r.err);
  assert.equal(readFileSync(riwayat, 'utf8'), isi, 'nothing of the failed line is left');
  assert.match(
    r.err,
    /^Berkas riwayat \S+riwayat-batas\.jsonl tidak dapat ditulis: \S+riwayat-batas\.jsonl sudah sebesar batas ukuran berkas yang diizinkan \(EFBIG: .*\)\. Naikkan batas itu, atau pilih berkas lain\. Catatan yang sudah tertulis tetap utuh; pindaian yang belum tertulis diulang pada pemindaian berikutnya\.$/m,
  );
});

test('monitor scan --riwayat /dev/full (a device: reading it never ends) is a usage error naming it, not a crash (exit 2); --sebelumnya /dev/zero too', async () => {
  for (const [opsi, args, pola] of [
    [
      '--riwayat',
      ['--riwayat', '/dev/full'],
      /^--riwayat: \/dev\/full bukan berkas biasa \(perangkat karakter\): riwayat harus berkas biasa/m,
    ],
    [
      '--sebelumnya',
      ['--riwayat', join(tmp, 'riwayat-perangkat.jsonl'), '--sebelumnya', '/dev/zero'],
      /^--sebelumnya: \/dev\/zero bukan berkas biasa \(perangkat karakter\)/m,
    ],
  ] as const) {
    // Killed if the check lets the device through (it would be read as a stream without end).
    const r = await new Promise<{ code: number | null; signal: string | null; err: string }>((selesai) =>
      execFile(
        bin,
        ['monitor', 'scan', '--izinkan-alamat-lokal', registri, ...args, '--timeout', '300'],
        { cwd: root, env: { ...process.env, TERBUKA_LANG: '' }, timeout: 20_000, killSignal: 'SIGKILL' },
        (e, _out, err) =>
          selesai({
            code: e ? ((e as { code?: number }).code ?? null) : 0,
            signal: e ? ((e as { signal?: string }).signal ?? null) : null,
            err,
          }),
      ),
    );
    assert.equal(r.signal, null, `${opsi}: not killed by the timeout`);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, pola);
    assert.doesNotMatch(r.err, /RangeError|galat internal/);
  }
  assert.throws(() => readFileSync(join(tmp, 'riwayat-perangkat.jsonl')), /ENOENT/);
});
