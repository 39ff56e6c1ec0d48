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
/** Every page of the report, both languages ('/index.html', '/en/agensi/dinkes.html', …). */
let semuaHalaman: string[];

before(async () => {
  const { keluar, files } = await terbitContoh();
  semuaHalaman = files.filter((f) => f.endsWith('.html')).map((f) => `/${f}`);
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
  hurufBawaan?: number,
): Promise<{ page: Page; masalah: string[]; tutup: () => Promise<void> }> {
  const konteks = await peramban.newContext({ javaScriptEnabled, viewport: { width: lebar, height: 800 } });
  const page = await konteks.newPage();
  // The browser's default font size, as a reader sets it in the browser's settings (Chromium's own
  // setting, through DevTools): what rem and em, media queries included, are relative to. The page and its
  // CSP are untouched.
  if (hurufBawaan)
    await (
      await konteks.newCDPSession(page)
    ).send('Page.setFontSizes', {
      fontSizes: { standard: hurufBawaan },
    });
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

test('every report page passes axe (no violations) and loads under the CSP with no error, on a desktop and a 360 px phone (the leaderboard, the method and evidence pages at 320 px too)', async () => {
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
    ...['/index.html', '/metode.html', '/agensi/dinkes.html', '/en/index.html'].map((p) => [p, 360] as const),
    // On a phone every table is a block per row; the leaderboard's sort buttons a bar above its rows.
    ...[
      '/index.html',
      '/en/index.html',
      '/jenis-desa.html',
      '/metode.html',
      '/en/metode.html',
      '/agensi/bappeda.html',
      '/en/agensi/bappeda.html',
      '/agensi/dinas-tertutup.html',
    ].map((p) => [p, 320] as const),
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

test("on a 320 and a 360 px phone, also with the text at 200%, no page of the report scrolls sideways, in either language (the leaderboard with its sort buttons shown); an evidence page's score breakdown is a block per component with the reason across the card", async () => {
  assert.ok(semuaHalaman.length >= 26, semuaHalaman.join());
  for (const [lebar, dua] of [
    [320, false],
    [320, true],
    [360, true],
  ] as const) {
    // One phone per size, going from page to page.
    const { page, masalah, tutup } = await buka(semuaHalaman[0]!, true, lebar);
    try {
      for (const path of semuaHalaman) {
        await page.goto(`${url}${path}`, { waitUntil: 'load' });
        if (dua) await teksDuaKali(page);
        const di = `${path} at ${lebar} px${dua ? ', text 200%' : ''}`;
        assert.deepEqual(await lebihLebar(page), [], di);
        if (await page.$('#tabel-peringkat')) await barisPeringkatSempit(page, di, dua);
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

/**
 * A leaderboard row on a phone: the rank on the line of the agency's name (its link), the score below
 * them with its band beside it (or under it when the two do not fit one line), then the date of the scan;
 * every cell inside the card. The header row is a bar of sort buttons in view (the script ran). `dua`: the
 * text is at 200%.
 */
type Kotak = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;

async function barisPeringkatSempit(page: Page, di: string, dua: boolean): Promise<void> {
  // Boxes as plain objects (DOMRect.toJSON); no named helper inside the page function (the test's
  // transpiler would wrap it in a helper the page does not have).
  const baris = await page.$$eval('table[aria-labelledby="tabel-peringkat"] tbody tr', (tr) =>
    tr.map((r) => {
      const c = [...r.children];
      return {
        nama: r.querySelector('th')?.textContent?.trim() ?? '',
        baris: r.getBoundingClientRect().toJSON() as Kotak,
        sel: c.map((e) => e.getBoundingClientRect().toJSON() as Kotak),
        // The first line of the name: where its link starts.
        nama1: r.querySelector('th a')!.getClientRects()[0]!.toJSON() as Kotak,
        band: c[3]!.querySelector('.band')!.getBoundingClientRect().toJSON() as Kotak,
        labelSkor: getComputedStyle(c[2]!.querySelector('.label-sempit')!).display,
        labelPeringkat: c[0]!.querySelectorAll('.label-sempit').length,
        tampil: c.map((e) => getComputedStyle(e).display),
      };
    }),
  );
  assert.ok(baris.length >= 1, di);
  for (const r of baris) {
    const d = `${di}, ${r.nama}`;
    const [peringkat, kepala, skor, , tanggal] = r.sel as [Kotak, Kotak, Kotak, Kotak, Kotak];
    assert.deepEqual(r.tampil.slice(0, 5), ['block', 'flow-root', 'block', 'block', 'block'], d);
    // The rank, then the name on the same line; under it only when a word of the name does not fit
    // beside it (at 200% text), never overlapping.
    if (Math.abs(peringkat.top - kepala.top) < 1)
      assert.ok(peringkat.right <= r.nama1.left, `${d}: the rank before the name`);
    else assert.ok(dua && kepala.top >= peringkat.bottom - 1, `${d}: rank and name on one line`);
    assert.equal(r.labelPeringkat, 0, d);
    // The score under the name, its band beside it or under it, then the date.
    assert.ok(skor.top >= kepala.bottom - 1, `${d}: the score under the name`);
    assert.equal(r.labelSkor, 'inline', d);
    assert.ok(r.band.top >= kepala.bottom - 1 && r.band.bottom <= tanggal.top + 1, `${d}: the band`);
    assert.ok(tanggal.top >= skor.bottom - 1, `${d}: the date under the score`);
    for (const k of [peringkat, kepala, skor, r.band, tanggal])
      assert.ok(k.left >= r.baris.left - 0.5 && k.right <= r.baris.right + 0.5, `${d}: inside the card`);
  }
  // The sort buttons: in view (inside their header row, which is not clipped), each inside the table's width.
  const tombol = await page.$$eval('table[aria-labelledby="tabel-peringkat"] button.urut', (b) => {
    const t = b[0]!.closest('table')!.getBoundingClientRect();
    const h = b[0]!.closest('thead')!.getBoundingClientRect();
    return b.map((x) => {
      const k = x.getBoundingClientRect();
      return (
        k.width > 0 &&
        k.height > 0 &&
        k.left >= t.left - 0.5 &&
        k.right <= t.right + 0.5 &&
        k.top >= h.top - 0.5 &&
        k.bottom <= h.bottom + 0.5
      );
    });
  });
  assert.deepEqual(tombol, Array(8).fill(true), di);
}

test('between 48em and 64em no leaderboard scrolls sideways, in either language, also at twice the default font size: a block per row up to 60em, a table above it (its column names wrapping), axe-clean both ways', async () => {
  const peringkat = semuaHalaman.filter((p) => /^\/(?:en\/)?(?:index|jenis-[a-z]+)\.html$/.test(p));
  assert.ok(peringkat.length >= 10 && peringkat.includes('/en/jenis-opd.html'), peringkat.join());
  // Widths in px at a default font size of 16 px (60em = 960 px) or 32 px (60em = 1920 px).
  for (const [lebar, huruf] of [
    [800, 16],
    [900, 16],
    [960, 16],
    [961, 16],
    [1000, 16],
    [1800, 32],
    [1921, 32],
  ] as const) {
    const { page, masalah, tutup } = await buka(peringkat[0]!, true, lebar, huruf === 16 ? undefined : huruf);
    try {
      const blok = lebar / huruf <= 60;
      for (const path of peringkat) {
        await page.goto(`${url}${path}`, { waitUntil: 'load' });
        const di = `${path} at ${lebar} px, default font size ${huruf} px`;
        assert.equal(
          await page.$eval('table.tumpuk.lebar', (e) => getComputedStyle(e).display),
          blok ? 'block' : 'table',
          di,
        );
        assert.deepEqual(await lebihLebar(page), [], di);
        if (blok) await barisPeringkatSempit(page, di, false);
        if (/\/index\.html$/.test(path)) {
          assert.deepEqual(await pelanggaranAxe(page), [], di);
          // Just above the breakpoint, where the table is narrowest: a name with a long word still fits.
          if (!blok) {
            await page.$eval('a[href="agensi/dinkes.html"]', (a) => {
              a.textContent = 'Dinas Ketenagakerjaan dan Transmigrasi';
            });
            assert.deepEqual(await lebihLebar(page), [], `${di}, a long word`);
          }
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

test('on a phone the leaderboard stays a table to assistive technology; without JavaScript its header row is hidden from view, with it the header row is a bar of sort buttons that sort as on a desktop', async () => {
  const tanpa = await buka('/index.html', false, 320);
  try {
    const tabel = tanpa.page.getByRole('table', { name: /Peringkat keterbukaan informasi/ });
    assert.equal(await tabel.evaluate((e) => getComputedStyle(e).display), 'block');
    const pohon = await tabel.ariaSnapshot();
    assert.match(
      pohon,
      /- columnheader "Peringkat"\n\s+- columnheader "Badan publik"\n\s+- columnheader "Skor"/,
    );
    // A row: its rank, its name, then each cell's value (the column name shown before it is not read).
    assert.match(
      pohon,
      /- row "1 Dinas Kesehatan 91,2 Informatif [^"]*":\n\s+- cell "1"\n\s+- rowheader "Dinas Kesehatan":\n\s+- link "Dinas Kesehatan":\n\s+- \/url: agensi\/dinkes\.html\n\s+- cell "91,2"\n\s+- cell "Informatif"\n\s+- cell "27 Nov 2026":\n\s+- time: 27 Nov 2026\n\s+- cell "OPD"/,
    );
    const kepala = await tanpa.page.$eval(
      '#tabel-peringkat ~ thead',
      (e) => e.getBoundingClientRect().height,
    );
    assert.ok(kepala <= 1, `the header row is ${kepala} px high`);
    assert.deepEqual(tanpa.masalah, []);
  } finally {
    await tanpa.tutup();
  }
  const dengan = await buka('/index.html', true, 320);
  try {
    const { page } = dengan;
    const skor = page.getByRole('button', { name: 'Skor' });
    assert.ok(await skor.isVisible());
    await skor.click();
    assert.deepEqual((await namaBaris(page)).slice(0, 2), ['Desa Asri', NAMA_JAHAT]);
    assert.equal(await page.getAttribute('th:has(button:text-is("Skor"))', 'aria-sort'), 'ascending');
    // The focused button is in view, with its outline.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skor');
    assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'solid');
    // A name with a word wider than the card at 200% text ("Ketenagakerjaan" is ~270 px in 32 px bold,
    // the card ~226 px): the word breaks, the name stays beside its rank, nothing overflows.
    await page.$eval('a[href="agensi/dinkes.html"]', (a) => {
      a.textContent = 'Dinas Ketenagakerjaan dan Transmigrasi';
    });
    await teksDuaKali(page);
    assert.deepEqual(await lebihLebar(page), []);
    await barisPeringkatSempit(page, 'a long word at 320 px, text 200%', true);
    const [peringkat, nama] = await page.$$eval('tr:has(a[href="agensi/dinkes.html"]) > *', (c) =>
      c.slice(0, 2).map((e) => e.getBoundingClientRect().top),
    );
    assert.equal(peringkat, nama);
    assert.deepEqual(dengan.masalah, []);
  } finally {
    await dengan.tutup();
  }
});

/** The font sizes of some of a page's text, in px. */
const ukuranHuruf = (page: Page): Promise<number[]> =>
  page.evaluate(() =>
    ['body', 'main p', 'h1', '.kecil', 'table', '.band', '.kaki'].map((s) =>
      parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
    ),
  );

test('with the browser’s default font size at 24 px the report’s text grows with it (its sizes are rem/em), and no page scrolls sideways on a 320 px phone; the narrow layout then begins at 1152 px (48em)', async () => {
  const biasa = await buka('/index.html', false, 320);
  const ukuran = await ukuranHuruf(biasa.page);
  await biasa.tutup();
  assert.deepEqual(ukuran.slice(0, 2), [16, 16]);
  for (const lebar of [320]) {
    const { page, masalah, tutup } = await buka('/index.html', true, lebar, 24);
    try {
      assert.deepEqual(
        await ukuranHuruf(page),
        ukuran.map((u) => u * 1.5),
        'every text half again as large',
      );
      for (const path of semuaHalaman) {
        await page.goto(`${url}${path}`, { waitUntil: 'load' });
        const di = `${path} at ${lebar} px, default font size 24 px`;
        assert.equal(await page.$eval('body', (e) => getComputedStyle(e).fontSize), '24px', di);
        assert.deepEqual(await lebihLebar(page), [], di);
        if (await page.$('#tabel-peringkat')) await barisPeringkatSempit(page, di, true);
      }
      assert.deepEqual(masalah, []);
    } finally {
      await tutup();
    }
  }
  // A 1024 px screen: a table at 16 px; at 24 px text it is narrow (the leaderboard's 60em = 1440 px): blocks,
  // no overflow.
  for (const [huruf, tampil] of [
    [undefined, 'table'],
    [24, 'block'],
  ] as const) {
    const { page, tutup } = await buka('/index.html', false, 1024, huruf);
    try {
      assert.equal(await page.$eval('table.tumpuk', (e) => getComputedStyle(e).display), tampil);
      assert.deepEqual(await lebihLebar(page), []);
    } finally {
      await tutup();
    }
  }
});
