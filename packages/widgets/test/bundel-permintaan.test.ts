/// <reference lib="dom" />
// The built terbuka-permintaan.min.js as a visitor meets it: a plain page under a strict CSP from a
// loopback static server, next to terbuka.min.js, in Chromium. The intake API is answered by the test
// (Playwright routes), so this checks the bundle, not the server. `npm test` builds the widgets first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban, dariBerkas, dist, fixtures, halaman, layani } from './peramban.js';
import type { Peladen } from './peramban.js';

const TANDA_BUKTI = {
  format: 'terbuka-tanda-bukti',
  version: 1,
  kind: 'permintaan',
  number: '007/PPID/DISKOMINFO/PI/2026',
  receivedAt: '2026-03-18T10:00:00+07:00',
  receivedOn: '2026-03-18',
  agency: { id: 'diskominfo', name: 'Diskominfo Sukamaju', timeZone: 'Asia/Jakarta' },
  summary: 'Laporan keuangan 2025',
  deadline: {
    kind: 'permintaan',
    due: '2026-04-08',
    workingDays: 10,
    skipped: [{ date: '2026-03-19', kind: 'libur-nasional', reason: { id: 'Hari Suci Nyepi', en: 'Nyepi' } }],
    warnings: [],
    basis: [],
  },
};

/** The sample register with its last entry's date made impossible (30 February). */
function dipSatuSalah(): { items: Record<string, unknown>[] } {
  const d = JSON.parse(readFileSync(new URL('sukamaju/dip.json', fixtures), 'utf8')) as {
    items: Record<string, unknown>[];
  };
  d.items[d.items.length - 1]!['updated'] = '2026-02-30';
  return d;
}

let peladen: Peladen;
let peramban: Browser;

before(async () => {
  peladen = await layani({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/terbuka.min.js': dariBerkas(new URL('terbuka.min.js', dist)),
    '/terbuka-permintaan.min.js': dariBerkas(new URL('terbuka-permintaan.min.js', dist)),
    '/terbuka-kata.js': dariBerkas(new URL('terbuka-kata.js', dist)),
    '/terbuka-kata-lencana.js': dariBerkas(new URL('terbuka-kata-lencana.js', dist)),
    '/terbuka-tenggat.js': dariBerkas(new URL('terbuka-tenggat.js', dist)),
    '/terbuka-saran.js': dariBerkas(new URL('terbuka-saran.js', dist)),
    // The page's self-assessed badge (src) is scored by terbuka-mandiri.js, next to terbuka.min.js.
    '/terbuka-mandiri.js': dariBerkas(new URL('terbuka-mandiri.js', dist)),
    // The full DIP reading, which terbuka-saran.js and terbuka-mandiri.js load from beside them for a register
    // the SDK's shortcut is not sure of: on the page with a polluted Object.prototype, the sample DIP.
    '/terbuka-baca.js': dariBerkas(new URL('terbuka-baca.js', dist)),
    '/keberatan.html': halaman(
      `<!doctype html><html lang="id"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <title>Keberatan</title>
      <script src="/terbuka-permintaan.min.js" defer></script></head>
      <body><main>
      <ppid-permintaan endpoint="/api" agency="diskominfo" mode="keberatan"></ppid-permintaan>
      </main></body></html>`,
    ),
    '/dip.json': dariBerkas(new URL('sukamaju/dip.json', fixtures)),
    // The same register with one faulty entry (another than the one the form offers): the suggestions need
    // the full reading, terbuka-baca.js beside terbuka-saran.js.
    '/dip-satu-salah.json': { body: JSON.stringify(dipSatuSalah()), type: 'application/json' },
    '/saran-satu-salah.html': halaman(
      `<!doctype html><html lang="id"><head><meta charset="utf-8">
      <title>Permohonan, DIP dengan satu entri salah</title>
      <script src="/terbuka-permintaan.min.js" defer></script></head>
      <body><main>
      <ppid-permintaan endpoint="/api" agency="diskominfo" dip="/dip-satu-salah.json"></ppid-permintaan>
      </main></body></html>`,
    ),
    '/formulir.html': halaman(
      `<!doctype html><html lang="id"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <title>Permohonan</title>
      <script src="/terbuka.min.js" defer></script>
      <script src="/terbuka-permintaan.min.js" defer></script></head>
      <body><main>
      <ppid-badge src="/dip.json"></ppid-badge>
      <ppid-permintaan endpoint="/api" agency="diskominfo" dip="/dip.json"></ppid-permintaan>
      <ppid-status-permintaan endpoint="/api"></ppid-status-permintaan>
      </main></body></html>`,
    ),
  });
  peramban = await bukaPeramban();
});

after(async () => {
  await peramban?.close();
  await peladen?.tutup();
});

/** `cemar`: the host page's older scripts added enumerable members to Object.prototype before ours ran. */
async function buka(
  cemar: boolean,
): Promise<{ page: Page; galat: string[]; kiriman: { url: string; key: string }[] }> {
  const page = await peramban.newPage();
  if (cemar)
    await page.addInitScript(() => {
      const proto = Object.prototype as unknown as Record<string, unknown>;
      proto['toJSONString'] = () => '{}';
      proto['extend'] = 'x';
    });
  const galat: string[] = [];
  const kiriman: { url: string; key: string }[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => galat.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.route('**/api/v1/permintaan*', async (r) => {
    kiriman.push({ url: r.request().url(), key: r.request().headers()['idempotency-key'] ?? '' });
    await r.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(TANDA_BUKTI) });
  });
  await page.goto(`${peladen.url}/formulir.html`);
  return { page, galat, kiriman };
}

for (const [cemar, judul] of [
  [false, ''],
  [true, ', also on a page that added enumerable members to Object.prototype'],
] as const)
  test(`terbuka-permintaan.min.js beside terbuka.min.js under a strict CSP: both register, the form is sent by keyboard, the receipt shows${judul}`, async () => {
    const { page, galat, kiriman } = await buka(cemar);
    await page.waitForFunction(() =>
      ['ppid-badge', 'ppid-permintaan', 'ppid-status-permintaan'].every((t) => customElements.get(t)),
    );
    const isi = async (id: string, teks: string): Promise<void> => {
      await page.locator(`ppid-permintaan #${id}`).focus();
      await page.keyboard.type(teks);
    };
    await isi('f-name', 'Siti Aminah');
    await isi('f-nik', '3201014509900001');
    await isi('f-address', 'Jl. Merdeka 1');
    await isi('f-occupation', 'Guru');
    await isi('f-email', 'siti@contoh.id');
    await isi('f-information', 'Laporan keuangan 2025');
    // The DIP suggestions come from terbuka-saran.js next to the script: a published entry is offered.
    await page.waitForFunction(() =>
      /Mungkin informasi ini sudah tersedia/.test(
        document.querySelector('ppid-permintaan')?.shadowRoot?.querySelector('[part="suggestions"]')
          ?.textContent ?? '',
      ),
    );
    await isi('f-purpose', 'Penelitian');
    await page.locator('ppid-permintaan #f-obtain-membaca').focus();
    await page.keyboard.press('Space');
    await page.locator('ppid-permintaan #f-purpose').focus();
    await page.keyboard.press('Tab');
    await page.locator('ppid-permintaan button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('ppid-permintaan')?.getAttribute('state') === 'success',
    );
    const teks = await page.locator('ppid-permintaan [part="receipt"]').innerText();
    assert.match(teks, /007\/PPID\/DISKOMINFO\/PI\/2026/);
    assert.match(teks, /10 hari kerja, Rabu, 8 April 2026/);
    assert.match(teks, /Hari Suci Nyepi/);
    assert.equal(kiriman.length, 1);
    const js = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    );
    assert.ok(js.includes('/terbuka-saran.js'), js.join(' '));
    assert.match(kiriman[0]!.url, /\/api\/v1\/permintaan\?agency=diskominfo$/);
    assert.ok(kiriman[0]!.key.length >= 8);
    const simpanan = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    assert.doesNotMatch(simpanan, /3201014509900001/);
    assert.deepEqual(galat, []);
    await page.close();
  });

/** A page of the server opened, with its console errors and uncaught exceptions, and the paths it requested. */
async function kunjungi(path: string): Promise<{ page: Page; galat: string[]; diminta: string[] }> {
  const page = await peramban.newPage();
  const galat: string[] = [];
  const diminta: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => galat.push(`uncaught: ${e.message}`));
  page.on('request', (r) => diminta.push(new URL(r.url()).pathname));
  await page.goto(`${peladen.url}${path}`);
  return { page, galat, diminta };
}

test("the form's DIP suggestions from a register with a faulty entry come through terbuka-baca.js beside terbuka-saran.js", async () => {
  const { page, galat, diminta } = await kunjungi('/saran-satu-salah.html');
  await page.locator('ppid-permintaan #f-information').fill('Laporan keuangan 2025');
  await page.waitForFunction(() =>
    /Mungkin informasi ini sudah tersedia/.test(
      document.querySelector('ppid-permintaan')?.shadowRoot?.querySelector('[part="suggestions"]')
        ?.textContent ?? '',
    ),
  );
  assert.ok(diminta.includes('/terbuka-saran.js'), 'terbuka-saran.js was not requested');
  assert.ok(diminta.includes('/terbuka-baca.js'), 'terbuka-baca.js was not requested');
  assert.deepEqual(galat, []);
  await page.close();
});

test('keberatan mode with the classic script: the deadline of the Atasan PPID comes from terbuka-tenggat.js next to it', async () => {
  const { page, galat, diminta } = await kunjungi('/keberatan.html');
  // The rule with its date (a weekday and a year), not only the rule: the holiday data loaded.
  await page.waitForFunction(() =>
    /\d{4}/.test(
      document.querySelector('ppid-permintaan')?.shadowRoot?.querySelector('.info-tenggat')?.textContent ??
        '',
    ),
  );
  assert.ok(diminta.includes('/terbuka-tenggat.js'), 'terbuka-tenggat.js was not requested');
  assert.deepEqual(galat, []);
  await page.close();
});
