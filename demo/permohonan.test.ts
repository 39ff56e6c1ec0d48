/// <reference lib="dom" />
// The request loop of the demo, all real processes on loopback: `npm start` runs the site and the intake
// server; a request sent to the site's /api/ lands in the SQLite file with a receipt; the new pages are
// served under the CSP; in Chromium the form on permohonan.html is filled by keyboard, the receipt's
// number is found on status.html (opened from the receipt's link, the number filled in), the officer page
// changes its status, and a refusal's "Ajukan keberatan" opens the objection form with the number.
// TERBUKA_TANGKAPAN=<folder> also saves screenshots of the new pages at 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban, mulaiDemo } from './uji-bantuan.js';
import type { Demo } from './uji-bantuan.js';

const TOKEN = 'tbk_uji_demo_0123456789abcdef';
let demo: Demo;
let peramban: Browser;

before(async () => {
  [demo, peramban] = await Promise.all([
    mulaiDemo([], { PORT: '0', TERBUKA_DEMO_TOKEN: TOKEN }),
    bukaPeramban(),
  ]);
});

after(async () => {
  await peramban?.close();
  await demo?.tutup();
});

const PERMINTAAN = {
  format: 'terbuka-permintaan',
  version: 1,
  requester: {
    kind: 'perorangan',
    name: 'Budi Santoso',
    nik: '3201014509900001',
    address: 'Jl. Melati 2, Sukamaju',
    occupation: 'Wiraswasta',
    email: 'budi@contoh.id',
  },
  information: 'Rencana kerja Diskominfo 2026',
  purpose: 'Bahan diskusi warga',
  obtain: ['membaca'],
};

function kirim(body: unknown, kunci: string, origin = demo.url): Promise<Response> {
  return fetch(`${demo.url}/api/v1/permintaan?agency=diskominfo-sukamaju`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': kunci, Origin: origin },
    body: JSON.stringify(body),
  });
}

function barisDB(nomor: string): { number: string; status: string } | undefined {
  const db = new Database(join(demo.data, 'terbuka.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT number, status FROM pengajuan WHERE number = ?').get(nomor) as
      { number: string; status: string } | undefined;
  } finally {
    db.close();
  }
}

test('npm start runs the demo site and the intake server, prints the data file and a demo-only token', async () => {
  assert.match(demo.penerima ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.notEqual(demo.penerima, demo.url);
  const k = await fetch(`${demo.penerima}/v1/kesehatan`);
  assert.equal(k.status, 200);
  assert.deepEqual(await k.json(), { ok: true });
  assert.ok(existsSync(join(demo.data, 'terbuka.sqlite')), 'the SQLite file is created on first start');
  assert.match(demo.keluaran(), /HANYA DEMO \/ DEMO ONLY/);
  assert.ok(demo.keluaran().includes(TOKEN), 'the officer token is printed');
});

test("a request sent to the site's /api/ lands in the SQLite file and returns its receipt; other sites are refused", async () => {
  const r = await kirim(PERMINTAAN, 'uji-api-0001');
  assert.equal(r.status, 201);
  assert.match(String(r.headers.get('content-security-policy')), /default-src 'self'/);
  const bukti = (await r.json()) as {
    format: string;
    number: string;
    agency: { id: string };
    deadline: { workingDays: number };
  };
  assert.equal(bukti.format, 'terbuka-tanda-bukti');
  assert.match(bukti.number, /^\d{3}\/PPID\/DISKOMINFO\/PI\/\d{4}$/);
  assert.equal(bukti.agency.id, 'diskominfo-sukamaju');
  assert.equal(bukti.deadline.workingDays, 10);
  assert.deepEqual(barisDB(bukti.number), { number: bukti.number, status: 'diterima' });
  // The same key again: the same receipt, no second record.
  const ulang = await kirim(PERMINTAAN, 'uji-api-0001');
  assert.equal(ulang.status, 200);
  assert.equal(((await ulang.json()) as { number: string }).number, bukti.number);
  // Another site is not on the agency's allow-list.
  const asing = await kirim(PERMINTAAN, 'uji-api-0002', 'https://situs-lain.example');
  assert.equal(asing.status, 403);
  // Officer API through the proxy: without the token 401, with it the request is listed.
  assert.equal((await fetch(`${demo.url}/api/v1/petugas/pengajuan`)).status, 401);
  const daftar = await fetch(`${demo.url}/api/v1/petugas/pengajuan`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(daftar.status, 200);
  const { items } = (await daftar.json()) as { items: { number: string }[] };
  assert.ok(items.some((i) => i.number === bukti.number));
});

test('the new pages: 200 under the CSP, the request script without defer, the officer script external', async () => {
  for (const path of ['/permohonan.html', '/status.html', '/petugas.html']) {
    assert.ok(demo.halaman.includes(path), `${path} is listed by npm start`);
    const r = await fetch(`${demo.url}${path}`);
    assert.equal(r.status, 200, path);
    const csp = String(r.headers.get('content-security-policy'));
    assert.match(csp, /^default-src 'self';/, path);
    const html = await r.text();
    // The one inline script is the layout's, which hands the response's nonce to the widgets.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, path);
    const lain = html.replace(`<script nonce="${nonce}">`, '');
    assert.doesNotMatch(lain, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: no other inline script`);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/, `${path}: no inline style or handler`);
  }
  const permohonan = await (await fetch(`${demo.url}/permohonan.html`)).text();
  assert.match(
    permohonan,
    /<script src="\/terbuka\/terbuka-permintaan\.min\.js"><\/script>\s*<ppid-permintaan/,
  );
  assert.match(permohonan, /mode="keberatan"/);
  const js = await fetch(`${demo.url}/terbuka/terbuka-permintaan.min.js`);
  assert.equal(js.status, 200);
  assert.match(String(js.headers.get('content-type')), /^text\/javascript/);
});

async function halamanBaru(path: string, lebar = 360): Promise<{ page: Page; masalah: string[] }> {
  const page = await peramban.newPage({ viewport: { width: lebar, height: 800 } });
  const masalah: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') masalah.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => masalah.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(`${demo.url}/`)) masalah.push(`off-origin request: ${r.url()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${demo.url}${path}`, { waitUntil: 'load' });
  return { page, masalah };
}

async function tangkap(page: Page, nama: string): Promise<void> {
  const folder = process.env['TERBUKA_TANGKAPAN'];
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${nama}-360.png`), fullPage: true });
}

const lebarHalaman = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth);

test('Chromium at 360 px: the form on permohonan.html is sent by keyboard, the receipt is found on status.html, the officer page answers it', async () => {
  // 1. Submit by keyboard.
  const f = await halamanBaru('/permohonan.html');
  const { page } = f;
  await page.waitForFunction(() => customElements.get('ppid-permintaan') !== undefined);
  const form = page.locator('ppid-permintaan:not([mode="keberatan"])');
  const isi = async (id: string, teks: string): Promise<void> => {
    await form.locator(`#${id}`).focus();
    await page.keyboard.type(teks);
  };
  await isi('f-name', 'Siti Aminah');
  await isi('f-nik', '3201014509900001');
  await isi('f-address', 'Jl. Merdeka 1, Sukamaju');
  await isi('f-occupation', 'Guru');
  await isi('f-email', 'siti@contoh.id');
  await isi('f-information', 'Laporan realisasi anggaran 2025');
  await isi('f-purpose', 'Penelitian');
  await form.locator('#f-obtain-membaca').focus();
  await page.keyboard.press('Space');
  await tangkap(page, 'permohonan-terisi');
  await form.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('ppid-permintaan:not([mode="keberatan"])')?.getAttribute('state') === 'success',
    null,
    { timeout: 15000 },
  );
  const tanda = await form.locator('[part="receipt"]').innerText();
  const nomor = tanda.match(/\d{3}\/PPID\/DISKOMINFO\/PI\/\d{4}/)?.[0];
  assert.ok(nomor, `the receipt shows a registration number: ${tanda}`);
  assert.match(tanda, /10 hari kerja/);
  assert.deepEqual(barisDB(nomor), { number: nomor, status: 'diterima' });
  assert.ok((await lebarHalaman(page)) <= 360, 'permohonan.html fits 360 px');
  // "Lihat status" opens the status page with the number (never the e-mail) in its address.
  const lihatStatus = await form
    .locator('[part="receipt"] a', { hasText: 'Lihat status' })
    .getAttribute('href');
  assert.equal(lihatStatus, `${demo.url}/status.html?nomor=${encodeURIComponent(nomor)}`);
  await tangkap(page, 'permohonan-tanda-bukti');
  assert.deepEqual(f.masalah, []);
  await page.close();

  // 2. The officer page: token, list, status change to "diproses".
  const p = await halamanBaru('/petugas.html');
  await p.page.locator('#token').focus();
  await p.page.keyboard.type(TOKEN);
  await p.page.keyboard.press('Enter');
  const baris = p.page.locator('#daftar tr', { hasText: nomor });
  await baris.waitFor();
  assert.match(await baris.innerText(), /diterima/);
  await baris.getByRole('button').click();
  await p.page.locator('#form-status button[type="submit"]').click();
  await p.page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: diproses`),
    nomor,
  );
  assert.match(await baris.innerText(), /diproses/);
  assert.equal(barisDB(nomor)?.status, 'diproses');
  // An extension with its written reason: the deadline moves, the new status is announced.
  await p.page.locator('#form-status input[value="perpanjang"]').check();
  await p.page.locator('#alasan').fill('Informasi perlu dihimpun dari tiga bidang.');
  await p.page.locator('#form-status button[type="submit"]').click();
  await p.page.waitForFunction(() =>
    document.getElementById('pesan-status')?.textContent?.includes('diperpanjang'),
  );
  assert.ok((await lebarHalaman(p.page)) <= 360, 'petugas.html fits 360 px');
  await tangkap(p.page, 'petugas');
  assert.deepEqual(p.masalah, []);
  await p.page.close();

  // 3. The status page, opened from the receipt's link, has the number: only the e-mail is typed.
  const s = await halamanBaru(new URL(lihatStatus).pathname + new URL(lihatStatus).search);
  await s.page.waitForFunction(() => customElements.get('ppid-status-permintaan') !== undefined);
  const cek = s.page.locator('ppid-status-permintaan');
  assert.equal(await cek.locator('#f-nomor').inputValue(), nomor);
  assert.match((await cek.locator('#f-kontak-petunjuk').textContent()) ?? '', /Nomor sudah terisi/);
  await cek.locator('#f-kontak').focus();
  await s.page.keyboard.type('siti@contoh.id');
  await s.page.keyboard.press('Enter');
  await s.page.waitForFunction(
    () => document.querySelector('ppid-status-permintaan')?.getAttribute('state') === 'success',
  );
  const hasil = await cek.locator('[part="result"]').innerText();
  assert.ok(hasil.includes(nomor), hasil);
  assert.match(hasil, /diperpanjang/i);
  // Its deadline still runs: no objection yet.
  assert.equal(await cek.locator('.ajukan-keberatan').count(), 0);
  assert.ok((await lebarHalaman(s.page)) <= 360, 'status.html fits 360 px');
  await tangkap(s.page, 'status');
  assert.deepEqual(s.masalah, []);
  await s.page.close();

  // 4. The officer page lists open cases newest first, says how many, and warns before closing a request
  // whose objection window still runs; closed cases leave the default list.
  const q = await halamanBaru('/petugas.html');
  await q.page.locator('#token').fill(TOKEN);
  await q.page.keyboard.press('Enter');
  await q.page.locator('#daftar tr').first().waitFor();
  assert.match(
    await q.page.locator('#daftar tr').first().innerText(),
    new RegExp(nomor.replace(/\//g, '\\/')),
  );
  assert.match(
    (await q.page.locator('#jumlah-halaman').textContent()) ?? '',
    /^1–\d+ dari \d+ \(terbaru dulu\)\.$/,
  );
  assert.equal(await q.page.locator('#sebelumnya').isVisible(), false);
  assert.equal(await q.page.locator('#berikutnya').isVisible(), false);
  const barisQ = q.page.locator('#daftar tr', { hasText: nomor });
  await barisQ.getByRole('button').click();
  await q.page.locator('#form-status input[value="jawab"]').check();
  await q.page.locator('#hasil').selectOption('ditolak');
  await q.page.locator('#dasar-tolak input[value="h"]').check();
  await q.page.locator('#konsekuensi').fill('Membuka daftar ini mengungkap data pribadi pegawai.');
  await q.page.locator('#form-status button[type="submit"]').click();
  await q.page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: dijawab`),
    nomor,
  );
  // Refused: the status page links to the objection form, which opens with the request's number.
  const t = await halamanBaru(new URL(lihatStatus).pathname + new URL(lihatStatus).search);
  const cekLagi = t.page.locator('ppid-status-permintaan');
  await cekLagi.locator('#f-kontak').fill('siti@contoh.id');
  await cekLagi.locator('#f-kontak').press('Enter');
  const ajukan = cekLagi.locator('.ajukan-keberatan a');
  await ajukan.waitFor();
  // The requester reads the refusal's grounds and its consequence.
  assert.match(
    await cekLagi.locator('ol.linimasa').innerText(),
    /Dasar: Pasal 17 huruf h UU KIP\. Konsekuensi bila informasi dibuka: Membuka daftar ini mengungkap data pribadi pegawai/,
  );
  assert.equal(await ajukan.textContent(), 'Ajukan keberatan');
  assert.match(
    (await cekLagi.locator('#batas-keberatan').textContent()) ?? '',
    /Batas Anda mengajukan keberatan:\s+\S+, \d+ \S+ \d{4}/,
  );
  assert.ok((await lebarHalaman(t.page)) <= 360, 'status.html with the objection link fits 360 px');
  await tangkap(t.page, 'status-keberatan');
  await ajukan.click();
  await t.page.waitForURL(`${demo.url}/permohonan.html?nomor=${encodeURIComponent(nomor)}#keberatan`);
  await t.page.waitForFunction(() => customElements.get('ppid-permintaan') !== undefined);
  assert.equal(
    await t.page.locator('ppid-permintaan[mode="keberatan"] #f-requestNumber').inputValue(),
    nomor,
  );
  // The request form beside it has no such field and stays empty.
  assert.equal(await t.page.locator('ppid-permintaan:not([mode="keberatan"]) #f-requestNumber').count(), 0);
  assert.deepEqual(t.masalah, []);
  await t.page.close();
  await q.page.locator('#form-status input[value="selesai"]').check();
  await q.page.locator('#form-status button[type="submit"]').click();
  const peringatan = q.page.locator('#peringatan-selesai');
  await peringatan.waitFor();
  assert.match(
    (await peringatan.textContent()) ?? '',
    /Masa keberatan pemohon masih berjalan sampai \d{4}-\d{2}-\d{2}/,
  );
  assert.equal(barisDB(nomor)?.status, 'dijawab', 'the first save only warns');
  await q.page.locator('#form-status button[type="submit"]').click();
  await q.page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: selesai`),
    nomor,
  );
  assert.equal(barisDB(nomor)?.status, 'selesai');
  assert.equal(
    await q.page.locator('#daftar tr', { hasText: nomor }).count(),
    0,
    'closed: out of the default list',
  );
  await q.page.locator('#termasuk-selesai').check();
  await q.page.locator('#daftar tr', { hasText: nomor }).waitFor();
  assert.deepEqual(q.masalah, []);
  await q.page.close();
});

test('the demo data folder holds only the SQLite file and the token when none is given', () => {
  // Sanity of the reset story in docs/*/demo.md: everything lives in one folder.
  assert.ok(existsSync(join(demo.data, 'terbuka.sqlite')));
  assert.equal(existsSync(join(demo.data, 'token-petugas.txt')), false, 'TERBUKA_DEMO_TOKEN: no file');
  assert.equal(readFileSync(join(demo.data, 'terbuka.sqlite')).subarray(0, 15).toString(), 'SQLite format 3');
});

test('Cara Memasang: the configurator offers the request form, with its own script and a live preview', async () => {
  const { page, masalah } = await halamanBaru('/cara-memasang.html', 1280);
  await page.selectOption('select[name="elemen"]', 'ppid-permintaan');
  assert.equal(await page.isVisible('input[name="endpoint"]'), true);
  assert.equal(await page.isVisible('select[name="mode"]'), false, 'the lists’ periksa mode is hidden');
  await page.selectOption('select[name="mode-formulir"]', 'keberatan');
  await page.fill('input[name="agency"]', 'diskominfo-sukamaju');
  await page.locator('input[name="agency"]').dispatchEvent('change');
  const kode = (await page.textContent('#hasil-konfigurator'))!;
  assert.match(
    kode,
    /^<script data-cfasync="false" data-no-optimize="1" src="\/terbuka\/terbuka-permintaan\.min\.js"><\/script>\n<ppid-permintaan endpoint="\/api" agency="diskominfo-sukamaju" mode="keberatan" dip="\/data\/dip\.json"><\/ppid-permintaan>$/,
  );
  await page.waitForFunction(
    () => document.querySelector('#pratinjau ppid-permintaan')?.shadowRoot?.querySelector('form') != null,
  );
  await page.selectOption('select[name="elemen"]', 'ppid-status-permintaan');
  assert.match(
    (await page.textContent('#hasil-konfigurator'))!,
    /^<script data-cfasync="false" data-no-optimize="1" src="\/terbuka\/terbuka-permintaan\.min\.js"><\/script>\n<ppid-status-permintaan endpoint="\/api"><\/ppid-status-permintaan>$/,
  );
  assert.deepEqual(masalah, []);
  await page.close();
});
