/// <reference lib="dom" />
// The widgets measured where they run: the built terbuka.min.js in headless Chromium (playwright-core),
// pages from a loopback static server. Each timing is a loop inside the page (performance.now, repeated,
// median) against a baseline measured in the same page and run; sizes come from the size test's helper.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { DokumenDIP } from '@terbuka/sdk';
import { susunHalaman } from '../demo/kerangka.mjs';
import { median, type Hasil, type Pengukuran } from './harness.js';
import { dipBesar, keCSV } from './sdk.bench.js';
import { bukaPeramban, dariBerkas, dist, halaman, layani } from '../packages/widgets/test/peramban.js';
import type { Berkas, Peladen } from '../packages/widgets/test/peramban.js';
import { ukuranEntri } from '../packages/widgets/test/ukuran-bundel.js';

/** The evaluation moment of every render, so freshness (and so the markup) is the same in every run. */
const SEKARANG = '2026-11-28T03:00:00.000Z';

/** A register of n informasi berkala entries (the panel lists berkala only), realistic fields. */
function dipBerkala(n: number): DokumenDIP {
  const doc = dipBesar(n);
  return { ...doc, items: doc.items.map((i) => ({ ...i, category: 'berkala' as const })) };
}

const json = (x: unknown, tundaMs?: number): Berkas => ({
  body: JSON.stringify(x),
  type: 'application/json; charset=utf-8',
  ...(tundaMs ? { tundaMs } : {}),
});

/** A page that has the script and nothing else; the loops below add and remove elements. */
const KOSONG = halaman(
  '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title>' +
    '<script src="/terbuka.min.js"></script></head><body><main id="wadah"></main></body></html>',
);

/**
 * A page like an agency's PPID page in a typical government WordPress theme: header, menu, text, the
 * panel and the full DIP pasted with the script tag as the docs show, a footer; data and script arrive
 * late, as on a slow connection.
 */
const HALAMAN_PPID = halaman(`<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PPID — Dinas Komunikasi dan Informatika Kabupaten Sukamaju</title>
<link rel="stylesheet" href="/tema.css"></head>
<body>
<header class="kepala"><div class="logo">Pemerintah Kabupaten Sukamaju</div>
<h1>Dinas Komunikasi dan Informatika</h1>
<nav><a href="#">Beranda</a> <a href="#">Profil</a> <a href="#">Berita</a> <a href="#">PPID</a> <a href="#">Layanan</a> <a href="#">Kontak</a></nav></header>
<main class="isi"><article>
<h2>Daftar Informasi Publik</h2>
<p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana Dinas Komunikasi dan Informatika menyediakan
informasi publik sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</p>
<script src="/terbuka.min.js" defer></script>
<ppid-informasi-berkala src="/dip.json"></ppid-informasi-berkala>
<h2>Seluruh Informasi Publik</h2>
<ppid-daftar-informasi src="/dip.json"></ppid-daftar-informasi>
<p>Permohonan informasi dapat diajukan langsung ke kantor PPID atau melalui surel.</p>
</article></main>
<footer class="kaki"><p>© 2026 Dinas Komunikasi dan Informatika Kabupaten Sukamaju. Jl. Merdeka No. 17.</p></footer>
</body></html>`);

const TEMA = {
  body: `body{margin:0;font:16px/1.6 Georgia,serif;color:#222;background:#f4f4f4}
.kepala{background:#0b3d91;color:#fff;padding:16px 24px}.kepala h1{margin:4px 0;font-size:26px}
nav a{color:#fff;margin-right:16px}.isi{max-width:960px;margin:0 auto;padding:24px;background:#fff}
ppid-informasi-berkala,ppid-daftar-informasi{margin:16px 0}.kaki{background:#222;color:#ddd;padding:24px}`,
  type: 'text/css; charset=utf-8',
};

async function denganPeramban<T>(
  rute: Record<string, Berkas>,
  kerja: (page: Page, peladen: Peladen) => Promise<T>,
): Promise<T> {
  const peladen = await layani({ ...rute, '/terbuka.min.js': rute['/terbuka.min.js'] ?? skrip() });
  let peramban: Browser | undefined;
  try {
    peramban = await bukaPeramban();
    const page = await peramban.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx (esbuild, keepNames) wraps named functions in __name(); the functions sent to the page need it.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    return await kerja(page, peladen);
  } finally {
    await peramban?.close();
    await peladen.tutup();
  }
}

const skrip = (tundaMs?: number): Berkas => dariBerkas(new URL('terbuka.min.js', dist), tundaMs);

/** In the page: the documents, fetched and parsed once, outside every timing. */
async function siapkanData(page: Page, ukuran: readonly number[]): Promise<void> {
  await page.evaluate(async (ns) => {
    const w = window as unknown as { dip: Record<number, unknown> };
    w.dip = {};
    for (const n of ns) w.dip[n] = await (await fetch(`/dip-${n}.json`)).json();
  }, ukuran);
}

/**
 * First render: from `data` set on a new element to its laid-out list, against inserting the same list as
 * pre-rendered HTML (the element's full markup, every entry, with its stylesheets) into a shadow root.
 */
function renderPertama(n: number, ulang: number): Pengukuran {
  const name = `widgets: first render <ppid-informasi-berkala>, ${n.toLocaleString('en')} items ÷ the full list as pre-rendered HTML`;
  return {
    name,
    ukur: () =>
      denganPeramban({ '/': KOSONG, [`/dip-${n}.json`]: json(dipBerkala(n)) }, async (page, peladen) => {
        await page.goto(`${peladen.url}/`);
        await siapkanData(page, [n]);
        const { subjek, dasar, dasarTampil, entri, entriTampil } = await page.evaluate(
          async ({ n, ulang, sekarang }) => {
            type El = HTMLElement & {
              data: unknown;
              now: Date;
              state: string;
              updateComplete: Promise<boolean>;
            };
            const doc = (window as unknown as { dip: Record<number, unknown> }).dip[n];
            const wadah = document.getElementById('wadah')!;
            const tata = (el: HTMLElement): number => el.offsetHeight; // forces style and layout
            async function render(): Promise<[number, El]> {
              const t0 = performance.now();
              const el = document.createElement('ppid-informasi-berkala') as El;
              el.now = new Date(sekarang);
              el.data = doc;
              wadah.append(el);
              // Ready after its first update when the data is already here; a load that needs a task
              // (a chunk) is waited for with one, not by spinning on microtasks.
              await el.updateComplete;
              while (el.state === 'loading') {
                await new Promise((r) => setTimeout(r));
                await el.updateComplete;
              }
              tata(el);
              return [performance.now() - t0, el];
            }
            // The markup of the whole list (printing renders every entry), with the element's styles.
            const [, contoh] = await render();
            const markupTampil = contoh.shadowRoot!.innerHTML;
            const entriTampil = contoh.shadowRoot!.querySelectorAll('[part="entry"]').length;
            window.dispatchEvent(new Event('beforeprint'));
            await contoh.updateComplete;
            const markup = contoh.shadowRoot!.innerHTML;
            const sheets = contoh.shadowRoot!.adoptedStyleSheets;
            const entri = contoh.shadowRoot!.querySelectorAll('[part="entry"]').length;
            window.dispatchEvent(new Event('afterprint'));
            contoh.remove();
            function sisip(markup: string): number {
              const t0 = performance.now();
              const host = document.createElement('div');
              const root = host.attachShadow({ mode: 'open' });
              root.adoptedStyleSheets = sheets;
              root.innerHTML = markup;
              wadah.append(host);
              tata(host);
              const t = performance.now() - t0;
              host.remove();
              return t;
            }
            const subjek: number[] = [];
            const dasar: number[] = [];
            const dasarTampil: number[] = [];
            for (let i = 0; i < ulang; i++) {
              const [t, el] = await render();
              subjek.push(t);
              el.remove();
              dasar.push(sisip(markup));
              dasarTampil.push(sisip(markupTampil));
              await new Promise((r) => setTimeout(r, 20));
            }
            return { subjek, dasar, dasarTampil, entri, entriTampil };
          },
          { n, ulang, sekarang: SEKARANG },
        );
        if (entri < n) throw new Error(`${name}: the pre-rendered list has ${entri} entries, not ${n}`);
        const subjectMs = median(subjek);
        const baselineMs = median(dasar);
        const tampilMs = median(dasarTampil);
        return [
          { name, subjectMs, baselineMs, ratio: subjectMs / baselineMs, goalRatio: 1.3 },
          {
            // The widget's own cost: the same render against inserting exactly the DOM it produced.
            name: `widgets: same render, ${n.toLocaleString('en')} items ÷ inserting the ${entriTampil} entries it renders first`,
            subjectMs,
            baselineMs: tampilMs,
            ratio: subjectMs / tampilMs,
          },
        ];
      }),
  };
}

/**
 * One keystroke in the search field: from the input event to the laid-out list. `lambat`: the CPU slowed
 * down that many times (Chrome DevTools' "mid-tier mobile" is 4×), for a citizen's phone.
 */
function ketikan(n: number, lambat = 1): Pengukuran {
  const name = `widgets: filter keystroke at ${n.toLocaleString('en')} items${lambat > 1 ? `, CPU ${lambat}× slower (a mid-range phone)` : ''} (median)`;
  return {
    name,
    ukur: () =>
      denganPeramban({ '/': KOSONG, [`/dip-${n}.json`]: json(dipBerkala(n)) }, async (page, peladen) => {
        await page.goto(`${peladen.url}/`);
        await siapkanData(page, [n]);
        if (lambat > 1)
          await (
            await page.context().newCDPSession(page)
          ).send('Emulation.setCPUThrottlingRate', {
            rate: lambat,
          });
        const sampel = await page.evaluate(
          async ({ n, sekarang }) => {
            type El = HTMLElement & {
              data: unknown;
              now: Date;
              state: string;
              updateComplete: Promise<boolean>;
            };
            const el = document.createElement('ppid-informasi-berkala') as El;
            el.now = new Date(sekarang);
            el.data = (window as unknown as { dip: Record<number, unknown> }).dip[n];
            document.getElementById('wadah')!.append(el);
            await el.updateComplete;
            while (el.state === 'loading') {
              await new Promise((r) => setTimeout(r));
              await el.updateComplete;
            }
            const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
            const kata = 'laporan kinerja';
            const kueri: string[] = [];
            for (let i = 1; i <= kata.length; i++) kueri.push(kata.slice(0, i));
            for (let i = kata.length - 1; i >= 0; i--) kueri.push(kata.slice(0, i));
            const sampel: number[] = [];
            for (let putaran = 0; putaran < 3; putaran++)
              for (const q of kueri) {
                const t0 = performance.now();
                input.value = q;
                input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
                await el.updateComplete;
                void el.offsetHeight;
                sampel.push(performance.now() - t0);
                await new Promise((r) => requestAnimationFrame(r));
              }
            return sampel;
          },
          { n, sekarang: SEKARANG },
        );
        const ms = median(sampel);
        return [
          {
            name,
            subjectMs: ms,
            nilai: `${sampel.length} keystrokes, p90 ${[...sampel].sort((a, b) => a - b)[Math.floor(sampel.length * 0.9)]!.toFixed(1)} ms`,
            goal: { text: '≤ 16 ms', met: ms <= 16 },
          },
        ];
      }),
  };
}

/**
 * A tab switch of the full DIP (every category): from the click to the laid-out panel. Only the open tab's
 * panel holds entries, so a switch builds one panel, not four.
 */
function pindahTab(n: number): Pengukuran {
  const name = `widgets: tab switch of the full DIP at ${n.toLocaleString('en')} items (median)`;
  return {
    name,
    ukur: () =>
      denganPeramban({ '/': KOSONG, [`/dip-${n}.json`]: json(dipBesar(n)) }, async (page, peladen) => {
        await page.goto(`${peladen.url}/`);
        await siapkanData(page, [n]);
        const sampel = await page.evaluate(
          async ({ n, sekarang }) => {
            type El = HTMLElement & {
              data: unknown;
              now: Date;
              state: string;
              updateComplete: Promise<boolean>;
            };
            const el = document.createElement('ppid-daftar-informasi') as El;
            el.now = new Date(sekarang);
            el.data = (window as unknown as { dip: Record<number, unknown> }).dip[n];
            document.getElementById('wadah')!.append(el);
            await el.updateComplete;
            while (el.state === 'loading') {
              await new Promise((r) => setTimeout(r));
              await el.updateComplete;
            }
            const tab = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
            const sampel: number[] = [];
            for (let putaran = 0; putaran < 5; putaran++)
              for (const t of [...tab.slice(1), tab[0]!]) {
                const t0 = performance.now();
                t.click();
                await el.updateComplete;
                void el.offsetHeight;
                sampel.push(performance.now() - t0);
                await new Promise((r) => requestAnimationFrame(r));
              }
            return sampel;
          },
          { n, sekarang: SEKARANG },
        );
        const ms = median(sampel);
        return [
          {
            name,
            subjectMs: ms,
            nilai: `${sampel.length} switches, p90 ${[...sampel].sort((a, b) => a - b)[Math.floor(sampel.length * 0.9)]!.toFixed(1)} ms`,
            // A response within 100 ms on a phone about four times slower than this machine.
            goal: { text: '≤ 25 ms', met: ms <= 25 },
          },
        ];
      }),
  };
}

/** A page with the panel and the full DIP, as pasted: one `src` for both, or the DIP inline in each. */
function halamanDua(sumber: { src: string } | { inline: string }): Berkas {
  const isi =
    'src' in sumber
      ? ` src="${sumber.src}">`
      : `><script type="application/json">${sumber.inline.replace(/</g, '\\u003c')}</script>`;
  return halaman(
    '<!doctype html><html lang="id"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>' +
      '<script src="/terbuka.min.js" defer></script></head><body><main>' +
      `<ppid-informasi-berkala${isi}</ppid-informasi-berkala>` +
      `<ppid-daftar-informasi${isi}</ppid-daftar-informasi>` +
      '</main></body></html>',
  );
}

/**
 * In the page, from its first script: the instants (ms from navigation) at which both lists first show
 * entries and at which both have settled (not loading), by a check each frame.
 */
function mulaiJam(): void {
  const w = window as unknown as { tampil?: number; selesai?: number };
  const daftar = (): Element[] => [
    ...document.querySelectorAll('ppid-informasi-berkala, ppid-daftar-informasi'),
  ];
  const cek = (): void => {
    const el = daftar();
    if (el.length === 2) {
      if (w.tampil === undefined && el.every((e) => e.shadowRoot?.querySelector('[part="entry"]')))
        w.tampil = performance.now();
      if (w.selesai === undefined && el.every((e) => (e.getAttribute('state') ?? 'loading') !== 'loading'))
        w.selesai = performance.now();
    }
    if (w.tampil === undefined || w.selesai === undefined) requestAnimationFrame(cek);
  };
  requestAnimationFrame(cek);
}

/** CPU slowed as on a budget phone (Chrome's throttling: 4× slower than this machine). */
const PERLAMBAT_CPU = 4;

/**
 * A whole page load on a phone-like browser (360 px, CPU 4×): the panel and the full DIP from one `src`
 * (JSON or CSV: fetched once, read once, the last good copy saved) against a baseline in the same run.
 * First visit (empty storage) for each; with `keduaKali`, a second visit that shows the saved copy first.
 */
function muatHalaman(n: number, format: 'json' | 'csv', keduaKali = false): Pengukuran {
  const jumlah = n.toLocaleString('en');
  const name = keduaKali
    ? `widgets: phone (CPU ${PERLAMBAT_CPU}×), second visit, ${jumlah} items JSON from src: both lists showing entries ÷ the first visit`
    : format === 'json'
      ? `widgets: phone (CPU ${PERLAMBAT_CPU}×), panel + full DIP from one src, ${jumlah} items JSON: both lists showing entries ÷ the same DIP inline`
      : `widgets: phone (CPU ${PERLAMBAT_CPU}×), panel + full DIP from one src, ${jumlah} items CSV ÷ the same entries as JSON (the CSV without summaries)`;
  return {
    name,
    ukur: async () => {
      const doc = dipBesar(n);
      const teks = JSON.stringify(doc);
      const peladen = await layani({
        '/terbuka.min.js': skrip(),
        '/terbuka-csv.js': dariBerkas(new URL('terbuka-csv.js', dist)),
        '/dip.json': { body: teks, type: 'application/json; charset=utf-8' },
        '/dip.csv': { body: keCSV(doc), type: 'text/csv; charset=utf-8' },
        '/json': halamanDua({ src: '/dip.json' }),
        '/csv': halamanDua({ src: '/dip.csv' }),
        '/inline': halamanDua({ inline: teks }),
      });
      const peramban = await bukaPeramban();
      try {
        /** Loads `path` `kali` times in one context (the second load finds the saved copy). */
        const muat = async (path: string, kali = 1): Promise<{ tampil: number; selesai: number }> => {
          const konteks = await peramban.newContext({ viewport: { width: 360, height: 740 } });
          try {
            let hasil = { tampil: 0, selesai: 0 };
            for (let i = 0; i < kali; i++) {
              const page = await konteks.newPage();
              await page.addInitScript({
                content: `globalThis.__name = (f) => f; (${mulaiJam.toString()})();`,
              });
              const cdp = await konteks.newCDPSession(page);
              await cdp.send('Emulation.setCPUThrottlingRate', { rate: PERLAMBAT_CPU });
              await page.goto(`${peladen.url}${path}`);
              await page.waitForFunction(
                () => {
                  const w = window as unknown as { tampil?: number; selesai?: number };
                  return w.tampil !== undefined && w.selesai !== undefined;
                },
                undefined,
                { timeout: 120_000 },
              );
              hasil = await page.evaluate(() => {
                const w = window as unknown as { tampil: number; selesai: number };
                // The saved copy is written after the read: let it finish before the next visit.
                return { tampil: w.tampil, selesai: w.selesai };
              });
              await page.waitForTimeout(300);
              await page.close();
            }
            return hasil;
          } finally {
            await konteks.close();
          }
        };
        const subjek: number[] = [];
        const dasar: number[] = [];
        const selesai: number[] = [];
        for (let putaran = 0; putaran < 3; putaran++) {
          const s = keduaKali ? await muat('/json', 2) : await muat(format === 'json' ? '/json' : '/csv');
          const d = keduaKali || format === 'csv' ? await muat('/json') : await muat('/inline');
          subjek.push(s.tampil);
          selesai.push(s.selesai);
          dasar.push(d.tampil);
        }
        const subjectMs = median(subjek);
        const baselineMs = median(dasar);
        return [
          {
            name,
            subjectMs,
            baselineMs,
            ratio: subjectMs / baselineMs,
            nilai: `settled at ${Math.round(median(selesai))} ms`,
          },
        ];
      } finally {
        await peramban.close();
        await peladen.tutup();
      }
    },
  };
}

/**
 * Interaction to Next Paint on a phone-like browser (360 px, CPU 4×), as a reader meets it: on the page with
 * the panel and the full DIP from one `src`, "laporan" typed into the panel's search key by key, its year
 * filter changed from the keyboard (the newest year, the next, back, all years), then each tab of the full
 * DIP clicked, through real input events. Each interaction's duration comes from the
 * browser's Event Timing entries (input to the next frame painted); the worst is the page's INP. Goal: ≤ 200
 * ms, "good" by Chrome's Web Vitals.
 */
function interaksiPonsel(n: number): Pengukuran {
  const jumlah = n.toLocaleString('en');
  const name = `widgets: phone (CPU ${PERLAMBAT_CPU}×), interaction to next paint, ${jumlah} items: typing in the search, changing the year, clicking the tabs`;
  return {
    name,
    ukur: async () => {
      const doc = dipBesar(n);
      const peladen = await layani({
        '/terbuka.min.js': skrip(),
        '/dip.json': { body: JSON.stringify(doc), type: 'application/json; charset=utf-8' },
        '/': halamanDua({ src: '/dip.json' }),
      });
      const peramban = await bukaPeramban();
      try {
        const ketik: number[] = [];
        const tahun: number[] = [];
        const klik: number[] = [];
        // How many of each were made: those under 16 ms are not reported, and count as 16.
        let nKetik = 0;
        let nTahun = 0;
        let nKlik = 0;
        for (let putaran = 0; putaran < 3; putaran++) {
          const konteks = await peramban.newContext({ viewport: { width: 360, height: 740 } });
          const page = await konteks.newPage();
          await page.addInitScript({
            content: `globalThis.__name = (f) => f; (${mulaiJam.toString()})();
              globalThis.__interaksi = new Map();
              new PerformanceObserver((l) => {
                for (const e of l.getEntries())
                  if (e.interactionId) {
                    const d = globalThis.__interaksi.get(e.interactionId) ?? { mulai: e.startTime, durasi: 0 };
                    d.durasi = Math.max(d.durasi, e.duration);
                    globalThis.__interaksi.set(e.interactionId, d);
                  }
              }).observe({ type: 'event', durationThreshold: 16, buffered: true });`,
          });
          const cdp = await konteks.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: PERLAMBAT_CPU });
          await page.goto(`${peladen.url}/`);
          await page.waitForFunction(
            () => (window as unknown as { selesai?: number }).selesai !== undefined,
            undefined,
            {
              timeout: 120_000,
            },
          );
          await page.waitForTimeout(500);
          const cari = page.locator('ppid-informasi-berkala [part="search"]');
          await cari.click();
          await page.evaluate(() =>
            (window as unknown as { __interaksi: Map<number, unknown> }).__interaksi.clear(),
          );
          for (const huruf of 'laporan') {
            nKetik++;
            await page.keyboard.press(huruf);
            await page.waitForTimeout(250);
          }
          // Each phase's interactions are told apart by when they started.
          const sekarang = (): Promise<number> => page.evaluate(() => performance.now());
          const awalTahun = await sekarang();
          // A closed select: the arrow keys change the year (a change event each).
          await page.locator('ppid-informasi-berkala [part="year"]').focus();
          for (const k of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
            nTahun++;
            await page.keyboard.press(k);
            await page.waitForTimeout(400);
          }
          const awalTab = await sekarang();
          const tab = page.locator('ppid-daftar-informasi [role="tab"]');
          const nTab = await tab.count();
          for (const i of [...Array(nTab).keys()].slice(1).concat(0)) {
            nKlik++;
            await tab.nth(i).click();
            await page.waitForTimeout(400);
          }
          await page.waitForTimeout(500);
          const hasil = await page.evaluate(() => [
            ...(
              window as unknown as { __interaksi: Map<number, { mulai: number; durasi: number }> }
            ).__interaksi.values(),
          ]);
          for (const x of hasil)
            (x.mulai >= awalTab ? klik : x.mulai >= awalTahun ? tahun : ketik).push(x.durasi);
          if (process.env['TERBUKA_BENCH_DEBUG']) console.error(JSON.stringify(hasil));
          await konteks.close();
        }
        const terburuk = Math.max(16, ...ketik, ...tahun, ...klik);
        const p = (xs: number[], n: number): string => {
          const semua = [...xs, ...Array<number>(Math.max(0, n - xs.length)).fill(16)];
          return `median ${Math.round(median(semua))} ms, worst ${Math.round(Math.max(...semua))} ms`;
        };
        return [
          {
            name,
            nilai: `keystrokes ${p(ketik, nKetik)}; year changes ${p(tahun, nTahun)}; tab clicks ${p(klik, nKlik)}`,
            goal: { text: '≤ 200 ms', met: terburuk <= 200 },
          },
        ];
      } finally {
        await peramban.close();
        await peladen.tutup();
      }
    },
  };
}

const DEMO = new URL('../demo/situs/', import.meta.url);
const KERANGKA_DEMO = new URL('../demo/kerangka/halaman.html', import.meta.url);

/** Every file of the demo site, the built widgets under /terbuka/ as `npm start` serves them. */
function ruteDemo(tanpaDefer: boolean): Record<string, Berkas> {
  const rute: Record<string, Berkas> = {};
  const jelajah = (dir: URL, awalan: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) jelajah(new URL(`${e.name}/`, dir), `${awalan}${e.name}/`);
      else
        rute[`${awalan}${e.name}`] = dariBerkas(new URL(e.name, dir), /\.(json|csv)$/.test(e.name) ? 600 : 0);
    }
  };
  jelajah(DEMO, '/');
  rute['/terbuka/terbuka.min.js'] = skrip(300);
  rute['/terbuka/terbuka-csv.js'] = dariBerkas(new URL('terbuka-csv.js', dist));
  // The PPID page as the demo server sends it: its own part in the shared layout (head, site CSS with the
  // lists' :not(:defined) reservation, header, footer with the badge), not the bare part file.
  const ppid = susunHalaman(
    readFileSync(KERANGKA_DEMO, 'utf8'),
    readFileSync(new URL('ppid.html', DEMO), 'utf8'),
    'ppid.html',
  );
  rute['/'] = tanpaDeferPada(halaman(ppid), tanpaDefer);
  return rute;
}

/** The page with its terbuka.min.js tag as pasted, or without `defer` (run as it is parsed). */
function tanpaDeferPada(b: Berkas, tanpaDefer: boolean): Berkas {
  if (!tanpaDefer) return b;
  const html = String(b.body);
  const tanpa = html.replace(/(<script src="[^"]*terbuka\.min\.js") defer>/, '$1>');
  if (tanpa === html) throw new Error('no deferred terbuka.min.js tag in the page');
  return halaman(tanpa);
}

/**
 * Cumulative layout shift of the demo's PPID page (else a page like it) while its widgets load, the
 * script arriving 300 ms and the data 600 ms late, as on a slow connection; the script tag as the page
 * has it (`defer`), or without `defer`.
 */
function pergeseranTata(tanpaDefer: boolean): Pengukuran {
  const demo = existsSync(new URL('ppid.html', DEMO));
  const name =
    `widgets: layout shift (CLS) while widgets load, ${demo ? 'demo/situs/ppid.html' : 'a PPID-like page'}` +
    (tanpaDefer ? ', script tag without defer' : '');
  return {
    name,
    ukur: () =>
      denganPeramban(
        demo
          ? ruteDemo(tanpaDefer)
          : {
              '/': tanpaDeferPada(HALAMAN_PPID, tanpaDefer),
              '/tema.css': TEMA,
              '/terbuka.min.js': skrip(300),
              '/dip.json': json(dipBesar(60), 600),
            },
        async (page, peladen) => {
          const geser: string[] = [];
          page.on('console', (m) => {
            if (m.text().startsWith('layout-shift')) geser.push(m.text());
          });
          await page.addInitScript(() => {
            const w = window as unknown as { cls: number };
            w.cls = 0;
            new PerformanceObserver((l) => {
              for (const e of l.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
                sources: { node?: Node }[];
              })[])
                if (!e.hadRecentInput) {
                  w.cls += e.value;
                  const dari = e.sources.map(
                    (s) => (s.node as Element | undefined)?.localName ?? s.node?.nodeName,
                  );
                  console.log(
                    `layout-shift ${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${dari.join(', ')}`,
                  );
                }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(`${peladen.url}/`);
          await page.waitForFunction(() =>
            [...document.querySelectorAll('ppid-informasi-berkala, ppid-daftar-informasi')].every(
              (e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading',
            ),
          );
          await page.waitForTimeout(500);
          const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
          if (process.env['TERBUKA_BENCH_DEBUG']) console.error(geser.join('\n'));
          return [{ name, nilai: `CLS ${cls.toFixed(3)}`, goal: { text: '= 0', met: cls === 0 } }];
        },
      ),
  };
}

const kB = (b: number): string => `${(b / 1000).toFixed(1)} kB`;

/** Sizes per entry point, as the size test measures them. */
const ukuranBundel: Pengukuran = {
  name: 'widgets: bundle size',
  ukur: async (): Promise<Hasil[]> =>
    ukuranEntri().map((u) => ({
      name: `widgets: bundle ${u.name}`,
      nilai: `${kB(u.min)} min · ${kB(u.gzip)} gzip · ${kB(u.brotli)} brotli`,
    })),
};

export function widgetsSuite(): Pengukuran[] {
  return [
    renderPertama(1_000, 12),
    renderPertama(10_000, 4),
    ketikan(10_000),
    ketikan(5_000, 4),
    pindahTab(10_000),
    muatHalaman(1_000, 'json'),
    muatHalaman(5_000, 'json'),
    muatHalaman(1_000, 'csv'),
    muatHalaman(5_000, 'csv'),
    muatHalaman(5_000, 'json', true),
    interaksiPonsel(1_000),
    interaksiPonsel(5_000),
    pergeseranTata(false),
    pergeseranTata(true),
    ukuranBundel,
  ];
}
