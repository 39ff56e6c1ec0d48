/// <reference lib="dom" />
// The CDN ES modules (dist/cdn) as a visitor's browser meets them: `<script type="module">` on plain pages
// under a strict CSP from a loopback static server, in Chromium. The two families (display: terbuka.js;
// request: terbuka-permintaan.js) are built apart, each with its own shared chunks: on one page both
// register and render, and the lazy chunks (CSV importer, the badge's problem words) load from next to
// them. lencana.js, the badge alone in one file, works alone and beside a list. `npm test` builds the widgets first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban, dariBerkas, fixtures, halaman, layani } from './peramban.js';
import type { Berkas, Peladen } from './peramban.js';
import { feedBertanda } from './feed-bertanda.js';
import { cdn } from './ukuran-bundel.js';

const json = (body: string | Buffer): Berkas => ({ body, type: 'application/json' });

/**
 * A register of two berkala entries; `semua`: both declare `fulfils`, else the second has none. Its keys in
 * the format's order: the register is then valid as given (no validator loaded).
 */
const dip = (semua: boolean): Berkas =>
  json(
    JSON.stringify({
      format: 'terbuka-dip',
      version: 1,
      agency: { id: 'uji', name: 'Dinas Uji', kind: 'opd' },
      items: [
        {
          id: 'a',
          title: 'Tupoksi dinas',
          category: 'berkala',
          fulfils: ['berkala.profil'],
          updated: '2026-09-01',
        },
        {
          id: 'b',
          title: 'Pengumuman lelang',
          category: 'berkala',
          ...(semua ? { fulfils: ['berkala.laporan-keuangan'] } : {}),
          updated: '2026-09-01',
        },
      ],
    }),
  );

/** `dip(true)` with its second entry's date impossible: that entry is left out of the public view. */
const satuSalah = (): Berkas => {
  const d = JSON.parse(String(dip(true).body)) as { items: Record<string, unknown>[] };
  d.items[1]!['updated'] = '2026-02-30';
  return json(JSON.stringify(d));
};

/** The DIP validator (valibot and the SDK's full reading): loaded only when the shortcut is not sure. */
const VALIDATOR = '/cdn/chunks/tampilan-item-sah-mentah.js';

/** The chunk that holds the catalog phrases (the SDK's inti-berkala-badan-publik.ts, `@terbuka/sdk/kata-kunci`). */
const FRASA = '/cdn/chunks/tampilan-inti-berkala-badan-publik.js';

/** The lists' English words (pesan-en.ts): loaded only for a list shown in English. */
const INGGRIS = '/cdn/chunks/tampilan-pesan-en.js';

let peladen: Peladen;
let peramban: Browser;

before(async () => {
  const sekarang = Date.now();
  const { x: X, feed, sig } = feedBertanda(sekarang);
  // Every file of the CDN build, at /cdn/… as a host would serve the folder.
  const berkasCdn: Record<string, Berkas> = {};
  for (const f of readdirSync(cdn, { recursive: true, encoding: 'utf8' }))
    if (f.endsWith('.js')) berkasCdn[`/cdn/${f}`] = dariBerkas(new URL(f, cdn));
  const dokumen = (skrip: string[], isi: string, lang = 'id'): Berkas =>
    halaman(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>CDN</title>${skrip
        .map((s) => `<script type="module" src="/cdn/${s}"></script>`)
        .join('')}</head><body><main>${isi}</main></body></html>`,
    );
  const lencana = (agency: string): string =>
    `<ppid-badge feed="/feed.json" agency="${agency}" key="${X}"></ppid-badge>`;
  const panel =
    '<ppid-informasi-berkala src="/dip.csv" agency-name="Diskominfo Sukamaju" agency-kind="opd"></ppid-informasi-berkala>';
  peladen = await layani({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    ...berkasCdn,
    '/feed.json': json(feed),
    '/feed.json.sig': json(sig),
    '/dip.csv': dariBerkas(new URL('sukamaju/dip-excel.csv', fixtures)),
    '/semua.html': dokumen(
      ['terbuka.js', 'terbuka-permintaan.js'],
      '<ppid-informasi-berkala src="/dip.csv" agency-name="Diskominfo Sukamaju" agency-kind="opd"></ppid-informasi-berkala>' +
        '<ppid-permintaan></ppid-permintaan>' +
        lencana('dinkes'),
    ),
    '/fulfils.json': dip(true),
    '/tanpa-fulfils.json': dip(false),
    '/kata-kunci-tidak-perlu.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/fulfils.json"></ppid-informasi-berkala>',
    ),
    '/kata-kunci-perlu.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/tanpa-fulfils.json"></ppid-informasi-berkala>',
    ),
    '/inggris.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/fulfils.json"></ppid-informasi-berkala>',
      'en',
    ),
    '/satu-salah.json': satuSalah(),
    '/satu-salah.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/satu-salah.json"></ppid-informasi-berkala>',
    ),
    '/periksa.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/satu-salah.json" mode="periksa"></ppid-informasi-berkala>',
    ),
    '/desa.json': json(
      JSON.stringify({
        format: 'terbuka-dip',
        version: 1,
        agency: { id: 'desa-uji', name: 'Desa Uji', kind: 'desa' },
        items: [
          { id: 'a', title: 'Profil desa', category: 'berkala', updated: '2026-09-01' },
          { id: 'b', title: 'APB Desa 2026', category: 'berkala', updated: '2026-09-01' },
        ],
      }),
    ),
    '/desa.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/desa.json"></ppid-informasi-berkala>',
    ),
    // A CSV register as a Google Sheets export, on a panel of an OPD and of a desa (agency-kind); every
    // berkala entry declares `fulfils`, so neither needs the catalog phrases.
    '/opd.csv': {
      body:
        'No;Judul Informasi;Kategori;Kode Item Wajib;Tanggal Pembaruan\n' +
        '1;Profil dinas;Informasi Berkala;berkala.profil;10/09/2026\n' +
        '2;Laporan keuangan 2025;Informasi Berkala;berkala.laporan-keuangan;10/09/2026\n' +
        '3;Daftar aset;Informasi Setiap Saat;;10/09/2026\n',
      type: 'text/csv',
    },
    '/csv-opd.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/opd.csv" agency-name="Dinas Uji" agency-kind="opd"></ppid-informasi-berkala>',
    ),
    '/desa.csv': {
      body:
        'No;Judul Informasi;Kategori;Kode Item Wajib;Tanggal Pembaruan\n' +
        '1;Profil desa;Informasi Berkala;berkala.profil;10/09/2026\n' +
        '2;APB Desa 2026;Informasi Berkala;berkala.apb-desa;10/09/2026\n',
      type: 'text/csv',
    },
    '/csv-desa.html': dokumen(
      ['informasi-berkala.js'],
      '<ppid-informasi-berkala src="/desa.csv" agency-name="Desa Uji" agency-kind="desa"></ppid-informasi-berkala>',
    ),
    // A host page with an AMD loader (RequireJS on an older CMS): a global `define` with `amd`.
    '/amd.js': {
      body: 'window.define = function () { window.amdDipanggil = true; }; window.define.amd = {};',
      type: 'text/javascript',
    },
    '/csv-amd.html': halaman(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>AMD</title><script src="/amd.js"></script><script type="module" src="/cdn/informasi-berkala.js"></script></head><body><main>${panel}</main></body></html>`,
    ),
    '/lencana.html': dokumen(['badge.js'], lencana('dinkes') + lencana('tidak-ada')),
    // lencana.js: the badge alone in one file, for a page that carries only the badge.
    '/lencana-saja.html': dokumen(['lencana.js'], lencana('dinkes') + lencana('tidak-ada')),
    // lencana.js beside a list of the display family, and beside terbuka.js (its own <ppid-badge>).
    '/lencana-panel.html': dokumen(['informasi-berkala.js', 'lencana.js'], panel + lencana('dinkes')),
    '/lencana-terbuka.html': dokumen(['terbuka.js', 'lencana.js'], panel + lencana('dinkes')),
  });
  peramban = await bukaPeramban();
});

after(async () => {
  await peramban?.close();
  await peladen?.tutup();
});

/**
 * Opens a page, recording console errors, uncaught exceptions and CSP violations; `sebelum` prepares the page
 * before it loads (request listeners, routes).
 */
async function kunjungi(
  path: string,
  sebelum?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; galat: string[] }> {
  const page = await peramban.newPage();
  await sebelum?.(page);
  const galat: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') galat.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => galat.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(peladen.url + path);
  return { page, galat };
}

/** Waits until every element named has left the loading state; returns their `state` attributes. */
async function keadaan(page: Page, pemilih: string): Promise<(string | null)[]> {
  await page.waitForFunction(
    (p) =>
      [...document.querySelectorAll(p)].every((e) => e.shadowRoot && e.getAttribute('state') !== 'loading'),
    pemilih,
    { timeout: 10_000 },
  );
  return page.evaluate((p) => [...document.querySelectorAll(p)].map((e) => e.getAttribute('state')), pemilih);
}

test('both families on one page: the panel reads a CSV (lazy chunk), the form renders, the badge verifies', async () => {
  const { page, galat } = await kunjungi('/semua.html');
  assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala, ppid-badge'), ['ready', 'ready']);
  const entri = await page.evaluate(
    () =>
      document.querySelector('ppid-informasi-berkala')!.shadowRoot!.querySelectorAll('[part="entry"]').length,
  );
  assert.ok(entri > 0, 'no entries from the CSV');
  await page.waitForFunction(
    () => !!document.querySelector('ppid-permintaan')?.shadowRoot?.querySelector('form'),
  );
  const label = await page.evaluate(
    () => document.querySelector('ppid-badge')!.shadowRoot!.querySelector('svg > title')!.textContent,
  );
  assert.match(label!, /Dinas Kesehatan: skor 84,4 dari 100, Menuju Informatif/);
  assert.match(label!, /Terverifikasi/);
  assert.deepEqual(galat, []);
  await page.close();
});

test('the catalog phrases: one lazy chunk requested only for a register with an entry without `fulfils`', async () => {
  /** The files each page requested, by path: the phrases are what the second requested beyond the first. */
  const semua = new Map<string, string[]>();
  for (const [path, perlu, grup] of [
    ['/kata-kunci-tidak-perlu.html', false, ['berkala.profil', 'berkala.laporan-keuangan']],
    ['/kata-kunci-perlu.html', true, ['berkala.profil', 'berkala.pengadaan']],
  ] as const) {
    const { page, galat } = await kunjungi(path);
    const diminta: string[] = [];
    page.on('request', (r) => diminta.push(new URL(r.url()).pathname));
    await page.reload();
    assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala'), ['ready']);
    const dapat = await page.evaluate(() =>
      [
        ...document
          .querySelector('ppid-informasi-berkala')!
          .shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]'),
      ].map((g) => g.dataset['item']),
    );
    assert.deepEqual(dapat, grup, path);
    assert.equal(diminta.includes(FRASA), perlu, path);
    assert.ok(!diminta.includes(INGGRIS), `${path}: an Indonesian page loaded the English words`);
    assert.deepEqual(galat, []);
    semua.set(path, diminta);
    await page.close();
  }
  // One file, not a re-export facade fetched before the chunk it names (a round trip each). (A page's first
  // load may still be fetching it when the reload starts: files, not requests, are counted.)
  const awal = new Set(semua.get('/kata-kunci-tidak-perlu.html'));
  const tambahan = new Set(
    semua.get('/kata-kunci-perlu.html')!.filter((p) => p.startsWith('/cdn/') && !awal.has(p)),
  );
  assert.deepEqual([...tambahan], [FRASA]);
});

test('the validator: not requested for a register valid as given; requested for one with a faulty entry and in mode="periksa"', async () => {
  for (const [path, perlu, grup] of [
    ['/kata-kunci-tidak-perlu.html', false, ['berkala.profil', 'berkala.laporan-keuangan']],
    ['/satu-salah.html', true, ['berkala.profil']],
    ['/periksa.html', true, ['berkala.profil']],
  ] as const) {
    const { page, galat } = await kunjungi(path);
    const diminta: string[] = [];
    page.on('request', (r) => diminta.push(new URL(r.url()).pathname));
    await page.reload();
    assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala'), ['ready']);
    const [dapat, teks, periksa] = await page.evaluate(() => {
      const akar = document.querySelector('ppid-informasi-berkala')!.shadowRoot!;
      return [
        [...akar.querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset['item']),
        akar.textContent ?? '',
        akar.querySelector('[part="checklist"]')?.textContent ?? '',
      ] as const;
    });
    assert.deepEqual(dapat, grup, path);
    // (A page's first load may still be fetching it when the reload starts: files, not requests, count.)
    assert.equal(diminta.includes(VALIDATOR), perlu, `${path}: ${diminta.join(' ')}`);
    if (path === '/satu-salah.html')
      assert.match(teks, /1 informasi dalam DIP ini tidak ditampilkan/, 'the entry left out is not counted');
    // The admin's checklist names the problem (its words, a lazy chunk too).
    if (path === '/periksa.html') assert.match(periksa, /2026-02-30/, 'the checklist lists no problem');
    assert.deepEqual(galat, []);
    await page.close();
  }
});

test('a page in English: the panel waits for its English words hidden in its loading state, then shows them', async () => {
  let lepas!: () => void;
  const tahan = new Promise<void>((ok) => (lepas = ok));
  const diminta: string[] = [];
  const { page, galat } = await kunjungi('/inggris.html', async (p) => {
    p.on('request', (r) => diminta.push(new URL(r.url()).pathname));
    await p.route(`**${INGGRIS}`, async (rute) => {
      await tahan;
      await rute.continue();
    });
  });
  await page.waitForFunction(
    () =>
      document.querySelector('ppid-informasi-berkala')?.shadowRoot?.querySelector('[part="base"]') !== null,
  );
  // The register has arrived meanwhile: the list still waits, laid out (its height kept) and not shown.
  await page.waitForTimeout(300);
  const menunggu = await page.evaluate(() => {
    const el = document.querySelector('ppid-informasi-berkala')!;
    const dasar = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    return [el.getAttribute('state'), getComputedStyle(dasar).visibility, dasar.offsetHeight > 0];
  });
  assert.deepEqual(menunggu, ['loading', 'hidden', true]);
  assert.ok(diminta.includes(INGGRIS), 'the English words were not requested');
  lepas();
  assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala'), ['ready']);
  const [judul, terlihat] = await page.evaluate(() => {
    const akar = document.querySelector('ppid-informasi-berkala')!.shadowRoot!;
    return [
      akar.querySelector('[part="title"]')!.textContent,
      getComputedStyle(akar.querySelector('[part="base"]')!).visibility,
    ];
  });
  assert.deepEqual([judul, terlihat], ['Periodic information', 'visible']);
  assert.deepEqual(galat, []);
  await page.close();
});

/** A file that only re-exports another's bindings: the browser fetches it only to learn the next file. */
const FASAD = /^export\s*\{[^}]*\}\s*from\s*(["'`])[^"'`]+\1;?\s*$/;

test('a desa register on the CDN modules: its catalog in two files requested at once (the desa core, the phrases it shares), grouped', async () => {
  // What the same element loads for a register that needs no catalog file: the files beyond those are the
  // desa catalog's.
  const awal = new Set<string>();
  const dasar = await kunjungi('/kata-kunci-tidak-perlu.html', async (p) =>
    p.on('request', (r) => awal.add(new URL(r.url()).pathname)),
  );
  assert.deepEqual(await keadaan(dasar.page, 'ppid-informasi-berkala'), ['ready']);
  await dasar.page.close();

  // Each file of the desa load is held until a second one is requested, at most 1.5 s: files requested one
  // after another (a file whose imports name the next) are never held together.
  const tambahan: string[] = [];
  const tertahan = new Set<() => void>();
  let serentak = 0;
  const { page, galat } = await kunjungi('/desa.html', (p) =>
    p.route('**/cdn/**', async (rute) => {
      const path = new URL(rute.request().url()).pathname;
      if (!awal.has(path)) {
        tambahan.push(path);
        await new Promise<void>((lepas) => {
          tertahan.add(lepas);
          serentak = Math.max(serentak, tertahan.size);
          const semua = (): void => {
            for (const l of tertahan) l();
            tertahan.clear();
          };
          if (tertahan.size < 2) setTimeout(semua, 1500);
          else semua();
        });
      }
      await rute.continue();
    }),
  );
  assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala'), ['ready']);
  const dapat = await page.evaluate(() =>
    [
      ...document
        .querySelector('ppid-informasi-berkala')!
        .shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]'),
    ].map((g) => g.dataset['item']),
  );
  assert.deepEqual(dapat, ['berkala.profil', 'berkala.apb-desa']);
  assert.deepEqual(galat, []);
  await page.close();
  // Two files, the phrases' chunk one of them, neither a re-export, requested together: one round trip.
  assert.equal(tambahan.length, 2, `the desa catalog loads ${tambahan.join(', ')}`);
  assert.ok(tambahan.includes(FRASA), `the desa catalog loads ${tambahan.join(', ')}`);
  for (const f of tambahan)
    assert.doesNotMatch(readFileSync(new URL(f.replace(/^\/cdn\//, ''), cdn), 'utf8').trim(), FASAD, f);
  assert.equal(serentak, 2, `requested one after another: ${tambahan.join(' → ')}`);
});

for (const [path, desa, grup] of [
  ['/csv-opd.html', false, ['berkala.profil', 'berkala.laporan-keuangan']],
  ['/csv-desa.html', true, ['berkala.profil', 'berkala.apb-desa']],
] as const)
  test(`a CSV register on the CDN modules (${desa ? 'a desa' : 'an OPD'}): its files requested at once${desa ? ', the desa core among them' : ', no desa catalog file'}`, async () => {
    // What the same element loads for a JSON register that needs no catalog file: the files beyond those are
    // the CSV's (the importer and what it needs; a desa's catalog).
    const awal = new Set<string>();
    const dasar = await kunjungi('/kata-kunci-tidak-perlu.html', async (p) =>
      p.on('request', (r) => awal.add(new URL(r.url()).pathname)),
    );
    assert.deepEqual(await keadaan(dasar.page, 'ppid-informasi-berkala'), ['ready']);
    await dasar.page.close();

    // Each of those files is held until no other has been requested for 500 ms: files requested together
    // are held together, a file requested only once another has arrived (it imports the next) is not.
    const tambahan: string[] = [];
    const tertahan = new Set<() => void>();
    let serentak = 0;
    let jeda: ReturnType<typeof setTimeout> | undefined;
    const { page, galat } = await kunjungi(path, (p) =>
      p.route('**/cdn/**', async (rute) => {
        const f = new URL(rute.request().url()).pathname;
        if (!awal.has(f)) {
          tambahan.push(f);
          await new Promise<void>((lepas) => {
            tertahan.add(lepas);
            serentak = Math.max(serentak, tertahan.size);
            clearTimeout(jeda);
            jeda = setTimeout(() => {
              for (const l of tertahan) l();
              tertahan.clear();
            }, 500);
          });
        }
        await rute.continue();
      }),
    );
    assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala'), ['ready']);
    const dapat = await page.evaluate(() =>
      [
        ...document
          .querySelector('ppid-informasi-berkala')!
          .shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]'),
      ].map((g) => g.dataset['item']),
    );
    // A desa's entries are placed by the desa catalog (berkala.apb-desa is no OPD item).
    assert.deepEqual(dapat, grup);
    assert.deepEqual(galat, []);
    await page.close();
    assert.ok(
      tambahan.some((f) => /-csv\.js$/.test(f)),
      `the CSV importer was not loaded: ${tambahan.join(', ')}`,
    );
    // Every berkala entry declares `fulfils`: an OPD's page needs no phrases and loads none for the
    // importer's sake (a desa's catalog takes its shared items' words from them).
    assert.equal(tambahan.includes(FRASA), desa, tambahan.join(', '));
    // The desa catalog (its core, Perki 1/2018's items) is a desa's alone.
    assert.equal(
      tambahan.some((f) => /desa/.test(f)),
      desa,
      `${desa ? 'no' : 'a'} desa catalog file: ${tambahan.join(', ')}`,
    );
    assert.equal(serentak, tambahan.length, `requested one after another: ${tambahan.join(', ')}`);
  });

test("a CSV register on a page with an AMD loader (a global `define`): the CSV parser is the importer's, not handed to the loader", async () => {
  const { page, galat } = await kunjungi('/csv-amd.html');
  assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala'), ['ready']);
  const [entri, dipanggil] = await page.evaluate(() => [
    document.querySelector('ppid-informasi-berkala')!.shadowRoot!.querySelectorAll('[part="entry"]').length,
    (window as unknown as { amdDipanggil?: boolean }).amdDipanggil === true,
  ]);
  assert.ok(Number(entri) > 0, 'no entries from the CSV');
  assert.equal(dipanggil, false, "papaparse registered itself with the page's AMD loader");
  assert.deepEqual(galat, []);
  await page.close();
});

test('no file of the CDN build only re-exports another (a round trip for nothing)', () => {
  const fasad = readdirSync(cdn, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') && FASAD.test(readFileSync(new URL(f, cdn), 'utf8').trim()),
  );
  assert.deepEqual(fasad, []);
});

test('badge.js alone: a verified badge, and the problem words chunk for an agency not in the feed', async () => {
  const { page, galat } = await kunjungi('/lencana.html');
  assert.deepEqual(await keadaan(page, 'ppid-badge'), ['ready', 'empty']);
  const teks = await page.evaluate(
    () =>
      document.querySelectorAll('ppid-badge')[1]!.shadowRoot!.querySelector('[part="notice"]')!.textContent,
  );
  assert.match(teks!, /tidak-ada.*tidak ada dalam feed pemantauan/);
  assert.deepEqual(galat, []);
  await page.close();
});

test('lencana.js alone: one request for the code, a verified badge, and the problem words chunk for an agency not in the feed', async () => {
  const awal = peladen.permintaan.length;
  const { page, galat } = await kunjungi('/lencana-saja.html');
  assert.deepEqual(await keadaan(page, 'ppid-badge'), ['ready', 'empty']);
  const [label, teks] = await page.evaluate(() => {
    const [a, b] = document.querySelectorAll('ppid-badge');
    return [
      a!.shadowRoot!.querySelector('svg > title')!.textContent,
      b!.shadowRoot!.querySelector('[part="notice"]')!.textContent,
    ];
  });
  assert.match(label!, /Dinas Kesehatan: skor 84,4 dari 100, Menuju Informatif/);
  assert.match(label!, /Terverifikasi/);
  assert.match(teks!, /tidak-ada.*tidak ada dalam feed pemantauan/);
  // Before any problem, the page loaded lencana.js and no other code; the problem words are a chunk, with
  // the SDK's zone table (lencana-zona.js, 418 B), which they share with the self-assessed mode since they
  // name a saved copy's zone (session 25): one more small request on the problem path, and no other code.
  const js = peladen.permintaan.slice(awal).filter((p) => p.endsWith('.js'));
  assert.equal(js[0], '/cdn/lencana.js');
  assert.ok(
    js
      .slice(1)
      .every((p) => p.startsWith('/cdn/chunks/lencana-kata-masalah') || p === '/cdn/chunks/lencana-zona.js'),
    js.join(' '),
  );
  assert.deepEqual(galat, []);
  await page.close();
});

for (const [alamat, skrip] of [
  ['/lencana-panel.html', 'informasi-berkala.js'],
  ['/lencana-terbuka.html', 'terbuka.js'],
] as const)
  test(`lencana.js with ${skrip} on one page: both render; a second <ppid-badge> only warns`, async () => {
    const { page, galat } = await kunjungi(alamat);
    assert.deepEqual(await keadaan(page, 'ppid-informasi-berkala, ppid-badge'), ['ready', 'ready']);
    const label = await page.evaluate(
      () => document.querySelector('ppid-badge')!.shadowRoot!.querySelector('svg > title')!.textContent,
    );
    assert.match(label!, /Terverifikasi/);
    // informasi-berkala.js has no <ppid-badge>; terbuka.js has its own, so lencana.js's copy warns once.
    if (skrip === 'terbuka.js') {
      assert.equal(galat.length, 1, galat.join('\n'));
      assert.match(galat[0]!, /^console\.warning: \[terbuka\] <ppid-badge> sudah terdaftar/);
    } else assert.deepEqual(galat, []);
    await page.close();
  });
