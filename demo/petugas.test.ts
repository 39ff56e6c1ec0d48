/// <reference lib="dom" />
// The demo's officer page (petugas.html, js/petugas.js) in Chromium against `npm start`, as an officer on a
// phone (360 px) uses it: each selection starts the status form over and names its request; messages sit
// beside the form and take the focus on an error; the selected request's details show as text; the list
// stacks, with the button beside the number and long summaries cut; deadlines say whose they are; the
// Pasal 17 boxes carry their titles; only the events the status allows are offered; a status changed by
// someone else, or a token no longer valid, is handled; an objection is answered with the Atasan PPID's
// decision and its reasons. axe-core checks each state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { LABEL_PENOLAKAN } from '@terbuka/sdk';
import { bukaPeramban, mulaiDemo } from './uji-bantuan.js';
import type { Demo } from './uji-bantuan.js';

const TOKEN = 'tbk_uji_petugas_0123456789abcdef';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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

const PEMOHON = {
  kind: 'perorangan',
  name: 'Budi Santoso',
  nik: '3201014509900001',
  address: 'Jl. Melati 2, Sukamaju',
  occupation: 'Wiraswasta',
  email: 'budi@contoh.id',
};

let kunci = 0;
async function kirim(body: Record<string, unknown>): Promise<{ number: string }> {
  const r = await fetch(`${demo.url}/api/v1/permintaan?agency=diskominfo-sukamaju`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `uji-petugas-${String(++kunci).padStart(4, '0')}`,
      Origin: demo.url,
    },
    body: JSON.stringify({ format: 'terbuka-permintaan', version: 1, obtain: ['membaca'], ...body }),
  });
  assert.equal(r.status, 201, await r.clone().text());
  return (await r.json()) as { number: string };
}

async function petugas(jalur: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${demo.url}/api/v1/petugas${jalur}`, {
    ...init,
    headers: { ...init.headers, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
  });
}

async function idDari(nomor: string): Promise<number> {
  const { items } = (await (await petugas('/pengajuan?limit=1000')).json()) as {
    items: { id: number; number: string }[];
  };
  return items.find((i) => i.number === nomor)!.id;
}

async function bukaPetugas(lebar = 360, jalur = '/petugas.html'): Promise<{ page: Page; masalah: string[] }> {
  const page = await peramban.newPage({ viewport: { width: lebar, height: 800 } });
  const masalah: string[] = [];
  page.on('console', (m) => {
    // The API's refusals (401, 409, 422) are the page's to handle: Chromium logs each failed fetch.
    if (m.type() === 'error' && !/status of (40[19]|422)/.test(m.text()))
      masalah.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => masalah.push(`pageerror: ${e.message}`));
  await page.goto(`${demo.url}${jalur}`, { waitUntil: 'load' });
  await page.locator('#token').fill(TOKEN);
  await page.keyboard.press('Enter');
  await page.locator('#daftar tr').first().waitFor();
  return { page, masalah };
}

/** axe-core's WCAG A/AA violations of the page as it is (evaluated by the test, outside the CSP). */
async function pelanggaran(page: Page): Promise<string[]> {
  return page.evaluate(async (sumber) => {
    if (!('axe' in window)) (0, eval)(sumber);
    const hasil = await (
      window as unknown as {
        axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run({ runOnly: ['wcag2a', 'wcag2aa'] });
    return hasil.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, AXE);
}

const pesanStatus = (page: Page) => page.locator('#pesan-status');
const fokus = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const baris = (page: Page, nomor: string) => page.locator('#daftar tr', { hasText: nomor });

test('the officer SDK data the demo serves: Pasal 17 titles, the transition table, the field labels', async () => {
  const r = await fetch(`${demo.url}/data/petugas-sdk.json`);
  assert.equal(r.status, 200);
  assert.match(String(r.headers.get('content-type')), /^application\/json/);
  const d = (await r.json()) as {
    pasal17: { letter: string; title: { id: string } }[];
    boleh: Record<string, Record<string, string[]>>;
    label: Record<string, { id: string }>;
  };
  assert.equal(d.pasal17.length, 10);
  assert.equal(d.pasal17[0]!.title.id, 'Menghambat proses penegakan hukum');
  assert.deepEqual(d.boleh['permintaan']!['dijawab'], ['keberatan', 'selesai']);
  assert.deepEqual(d.boleh['keberatan']!['diterima'], ['proses', 'putusan-keberatan']);
  assert.equal(d.label['purpose']!.id, 'Tujuan penggunaan informasi');
  assert.equal(
    (d as unknown as { putusan: Record<string, { id: string }> }).putusan['ditolak']!.id,
    'Keberatan ditolak Atasan PPID',
  );
  assert.deepEqual(
    (d as unknown as { penolakan: Record<string, { id: string; en: string }> }).penolakan,
    LABEL_PENOLAKAN,
  );
});

test('U1: another row\'s "Ubah status" starts the form over and names its request', async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Daftar aset 2025', purpose: 'Riset' });
  const b = await kirim({ requester: PEMOHON, information: 'Notulen rapat anggaran', purpose: 'Liputan' });
  const { page, masalah } = await bukaPetugas();
  await baris(page, b.number).getByRole('button').click();
  assert.match((await page.locator('#judul-ubah').innerText()) ?? '', new RegExp(b.number));
  assert.match((await page.locator('#legenda-peristiwa').innerText()) ?? '', new RegExp(b.number));
  await page.locator('#form-status input[value="jawab"]').check();
  await page.locator('#hasil').selectOption('ditolak');
  await page.locator('#dasar-tolak input[value="h"]').check();
  await page.locator('#konsekuensi').fill('Membuka notulen mengungkap data pribadi peserta rapat.');
  await page.locator('#catatan').fill('Rahasia pribadi pihak ketiga.');
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: dijawab`),
    b.number,
  );
  // 005 refused; now 003.
  await baris(page, a.number).getByRole('button').click();
  assert.match(await page.locator('#judul-ubah').innerText(), new RegExp(a.number));
  assert.match(await page.locator('#legenda-peristiwa').innerText(), new RegExp(a.number));
  assert.equal(await page.locator('#form-status input[name="type"]:checked').getAttribute('value'), 'proses');
  assert.equal(await page.locator('#hasil').inputValue(), 'dikabulkan');
  assert.equal(await page.locator('#dasar-tolak input:checked').count(), 0);
  assert.equal(await page.locator('#catatan').inputValue(), '');
  assert.equal(await page.locator('#konsekuensi').inputValue(), '');
  assert.equal(await page.locator('#catatan').isVisible(), false, 'the outcome fields are hidden again');
  assert.equal(await pesanStatus(page).textContent(), '', "the previous request's message is gone");
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: diproses`),
    a.number,
  );
  const kini = (await (await petugas(`/pengajuan/${await idDari(a.number)}`)).json()) as { status: string };
  assert.equal(kini.status, 'diproses', '003 was processed, not refused with 005’s ground');
  assert.deepEqual(masalah, []);
  await page.close();
});

test('U3: the message sits beside the form; an error takes the focus there, in view', async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Peta jalan desa', purpose: 'Kajian' });
  const { page, masalah } = await bukaPetugas();
  await baris(page, a.number).getByRole('button').click();
  await page.locator('#form-status input[value="perpanjang"]').check();
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'pesan-status');
  assert.match((await pesanStatus(page).textContent()) ?? '', /alasan tertulis/);
  assert.equal(await page.locator('#form-status #pesan-status').count(), 1, 'inside the status form');
  assert.equal(await pesanStatus(page).getAttribute('role'), 'status');
  const kotak = (await pesanStatus(page).boundingBox())!;
  assert.ok(
    kotak.y >= 0 && kotak.y + kotak.height <= 800,
    `the message is in view: ${JSON.stringify(kotak)}`,
  );
  assert.deepEqual(await pelanggaran(page), [], 'axe: the error state');
  // Not a change made elsewhere: nothing says so.
  assert.doesNotMatch((await pesanStatus(page).textContent()) ?? '', /tab\/perangkat lain/);
  // Success: the message beside the form too.
  await page.locator('#alasan').fill('Perlu dihimpun dari dua bidang.');
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: diperpanjang`),
    a.number,
  );
  assert.deepEqual(masalah, []);
  await page.close();
});

test('U2, U6: the details of the selected request as text; the list readable at 360 px', async () => {
  const panjang = 'Salinan kontrak pengadaan jalan. '.repeat(152).slice(0, 5000);
  const b = await kirim({
    requester: { ...PEMOHON, name: 'Rina Wijaya', email: 'rina@contoh.id', phone: '+6281234567890' },
    proxy: { name: 'Agus Salim', powerOfAttorney: 'dibawa' },
    information: panjang,
    purpose: '<script>window.diretas = 1</script><img src=x onerror="window.diretas = 2">',
    obtain: ['salinan-softcopy'],
    delivery: 'email',
  });
  const { page, masalah } = await bukaPetugas();
  // U6: no sideways scroll of the page, the button beside the number, the long summary cut.
  assert.ok(
    (await page.evaluate(() => document.documentElement.scrollWidth)) <= 360,
    'petugas.html fits 360 px',
  );
  const [lebar, tampak] = await page.evaluate(() => {
    const g = document.querySelector('.tabel-gulir')!;
    return [g.scrollWidth, g.clientWidth] as const;
  });
  assert.ok(lebar <= tampak, `the list needs no sideways scroll: ${lebar} > ${tampak}`);
  const r = baris(page, b.number);
  const nomor = (await r.locator('.nomor').boundingBox())!;
  const tombol = (await r.getByRole('button').boundingBox())!;
  assert.ok(
    tombol.x >= 0 && tombol.x + tombol.width <= 360,
    `the button is in view: ${JSON.stringify(tombol)}`,
  );
  assert.ok(
    Math.abs(tombol.y + tombol.height / 2 - (nomor.y + nomor.height / 2)) < tombol.height,
    `the button is beside the number: ${JSON.stringify({ nomor, tombol })}`,
  );
  const ringkas = (await r.locator('.ringkasan').textContent()) ?? '';
  assert.ok(ringkas.length < 260 && ringkas.includes('…'), `the summary is cut: ${ringkas.length}`);
  assert.ok((await r.boundingBox())!.height < 500, 'a 5,000-character request keeps a short row');
  assert.deepEqual(await pelanggaran(page), [], 'axe: the list at 360 px');
  // U2: the details panel.
  await r.getByRole('button').click();
  const rincian = page.locator('#rincian');
  await rincian.locator('dd', { hasText: 'rina@contoh.id' }).waitFor();
  const teks = await rincian.innerText();
  for (const s of [
    'Tujuan penggunaan informasi',
    '<script>window.diretas = 1</script><img src=x onerror="window.diretas = 2">',
    '+6281234567890',
    'Jl. Melati 2, Sukamaju',
    'Agus Salim',
    'salinan-softcopy',
    'Cara mendapatkan salinan',
    'email',
  ])
    assert.ok(teks.includes(s), `the details show ${s}`);
  assert.ok(teks.includes(panjang.trim()), 'the full request text');
  assert.equal(await rincian.locator('script, img').count(), 0, 'markup in the data stays text');
  assert.equal(await page.evaluate(() => (window as unknown as { diretas?: number }).diretas), undefined);
  assert.ok(
    (await page.evaluate(() => document.documentElement.scrollWidth)) <= 360,
    'the details fit 360 px',
  );
  assert.deepEqual(await pelanggaran(page), [], 'axe: the details');
  assert.deepEqual(masalah, []);
  await page.close();
});

test('U8, U9: whose deadline; Pasal 17 boxes titled; only the events the status allows', async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Daftar hibah 2025', purpose: 'Riset' });
  const { page, masalah } = await bukaPetugas(1280);
  const r = baris(page, a.number);
  assert.match(await r.innerText(), /\(jawaban PPID\)/);
  await r.getByRole('button').click();
  // Received: proses, perpanjang, jawab (the form has no objection event); not selesai.
  const tampak = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('#form-status input[name="type"]')]
        .filter((i) => !i.disabled && i.checkVisibility())
        .map((i) => i.value),
    );
  assert.deepEqual(await tampak(), ['proses', 'perpanjang', 'jawab']);
  await page.locator('#form-status input[value="jawab"]').check();
  const legenda = await page.locator('#dasar-tolak legend').innerText();
  assert.match(legenda, /penolakan/);
  assert.match(legenda, /pengabulan sebagian/);
  assert.match(
    await page.locator('#dasar-tolak label', { has: page.locator('input[value="a"]') }).innerText(),
    /a\. Menghambat proses penegakan hukum/,
  );
  await page.locator('#hasil').selectOption('dikabulkan');
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: dijawab`),
    a.number,
  );
  assert.match(await r.innerText(), /\(masa keberatan pemohon\)/);
  assert.deepEqual(
    await tampak(),
    ['selesai'],
    'answered: only closing (an objection comes from the requester)',
  );
  assert.equal(
    await page.locator('#form-status input[name="type"]:checked').getAttribute('value'),
    'selesai',
  );
  assert.deepEqual(await pelanggaran(page), [], 'axe: the answered request');
  // Closed: nothing left to record, the save button is off.
  await page.locator('#form-status button[type="submit"]').click();
  await page.locator('#peringatan-selesai').waitFor();
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: selesai`),
    a.number,
  );
  assert.deepEqual(await tampak(), []);
  assert.equal(await page.locator('#form-status button[type="submit"]').isDisabled(), true);
  assert.match(await page.locator('#tanpa-peristiwa').innerText(), /tidak ada peristiwa lagi/);
  assert.deepEqual(masalah, []);
  await page.close();
});

test('U10: a status changed by another officer is reloaded and said; a token no longer valid is forgotten', async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Data bansos 2025', purpose: 'Riset' });
  const { page, masalah } = await bukaPetugas();
  await baris(page, a.number).getByRole('button').click();
  // Another officer answers it meanwhile.
  const lain = await petugas(`/pengajuan/${await idDari(a.number)}/peristiwa`, {
    method: 'POST',
    body: JSON.stringify({ type: 'jawab', outcome: 'dikabulkan' }),
  });
  assert.equal(lain.status, 200);
  await page.locator('#form-status button[type="submit"]').click(); // proses: too late
  await page.waitForFunction(() =>
    /tab\/perangkat lain/.test(document.getElementById('pesan-status')?.textContent ?? ''),
  );
  assert.equal(await fokus(page), 'pesan-status');
  assert.match((await pesanStatus(page).textContent()) ?? '', /Status sekarang: dijawab/);
  assert.match(await baris(page, a.number).innerText(), /dijawab/, 'the list is reloaded');
  assert.match(await page.locator('#terpilih').innerText(), /\(dijawab\)/, 'the selection is reloaded');
  assert.equal(
    await page.locator('#form-status input[name="type"]:checked').getAttribute('value'),
    'selesai',
  );
  // The token is revoked: the page forgets it and goes back to its field.
  await page.route('**/api/v1/petugas/pengajuan/*/peristiwa', (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: { id: 'Token petugas tidak sah.', en: 'Not valid.' } }] }),
    }),
  );
  await page.locator('#form-status button[type="submit"]').click();
  await page.locator('#peringatan-selesai').waitFor();
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'token');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('terbuka.demo.token-petugas')), null);
  assert.equal(await page.locator('#token').inputValue(), '');
  assert.match((await page.locator('#pesan').textContent()) ?? '', /Token tidak sah lagi/);
  assert.equal(await page.locator('#bagian-ubah').isVisible(), false);
  assert.deepEqual(masalah, []);
  await page.close();
});

test("a refusal states its consequence and, on ground j, the other law: the fields named in the SDK's words; the SDK's message when one is missing; recorded", async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Rekam medis pegawai 2025', purpose: 'Riset' });
  const { page, masalah } = await bukaPetugas();
  await baris(page, a.number).getByRole('button').click();
  await page.locator('#form-status input[value="jawab"]').check();
  await page.locator('#hasil').selectOption('ditolak');
  // Labelled from the SDK (LABEL_PENOLAKAN, through /data/petugas-sdk.json), with when each is required.
  assert.match(
    await page.locator('label[for="konsekuensi"]').innerText(),
    /^Konsekuensi bila informasi dibuka \(wajib untuk penolakan/,
  );
  assert.match(
    await page.locator('label[for="uu-lain"]').innerText(),
    /^Undang-undang lain yang melarang dibuka \(wajib dengan dasar huruf j/,
  );
  await page.locator('#dasar-tolak input[value="h"]').check();
  await page.locator('#dasar-tolak input[value="j"]').check();
  const simpan = async (pola: RegExp) => {
    await page.locator('#form-status button[type="submit"]').click();
    await page.waitForFunction(
      (p) => new RegExp(p).test(document.getElementById('pesan-status')?.textContent ?? ''),
      pola.source,
    );
    return (await pesanStatus(page).textContent()) ?? '';
  };
  // Without the consequence: the SDK's message beside the form, focused; nothing recorded.
  assert.match(
    await simpan(/konsekuensi/),
    /^Penolakan wajib menyebut konsekuensi .*\(Perki 1\/2021 Pasal 49\)\.$/,
  );
  assert.equal(await fokus(page), 'pesan-status');
  const konsekuensi = 'Membuka rekam medis mengungkap rahasia pribadi pegawai.';
  await page.locator('#konsekuensi').fill(konsekuensi);
  // Ground j without the other law.
  assert.match(
    await simpan(/huruf j/),
    /^Alasan Pasal 17 huruf j wajib menyebut undang-undang .*\(UU KIP Pasal 17 huruf j\)\.$/,
  );
  assert.deepEqual(await pelanggaran(page), [], 'axe: the refusal refused');
  await page.locator('#uu-lain').fill('UU 17/2023 tentang Kesehatan');
  await simpan(/sekarang: dijawab/);
  const r = (await (await petugas(`/pengajuan/${await idDari(a.number)}`)).json()) as {
    history: { events: { type: string; grounds?: string[]; consequence?: string; otherLaw?: string }[] };
  };
  const e = r.history.events.at(-1)!;
  assert.deepEqual(
    [e.type, e.grounds, e.consequence, e.otherLaw],
    ['jawab', ['h', 'j'], konsekuensi, 'UU 17/2023 tentang Kesehatan'],
  );
  assert.deepEqual(masalah, []);
  await page.close();
});

test('two tabs on one request: the stale one sends the revision it read, gets 409 status.changed, says so in id and en, reloads the record and keeps what was typed', async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Rekap aduan warga 2025', purpose: 'Riset' });
  const satu = await bukaPetugas(1280);
  const dua = await bukaPetugas(1280);
  for (const { page } of [satu, dua]) await baris(page, a.number).getByRole('button').click();
  // Tab two answers it.
  await dua.page.locator('#form-status input[value="jawab"]').check();
  await dua.page.locator('#hasil').selectOption('dikabulkan');
  await dua.page.locator('#form-status button[type="submit"]').click();
  await dua.page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: dijawab`),
    a.number,
  );
  // Tab one, still showing "diterima", extends it with a written reason.
  const { page, masalah } = satu;
  const kirimPeristiwa: unknown[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/peristiwa')) kirimPeristiwa.push(r.postDataJSON());
  });
  const alasan = 'Dokumen tersebar di tiga bidang; perlu dihimpun.';
  await page.locator('#form-status input[value="perpanjang"]').check();
  await page.locator('#alasan').fill(alasan);
  const jawaban = page.waitForResponse((r) => r.url().endsWith('/peristiwa'));
  await page.locator('#form-status button[type="submit"]').click();
  const r = await jawaban;
  assert.equal(r.status(), 409);
  assert.equal(((await r.json()) as { errors: { code: string }[] }).errors[0]!.code, 'status.changed');
  assert.deepEqual(kirimPeristiwa, [{ type: 'perpanjang', reason: alasan, revision: 1 }]);
  await page.waitForFunction(() =>
    /tab\/perangkat lain/.test(document.getElementById('pesan-status')?.textContent ?? ''),
  );
  assert.equal(
    await pesanStatus(page).textContent(),
    'Permohonan ini sudah diubah di tab/perangkat lain; data terbaru dimuat ulang. Status sekarang: dijawab. Isian Anda tetap ada: periksa, lalu simpan lagi bila masih perlu.',
  );
  assert.equal(await fokus(page), 'pesan-status');
  // The fresh record: the list, the selection and the events its status allows now.
  assert.match(await baris(page, a.number).innerText(), /dijawab/);
  assert.match(await page.locator('#terpilih').innerText(), /\(dijawab\)/);
  assert.equal(
    await page.locator('#form-status input[name="type"]:checked').getAttribute('value'),
    'selesai',
    'the extension is no longer allowed: the first event allowed is chosen',
  );
  await page.locator('#rincian dd', { hasText: 'Rekap aduan warga 2025' }).waitFor();
  // Nothing typed is lost.
  assert.equal(await page.locator('#alasan').inputValue(), alasan);
  assert.deepEqual(await pelanggaran(page), [], 'axe: the reloaded record');
  // Only tab two's answer was recorded.
  const rekaman = (await (await petugas(`/pengajuan/${await idDari(a.number)}`)).json()) as {
    revision: number;
    history: { events: { type: string }[] };
  };
  assert.deepEqual(
    rekaman.history.events.map((e) => e.type),
    ['diterima', 'jawab'],
  );
  // Saved again from the fresh record: the revision now read, accepted.
  await page.locator('#form-status button[type="submit"]').click();
  await page.locator('#peringatan-selesai').waitFor();
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: selesai`),
    a.number,
  );
  assert.deepEqual(kirimPeristiwa.at(-1), { type: 'selesai', revision: 2 });
  assert.deepEqual(masalah, []);
  assert.deepEqual(dua.masalah, []);
  await page.close();
  await dua.page.close();
  // In English (?lang=en): the same message in the page's language.
  const b = await kirim({ requester: PEMOHON, information: 'Data irigasi desa', purpose: 'Riset' });
  const en = await bukaPetugas(1280, '/petugas.html?lang=en');
  await baris(en.page, b.number).getByRole('button').click();
  const lain = await petugas(`/pengajuan/${await idDari(b.number)}/peristiwa`, {
    method: 'POST',
    body: JSON.stringify({ type: 'proses' }),
  });
  assert.equal(lain.status, 200);
  await en.page.locator('#form-status button[type="submit"]').click();
  await en.page.waitForFunction(() =>
    /another tab or device/.test(document.getElementById('pesan-status')?.textContent ?? ''),
  );
  assert.equal(
    await pesanStatus(en.page).textContent(),
    'This request has been changed in another tab or device; the latest data has been reloaded. Its status now: in process. What you entered is kept: check it, then save again if still needed.',
  );
  assert.match(await en.page.locator('#terpilih').innerText(), /\(in process\)/);
  assert.deepEqual(en.masalah, []);
  await en.page.close();
});

test("an objection: only processing and the Atasan PPID's decision are offered; the decision needs its reasons and is recorded on its request too", async () => {
  const a = await kirim({ requester: PEMOHON, information: 'Daftar gaji pejabat', purpose: 'Riset' });
  const jawab = await petugas(`/pengajuan/${await idDari(a.number)}/peristiwa`, {
    method: 'POST',
    body: JSON.stringify({
      type: 'jawab',
      outcome: 'ditolak',
      grounds: ['h'],
      consequence: 'Membuka gaji per pejabat mengungkap data pribadinya.',
    }),
  });
  assert.equal(jawab.status, 200);
  const k = await fetch(`${demo.url}/api/v1/keberatan?agency=diskominfo-sukamaju`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': 'uji-petugas-keberatan-1',
      Origin: demo.url,
    },
    body: JSON.stringify({
      format: 'terbuka-keberatan',
      version: 1,
      requestNumber: a.number,
      requester: PEMOHON,
      purpose: 'Riset',
      grounds: ['a'],
      caseSummary: 'Ditolak tanpa uji konsekuensi.',
    }),
  });
  assert.equal(k.status, 201, await k.clone().text());
  const keb = (await k.json()) as { number: string; requestLink: { linked: boolean } };
  assert.equal(keb.requestLink.linked, true);
  const { page, masalah } = await bukaPetugas();
  await baris(page, keb.number).getByRole('button').click();
  const tampak = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('#form-status input[name="type"]')]
        .filter((i) => !i.disabled && i.checkVisibility())
        .map((i) => i.value),
    );
  assert.deepEqual(await tampak(), ['proses', 'putusan-keberatan'], 'no `jawab` on an objection');
  await page.locator('#form-status input[value="putusan-keberatan"]').check();
  assert.equal(await page.locator('#alasan-putusan').isVisible(), true);
  assert.equal(await page.locator('#hasil').isVisible(), false, "the request's outcomes are hidden");
  // The options in the SDK's words.
  assert.deepEqual(
    (await page.locator('#putusan option').allInnerTexts()).map((t) => t.trim()),
    ['Keberatan dikabulkan Atasan PPID', 'Keberatan ditolak Atasan PPID'],
  );
  assert.deepEqual(await pelanggaran(page), [], 'axe: the decision form');
  // Without its reasons: the SDK's message beside the form, focused; nothing recorded.
  await page.locator('#pemutus').fill('Sekretaris Daerah selaku Atasan PPID');
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'pesan-status');
  assert.match((await pesanStatus(page).textContent()) ?? '', /wajib disertai alasan tertulis/);
  assert.doesNotMatch((await pesanStatus(page).textContent()) ?? '', /tab\/perangkat lain/);
  assert.deepEqual(await pelanggaran(page), [], 'axe: the decision refused');
  await page.locator('#putusan').selectOption('ditolak');
  await page
    .locator('#alasan-putusan')
    .fill('Gaji pejabat per orang adalah data pribadi (Pasal 17 huruf h).');
  await page.locator('#form-status button[type="submit"]').click();
  await page.waitForFunction(
    (n) => document.getElementById('pesan-status')?.textContent?.includes(`${n} sekarang: dijawab`),
    keb.number,
  );
  assert.deepEqual(await tampak(), ['selesai']);
  assert.match(await baris(page, keb.number).innerText(), /\(pengajuan sengketa pemohon\)/);
  const rk = (await (await petugas(`/pengajuan/${await idDari(keb.number)}`)).json()) as {
    history: { events: { type: string; decision?: string; reason?: string; decidedBy?: string }[] };
  };
  const e = rk.history.events.at(-1)!;
  assert.deepEqual(
    [e.type, e.decision, e.decidedBy],
    ['putusan-keberatan', 'ditolak', 'Sekretaris Daerah selaku Atasan PPID'],
  );
  // Its request: closed by the decision, so it leaves the list of open cases.
  const rp = (await (await petugas(`/pengajuan/${await idDari(a.number)}`)).json()) as { status: string };
  assert.equal(rp.status, 'selesai');
  const nomorDaftar = (await page.locator('#daftar .nomor').allInnerTexts()).map((t) => t.trim());
  assert.ok(nomorDaftar.includes(keb.number) && !nomorDaftar.includes(a.number), nomorDaftar.join(' '));
  assert.deepEqual(masalah, []);
  await page.close();
});
