/// <reference lib="dom" />
// The demo in Chromium, served by `npm start` with its CSP header: the widgets render from the script tag
// with no console error and no CSP violation, the pages fit a 360 px phone, the language switch re-renders
// the widgets, the admin page lists the problems, and the configurator's snippet round-trips.
// TERBUKA_TANGKAPAN=<folder> also saves full-page screenshots at 360 and 1280 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban, kunjungi as kunjungiDemo, mulaiDemo } from './uji-bantuan.js';
import type { Demo, Kunjungan } from './uji-bantuan.js';

let demo: Demo;
let peramban: Browser;

before(async () => {
  [demo, peramban] = await Promise.all([mulaiDemo(), bukaPeramban()]);
});

after(async () => {
  await peramban?.close();
  await demo?.tutup();
});

const kunjungi = (path: string, lebar = 1280): Promise<Kunjungan> =>
  kunjungiDemo(peramban, demo.url, path, lebar);

/** Waits until every list widget on the page (if any) has left `loading`; returns their states. */
async function tungguWidget(page: Page): Promise<string[]> {
  const pilih = 'ppid-informasi-berkala, ppid-daftar-informasi';
  await page.waitForFunction(
    (p) => {
      const el = [...document.querySelectorAll(p)];
      return el.every((e) => e.shadowRoot && !['loading', null].includes(e.getAttribute('state')));
    },
    pilih,
    { timeout: 15000 },
  );
  return page.$$eval(pilih, (el) => el.map((e) => e.getAttribute('state') ?? ''));
}

const teksWidget = (page: Page, pilih: string): Promise<string> =>
  page.$eval(pilih, (e) => e.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

test('PPID page: both widgets render from the script tag under the CSP, with no console error', async () => {
  const { page, konteks, masalah } = await kunjungi('/ppid.html');
  try {
    assert.deepEqual(await tungguWidget(page), ['ready', 'ready']);
    const entri = await page.$eval(
      'ppid-informasi-berkala',
      (e) => e.shadowRoot!.querySelectorAll('[part~="entry"]').length,
    );
    assert.ok(entri >= 10, `informasi berkala shows its entries (${entri})`);
    const tab = await page.$eval(
      'ppid-daftar-informasi',
      (e) => e.shadowRoot!.querySelectorAll('[role="tab"]').length,
    );
    assert.equal(tab, 4, 'four category tabs');
    assert.match(await teksWidget(page, 'ppid-informasi-berkala'), /Cari informasi/);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('the language switch re-renders the widgets in English and back; ?lang=en opens in English', async () => {
  const { page, konteks, masalah } = await kunjungi('/ppid.html');
  try {
    await tungguWidget(page);
    await page.click('.ganti-bahasa');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.waitForFunction(() =>
      document
        .querySelector('ppid-informasi-berkala')!
        .shadowRoot!.textContent!.includes('Search information'),
    );
    assert.match((await page.textContent('.menu-utama')) ?? '', /Home/);
    // The landmarks a screen reader lists are named in English too.
    assert.deepEqual(
      await page.$$eval('[data-en-aria-label]', (el) => el.map((e) => e.getAttribute('aria-label'))),
      ['About this demo site', 'Main menu', 'Breadcrumb', 'Sidebar'],
    );
    assert.match(page.url(), /\?lang=en$/);
    await page.click('.ganti-bahasa');
    assert.equal(await page.getAttribute('html', 'lang'), 'id');
    await page.waitForFunction(() =>
      document.querySelector('ppid-daftar-informasi')!.shadowRoot!.textContent!.includes('Cari informasi'),
    );
    assert.match((await page.textContent('.menu-utama')) ?? '', /Beranda/);
    assert.equal(await page.getAttribute('.menu-utama', 'aria-label'), 'Menu utama');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
  const en = await kunjungi('/ppid.html?lang=en');
  try {
    await tungguWidget(en.page);
    assert.match(await teksWidget(en.page, 'ppid-daftar-informasi'), /Search information/);
    assert.deepEqual(en.masalah, []);
  } finally {
    await en.konteks.close();
  }
});

test('?lang=en comes in English before any script runs (JavaScript off): <html lang>, header, menu, title', async () => {
  const konteks = await peramban.newContext({ javaScriptEnabled: false });
  try {
    const page = await konteks.newPage();
    await page.goto(`${demo.url}/ppid.html?lang=en`, { waitUntil: 'load' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.title(), /^PPID – /);
    const menu = (await page.textContent('.menu-utama')) ?? '';
    assert.match(menu, /Home\s+Profile\s+News\s+PPID\s+Services\s+Contact/);
    assert.doesNotMatch(menu, /Beranda|Layanan|Kontak/);
    assert.equal(await page.getAttribute('.menu-utama', 'aria-label'), 'Main menu');
    assert.match((await page.textContent('.slogan')) ?? '', /Official website of the Communication/);
    assert.equal(await page.getAttribute('#cari-situs', 'placeholder'), 'Search…');
    assert.equal((await page.textContent('.ganti-bahasa'))?.trim(), 'Bahasa Indonesia');
    assert.equal(await page.getAttribute('.ganti-bahasa', 'lang'), 'id');
    assert.equal(
      (await page.textContent('h1'))?.trim(),
      'Information and Documentation Management Officer (PPID)',
    );
    // The widgets are not defined without scripts; once they are, they read this lang.
    assert.equal(
      await page.$eval('ppid-daftar-informasi', (e) => e.closest('[lang]')?.getAttribute('lang')),
      'en',
    );
  } finally {
    await konteks.close();
  }
});

test('a page sent in English switches to Bahasa Indonesia with its markup back, and to English again', async () => {
  const { page, konteks, masalah } = await kunjungi('/cara-memasang.html?lang=en');
  try {
    const langkah = (): Promise<string> =>
      page.$eval('ol.langkah li', (e) => e.innerHTML.replace(/\s+/g, ' ').trim());
    assert.match(await langkah(), /^Upload every terbuka\*\.js file/);
    await page.click('.ganti-bahasa');
    assert.equal(await page.getAttribute('html', 'lang'), 'id');
    assert.match(await langkah(), /^Unggah semua berkas <code>terbuka\*\.js<\/code>/);
    assert.match((await page.textContent('.menu-utama')) ?? '', /Beranda/);
    assert.equal(await page.getAttribute('.menu-utama', 'aria-label'), 'Menu utama');
    assert.equal(await page.getAttribute('#cari-situs', 'placeholder'), 'Cari…');
    assert.match(await page.title(), /^Cara Memasang/);
    assert.doesNotMatch(page.url(), /lang=en/);
    // The links between the site's pages follow the switch (the server wrote them with ?lang=en).
    const menu = () => page.$$eval('.menu-utama a', (a) => a.map((e) => e.getAttribute('href')));
    assert.ok(
      (await menu()).every((h) => !h?.includes('lang=')),
      (await menu()).join(' '),
    );
    const laporan = () => page.$$eval('a[href^="/pemantauan/"]', (a) => a.map((e) => e.getAttribute('href')));
    assert.deepEqual(new Set(await laporan()), new Set(['/pemantauan/']));
    await page.click('.ganti-bahasa');
    assert.match(await langkah(), /^Upload every terbuka\*\.js file/);
    assert.equal(await page.getAttribute('.menu-utama', 'aria-label'), 'Main menu');
    assert.ok(
      (await menu()).every((h) => h?.startsWith('#') || h?.includes('lang=en')), // not a same-page #fragment
      (await menu()).join(' '),
    );
    assert.deepEqual(new Set(await laporan()), new Set(['/pemantauan/en/']));
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('the request forms in English link their receipt to the status page in English, and back; the status page its objection link', async () => {
  const { page, konteks } = await kunjungi('/permohonan.html?lang=en');
  try {
    const alamat = () => page.$$eval('ppid-permintaan', (el) => el.map((e) => e.getAttribute('status-url')));
    assert.deepEqual(await alamat(), ['/status.html?lang=en', '/status.html?lang=en']);
    await page.click('.ganti-bahasa');
    assert.deepEqual(await alamat(), ['/status.html', '/status.html']);
  } finally {
    await konteks.close();
  }
  // The status page's link to the objection form too.
  const status = await kunjungi('/status.html?lang=en');
  try {
    const keberatan = () => status.page.getAttribute('ppid-status-permintaan', 'objection-url');
    assert.equal(await keberatan(), '/permohonan.html?lang=en#keberatan');
    await status.page.click('.ganti-bahasa');
    assert.equal(await keberatan(), '/permohonan.html#keberatan');
  } finally {
    await status.konteks.close();
  }
});

test('admin page: periksa mode lists the CSV mistakes by row; the public view of that CSV hides them', async () => {
  const { page, konteks, masalah } = await kunjungi('/admin.html');
  try {
    const keadaan = await tungguWidget(page);
    assert.ok(
      keadaan.every((k) => k === 'ready'),
      `states: ${keadaan.join(', ')}`,
    );
    const periksa = await page.$$eval('ppid-informasi-berkala[mode="periksa"]', (el) =>
      el.map((e) => ({
        daftar: e.shadowRoot!.querySelectorAll('[part~="checklist"]').length,
        teks: e.shadowRoot!.textContent!.replace(/\s+/g, ' '),
      })),
    );
    assert.equal(periksa.length, 2);
    assert.ok(
      periksa.every((p) => p.daftar > 0),
      'both show the checklist',
    );
    assert.match(periksa[1]!.teks, /31\/06\/2026/, 'the impossible date is named');
    assert.match(periksa[1]!.teks, /javascript:/, 'the refused link is named as text');
    const publik = await teksWidget(page, 'ppid-daftar-informasi');
    assert.doesNotMatch(publik, /31\/06\/2026/);
    assert.equal(
      await page.$eval(
        'ppid-daftar-informasi',
        (e) => e.shadowRoot!.querySelectorAll('a[href^="javascript:"]').length,
      ),
      0,
    );
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('a second visit revalidates each source with its ETag (304) and no request fails', async () => {
  const { page, konteks, masalah } = await kunjungi('/admin.html');
  try {
    await tungguWidget(page);
    await page.waitForLoadState('networkidle');
    const tidakBerubah: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 304) tidakBerubah.push(new URL(r.url()).pathname);
    });
    await page.reload();
    await tungguWidget(page);
    await page.waitForLoadState('networkidle');
    // The panel and the self-assessed badge both hold a saved copy of dip.json now.
    assert.ok(tidakBerubah.includes('/data/dip.json'), tidakBerubah.join(' '));
    // A 304 left unread was reported as net::ERR_ABORTED.
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('Cara Memasang: the badge snippet, pasted alone into a page beside the files step 1 uploads, shows the badge', async () => {
  const konfigurator = await kunjungi('/cara-memasang.html');
  let kode: string;
  try {
    const { page } = konfigurator;
    await page.selectOption('select[name="elemen"]', 'ppid-badge');
    await page.fill('input[name="src"]', '');
    await page.fill('input[name="feed"]', '/pemantauan/feed.json');
    await page.fill('input[name="agency"]', 'diskominfo-sukamaju');
    kode = (await page.textContent('#hasil-konfigurator'))!;
    assert.match(
      kode,
      /^<script data-cfasync="false" data-no-optimize="1" src="\/terbuka\/terbuka-lencana\.min\.js"><\/script>\n<ppid-badge /,
    );
  } finally {
    // The configurator's own preview may be loading as it closes: only the pasted page is judged.
    await konfigurator.konteks.close();
  }
  // The admin's own page with nothing but the snippet in its footer, on the site that serves the files
  // uploaded to /terbuka/ (every terbuka*.js, no cdn/ folder), in a visit of its own.
  const diminta: string[] = [];
  const { page, konteks, masalah } = await kunjungiDemo(
    peramban,
    demo.url,
    '/tempel.html',
    1280,
    async (p) => {
      p.on('request', (r) => diminta.push(new URL(r.url()).pathname));
      await p.route(`${demo.url}/tempel.html`, (r) =>
        r.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Tempel</title></head><body><footer>${kode}</footer></body></html>`,
        }),
      );
    },
  );
  try {
    await page.waitForFunction(() => {
      const s = document.querySelector('ppid-badge')?.getAttribute('state');
      return s !== undefined && s !== null && s !== 'loading';
    });
    const { lebar, gambar } = await page.$eval('ppid-badge', (e) => ({
      lebar: e.getBoundingClientRect().width,
      gambar: e.shadowRoot?.querySelector('svg[role="img"] > title')?.textContent ?? '',
    }));
    assert.equal(lebar, 200);
    assert.match(gambar, /Keterbukaan informasi/);
    assert.ok(diminta.includes('/terbuka/terbuka-lencana.min.js'), diminta.join(' '));
    assert.ok(!diminta.some((p) => p.includes('/cdn/')), diminta.join(' '));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('every page fits a 320 px phone with no horizontal scroll and no console error', async () => {
  const folder = process.env['TERBUKA_TANGKAPAN'];
  if (folder) mkdirSync(folder, { recursive: true });
  for (const path of demo.halaman) {
    // 320 px: the narrowest common phone, and WCAG's reflow width.
    for (const lebar of [320, 1280]) {
      const { page, konteks, masalah } = await kunjungi(path, lebar);
      try {
        await tungguWidget(page);
        await page.waitForLoadState('networkidle');
        const lebarHalaman = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(lebarHalaman <= lebar, `${path} at ${lebar}px is ${lebarHalaman}px wide`);
        assert.deepEqual(masalah, [], path);
        if (folder) {
          const nama = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'index';
          await page.screenshot({ path: join(folder, `${nama}-${lebar}.png`), fullPage: true });
        }
      } finally {
        await konteks.close();
      }
    }
  }
});

test('Cara Memasang: a form the browser restored (another element chosen) gets its own preview at load', async () => {
  const { page, konteks, masalah } = await kunjungiDemo(
    peramban,
    demo.url,
    '/cara-memasang.html',
    1280,
    async (p) => {
      // As after Back or a reload: the browser puts the chosen option back before the scripts run.
      await p.route(`${demo.url}/cara-memasang.html`, async (r) => {
        const jawab = await r.fetch();
        const body = (await jawab.text()).replace(
          '<option value="ppid-badge">',
          '<option value="ppid-badge" selected>',
        );
        await r.fulfill({ response: jawab, body });
      });
    },
  );
  try {
    assert.match(
      (await page.textContent('#hasil-konfigurator'))!,
      /\n<ppid-badge src="\/data\/dip\.json"><\/ppid-badge>$/,
    );
    await page.waitForFunction(
      () => document.querySelector('#pratinjau ppid-badge')?.getAttribute('state') === 'ready',
    );
    assert.deepEqual(await page.$$eval('#pratinjau > *', (el) => el.map((e) => e.localName)), ['ppid-badge']);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('Cara Memasang: the configurator writes an escaped tag that parses back to the typed value', async () => {
  const { page, konteks, masalah } = await kunjungi('/cara-memasang.html');
  try {
    await konteks.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
    await tungguWidget(page);
    await page.waitForLoadState('networkidle');
    assert.equal(masalah.length, 0, masalah.join('\n'));
    // Built at load from the form: the preview is the element the snippet names.
    assert.deepEqual(
      await page.$eval('#pratinjau', (d) => [
        d.children.length,
        d.firstElementChild?.localName,
        d.firstElementChild?.getAttribute('src'),
      ]),
      [1, 'ppid-informasi-berkala', '/data/dip.json'],
    );
    // Help texts describe their field; they are not part of its label.
    const bantuan = await page.$$eval('#konfigurator [aria-describedby]', (el) =>
      el.map((e) => {
        const b = document.getElementById(e.getAttribute('aria-describedby')!);
        return {
          ada: !!b?.textContent?.trim(),
          diLabel: !!b?.closest('label'),
          label: (e as HTMLInputElement).labels?.length ?? 0,
        };
      }),
    );
    assert.ok(bantuan.length >= 6, `${bantuan.length} described fields`);
    assert.deepEqual(
      new Set(bantuan.map((b) => JSON.stringify(b))),
      new Set(['{"ada":true,"diLabel":false,"label":1}']),
    );
    // The warnings are a polite live region, there (empty) before anything is said.
    assert.equal(await page.getAttribute('#peringatan-cuplikan', 'role'), 'status');
    assert.equal(await page.isVisible('#peringatan-cuplikan'), false);
    // A script address that is no release script is kept as typed, and said so.
    await page.fill('input[name="skrip"]', '/terbuka/cdn/terbuka.js');
    assert.match(
      (await page.textContent('#hasil-konfigurator'))!,
      /^<script data-cfasync="false" data-no-optimize="1" src="\/terbuka\/cdn\/terbuka\.js"><\/script>/,
    );
    assert.match(
      (await page.textContent('#peringatan-cuplikan'))!,
      /^Alamat skrip \/terbuka\/cdn\/terbuka\.js tidak berakhir dengan nama berkas skrip rilis/,
    );
    await page.fill('input[name="skrip"]', '/terbuka/terbuka.min.js');
    assert.equal(await page.isVisible('#peringatan-cuplikan'), false);
    // A Google Sheets sharing link as src: said while typing, with the link to use (the SDK's module, served).
    await page.fill('input[name="src"]', 'https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing');
    assert.match(
      (await page.textContent('#peringatan-cuplikan'))!,
      /^src: Alamat ini halaman Google Sheets .*Publikasikan ke web.*output=csv/,
    );
    await page.fill('input[name="src"]', '/data/dip.json');
    assert.equal(await page.isVisible('#peringatan-cuplikan'), false);
    // The lists' timeout and stale-after: written as given; one the element would not take is said (the
    // SDK's rule, served), with the default the element uses.
    await page.fill('input[name="timeout"]', '20000');
    await page.fill('input[name="stale-after"]', '0');
    assert.match(
      (await page.textContent('#hasil-konfigurator'))!,
      /<ppid-informasi-berkala src="\/data\/dip\.json" timeout="20000" stale-after="0">/,
    );
    assert.equal(await page.isVisible('#peringatan-cuplikan'), false);
    await page.fill('input[name="timeout"]', '0');
    assert.equal(
      await page.textContent('#peringatan-cuplikan'),
      'timeout "0" bukan bilangan bulat 1 atau lebih: elemen memakai bawaannya, 10000.',
    );
    await page.fill('input[name="timeout"]', '');
    await page.fill('input[name="stale-after"]', '');
    assert.equal(await page.isVisible('#peringatan-cuplikan'), false);
    await page.selectOption('select[name="elemen"]', 'ppid-badge');
    assert.equal(await page.isVisible('input[name="stale-after"]'), false, 'the badge takes no stale-after');
    assert.equal(await page.isVisible('select[name="mode"]'), false, 'list-only fields hide for the badge');
    assert.equal(await page.isVisible('input[name="feed"]'), true);
    // The fields of a self-assessed badge (its DIP and, for a CSV, its body) show until a feed is given:
    // then the badge reads none of them and the snippet leaves them out, so they go.
    const kolomMandiri = async (): Promise<boolean[]> =>
      Promise.all(
        [
          'input[name="src"]',
          'input[name="evidence"]',
          'input[name="agency-name"]',
          'select[name="agency-kind"]',
          'select[name="agency-timezone"]',
        ].map((p) => page.isVisible(p)),
      );
    await page.fill('input[name="feed"]', '');
    assert.deepEqual(await kolomMandiri(), [true, true, true, true, true]);
    // The signature's address is the feed's: no field without one.
    assert.equal(await page.isVisible('input[name="signature"]'), false);
    await page.fill('input[name="feed"]', '/data/feed.json');
    assert.deepEqual(await kolomMandiri(), [false, false, false, false, false]);
    assert.equal(await page.isVisible('input[name="signature"]'), true);
    await page.fill('input[name="signature"]', '/data/feed.json.sig');
    await page.fill('input[name="timeout"]', '20000');
    assert.match(
      (await page.textContent('#hasil-konfigurator'))!,
      / signature="\/data\/feed\.json\.sig" timeout="20000"><\/ppid-badge>$/,
    );
    await page.fill('input[name="signature"]', '');
    await page.fill('input[name="timeout"]', '');
    assert.equal(await page.isVisible('input[name="agency"]'), true, 'the feed names the agency by its id');
    await page.selectOption('select[name="size"]', 'kecil');
    await page.selectOption('select[name="platform"]', 'blogger');
    const jahat = `"><img src=x onerror=alert(1)>&amp;`;
    await page.fill('input[name="agency"]', jahat);
    const kode = (await page.textContent('#hasil-konfigurator'))!;
    // The badge alone: terbuka-lencana.min.js, a classic script, from the same folder.
    assert.match(kode, /^<script src="\/terbuka\/terbuka-lencana\.min\.js"><\/script>\n<ppid-badge /);
    // Blogger hosts no files: the site-relative addresses are named, to be made https://.
    const peringatan = await page.textContent('#peringatan-cuplikan');
    assert.equal(await page.isVisible('#peringatan-cuplikan'), true);
    assert.match(
      peringatan!,
      /alamat lengkap https:\/\/ untuk \/terbuka\/terbuka-lencana\.min\.js, .*\/data\/feed\.json/,
    );
    await page.selectOption('select[name="platform"]', 'wordpress');
    // Off Blogger only the missing key is left to say, one paragraph per warning.
    assert.deepEqual(
      await page.$$eval('#peringatan-cuplikan > p', (p) => p.map((e) => e.textContent!.slice(0, 31))),
      ['Isi kunci publik pemantau (key)'],
    );
    await page.fill('input[name="key"]', 'k');
    assert.equal(await page.isVisible('#peringatan-cuplikan'), false);
    await page.fill('input[name="key"]', '');
    await page.selectOption('select[name="platform"]', 'blogger');
    const urai = await page.evaluate((k) => {
      const doc = new DOMParser().parseFromString(`<body>${k}</body>`, 'text/html');
      const badge = doc.querySelector('ppid-badge')!;
      return {
        elemen: [...doc.body.querySelectorAll('*')].map((e) => e.localName),
        atribut: Object.fromEntries([...badge.attributes].map((a) => [a.name, a.value])),
      };
    }, kode);
    assert.deepEqual(urai.elemen, ['script', 'ppid-badge'], 'no element injected');
    // With a feed, the badge's src (the form's default /data/dip.json) is left out: it would be ignored.
    assert.deepEqual(urai.atribut, {
      feed: '/data/feed.json',
      agency: jahat,
      size: 'kecil',
    });
    await page.click('button[data-salin="hasil-konfigurator"]');
    await page.waitForFunction(
      () =>
        document.querySelector('#hasil-konfigurator')!.closest('.cuplikan')!.querySelector('.status-salin')!
          .textContent,
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), kode);
    // The preview is built with setAttribute: the typed value is an attribute, never markup.
    assert.equal(await page.getAttribute('#pratinjau > ppid-badge', 'agency'), jahat);
    assert.equal(await page.$$eval('#pratinjau img', (el) => el.length), 0);
    // Replacing the preview aborts its request, by design; the typed src is a 404 on this site.
    assert.deepEqual(
      masalah.filter((m) => !m.includes('net::ERR_ABORTED') && !m.includes('404')),
      [],
    );
  } finally {
    await konteks.close();
  }
});

test("a reader with larger text: the space kept before the script runs is the widget's loading height", async () => {
  // Chromium's own text-size setting (Settings → Appearance → Font size), 24 px: what the lists size
  // themselves in, whatever the theme's html { font-size } says.
  const tinggi = async (tahan: string): Promise<number> => {
    const { page, konteks } = await kunjungiDemo(peramban, demo.url, '/ppid.html', 360, async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
      // The script fails, or the data never arrives: the page as it stands before either does.
      await p.route(`**${tahan}`, (r) => (tahan.endsWith('.js') ? r.abort() : undefined));
    });
    try {
      if (tahan.endsWith('.json'))
        await page.waitForFunction(
          () => document.querySelector('ppid-daftar-informasi')?.getAttribute('state') === 'loading',
        );
      return await page.$eval('ppid-daftar-informasi', (e) => e.getBoundingClientRect().height);
    } finally {
      await konteks.close();
    }
  };
  const sebelumSkrip = await tinggi('/terbuka/terbuka.min.js');
  const saatMemuat = await tinggi('/data/dip.json');
  assert.ok(saatMemuat > 900, `the loading height follows the 24 px text (${saatMemuat} px)`);
  assert.ok(
    Math.abs(sebelumSkrip - saatMemuat) <= 1,
    `${sebelumSkrip} px before the script, ${saatMemuat} px loading`,
  );
});

test('forced colours (Windows High Contrast): keyboard focus on the open tab is seen', async () => {
  const { page, konteks } = await kunjungiDemo(peramban, demo.url, '/ppid.html', 1280, (p) =>
    p.emulateMedia({ forcedColors: 'active' }),
  );
  try {
    await tungguWidget(page);
    const garis = (): Promise<[string, string]> =>
      page.$eval('ppid-daftar-informasi', (e) => {
        const tab = e.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
        const tanpa = getComputedStyle(tab).outlineWidth;
        tab.focus();
        return [tanpa, getComputedStyle(tab).outlineWidth];
      });
    const [tanpaFokus, denganFokus] = await garis();
    assert.notEqual(denganFokus, tanpaFokus, 'the focused open tab looks different from the unfocused one');
    assert.ok(parseFloat(denganFokus) >= parseFloat(tanpaFokus) + 2, `${tanpaFokus} → ${denganFokus}`);
  } finally {
    await konteks.close();
  }
});

test("the site's blue accent stays on light widgets only: on a dark one the open tab and links keep 4.5:1", async () => {
  const terang = (c: string): number => {
    const [r, g, b] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const rasio = ([a, b]: string[]): number => {
    const [x, y] = [terang(a!), terang(b!)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const { page, konteks } = await kunjungi('/ppid.html', 360);
  try {
    await tungguWidget(page);
    for (const tema of [null, 'gelap']) {
      // [text, background] of the open tab and of an entry's link, as drawn (no arrow functions inside:
      // tsx would wrap them in a helper the page does not have).
      const warna = await page.$eval(
        'ppid-daftar-informasi',
        async (el, tema) => {
          if (tema) el.setAttribute('theme', tema);
          else el.removeAttribute('theme');
          await new Promise(requestAnimationFrame);
          const akar = el.shadowRoot!;
          const dasar = getComputedStyle(akar.querySelector('[part~="base"]')!).backgroundColor;
          const tab = getComputedStyle(akar.querySelector('[role="tab"][aria-selected="true"]')!);
          const tautan = akar.querySelector('[role="tabpanel"]:not([hidden]) a[href]')!;
          return {
            tab: [tab.color, tab.backgroundColor === 'rgba(0, 0, 0, 0)' ? dasar : tab.backgroundColor],
            tautan: [
              getComputedStyle(tautan).color,
              getComputedStyle(tautan.closest('[part~="entry"]')!).backgroundColor,
            ],
          };
        },
        tema,
      );
      for (const [bagian, w] of Object.entries(warna))
        assert.ok(
          rasio(w) >= 4.5,
          `${tema ?? 'terang'}: ${bagian} ${w.join(' on ')}, ${rasio(w).toFixed(2)}:1`,
        );
    }
  } finally {
    await konteks.close();
  }
});
