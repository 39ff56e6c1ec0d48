/// <reference lib="dom" />
// The published report in Chromium, served from 127.0.0.1 with a strict CSP: every page passes axe, the
// leaderboard is complete and filterable without JavaScript, sorts with it, and data shows as text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium.mjs';
import { NAMA_JAHAT, terbitContoh } from './contoh.test.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'";
const JENIS_MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.sig': 'application/json',
};
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Server;
let url: string;
let peramban: Browser;

before(async () => {
  const { keluar } = await terbitContoh();
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const berkas = join(keluar, path.endsWith('/') ? `${path}index.html` : path);
    readFile(berkas).then(
      (isi) => {
        res.writeHead(200, {
          'content-type': JENIS_MIME[extname(berkas)] ?? 'application/octet-stream',
          'content-security-policy': CSP,
        });
        res.end(isi);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  peramban = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await peramban?.close();
  await new Promise((ok) => server?.close(ok));
});

async function buka(
  path: string,
  javaScriptEnabled = true,
  lebar = 1280,
): Promise<{ page: Page; masalah: string[]; tutup: () => Promise<void> }> {
  const konteks = await peramban.newContext({ javaScriptEnabled, viewport: { width: lebar, height: 800 } });
  const page = await konteks.newPage();
  const masalah: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') masalah.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => masalah.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    masalah.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) masalah.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${url}${path}`, { waitUntil: 'load' });
  return { page, masalah, tutup: () => konteks.close() };
}

const namaBaris = (page: Page): Promise<string[]> =>
  page.$$eval('table[data-urut] tbody th', (th) => th.map((t) => t.textContent?.trim() ?? ''));

/** axe's violations on the page, one line each (DevTools evaluation is not subject to the page's CSP). */
async function pelanggaranAxe(page: Page): Promise<string[]> {
  await page.evaluate(axe);
  const hasil = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run(),
  );
  return hasil.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

test('every report page passes axe (no violations) and loads under the CSP with no error, on a desktop and a 360 px phone (evidence pages at 320 px too)', async () => {
  const halaman: readonly (readonly [string, number])[] = [
    ...[
      '/index.html',
      '/jenis-desa.html',
      '/jenis-kelurahan.html',
      '/metode.html',
      '/agensi/dinkes.html',
      '/agensi/bappeda.html',
      '/agensi/desa-mulya.html',
      '/agensi/kec-barat.html',
      '/agensi/kel-mekar.html',
      '/agensi/dinas-tertutup.html',
      '/en/index.html',
      '/en/jenis-desa.html',
      '/en/metode.html',
      '/en/agensi/dinkes.html',
      '/en/agensi/kec-barat.html',
      '/en/agensi/dinas-tertutup.html',
    ].map((p) => [p, 1280] as const),
    // On a phone the wide tables scroll sideways: their boxes must take the keyboard's focus.
    ...['/index.html', '/metode.html', '/agensi/dinkes.html', '/en/index.html'].map((p) => [p, 360] as const),
    // An evidence page's tables are blocks there, one per row.
    ...['/agensi/bappeda.html', '/en/agensi/bappeda.html', '/agensi/dinas-tertutup.html'].map(
      (p) => [p, 320] as const,
    ),
  ];
  for (const [path, lebar] of halaman) {
    const { page, masalah, tutup } = await buka(path, true, lebar);
    try {
      assert.deepEqual(await pelanggaranAxe(page), [], `${path} at ${lebar} px`);
      assert.deepEqual(masalah, [], path);
      assert.equal(await page.getAttribute('html', 'lang'), path.startsWith('/en/') ? 'en' : 'id');
    } finally {
      await tutup();
    }
  }
});

test('without JavaScript the leaderboard is complete, ranked, and the kind filters are links that work', async () => {
  const { page, masalah, tutup } = await buka('/index.html', false);
  try {
    assert.deepEqual(await namaBaris(page), [
      'Dinas Kesehatan',
      'Kelurahan Mekar',
      'Kecamatan Barat',
      'Badan Perencanaan Pembangunan Daerah',
      NAMA_JAHAT,
      'Desa Asri',
      'Dinas Tertutup',
    ]);
    assert.equal(await page.$$eval('button.urut', (b) => b.length), 0, 'no script, no sort buttons');
    await page.getByRole('link', { name: 'Desa (2)' }).click();
    await page.waitForURL(/jenis-desa\.html$/);
    assert.deepEqual(await namaBaris(page), [NAMA_JAHAT, 'Desa Asri']);
    assert.equal(await page.getAttribute('.saring a[aria-current="page"]', 'href'), 'jenis-desa.html');
    // The hostile name is text: shown verbatim, and no script element came from it.
    assert.equal(await page.$$eval('script', (s) => s.length), 1);
    await page.getByRole('link', { name: NAMA_JAHAT }).click();
    await page.waitForURL(/agensi\/desa-mulya\.html$/);
    assert.equal(await page.textContent('h1'), NAMA_JAHAT);
    assert.deepEqual(masalah, []);
  } finally {
    await tutup();
  }
});

test('with JavaScript the column headers sort the table both ways and say so (aria-sort)', async () => {
  const { page, masalah, tutup } = await buka('/index.html');
  try {
    const skor = page.getByRole('button', { name: 'Skor' });
    await skor.click();
    assert.equal(await page.getAttribute('th:has(button:text-is("Skor"))', 'aria-sort'), 'ascending');
    assert.deepEqual((await namaBaris(page)).slice(0, 2), ['Desa Asri', NAMA_JAHAT]);
    // Without a score, last in either direction.
    assert.equal((await namaBaris(page)).at(-1), 'Dinas Tertutup');
    await skor.click();
    assert.equal(await page.getAttribute('th:has(button:text-is("Skor"))', 'aria-sort'), 'descending');
    assert.equal((await namaBaris(page))[0], 'Dinas Kesehatan');
    await page.getByRole('button', { name: 'Badan publik' }).click();
    const nama = await namaBaris(page);
    assert.deepEqual(
      nama,
      [...nama].sort((a, b) => a.localeCompare(b, 'id')),
    );
    assert.equal(nama.length, 7);
    assert.equal(await page.$$eval('th[aria-sort]', (t) => t.length), 1);
    assert.match((await page.textContent('[data-status-urut]')) ?? '', /Badan publik, naik/);
    // Unknown "last update" stays last in both directions.
    const pembaruan = page.getByRole('button', { name: 'Hari sejak pembaruan situs' });
    await pembaruan.click();
    assert.equal((await namaBaris(page)).at(-1), 'Kecamatan Barat');
    await pembaruan.click();
    assert.equal((await namaBaris(page)).at(-1), 'Kecamatan Barat');
    assert.deepEqual(masalah, []);
  } finally {
    await tutup();
  }
});

test('the evidence page: contributions with reasons, missing items, channels, history sparkline with text', async () => {
  const { page, masalah, tutup } = await buka('/agensi/dinkes.html', false);
  try {
    const teks = (await page.textContent('main'))?.replace(/\s+/g, ' ') ?? '';
    assert.match(teks, /7 dari 11 item wajib berkala tersedia\./);
    assert.match(teks, /LHKPN pejabat/);
    assert.match(teks, /YouTube: https:\/\/www\.youtube\.com\/@contoh — keaktifannya dipantau/);
    assert.match(teks, /Instagram: .* akun resmi terverifikasi/);
    assert.match(teks, /HTTP 404: tidak ditemukan\./);
    const judul = await page.textContent('svg.kilas title');
    assert.match(judul ?? '', /3 pemindaian, dari 70,1 .* menjadi 91,2/);
    assert.equal(
      await page.$$eval('svg.kilas polyline', (p) => p[0]?.getAttribute('points')?.split(' ').length),
      3,
    );
    assert.equal(await page.$$eval('#judul-riwayat ~ .gulir tbody tr', (r) => r.length), 3);
    assert.deepEqual(masalah, []);
  } finally {
    await tutup();
  }
});

test('the language switch leads to the same page in the other language, and the English table sorts in English', async () => {
  const { page, masalah, tutup } = await buka('/agensi/dinkes.html');
  try {
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/agensi\/dinkes\.html$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), 'Dinas Kesehatan');
    await page.getByRole('link', { name: 'Ranking' }).first().click();
    await page.waitForURL(/\/en\/index\.html$/);
    const skor = page.getByRole('button', { name: 'Score' });
    await skor.click();
    assert.deepEqual((await namaBaris(page)).slice(0, 2), ['Desa Asri', NAMA_JAHAT]);
    assert.equal(await page.textContent('[data-status-urut]'), 'Sorted by Score, ascending.');
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/index\.html$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'id');
    assert.deepEqual(masalah, []);
  } finally {
    await tutup();
  }
});

/**
 * Text at twice its size, as a browser's text-only zoom makes it (the boxes and the viewport stay): every
 * element's font size doubled from what it was (the report's sizes are in px, so a larger default font alone
 * would change nothing). Through the CSSOM, which the page's CSP allows. SVG text scales with its drawing.
 */
async function teksDuaKali(page: Page): Promise<void> {
  const h1 = await page.$eval('h1', (e) => parseFloat(getComputedStyle(e).fontSize));
  await page.evaluate(() => {
    const semua = [...document.querySelectorAll<HTMLElement>('body, body *')].filter(
      (e) => !e.closest('svg'),
    );
    const ukuran = semua.map((e) => parseFloat(getComputedStyle(e).fontSize));
    semua.forEach((e, i) => e.style.setProperty('font-size', `${ukuran[i]! * 2}px`, 'important'));
  });
  assert.equal(await page.$eval('h1', (e) => parseFloat(getComputedStyle(e).fontSize)), h1 * 2);
}

/** Where a page or one of its table boxes is wider than its view: scrollWidth against clientWidth. */
const lebihLebar = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.gulir')]
      .filter((e) => e.scrollWidth > e.clientWidth)
      .map(
        (e) => `${e.tagName} ${e.getAttribute('aria-labelledby') ?? ''}: ${e.scrollWidth} > ${e.clientWidth}`,
      ),
  );

test('on a 320 and a 360 px phone, also with the text at 200%, no evidence page scrolls sideways, in either language; its score breakdown is a block per component with the reason across the card', async () => {
  const agensi = ['dinkes', 'bappeda', 'kec-barat', 'kel-mekar', 'desa-mulya', 'desa-asri', 'dinas-tertutup'];
  const halaman = agensi.flatMap((a) => [`/agensi/${a}.html`, `/en/agensi/${a}.html`]);
  for (const [lebar, dua] of [
    [320, false],
    [320, true],
    [360, true],
  ] as const) {
    // One phone per size, going from page to page.
    const { page, masalah, tutup } = await buka(halaman[0]!, false, lebar);
    try {
      for (const path of halaman) {
        await page.goto(`${url}${path}`, { waitUntil: 'load' });
        if (dua) await teksDuaKali(page);
        const di = `${path} at ${lebar} px${dua ? ', text 200%' : ''}`;
        assert.deepEqual(await lebihLebar(page), [], di);
        if (await page.$('#tabel-sumbangan')) {
          // Each reason takes the whole width of its table, not a narrow column beside the numbers.
          const [tabel, ...alasan] = await page.$$eval(
            'table[aria-labelledby="tabel-sumbangan"], table[aria-labelledby="tabel-sumbangan"] tbody td:last-child',
            (e) => e.map((x) => x.getBoundingClientRect().width),
          );
          assert.ok(alasan.length >= 2, di);
          for (const w of alasan)
            assert.ok(w >= tabel! - 2, `${di}: a reason ${w} px wide in a ${tabel} px table`);
          // The column names the narrow layout shows before each cell.
          assert.equal(
            await page.$eval(
              'table[aria-labelledby="tabel-sumbangan"] .label-sempit',
              (e) => getComputedStyle(e).display,
            ),
            'inline',
          );
        }
      }
      assert.deepEqual(masalah, [], `at ${lebar} px`);
    } finally {
      await tutup();
    }
  }
});

test('on a desktop the score breakdown is a table (the column names before its cells hidden), and at 320 px it is still a table to assistive technology', async () => {
  const { page, masalah, tutup } = await buka('/agensi/bappeda.html', false);
  try {
    assert.equal(await page.$eval('table.tumpuk', (e) => getComputedStyle(e).display), 'table');
    assert.equal(await page.$eval('table.tumpuk td', (e) => getComputedStyle(e).display), 'table-cell');
    assert.deepEqual(
      await page.$$eval('.label-sempit', (e) => [...new Set(e.map((x) => getComputedStyle(x).display))]),
      ['none'],
    );
    assert.deepEqual(masalah, []);
  } finally {
    await tutup();
  }
  const sempit = await buka('/en/agensi/bappeda.html', false, 320);
  try {
    const tabel = sempit.page.getByRole('table', { name: 'What each component contributes, and why' });
    assert.equal(await tabel.evaluate((e) => getComputedStyle(e).display), 'block');
    const pohon = await tabel.ariaSnapshot();
    assert.match(pohon, /- columnheader "Points"\n/);
    // The column name shown before a cell is not read a second time: the cell is its value.
    assert.match(
      pohon,
      /rowheader "Coverage of mandatory periodic items [^\n]*\n\s+- cell "22\.9 of 28"\n\s+- '?cell "9 of 11 mandatory/,
    );
    assert.match(pohon, /- rowheader "Total"\n\s+- cell "61\.8 of 100"\n\s+- cell "Fairly Informative"/);
  } finally {
    await sempit.tutup();
  }
});
