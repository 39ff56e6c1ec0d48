import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PASAL_17 } from '@terbuka/sdk';
import type { DokumenDIP } from '@terbuka/sdk';
import './define.js';
import '../informasi-berkala/define.js';
import { PpidDaftarInformasi } from './daftar-informasi.js';
import { PpidInformasiBerkala } from '../informasi-berkala/informasi-berkala.js';
import { DaftarElement } from '../internal/daftar/daftar-element.js';
import { LANGKAH_TAMPIL } from '../internal/daftar/batas.js';
import { bacaFixture, dokumenUji, SEKARANG, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';

const FIXTURE_JSON = '/packages/sdk/fixtures/sukamaju/dip.json';
const FIXTURE_CSV = '/packages/sdk/fixtures/sukamaju/dip-excel.csv';
const $ = (el: HTMLElement, sel: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: HTMLElement, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const bersih = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function daftar(t: ReturnType<typeof html>, status = 'ready'): Promise<PpidDaftarInformasi> {
  const el = await fixture<PpidDaftarInformasi>(t);
  await tungguSampai(() => el.state === status);
  await el.updateComplete;
  return el;
}

/** Like `daftar`, once no request is in flight either (a saved copy shows while the source is read). */
async function selesai(t: ReturnType<typeof html>, status: string): Promise<PpidDaftarInformasi> {
  const el = await fixture<PpidDaftarInformasi>(t);
  el.jedaUlangMs = 10;
  await tungguSampai(
    () => el.state === status && $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false',
  );
  if (el.mode === 'periksa') await tungguSampai(() => $(el, '[part="checklist"]') !== null);
  await el.updateComplete;
  return el;
}

/** Keeps `doc` in localStorage as the saved copy of `src`, received at 07.05 UTC (14.05 WIB) on 28 November 2026. */
function simpanSalinanUji(src: string, doc: DokumenDIP): void {
  localStorage.setItem(
    `terbuka:salinan:${new URL(src, document.baseURI).href}`,
    JSON.stringify({
      teks: JSON.stringify(doc),
      contentType: 'application/json',
      disimpan: '2026-11-28T07:05:00.000Z',
    }),
  );
}

const tabs = (el: HTMLElement): HTMLElement[] => $$(el, '[role="tab"]');
/** The count as a screen reader hears it: its live region. */
const dengar = (el: HTMLElement): string => bersih($(el, '[part="toolbar"] [role="status"]')?.textContent);
/** A tab's words as assistive technology reads them (the short label and the shown number are aria-hidden). */
const namaTab = (t: HTMLElement): string =>
  bersih([...t.querySelectorAll(':scope > :not([aria-hidden="true"])')].map((e) => e.textContent).join(' '));
const terpilih = (el: HTMLElement): string | undefined =>
  tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')?.dataset['kategori'];

beforeEach(() => localStorage.clear());

describe('<ppid-daftar-informasi>', () => {
  it('shares the engine of the informasi berkala panel', () => {
    expect(PpidDaftarInformasi.prototype).to.be.instanceOf(DaftarElement);
    expect(PpidInformasiBerkala.prototype).to.be.instanceOf(DaftarElement);
  });

  it('shows four category tabs with counts, from JSON and from CSV alike', async () => {
    for (const src of [FIXTURE_JSON, FIXTURE_CSV]) {
      const el = await daftar(
        html`<ppid-daftar-informasi src=${src} .now=${SEKARANG}></ppid-daftar-informasi>`,
      );
      expect(tabs(el).map(namaTab)).to.deep.equal([
        'Informasi Berkala, 26 informasi',
        'Informasi Serta-merta, 5 informasi',
        'Informasi Setiap Saat, 9 informasi',
        'Informasi yang Dikecualikan, 4 informasi',
      ]);
      expect(bersih($(el, '[part="count"]')?.textContent)).to.equal('44 dari 44 informasi');
      expect(terpilih(el)).to.equal('berkala');
      const panel = $(el, '[role="tabpanel"]:not([hidden])')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal('tab-berkala');
      // 26 berkala entries: the first step of them (batas.ts).
      expect(panel.querySelectorAll('.entri')).to.have.length(Math.min(26, LANGKAH_TAMPIL));
      await expect(el).to.be.accessible();
    }
  });

  it('reads a register in the classic template: categories as section rows, no Kategori column', async () => {
    const teks = [
      'DAFTAR INFORMASI PUBLIK;;',
      'No;Ringkasan Isi Informasi;Pejabat/Unit yang Menguasai Informasi',
      '1;2;3',
      'A;INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA;',
      '1;Profil Dinas;Sekretariat',
      '2;Laporan Keuangan;Subbag Keuangan',
      'B;INFORMASI YANG WAJIB DIUMUMKAN SECARA SERTA MERTA;',
      '1;Peringatan dini bencana;Bidang Informasi',
      'C;INFORMASI YANG WAJIB TERSEDIA SETIAP SAAT;',
      '1;Daftar Informasi Publik;PPID',
    ].join('\n');
    const palsu = pasangFetchPalsu(() => ({ body: teks, headers: { 'Content-Type': 'text/csv' } }));
    try {
      const el = await daftar(
        html`<ppid-daftar-informasi
          src="/dip-klasik.csv"
          agency-name="Dinas Uji"
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
      );
      expect(tabs(el).map(namaTab)).to.deep.equal([
        'Informasi Berkala, 2 informasi',
        'Informasi Serta-merta, 1 informasi',
        'Informasi Setiap Saat, 1 informasi',
        'Informasi yang Dikecualikan, 0 informasi',
      ]);
      expect(bersih($(el, '[part="count"]')?.textContent)).to.equal('4 dari 4 informasi');
      await expect(el).to.be.accessible();
    } finally {
      palsu.pulihkan();
    }
  });

  it('follows the ARIA tabs pattern: arrows, Home and End move and focus the selection', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi src=${FIXTURE_JSON} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    tabs(el)[0]!.focus();
    const fokus = (): string | undefined =>
      (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['kategori'];
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([terpilih(el), fokus()]).to.deep.equal(['serta-merta', 'serta-merta']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect([terpilih(el), fokus()]).to.deep.equal(['dikecualikan', 'dikecualikan']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([terpilih(el), fokus()]).to.deep.equal(['berkala', 'berkala']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(terpilih(el)).to.equal('dikecualikan');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(terpilih(el)).to.equal('berkala');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(terpilih(el)).to.equal('setiap-saat');
    expect($(el, '[role="tabpanel"]:not([hidden])')!.querySelectorAll('.entri')).to.have.length(9);
    await expect(el).to.be.accessible();
  });

  it('shows the Pasal 17 grounds, exclusion period and decision of DIK entries', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi src=${FIXTURE_JSON} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    tabs(el)[3]!.click();
    await el.updateComplete;
    const entri = [...$(el, '#panel-dikecualikan')!.querySelectorAll('.entri')].find((e) =>
      e.textContent!.includes('Konfigurasi Keamanan'),
    )!;
    const isi = bersih(entri.textContent);
    expect(isi).to.contain(`Pasal 17 huruf c UU KIP — ${PASAL_17[2]!.title.id}`);
    expect(isi).to.contain(`Pasal 17 huruf j UU KIP — ${PASAL_17[9]!.title.id}`);
    expect(isi).to.contain('Selama sistem masih digunakan');
    expect(isi).to.contain('800/031/DISKOMINFO/2026, 15 Januari 2026');
    await expect(el).to.be.accessible();
  });

  it('searches across every category and updates the tab counts', async () => {
    const doc = dokumenUji([
      { title: 'Laporan Keuangan' },
      { title: 'Daftar Aset', category: 'setiap-saat' },
      { title: 'Laporan Aset Daerah', category: 'setiap-saat' },
    ]);
    const el = await daftar(
      html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    ($(el, '[part="search"]') as HTMLInputElement).focus();
    await sendKeys({ type: 'ASET' });
    await el.updateComplete;
    expect(tabs(el).map((t) => bersih(t.querySelector('.hitung')!.textContent))).to.deep.equal([
      '0',
      '0',
      '2',
      '0',
    ]);
    expect(bersih($(el, '[part="count"]')!.textContent)).to.equal('2 dari 3 informasi');
    // The open tab (berkala) has none of them: the count a screen reader hears once the typing pauses says
    // where they are.
    await tungguSampai(() => dengar(el).startsWith('2 dari'));
    expect(dengar(el)).to.equal(
      '2 dari 3 informasi. Tidak ada yang cocok di tab ini; 2 cocok di Informasi Setiap Saat.',
    );
  });

  describe('an empty tab', () => {
    const doc = dokumenUji([
      { title: 'Laporan Keuangan' },
      { title: 'Daftar Aset', category: 'setiap-saat' },
      { title: 'Aset rusak akibat banjir', category: 'serta-merta' },
    ]);
    const kosong = (el: HTMLElement): string =>
      bersih($(el, '[role="tabpanel"]:not([hidden]) .kosong')?.textContent);

    it('without a search says the category has no information, not that nothing matches', async () => {
      const el = await daftar(
        html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
      );
      tabs(el)[3]!.click();
      await el.updateComplete;
      expect(terpilih(el)).to.equal('dikecualikan');
      expect(kosong(el)).to.equal('Belum ada informasi dalam kategori ini.');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await tungguSampai(() => kosong(el) === 'There is no information in this category yet.');
    });

    it('with a search that finds entries only in other tabs, says so and names them', async () => {
      const el = await daftar(
        html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
      );
      ($(el, '[part="search"]') as HTMLInputElement).focus();
      await sendKeys({ type: 'aset' });
      await el.updateComplete;
      expect(terpilih(el)).to.equal('berkala');
      expect(kosong(el)).to.equal(
        'Tidak ada yang cocok di tab ini; 1 cocok di Informasi Serta-merta, 1 cocok di Informasi Setiap Saat.',
      );
      // The count is the live region a screen reader hears after typing: it says the same after the number.
      const jumlah = `2 dari ${doc.items.length} informasi`;
      await tungguSampai(() => dengar(el).startsWith(jumlah));
      expect(dengar(el)).to.equal(`${jumlah}. ${kosong(el)}`);
      // Shown once: in the tab; the count shown is the number only (and not read: the live region says it).
      expect(bersih($(el, '[part="count"]')?.textContent)).to.equal(jumlah);
      expect($(el, '[part="count"]')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      // Its own tab opened: only the number.
      tabs(el)[1]!.click();
      await el.updateComplete;
      await tungguSampai(() => dengar(el) === jumlah);
      tabs(el)[0]!.click();
      await el.updateComplete;
      el.setAttribute('lang', 'en');
      await tungguSampai(() => kosong(el).startsWith('Nothing'));
      expect(kosong(el)).to.match(/^Nothing in this tab matches; found 1 in .+, 1 in .+\.$/);
      await tungguSampai(() => dengar(el) === `2 of ${doc.items.length} entries. ${kosong(el)}`);
    });

    it('with faulty entries hidden: none in this category can be shown, not "none yet" (id, en)', async () => {
      // Row 3's fault is its category: the DIP's count is in the notice, no tab can claim its own.
      const csv = [
        'No;Judul;Kategori;Tanggal Pembaruan',
        '1;Laporan Keuangan;Berkala;2026-09-01',
        '2;;Setiap Saat;2026-09-01',
        '3;Aset rusak akibat banjir;Serta Mrta;2026-09-01',
      ].join('\n');
      const palsu = pasangFetchPalsu(() => ({ body: csv, headers: { 'Content-Type': 'text/csv' } }));
      try {
        const el = await daftar(
          html`<ppid-daftar-informasi src="/dip.csv" .now=${SEKARANG}></ppid-daftar-informasi>`,
        );
        expect(bersih($(el, '[part="notice"]')?.textContent)).to.contain(
          '2 informasi dalam DIP ini tidak ditampilkan',
        );
        expect(tabs(el).map(namaTab)).to.deep.equal([
          'Informasi Berkala, 1 informasi',
          'Informasi Serta-merta, 0 informasi',
          'Informasi Setiap Saat, 0 informasi',
          'Informasi yang Dikecualikan, 0 informasi',
        ]);
        tabs(el)[2]!.click();
        await el.updateComplete;
        expect(kosong(el)).to.equal('Belum ada informasi dalam kategori ini yang dapat ditampilkan.');
        await expect(el).to.be.accessible();
        el.setAttribute('lang', 'en');
        await tungguSampai(() => kosong(el) === 'No information in this category can be shown yet.');
        await expect(el).to.be.accessible();
      } finally {
        palsu.pulihkan();
      }
    });

    it('is reached from the keyboard: Tab from the tab lands in the panel (ARIA tabs pattern)', async () => {
      const el = await daftar(
        html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
      );
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(terpilih(el)).to.equal('dikecualikan');
      await sendKeys({ press: 'Tab' });
      const fokus = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(fokus?.id).to.equal('panel-dikecualikan');
      expect(fokus?.getAttribute('role')).to.equal('tabpanel');
      await expect(el).to.be.accessible();
    });

    it('scrolling inside (--ppid-height): one tab stop, the panel, which scrolls the list with the arrow keys', async () => {
      const el = await daftar(
        html`<ppid-daftar-informasi
          style="--ppid-height: 240px"
          src=${FIXTURE_JSON}
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
      );
      const isi = $(el, '[part="body"]') as HTMLElement;
      expect(isi.scrollHeight).to.be.above(isi.clientHeight);
      // The list area was a tab stop of its own before the tabs and the panel: three in a row.
      expect(isi.hasAttribute('tabindex')).to.equal(false);
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      const fokus = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(fokus?.getAttribute('role')).to.equal('tabpanel');
      await sendKeys({ press: 'ArrowDown' });
      await tungguSampai(() => isi.scrollTop > 0);
      await expect(el).to.be.accessible();
    });
  });

  it('every entry faulty: none can be shown yet, beside the notice that counts them; state empty (id, en)', async () => {
    const csv = [
      'No;Judul;Kategori;Kode Item Wajib;Tanggal Pembaruan;Tautan',
      '1;Profil Dinas;Berkla;berkala.profil;2026-09-01;',
      '2;Laporan Keuangan;Informasi Umum;;2026-09-01;',
      '3;Rencana Kerja;Wajib;;2026-09-01;',
      '4;;Berkala;;2026-09-01;',
    ].join('\n');
    const palsu = pasangFetchPalsu(() => ({ body: csv, headers: { 'Content-Type': 'text/csv' } }));
    try {
      const el = await daftar(
        html`<ppid-daftar-informasi src="/dip.csv" .now=${SEKARANG}></ppid-daftar-informasi>`,
        'empty',
      );
      expect(bersih($(el, '[part="notice"]')?.textContent)).to.equal(
        '4 informasi dalam DIP ini tidak ditampilkan karena datanya belum lengkap atau salah.',
      );
      expect(bersih($(el, '.kosong')?.textContent)).to.equal('Belum ada informasi yang dapat ditampilkan.');
      expect(el.shadowRoot!.textContent).to.not.contain('diterbitkan');
      // No "0 dari 0 informasi" beside it: the notice says how many there are, and none can be shown.
      expect(bersih($(el, '[part="count"]')?.textContent)).to.equal('');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await tungguSampai(() => bersih($(el, '.kosong')?.textContent) === 'No information can be shown yet.');
      expect(bersih($(el, '[part="count"]')?.textContent)).to.equal('');
      expect(bersih($(el, '[part="notice"]')?.textContent)).to.equal(
        '4 entries of this DIP are not shown because their data is incomplete or wrong.',
      );
      expect(el.shadowRoot!.textContent).to.not.contain('published');
      expect(el.getAttribute('state')).to.equal('empty');
      await expect(el).to.be.accessible();
    } finally {
      palsu.pulihkan();
    }
  });

  it('an entry with no update schedule tells its age in the neutral chip, not the green of "within its schedule"', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi
        .data=${dokumenUji([
          { title: 'Profil', fulfils: ['berkala.profil'], updated: '2026-09-20' },
          { title: 'Peringatan banjir', category: 'serta-merta', updated: '2026-11-01' },
        ])}
        .now=${SEKARANG}
      ></ppid-daftar-informasi>`,
    );
    const chip = (): HTMLElement => $(el, '[role="tabpanel"]:not([hidden]) [part~="chip"]')!;
    expect(chip().getAttribute('part')).to.equal('chip chip-segar');
    tabs(el)[1]!.click();
    await el.updateComplete;
    expect(chip().textContent).to.equal('Diperbarui 27 hari yang lalu');
    expect(chip().getAttribute('part')).to.equal('chip chip-diperbarui');
    expect(chip().dataset['status']).to.equal('not-applicable');
    // The neutral colours, not the fresh ones.
    const cs = getComputedStyle(chip());
    expect(cs.color).to.equal('rgb(82, 90, 99)');
    expect(cs.backgroundColor).to.equal('rgb(243, 245, 247)');
    await expect(el).to.be.accessible();
  });

  it('switches language at runtime', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi src=${FIXTURE_JSON} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    el.setAttribute('lang', 'en');
    await tungguSampai(() => namaTab(tabs(el)[0]!) === 'Periodic information, 26 entries');
    expect(bersih($(el, '[part="title"]')!.textContent)).to.equal('Public Information List');
    await expect(el).to.be.accessible();
  });

  it('prints every category, not only the open tab', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi src=${FIXTURE_JSON} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    expect($$(el, '[role="tabpanel"][hidden]')).to.have.length(3);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '[role="tabpanel"][hidden]')).to.have.length(0);
    // Every category's entries are on paper, not only the open tab's.
    for (const p of $$(el, '[role="tabpanel"]'))
      expect(p.querySelectorAll('[part="entry"]').length, p.id).to.be.above(0);
    window.dispatchEvent(new Event('afterprint'));
    expect($$(el, '[role="tabpanel"][hidden]')).to.have.length(3);
  });

  it('builds the entries of the open tab only, and those of another when it opens', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi src=${FIXTURE_JSON} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    const entri = (p: HTMLElement): number => p.querySelectorAll('[part="entry"]').length;
    const [buka, ...tertutup] = $$(el, '[role="tabpanel"]');
    expect(entri(buka!)).to.be.above(0);
    for (const p of tertutup) expect(entri(p), p.id).to.equal(0);
    tabs(el)[1]!.click();
    await el.updateComplete;
    const [, kedua] = $$(el, '[role="tabpanel"]');
    expect(kedua!.hidden).to.equal(false);
    expect(entri(kedua!)).to.be.above(0);
    expect(entri(buka!)).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('the panel and the full DIP of one page, with the same src', () => {
  beforeEach(() => localStorage.clear());

  it('download it once and read it once', async () => {
    const teks = await bacaFixture('sukamaju/dip.json');
    const palsu = pasangFetchPalsu(() => ({ body: teks, headers: { 'Content-Type': 'application/json' } }));
    try {
      const wadah = await fixture<HTMLDivElement>(html`
        <div>
          <ppid-informasi-berkala src="/bersama/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
          <ppid-daftar-informasi src="/bersama/dip.json" .now=${SEKARANG}></ppid-daftar-informasi>
        </div>
      `);
      const [panel, semua] = [...wadah.children] as DaftarElement[];
      await tungguSampai(() => panel!.state === 'ready' && semua!.state === 'ready');
      expect(palsu.permintaan).to.have.length(1);
      expect(palsu.permintaan[0]!.url).to.match(/\/bersama\/dip\.json$/);
      // One reading, both elements show it.
      const hasil = (el: DaftarElement): unknown =>
        (el as unknown as { sumber: { hasil: unknown } }).sumber.hasil;
      expect(hasil(panel!)).to.equal(hasil(semua!));
      // …and its entries prepared once (catalog matching, freshness, search keys) for both.
      const baris = (el: DaftarElement): unknown => (el as unknown as { semuaBaris: unknown }).semuaBaris;
      expect(baris(panel!)).to.equal(baris(semua!));
      expect($$(semua!, '[part="entry"]').length).to.be.above(0);
    } finally {
      palsu.pulihkan();
    }
  });

  it('one removed while the download is under way: the other still gets it', async () => {
    const teks = await bacaFixture('sukamaju/dip.json');
    const palsu = pasangFetchPalsu(() => ({ body: teks, headers: { 'Content-Type': 'application/json' } }));
    const dalam = window.fetch;
    // The answer comes 200 ms later.
    window.fetch = ((u: RequestInfo | URL, init?: RequestInit) =>
      new Promise((r) => setTimeout(r, 200)).then(() => dalam(u, init))) as typeof window.fetch;
    try {
      const wadah = await fixture<HTMLDivElement>(html`
        <div>
          <ppid-informasi-berkala src="/bersama2/dip.json" .now=${SEKARANG}></ppid-informasi-berkala>
          <ppid-daftar-informasi src="/bersama2/dip.json" .now=${SEKARANG}></ppid-daftar-informasi>
        </div>
      `);
      const [panel, semua] = [...wadah.children] as DaftarElement[];
      panel!.remove();
      await tungguSampai(() => semua!.state === 'ready');
      expect(palsu.permintaan).to.have.length(1);
      expect($$(semua!, '[part="entry"]').length).to.be.above(0);
    } finally {
      window.fetch = dalam;
      palsu.pulihkan();
    }
  });
});

describe('<ppid-daftar-informasi> states', () => {
  beforeEach(() => localStorage.clear());
  const judulTerbuka = (el: HTMLElement): string[] =>
    $$(el, '[role="tabpanel"]:not([hidden]) .judul-entri').map((j) => bersih(j.textContent));
  /** A notice's words (its live region), without the retry button beside them. */
  const kabar = (el: HTMLElement): string => bersih($(el, '[part="notice"] > p')?.textContent);

  it('stale: data whose newest date is older than expected says so, its tabs and entries still shown (id, en)', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi
        .data=${dokumenUji([
          { title: 'Profil Dinas', updated: '2024-01-10' },
          { title: 'Daftar Aset', category: 'setiap-saat', updated: '2024-03-05' },
        ])}
        .now=${SEKARANG}
      ></ppid-daftar-informasi>`,
      'stale',
    );
    expect(el.getAttribute('state')).to.equal('stale');
    // The newest date of the DIP, over every category: not a failure, so no retry.
    expect(kabar(el)).to.equal('Data ini terakhir diperbarui 5 Maret 2024; mungkin sudah tidak mutakhir.');
    expect($(el, '[part="notice"] > p')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part="retry"]')).to.equal(null);
    expect(tabs(el).map(namaTab)).to.deep.equal([
      'Informasi Berkala, 1 informasi',
      'Informasi Serta-merta, 0 informasi',
      'Informasi Setiap Saat, 1 informasi',
      'Informasi yang Dikecualikan, 0 informasi',
    ]);
    expect(judulTerbuka(el)).to.deep.equal(['Profil Dinas']);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await tungguSampai(
      () => kabar(el) === 'This data was last updated on 5 March 2024; it may be out of date.',
    );
    await expect(el).to.be.accessible();
  });

  it('error with a saved copy: the copy in its tabs, with its date, and a retry that brings the source', async () => {
    simpanSalinanUji(
      '/dip-tersimpan.json',
      dokumenUji([
        { title: 'Profil Dinas (salinan)' },
        { title: 'Daftar Aset (salinan)', category: 'setiap-saat' },
      ]),
    );
    let gagal = true;
    const baru = JSON.stringify(dokumenUji([{ title: 'Profil Dinas (baru)' }]));
    const palsu = pasangFetchPalsu(() =>
      gagal ? { status: 503 } : { body: baru, headers: { 'Content-Type': 'application/json' } },
    );
    try {
      const el = await selesai(
        html`<ppid-daftar-informasi
          src="/dip-tersimpan.json"
          .jedaUlangMs=${10}
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
        'stale',
      );
      expect(kabar(el)).to.equal(
        'Daftar informasi tidak dapat dimuat (server menjawab 503). Menampilkan salinan tersimpan per 28 November 2026 pukul 14.05 WIB.',
      );
      expect($(el, '[part="notice"] > p')!.getAttribute('role')).to.equal('alert');
      expect(bersih($(el, '[part="retry"]')?.textContent)).to.equal('Coba lagi');
      expect(tabs(el).map(namaTab)).to.deep.equal([
        'Informasi Berkala, 1 informasi',
        'Informasi Serta-merta, 0 informasi',
        'Informasi Setiap Saat, 1 informasi',
        'Informasi yang Dikecualikan, 0 informasi',
      ]);
      expect(judulTerbuka(el)).to.deep.equal(['Profil Dinas (salinan)']);
      await expect(el).to.be.accessible();
      // The source is back: the retry shows it, and the notice goes.
      gagal = false;
      $(el, '[part="retry"]')!.click();
      await tungguSampai(() => el.state === 'ready' && judulTerbuka(el)[0] === 'Profil Dinas (baru)');
      expect(judulTerbuka(el)).to.deep.equal(['Profil Dinas (baru)']);
      expect($(el, '[part="notice"]')).to.equal(null);
      expect(tabs(el).map(namaTab)[2]).to.equal('Informasi Setiap Saat, 0 informasi');
      await expect(el).to.be.accessible();
    } finally {
      palsu.pulihkan();
    }
  });

  it('in English: the error and the date of the saved copy shown, and the retry; without a copy the error alone', async () => {
    simpanSalinanUji('/dip-en.json', dokumenUji([{ title: 'Profil Dinas' }]));
    const palsu = pasangFetchPalsu((url) =>
      url.endsWith('/dip-en.json') ? { status: 503 } : { putus: true },
    );
    try {
      const el = await selesai(
        html`<ppid-daftar-informasi
          src="/dip-en.json"
          lang="en"
          .jedaUlangMs=${10}
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
        'stale',
      );
      expect(kabar(el)).to.equal(
        'The information list could not be loaded (the server answered 503). Showing the copy saved on 28 November 2026 at 14:05 WIB.',
      );
      expect(bersih($(el, '[part="retry"]')?.textContent)).to.equal('Try again');
      expect(judulTerbuka(el)).to.deep.equal(['Profil Dinas']);
      await expect(el).to.be.accessible();
      // Back to Indonesian at runtime: the same sentence in its words.
      el.setAttribute('lang', 'id');
      await tungguSampai(() =>
        kabar(el).startsWith('Daftar informasi tidak dapat dimuat (server menjawab 503).'),
      );
      expect(kabar(el)).to.equal(
        'Daftar informasi tidak dapat dimuat (server menjawab 503). Menampilkan salinan tersimpan per 28 November 2026 pukul 14.05 WIB.',
      );
      const tanpa = await selesai(
        html`<ppid-daftar-informasi
          src="/dip-putus.json"
          lang="en"
          .jedaUlangMs=${10}
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
        'error',
      );
      expect(kabar(tanpa)).to.equal(
        'The information list could not be loaded because of a connection problem.',
      );
      expect(bersih($(tanpa, '[part="retry"]')?.textContent)).to.equal('Try again');
      await expect(tanpa).to.be.accessible();
    } finally {
      palsu.pulihkan();
    }
  });

  it('malformed JSON, from src or inline: an error with a retry, not a crash; periksa mode says why', async () => {
    const rusak = '{"format": "terbuka-dip", "items": [';
    const palsu = pasangFetchPalsu(() => ({ body: rusak, headers: { 'Content-Type': 'application/json' } }));
    try {
      for (const t of [
        html`<ppid-daftar-informasi src="/rusak.json" .now=${SEKARANG}></ppid-daftar-informasi>`,
        html`<ppid-daftar-informasi .now=${SEKARANG}
          ><script type="application/json">
            ${rusak}
          </script></ppid-daftar-informasi
        >`,
      ]) {
        const el = await selesai(t, 'error');
        expect(kabar(el)).to.equal(
          'Data daftar informasi tidak dapat dibaca. Pengelola situs perlu memeriksanya.',
        );
        expect($(el, '[part="notice"] > p')!.getAttribute('role')).to.equal('alert');
        expect(bersih($(el, '[part="retry"]')?.textContent)).to.equal('Coba lagi');
        // Nothing to list: no tabs, no entries, no count.
        expect(tabs(el)).to.have.length(0);
        expect($$(el, '[part="entry"]')).to.have.length(0);
        expect(bersih($(el, '[part="count"]')?.textContent)).to.equal('');
        await expect(el).to.be.accessible();
      }
      const periksa = await selesai(
        html`<ppid-daftar-informasi
          src="/rusak.json"
          mode="periksa"
          .now=${SEKARANG}
        ></ppid-daftar-informasi>`,
        'error',
      );
      expect(bersih($(periksa, '.masalah [data-code="json.syntax"]')?.textContent)).to.equal(
        'Galat: Penulisan JSON tidak sah (periksa koma, tanda kutip dan kurung).',
      );
      await expect(periksa).to.be.accessible();
    } finally {
      palsu.pulihkan();
    }
  });
});

describe('<ppid-daftar-informasi> year filter and keyboard search', () => {
  const doc = dokumenUji([
    { title: 'Profil Dinas', made: { year: 2026 } },
    { title: 'Laporan Keuangan', made: { year: 2025 } },
    { title: 'Rencana Strategis', made: { year: 2024 } },
    { title: 'Peringatan Dini Banjir', category: 'serta-merta', made: { year: 2025 } },
    { title: 'Daftar Aset', category: 'setiap-saat', made: { year: 2026 } },
    { title: 'Laporan Aset Rusak', category: 'setiap-saat', made: { year: 2025 } },
  ]);
  const hitungTab = (el: HTMLElement): string[] =>
    tabs(el).map((t) => bersih(t.querySelector('.hitung')!.textContent));
  const judulTerbuka = (el: HTMLElement): string[] =>
    $$(el, '[role="tabpanel"]:not([hidden]) .judul-entri').map((j) => bersih(j.textContent));
  const jumlah = (el: HTMLElement): string => bersih($(el, '[part="count"]')?.textContent);

  it('the year made narrows the entries of every tab, their counts and the count', async () => {
    const el = await daftar(
      html`<ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>`,
    );
    const pilih = $(el, '[part="year"]') as HTMLSelectElement;
    expect([...pilih.options].map((o) => o.value)).to.deep.equal(['', '2026', '2025', '2024']);
    const tahun = async (t: string): Promise<void> => {
      pilih.value = t;
      pilih.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    expect([hitungTab(el), jumlah(el)]).to.deep.equal([['3', '1', '2', '0'], '6 dari 6 informasi']);
    await tahun('2025');
    expect(hitungTab(el)).to.deep.equal(['1', '1', '1', '0']);
    expect(jumlah(el)).to.equal('3 dari 6 informasi');
    expect(judulTerbuka(el)).to.deep.equal(['Laporan Keuangan']);
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(judulTerbuka(el)).to.deep.equal(['Laporan Aset Rusak']);
    // A year with nothing in the open tab: it says where the year's entries are.
    await tahun('2024');
    expect(hitungTab(el)).to.deep.equal(['1', '0', '0', '0']);
    expect(jumlah(el)).to.equal('1 dari 6 informasi');
    expect(judulTerbuka(el)).to.deep.equal([]);
    expect(bersih($(el, '[role="tabpanel"]:not([hidden]) .kosong')?.textContent)).to.equal(
      'Tidak ada yang cocok di tab ini; 1 cocok di Informasi Berkala.',
    );
    await expect(el).to.be.accessible();
    await tahun('');
    expect([hitungTab(el), jumlah(el)]).to.deep.equal([['3', '1', '2', '0'], '6 dari 6 informasi']);
    expect(judulTerbuka(el)).to.deep.equal(['Daftar Aset', 'Laporan Aset Rusak']);
  });

  it('from the keyboard: Tab reaches the search field, typing narrows the list and the count, Escape clears, Tab goes on to the year', async () => {
    const wadah = await fixture<HTMLDivElement>(html`
      <div>
        <button type="button">Sebelumnya</button>
        <ppid-daftar-informasi .data=${doc} .now=${SEKARANG}></ppid-daftar-informasi>
      </div>
    `);
    const el = wadah.querySelector('ppid-daftar-informasi') as PpidDaftarInformasi;
    await tungguSampai(() => el.state === 'ready');
    await el.updateComplete;
    wadah.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    // Compared by name: a failing comparison of two elements serialises their whole trees (the run hangs).
    const fokus = (): string | null | undefined => el.shadowRoot!.activeElement?.getAttribute('part');
    expect(document.activeElement?.localName).to.equal('ppid-daftar-informasi');
    expect(fokus()).to.equal('search');
    await sendKeys({ type: 'laporan' });
    await el.updateComplete;
    expect(($(el, '[part="search"]') as HTMLInputElement).value).to.equal('laporan');
    expect(hitungTab(el)).to.deep.equal(['1', '0', '1', '0']);
    expect(jumlah(el)).to.equal('2 dari 6 informasi');
    expect(judulTerbuka(el)).to.deep.equal(['Laporan Keuangan']);
    // The count a screen reader hears once the typing pauses.
    await tungguSampai(() => dengar(el) === '2 dari 6 informasi');
    // One more word: "laporan aset" is in the Setiap Saat tab only.
    await sendKeys({ type: ' aset' });
    await el.updateComplete;
    expect(hitungTab(el)).to.deep.equal(['0', '0', '1', '0']);
    expect(jumlah(el)).to.equal('1 dari 6 informasi');
    await tungguSampai(() => dengar(el).startsWith('1 dari 6 informasi'));
    expect(dengar(el)).to.equal(
      '1 dari 6 informasi. Tidak ada yang cocok di tab ini; 1 cocok di Informasi Setiap Saat.',
    );
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(($(el, '[part="search"]') as HTMLInputElement).value).to.equal('');
    expect([hitungTab(el), jumlah(el)]).to.deep.equal([['3', '1', '2', '0'], '6 dari 6 informasi']);
    expect(judulTerbuka(el)).to.deep.equal(['Profil Dinas', 'Laporan Keuangan', 'Rencana Strategis']);
    await sendKeys({ press: 'Tab' });
    expect(fokus()).to.equal('year');
    await expect(el).to.be.accessible();
  });
});

describe('<ppid-daftar-informasi> untrusted data', () => {
  const jahat = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><b>tebal</b>';
  /** A CSV cell holding `s` as it is (quotes doubled). */
  const sel = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const serangan = (): number | undefined => (window as unknown as { __xss?: number }).__xss;
  /** The rows of an entry's details: label → value, as shown. */
  const rincian = (entri: Element): Record<string, string> =>
    Object.fromEntries(
      [...entri.querySelectorAll('.meta')].map((m) => [
        bersih(m.querySelector('dt')!.textContent),
        bersih(m.querySelector('dd')!.textContent),
      ]),
    );
  /** The open tab's entry titled `judul`. */
  const entriBerjudul = (el: HTMLElement, judul: string): HTMLElement =>
    $$(el, '[role="tabpanel"]:not([hidden]) [part="entry"]').find(
      (e) => bersih(e.querySelector('.judul-entri')!.textContent) === judul,
    )!;
  beforeEach(() => localStorage.clear());
  afterEach(() => delete (window as unknown as { __xss?: number }).__xss);

  it('renders script and HTML in every text field as text, the Pasal 17 basis, period and decision of a DIK entry too', async () => {
    const doc = dokumenUji([
      {
        title: jahat,
        summary: jahat,
        unit: jahat,
        responsible: jahat,
        retention: jahat,
        made: { text: jahat },
        links: [{ label: jahat, url: 'https://contoh.go.id/a.pdf' }],
      },
      {
        title: `Denah ${jahat}`,
        category: 'dikecualikan',
        exclusion: {
          grounds: ['c'],
          otherBasis: jahat,
          consequence: jahat,
          period: jahat,
          decisionNumber: jahat,
          decisionDate: '2026-01-15',
        },
      },
    ]);
    const el = await daftar(
      html`<ppid-daftar-informasi
        .data=${{ ...doc, agency: { ...doc.agency, name: jahat } }}
        .now=${SEKARANG}
      ></ppid-daftar-informasi>`,
    );
    const tidakAdaElemenDariData = (): void => {
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect(serangan()).to.equal(undefined);
    };
    tidakAdaElemenDariData();
    // The agency, the title, summary, unit, person responsible, when made, retention and link label: each
    // shown literally, once.
    expect(bersih($(el, '.badan')?.textContent)).to.equal(jahat);
    const berkala = entriBerjudul(el, jahat);
    expect(bersih(berkala.querySelector('.ringkasan')!.textContent)).to.equal(jahat);
    expect(rincian(berkala)).to.deep.include({
      Unit: jahat,
      'Penanggung jawab': jahat,
      'Waktu dan tempat pembuatan': jahat,
      Retensi: jahat,
      Tautan: jahat,
    });
    expect(el.shadowRoot!.textContent!.split(jahat).length - 1).to.equal(8);
    expect(($(el, '[part="entry"] a') as HTMLAnchorElement).getAttribute('href')).to.equal(
      'https://contoh.go.id/a.pdf',
    );
    tabs(el)[3]!.click();
    await el.updateComplete;
    tidakAdaElemenDariData();
    const dik = entriBerjudul(el, `Denah ${jahat}`);
    expect(rincian(dik)).to.deep.include({
      'Dasar pengecualian': `Pasal 17 huruf c UU KIP — ${PASAL_17[2]!.title.id}`,
      'Dasar hukum lain': jahat,
      Konsekuensi: jahat,
      'Jangka waktu pengecualian': jahat,
      Penetapan: `${jahat}, 15 Januari 2026`,
    });
    await expect(el).to.be.accessible();
    // In English, rebuilt: still text.
    el.setAttribute('lang', 'en');
    await tungguSampai(() => 'Exclusion period' in rincian(entriBerjudul(el, `Denah ${jahat}`)));
    expect(rincian(entriBerjudul(el, `Denah ${jahat}`))).to.deep.include({
      'Other legal basis': jahat,
      'Exclusion period': jahat,
      Decision: `${jahat}, 15 January 2026`,
    });
    tidakAdaElemenDariData();
  });

  it('a CSV in periksa mode: cells with script and HTML are text in the entries, the DIK details and the problems list', async () => {
    const csv = [
      'No;Judul;Kategori;Tanggal Pembaruan;Unit;Pasal 17;Dasar Hukum Lain;Konsekuensi;Jangka Waktu Pengecualian;Nomor SK;Tanggal SK',
      '1;Profil Dinas;Berkala;2026-09-01;Sekretariat;;;;;;',
      `2;Laporan Aset;${sel(jahat)};2026-09-01;Bidang Aset;;;;;;`,
      `3;${sel(jahat)};Berkala;;Sekretariat;;;;;;`,
      `4;Rencana Kerja;Berkala;${sel(jahat)};Perencanaan;;;;;;`,
      `5;Denah Ruang Server;Dikecualikan;2026-09-01;Sekretariat;Pasal 17 huruf c;${sel(jahat)};${sel(jahat)};${sel(jahat)};${sel(jahat)};2026-01-15`,
    ].join('\n');
    const palsu = pasangFetchPalsu(() => ({ body: csv, headers: { 'Content-Type': 'text/csv' } }));
    try {
      const el = await selesai(
        html`<ppid-daftar-informasi src="/dip.csv" mode="periksa" .now=${SEKARANG}></ppid-daftar-informasi>`,
        'ready',
      );
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect(serangan()).to.equal(undefined);
      // The problems list quotes the cells as they are: the unknown category, the unreadable date.
      const masalah = (kode: string): string =>
        bersih($(el, `.masalah li[data-code="${kode}"] .pesan`)?.textContent);
      expect(masalah('csv.category-unknown')).to.contain(`Kategori "${jahat}" tidak dikenal`);
      expect(masalah('csv.date-unreadable')).to.contain(`Tanggal pembaruan "${jahat}" tidak terbaca`);
      // The undated entry is listed by its title, as text.
      expect($$(el, '.tanpa-tanggal li').map((li) => bersih(li.textContent))).to.include(jahat);
      // The public part: the entry titled with it, and the DIK details read from its cells.
      expect(entriBerjudul(el, jahat)).to.exist;
      tabs(el)[3]!.click();
      await el.updateComplete;
      expect(rincian(entriBerjudul(el, 'Denah Ruang Server'))).to.deep.include({
        'Dasar hukum lain': jahat,
        Konsekuensi: jahat,
        'Jangka waktu pengecualian': jahat,
        Penetapan: `${jahat}, 15 Januari 2026`,
      });
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect(serangan()).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      palsu.pulihkan();
    }
  });
});
