/// <reference lib="dom" />
// The demo on a browser without constructable stylesheets (Safari/iOS 15.0–16.3, Firefox 90–100), as
// Chromium plays it with adoptedStyleSheets and replaceSync deleted before any script runs: the widgets
// then style themselves with `<style>` elements, which the demo's CSP lets through only by the nonce the
// server puts in each page (window.litNonce) and in that response's policy. A reload that gets a 304 keeps
// the page and the policy of the first visit together.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban, kunjungi, mulaiDemo } from './uji-bantuan.js';
import type { Demo } from './uji-bantuan.js';

let demo: Demo;
let peramban: Browser;

before(async () => {
  [demo, peramban] = await Promise.all([mulaiDemo(), bukaPeramban()]);
});

after(async () => {
  await peramban?.close();
  await demo?.tutup();
});

/** Takes constructable stylesheets away, as Safari before 16.4 has none. */
const tanpaLembarBangun = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    delete (CSSStyleSheet.prototype as { replaceSync?: unknown }).replaceSync;
  });
};

const WIDGET = 'ppid-informasi-berkala, ppid-daftar-informasi, ppid-badge, ppid-permintaan';

/** Waits for the page's widgets to render; returns, per widget, its `<style>`s and how many got a sheet. */
async function gayaWidget(page: Page): Promise<{ nama: string; gaya: number; berlaku: number }[]> {
  await page.waitForFunction(
    (p) =>
      // Every widget here reflects its state: none has it before it renders, `loading` while it fetches.
      [...document.querySelectorAll(p)].every(
        (e) => e.shadowRoot?.firstChild && !['loading', null].includes(e.getAttribute('state')),
      ),
    WIDGET,
    { timeout: 15000 },
  );
  return page.$$eval(WIDGET, (el) =>
    el.map((e) => {
      const gaya = [...e.shadowRoot!.querySelectorAll('style')];
      // A <style> the CSP blocks gets no stylesheet.
      return { nama: e.localName, gaya: gaya.length, berlaku: gaya.filter((g) => g.sheet).length };
    }),
  );
}

function periksaGaya(daftar: { nama: string; gaya: number; berlaku: number }[], harus: string[]): void {
  assert.deepEqual(daftar.map((d) => d.nama).sort(), [...harus].sort());
  for (const d of daftar) {
    assert.ok(d.gaya > 0, `${d.nama}: styled by <style> elements (no constructable stylesheets)`);
    assert.equal(d.berlaku, d.gaya, `${d.nama}: every <style> applies`);
  }
}

/** The open tab's text colour and the site's accent colour (--biru, what --ppid-color-accent takes). */
const warnaTab = (page: Page): Promise<{ tab: string; aksen: string; tebal: string }> =>
  page.$eval('ppid-daftar-informasi', (e) => {
    const tab = getComputedStyle(e.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!);
    const contoh = document.createElement('span');
    contoh.style.color = getComputedStyle(document.documentElement).getPropertyValue('--biru');
    document.body.append(contoh);
    const aksen = getComputedStyle(contoh).color;
    contoh.remove();
    return { tab: tab.color, aksen, tebal: tab.fontWeight };
  });

test('PPID page without constructable stylesheets: the widgets are styled under the CSP, after a 304 too', async () => {
  const { page, konteks, masalah } = await kunjungi(
    peramban,
    demo.url,
    '/ppid.html',
    1280,
    tanpaLembarBangun,
  );
  try {
    assert.equal(await page.evaluate(() => 'adoptedStyleSheets' in ShadowRoot.prototype), false);
    periksaGaya(await gayaWidget(page), ['ppid-informasi-berkala', 'ppid-daftar-informasi', 'ppid-badge']);
    const { tab, aksen, tebal } = await warnaTab(page);
    assert.equal(tab, aksen, 'the open tab has the accent colour');
    assert.equal(tebal, '600');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);

    // A reload revalidates the page: the 304 must not pair the kept page with a nonce it does not carry.
    // Chromium reports a revalidated page as 200 from its cache; the status on the wire is in CDP's
    // extra info.
    const cdp = await konteks.newCDPSession(page);
    await cdp.send('Network.enable');
    const dokumen: string[] = [];
    const status = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Document') dokumen.push(e.requestId);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => status.set(e.requestId, e.statusCode));
    await page.reload();
    assert.equal(dokumen.length, 1);
    assert.equal(status.get(dokumen[0]!), 304, 'the page was revalidated, not sent again');
    periksaGaya(await gayaWidget(page), ['ppid-informasi-berkala', 'ppid-daftar-informasi', 'ppid-badge']);
    assert.equal((await warnaTab(page)).tab, aksen);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});

test('request form without constructable stylesheets: styled, its honeypot field out of sight', async () => {
  const { page, konteks, masalah } = await kunjungi(
    peramban,
    demo.url,
    '/permohonan.html',
    1280,
    tanpaLembarBangun,
  );
  try {
    const daftar = await gayaWidget(page);
    assert.ok(daftar.some((d) => d.nama === 'ppid-permintaan'));
    periksaGaya(
      daftar,
      daftar.map((d) => d.nama),
    );
    const kotak = await page.locator('ppid-permintaan:not([mode="keberatan"]) #f-website').boundingBox();
    assert.ok(kotak, 'the honeypot field is rendered');
    assert.ok(kotak.x + kotak.width <= 0, `the honeypot field is off screen (x = ${kotak.x})`);
    const tombol = await page
      .locator('ppid-permintaan:not([mode="keberatan"]) [part~="submit"]')
      .evaluate((b) => getComputedStyle(b).backgroundColor);
    const aksen = await page.evaluate(() => {
      const contoh = document.createElement('span');
      contoh.style.color = getComputedStyle(document.documentElement).getPropertyValue('--biru');
      document.body.append(contoh);
      const c = getComputedStyle(contoh).color;
      contoh.remove();
      return c;
    });
    assert.equal(tombol, aksen, 'the submit button has the accent colour');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(masalah, []);
  } finally {
    await konteks.close();
  }
});
