import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PASAL_17 } from '@terbuka/sdk';
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
