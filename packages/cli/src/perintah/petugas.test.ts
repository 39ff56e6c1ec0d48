// `terbuka petugas …` against a real `terbuka serve` process on 127.0.0.1 (the server's own test helpers),
// run as a user runs it: the built binary in a child process; the terminal table and a change made by
// another officer between reading and recording through main() in this process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERISTIWA_BOLEH } from '@terbuka/sdk';
import {
  AGENSI_UJI,
  contohPermintaan,
  direktoriUji,
  kirim,
  mulaiServer,
  SHA_TOKEN_PETUGAS,
  TOKEN_PETUGAS,
  type ProsesServer,
} from '../../../server/src/uji/proses.js';
import { main } from '../main.js';
import { SEMUA_PERISTIWA } from './petugas.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const bin = join(root, 'node_modules/.bin/terbuka');
const { dir, hapus } = direktoriUji();
let s: ProsesServer;
const nomor: Record<string, string> = {};

function terbuka(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(bin, args, {
    cwd: dir,
    env: { ...process.env, TERBUKA_LANG: '', TERBUKA_SERVER: s.alamat, TERBUKA_TOKEN: TOKEN_PETUGAS, ...env },
  });
  return { code: r.status, out: r.stdout.toString('utf8'), bytes: r.stdout, err: r.stderr.toString('utf8') };
}
const json = (...args: string[]) => {
  const r = terbuka(['--json', 'petugas', ...args]);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
};

async function ajukan(information: string): Promise<string> {
  const r = await kirim(
    s.alamat,
    `/v1/permintaan?agency=${AGENSI_UJI.id}`,
    contohPermintaan({ information }),
    {
      'idempotency-key': `cli-petugas-${information.length}-${Date.now()}`,
    },
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return (r.body as { number: string }).number;
}

before(async () => {
  s = await mulaiServer({
    dir,
    now: '2026-03-13T09:00:00+07:00',
    konfigurasi: { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] },
  });
  nomor.a = await ajukan('Salinan laporan realisasi APBD 2025');
  nomor.b = await ajukan('Daftar gaji pegawai');
  nomor.c = await ajukan('Kontrak pengadaan jalan');
});
after(async () => {
  await s?.berhenti();
  hapus();
});

test('catat takes every event of the SDK transition table, and only those', () => {
  assert.deepEqual(SEMUA_PERISTIWA, [
    'proses',
    'perpanjang',
    'jawab',
    'keberatan',
    'selesai',
    'putusan-keberatan',
  ]);
  for (const t of Object.values(PERISTIWA_BOLEH))
    for (const boleh of Object.values(t)) for (const p of boleh) assert.ok(SEMUA_PERISTIWA.includes(p));
});

test('daftar --json: total, offset and the API items with the events each status allows', () => {
  const d = json('daftar');
  assert.deepEqual(Object.keys(d), ['total', 'offset', 'items']);
  assert.equal(d.total, 3);
  assert.equal(d.offset, 0);
  const a = d.items.find((i: { number: string }) => i.number === nomor.a);
  for (const k of [
    'id',
    'number',
    'kind',
    'agency',
    'status',
    'deadline',
    'deadlineKind',
    'revision',
    'overdue',
  ])
    assert.ok(k in a, k);
  assert.equal(a.revision, 1);
  assert.deepEqual(a.allowedEvents, ['proses', 'perpanjang', 'jawab', 'keberatan']);
  // The API's filters by their CLI names.
  assert.equal(json('daftar', '--status', 'dijawab').total, 0);
  assert.deepEqual(
    json('daftar', '--nomor', nomor.b!.toLowerCase()).items.map((i: { number: string }) => i.number),
    [nomor.b],
  );
  assert.equal(json('daftar', '--tahun', '2026', '--belum-selesai', '--lewat-tenggat').total, 0);
  const halaman = json('daftar', '--terbaru', '--limit', '1', '--offset', '1');
  assert.deepEqual([halaman.total, halaman.offset, halaman.items[0].number], [3, 1, nomor.b]);
});

test('daftar into a pipe: a header and one tab-separated line per submission; the count on stderr', () => {
  const r = terbuka(['petugas', 'daftar', '--cari', nomor.a!]);
  assert.equal(r.code, 0, r.err);
  const baris = r.out.trimEnd().split('\n');
  assert.equal(baris.length, 2);
  assert.match(baris[0]!, /^number\tkind\tagency\tstatus\treceivedOn\tdeadline\tdeadlineKind\toverdue/);
  assert.equal(baris[1]!.split('\t')[0], nomor.a);
  assert.equal(baris[1]!.split('\t')[3], 'diterima');
  assert.match(r.err, /^1–1 dari 1\./);
});

test('daftar on a terminal: a table, the deadline named by its kind (the SDK label)', async () => {
  process.env.TERBUKA_SERVER = s.alamat;
  process.env.TERBUKA_TOKEN = TOKEN_PETUGAS;
  let keluar = '';
  let galat = '';
  const tty = { isTTY: true, columns: 140, write: (x: string | Uint8Array) => (keluar += String(x)) };
  const kode = await main(['petugas', 'daftar', '--lang', 'en'], tty, { write: (x) => (galat += String(x)) });
  assert.equal(kode, 0, galat);
  assert.match(keluar, /│ Number/);
  assert.match(keluar, new RegExp(nomor.c!.replace(/[/]/g, '\\/')));
  assert.match(keluar, /\(Written[\s│]*[^\n]*\n[^\n]*notice on a request\)/);
  assert.match(keluar, /1–3 of 3\./);
});

test('lihat: the record, its fields by the SDK labels, the history and the events allowed now', () => {
  const r = terbuka(['petugas', 'lihat', nomor.a!]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(`^${nomor.a} — permintaan`));
  assert.match(r.out, /Status: diterima \(revisi 1\)/);
  assert.match(r.out, /Diterima: 2026-03-13 09:00 WIB/);
  assert.match(r.out, /Tenggat: \d+ \w+ 2026 \(Pemberitahuan tertulis atas permintaan informasi\)/);
  assert.match(r.out, /Rincian informasi yang dibutuhkan: Salinan laporan realisasi APBD 2025/);
  assert.match(r.out, /Nama: Siti Aminah/);
  assert.match(r.out, /2026-03-13 09:00 WIB {2}diterima → diterima; tenggat/);
  assert.match(r.out, /Dapat dicatat sekarang: proses, perpanjang, jawab, keberatan/);
  const j = json('lihat', nomor.a!);
  assert.equal(j.number, nomor.a);
  assert.equal(j.history.events.length, 1);
  assert.equal(j.request.requester.name, 'Siti Aminah');
  assert.deepEqual(j.allowedEvents, ['proses', 'perpanjang', 'jawab', 'keberatan']);
  const tidakAda = terbuka(['petugas', 'lihat', '999/TIDAK/ADA']);
  assert.equal(tidakAda.code, 1);
  assert.match(tidakAda.err, /Nomor 999\/TIDAK\/ADA tidak ditemukan/);
});

test('catat: process, then refuse on Pasal 17 grounds; the history names them with their titles', () => {
  const p = terbuka(['petugas', 'catat', nomor.b!, 'proses']);
  assert.equal(p.code, 0, p.err);
  assert.match(p.out, new RegExp(`✓ ${nomor.b}: proses dicatat\\. Status sekarang: diproses\\.`));
  assert.match(p.out, /Dapat dicatat sekarang: perpanjang, jawab, keberatan/);
  const j = json(
    'catat',
    nomor.b!,
    'jawab',
    '--hasil',
    'ditolak',
    '--pasal17',
    'h,I',
    '--catatan',
    'Data pribadi',
  );
  assert.equal(j.status, 'dijawab');
  assert.equal(j.revision, 3);
  assert.deepEqual(j.allowedEvents, ['keberatan', 'selesai']);
  assert.deepEqual(j.history.events.at(-1).grounds, ['h', 'i']);
  const l = terbuka(['petugas', 'lihat', nomor.b!]);
  assert.match(l.out, /jawab — ditolak; Pasal 17 huruf h \(Mengungkap[^)]*\); Pasal 17 huruf i/);
  assert.match(l.out, /catatan: Data pribadi → dijawab; tenggat .*\(Batas pengajuan keberatan\)/);
});

test('catat refuses, before sending, an event the status does not allow, naming those it allows (exit 1)', () => {
  const r = terbuka(['petugas', 'catat', nomor.b!, 'proses']);
  assert.equal(r.code, 1);
  assert.match(
    r.err,
    new RegExp(
      `Peristiwa "proses" tidak dapat dicatat pada permintaan ${nomor.b} berstatus "dijawab"\\. Yang dapat dicatat sekarang: keberatan, selesai\\.`,
    ),
  );
  const en = terbuka(['petugas', 'catat', nomor.b!, 'perpanjang', '--alasan', 'x', '--lang', 'en']);
  assert.equal(en.code, 1);
  assert.match(
    en.err,
    /The event "perpanjang" cannot be recorded on request .* "dijawab"\. What can be recorded now: keberatan, selesai\./,
  );
  const tak = terbuka(['petugas', 'catat', nomor.b!, 'hapus']);
  assert.equal(tak.code, 2);
  assert.match(
    tak.err,
    /Peristiwa "hapus" tidak dikenal\. Pilih: proses, perpanjang, jawab, keberatan, selesai, putusan-keberatan\./,
  );
  assert.equal(json('lihat', nomor.b!).revision, 3);
});

test('catat: the SDK refusing what the event lacks is a 422 said in its words (exit 2); an option the event does not keep is named', () => {
  const r = terbuka(['petugas', 'catat', nomor.c!, 'perpanjang']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Perpanjangan wajib disertai alasan tertulis \(UU KIP Pasal 22 ayat 8\)/);
  const p = terbuka([
    'petugas',
    'catat',
    nomor.c!,
    'proses',
    '--alasan',
    'tidak dipakai',
    '--isi',
    'foo=bar',
  ]);
  assert.equal(p.code, 0, p.err);
  assert.match(
    p.err,
    /PERINGATAN {2}Tidak dicatat karena peristiwa "proses" tidak memuatnya: --alasan, --isi foo\./,
  );
  const bad = terbuka(['petugas', 'catat', nomor.c!, 'selesai', '--isi', 'revision=1']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--isi "revision=1" harus berbentuk kunci=nilai/);
});

test('catat: another officer records between reading and sending → 409 status.changed, what it allows now (exit 1)', async () => {
  process.env.TERBUKA_SERVER = s.alamat;
  process.env.TERBUKA_TOKEN = TOKEN_PETUGAS;
  const sebelum = json('lihat', nomor.c!).history.events.map((e: { type: string }) => e.type);
  const asli = globalThis.fetch;
  let sela = false;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    // Right after the CLI read the record: another officer answers it.
    if (!sela && /\/v1\/petugas\/pengajuan\?number=/.test(url)) {
      const baca = await asli(input, init);
      sela = true;
      const { items } = (await baca.clone().json()) as { items: { id: number }[] };
      const lain = await asli(`${s.alamat}/v1/petugas/pengajuan/${items[0]!.id}/peristiwa`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN_PETUGAS}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'jawab', outcome: 'dikabulkan' }),
      });
      assert.equal(lain.status, 200);
      return baca;
    }
    return asli(input, init);
  }) as typeof fetch;
  let galat = '';
  try {
    const kode = await main(
      ['petugas', 'catat', nomor.c!, 'perpanjang', '--alasan', 'Dokumen tersebar'],
      { write: () => true },
      { write: (x) => (galat += String(x)) },
    );
    assert.equal(kode, 1, galat);
  } finally {
    globalThis.fetch = asli;
  }
  assert.ok(sela);
  assert.match(
    galat,
    new RegExp(`Pengajuan ${nomor.c} sudah diubah sejak dibaca .*status sekarang "dijawab"`),
  );
  assert.match(galat, /tidak ada yang dicatat.*Yang dapat dicatat sekarang: keberatan, selesai\./);
  // Only the other officer's answer was recorded, not the extension (whatever the tests before left).
  const j = json('lihat', nomor.c!);
  assert.deepEqual(
    j.history.events.map((e: { type: string }) => e.type),
    [...sebelum, 'jawab'],
  );
});

test('a wrong or revoked token: 401 said as such (exit 2); no token at all names TERBUKA_TOKEN and why not an option', () => {
  const r = terbuka(['petugas', 'daftar'], { TERBUKA_TOKEN: 'tbk_token_yang_sudah_dicabut_sekali_0000' });
  assert.equal(r.code, 2);
  assert.match(r.err, /menolak token \(401\): TERBUKA_TOKEN salah atau sudah dicabut/);
  const en = terbuka(['petugas', 'daftar', '--lang', 'en'], {
    TERBUKA_TOKEN: 'tbk_token_yang_sudah_dicabut_sekali_0000',
  });
  assert.match(en.err, /refused the token \(401\): TERBUKA_TOKEN is wrong or has been revoked/);
  const tanpa = terbuka(['petugas', 'daftar'], { TERBUKA_TOKEN: '' });
  assert.equal(tanpa.code, 2);
  assert.match(tanpa.err, /TERBUKA_TOKEN belum diisi.*riwayat shell/);
  assert.equal(terbuka(['petugas', 'daftar', '--token', 'x']).code, 2);
  const tanpaServer = terbuka(['petugas', 'daftar'], { TERBUKA_SERVER: '' });
  assert.equal(tanpaServer.code, 2);
  assert.match(tanpaServer.err, /Alamat server belum diberikan: --server/);
});

test('an unreachable server is named with its URL (exit 4); an address that is not the API says so (exit 2)', async () => {
  // A port just freed: nothing listens there.
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const port = (srv.address() as AddressInfo).port;
  await new Promise((ok) => srv.close(ok));
  const r = terbuka(['petugas', 'daftar', '--server', `http://127.0.0.1:${port}/api`]);
  assert.equal(r.code, 4);
  assert.match(
    r.err,
    new RegExp(`^Server http://127\\.0\\.0\\.1:${port}/api/ tidak dapat dihubungi \\(ECONNREFUSED\\)`),
  );
  const salah = terbuka(['petugas', 'daftar', '--server', `${s.alamat}/salah`]);
  assert.equal(salah.code, 2);
  assert.match(
    salah.err,
    /\/salah\/v1\/petugas\/pengajuan tidak menjawab sebagai API petugas Terbuka \(HTTP 404\)/,
  );
  const bukan = terbuka(['petugas', 'daftar', '--server', 'ftp://127.0.0.1']);
  assert.equal(bukan.code, 2);
});

test('filters the CLI or the API refuses are usage errors naming them (exit 2)', () => {
  const tgl = terbuka(['petugas', 'daftar', '--dari', '13-03-2026']);
  assert.equal(tgl.code, 2);
  assert.match(tgl.err, /--dari "13-03-2026" harus tanggal YYYY-MM-DD/);
  const st = terbuka(['petugas', 'daftar', '--status', 'dijawabb']);
  assert.equal(st.code, 2);
  assert.match(st.err, /Nilai "dijawabb" untuk --status <status> tidak sah/);
  const ag = terbuka(['petugas', 'daftar', '--agency', 'dinas-lain']);
  assert.equal(ag.code, 2);
  assert.match(ag.err, /Saringan "agency" tidak sah/);
});

test('ekspor: the register as the server writes it (UTF-8 with BOM) to stdout, or to -o with --json', () => {
  const r = terbuka(['petugas', 'ekspor', '--tahun', '2026']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual([...r.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(r.out, /Nomor Pendaftaran/);
  for (const n of Object.values(nomor)) assert.ok(r.out.includes(n), n);
  const berkas = join(dir, 'register.csv');
  const j = json('ekspor', '--tahun', '2026', '--nomor', nomor.b!, '-o', berkas);
  assert.deepEqual(Object.keys(j), ['file', 'bytes']);
  const isi = readFileSync(berkas);
  assert.equal(j.bytes, isi.byteLength);
  assert.ok(isi.toString('utf8').includes(nomor.b!));
  assert.ok(!isi.toString('utf8').includes(nomor.a!));
});

test('laporan --tahun: the yearly access report in words, as JSON, and as a DIP item', () => {
  const r = terbuka(['petugas', 'laporan', '--tahun', '2026']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Laporan akses informasi 2026 — Dinas Komunikasi dan Informatika Kabupaten Sukamaju/);
  assert.match(r.out, /Permintaan diterima: 3; dijawab: 2; belum dijawab: 1/);
  assert.match(r.out, /ditolak 1/);
  assert.match(r.out, /h {2}1 {2}Mengungkap/);
  const j = json('laporan', '--tahun', '2026');
  assert.equal(j.format, 'terbuka-laporan-akses');
  assert.equal(j.requests.received, 3);
  const d = json('laporan', '--tahun', '2026', '--dip');
  assert.deepEqual(Object.keys(d).sort(), ['item', 'report', 'validation']);
  assert.equal(d.validation.ok, true);
  const tanpa = terbuka(['petugas', 'laporan']);
  assert.equal(tanpa.code, 2);
  assert.match(tanpa.err, /Opsi --tahun <tahun> wajib diisi/);
  assert.equal(terbuka(['petugas', 'laporan', '--tahun', '26']).code, 2);
});
