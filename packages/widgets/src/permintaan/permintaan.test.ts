import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { buatTandaBukti, PASAL_35 } from '@terbuka/sdk';
import type { TandaBukti } from '@terbuka/sdk';
import './define.js';
import type { PpidPermintaan } from './permintaan.js';
import { dokumenUji, tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import { denganAlamat } from '../internal/testing/alamat-uji.js';
import { isiKeberatan, isiLengkap, ketik, NIK_UJI } from '../internal/testing/formulir-uji.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';

const API = 'https://ppid.uji.go.id/api';
const NIK = NIK_UJI;

function tandaBukti(jenis: 'permintaan' | 'keberatan' = 'permintaan'): TandaBukti {
  return buatTandaBukti({
    jenis,
    nomor: jenis === 'permintaan' ? '001/PPID/DISKOMINFO/PI/2026' : '001/PPID/DISKOMINFO/KEB/2026',
    receivedAt: new Date('2026-03-18T03:00:00Z'),
    agency: { id: 'diskominfo', name: 'Diskominfo Uji', timeZone: 'Asia/Jakarta' },
    ringkasan: 'Laporan keuangan 2025',
  });
}

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: HTMLElement, sel: string): Element[] => [...el.shadowRoot!.querySelectorAll(sel)];
const teks = (el: HTMLElement): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The live region an element speaks through when its text changes, if any (itself or an ancestor). */
const wilayahHidup = (x: Element): Element | null =>
  x.closest('[role="alert"], [role="status"], [role="log"], [aria-live]');

/** Everything stored on the device, as one string. */
function semuaSimpanan(): string {
  let s = '';
  for (const st of [localStorage, sessionStorage])
    for (let i = 0; i < st.length; i++) s += `${st.key(i)}=${st.getItem(st.key(i)!)}\n`;
  return s;
}

let palsu: FetchPalsu | undefined;

/**
 * A complete request submitted while the device is online and the server unreachable: the form is
 * queued; `pulihkan` brings the server back (201 with a receipt). `jedaAntreanMs`: its first resend pause.
 */
async function antreServerMati(
  jedaAntreanMs: number,
): Promise<{ el: PpidPermintaan; pulihkan: () => void; f: FetchPalsu }> {
  let pulih = false;
  const tb = tandaBukti();
  palsu = pasangFetchPalsu(() => (pulih ? { status: 201, body: JSON.stringify(tb) } : { putus: true }));
  const el = await buat();
  el.jedaAntreanMs = jedaAntreanMs;
  await isiLengkap(el);
  $(el, 'button[type="submit"]').click();
  await tungguSampai(() => el.state === 'queued');
  return { el, pulihkan: () => (pulih = true), f: palsu };
}
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
});

/** A server that accepts every submission (the receipt 001/…) but answers only once the returned call is made. */
function serverTertahan(): () => void {
  let lepas: () => void = () => undefined;
  const tunda = new Promise<void>((r) => (lepas = r));
  palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
  const fetchAsli = window.fetch;
  window.fetch = (async (...a: Parameters<typeof fetch>) => {
    await tunda;
    return fetchAsli(...a);
  }) as typeof fetch;
  return () => lepas();
}

/** A link elsewhere on the page, for focus outside the widget (the caller removes it). */
function tautanLuar(): HTMLAnchorElement {
  const luar = document.createElement('a');
  luar.href = '#lain';
  luar.textContent = 'Tautan lain';
  document.body.append(luar);
  return luar;
}

async function buat(extra = ''): Promise<PpidPermintaan> {
  const el = await fixture<PpidPermintaan>(
    html`<ppid-permintaan
      .jedaUlangMs=${1}
      endpoint=${API}
      agency="diskominfo"
      agency-name="Diskominfo Uji"
      lang="id"
      >${extra}</ppid-permintaan
    >`,
  );
  return el;
}

describe('<ppid-permintaan>', () => {
  it('shows every field of a request with a visible label, hint ids wired, and is accessible', async () => {
    const el = await buat();
    for (const id of [
      'f-name',
      'f-nik',
      'f-address',
      'f-occupation',
      'f-phone',
      'f-email',
      'f-information',
      'f-purpose',
    ]) {
      const f = $(el, `#${id}`);
      expect(f, id).to.exist;
      expect($(el, `label[for="${id}"]`).textContent!.trim(), id).not.to.equal('');
      for (const ref of (f.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
        expect($(el, `#${ref}`), `${id} → ${ref}`).to.exist;
    }
    // Radio and checkbox groups are fieldsets with legends.
    const legends = $$(el, 'fieldset > legend').map((l) => l.textContent!.trim());
    expect(legends.join('|')).to.contain('Anda mengajukan sebagai');
    expect(legends.join('|')).to.contain('Cara memperoleh informasi');
    expect($(el, 'label[for="f-proxy"]').textContent!.trim()).to.equal(
      'Permohonan ini diajukan oleh penerima kuasa',
    );
    expect($$(el, 'input[name="kind"]')).to.have.length(3);
    expect($$(el, 'input[name="obtain"]')).to.have.length(6);
    // No copy asked: no delivery question; a copy asked: it appears.
    expect($(el, '#f-delivery-pos')).to.equal(null);
    $(el, '#f-obtain-salinan-softcopy').click();
    await el.updateComplete;
    expect($(el, '#f-delivery-pos')).to.exist;
    // Badan hukum: registration instead of NIK.
    $(el, '#f-kind-badan-hukum').click();
    await el.updateComplete;
    expect($(el, '#f-nik')).to.equal(null);
    expect($(el, '#f-registration')).to.exist;
    // Proxy fields on demand.
    expect($(el, '#f-proxyName')).to.equal(null);
    $(el, '#f-proxy').click();
    await el.updateComplete;
    expect($(el, '#f-proxyName')).to.exist;
    expect($(el, '#f-proxyPoa-terlampir')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the honeypot is hidden from people and assistive technology, and not focusable', async () => {
    const el = await buat();
    const hp = $<HTMLInputElement>(el, 'input[name="website"]');
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.getAttribute('autocomplete')).to.equal('off');
    expect(hp.closest('[aria-hidden="true"]')).to.exist;
    const r = hp.getBoundingClientRect();
    expect(r.right).to.be.below(0);
  });

  it('an empty submit shows the error summary with links, moves focus to it (heard once), and marks each field', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 500 }));
    const el = await buat();
    $(el, 'button[type="submit"]').focus();
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await tungguSampai(() => el.shadowRoot!.activeElement?.classList.contains('ringkasan-galat') ?? false);
    const ringkasan = $(el, '.ringkasan-galat');
    // Focused, it is read; a live region too, it was read twice. No status region says it either.
    expect(wilayahHidup(ringkasan)?.outerHTML.slice(0, 80) ?? null, 'summary in a live region').to.equal(
      null,
    );
    expect(ringkasan.hasAttribute('aria-labelledby'), 'heading read twice as its name').to.equal(false);
    expect($(el, '.kabar-antre').textContent!.trim()).to.equal('');
    expect($(el, '.kabar').textContent!.trim()).to.equal('');
    expect(ringkasan.querySelector('h3')!.textContent).to.contain('Ada yang perlu diperbaiki');
    const tautan = [...ringkasan.querySelectorAll('a')];
    expect(tautan.map((a) => a.textContent).join('|')).to.contain('Nama: wajib diisi');
    expect(tautan.map((a) => a.textContent).join('|')).to.contain('NIK');
    // Inline message and wiring.
    const nama = $(el, '#f-name');
    expect(nama.getAttribute('aria-invalid')).to.equal('true');
    expect(nama.getAttribute('aria-describedby')).to.contain('f-name-galat');
    expect($(el, '#f-name-galat').textContent).to.contain('wajib diisi');
    // A summary link focuses its field.
    const keNama = tautan.find((a) => a.getAttribute('href') === '#f-name')!;
    keNama.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-name');
    const keObtain = tautan.find((a) => a.getAttribute('href') === '#f-obtain-melihat')!;
    keObtain.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-obtain-melihat');
    expect(palsu.permintaan).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is completed and sent by keyboard alone, and shows the receipt with the deadline in words', async () => {
    const tb = tandaBukti();
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const el = await buat();
    // Tab from the first radio through the form, typing into each field.
    $(el, '#f-kind-perorangan').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-name');
    await sendKeys({ type: 'Siti Aminah' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: NIK });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Jl. Merdeka 1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Guru' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-email');
    await sendKeys({ type: 'siti@contoh.id' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Laporan keuangan 2025' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Penelitian' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-obtain-melihat');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // Enter in a text field submits the form; the page hears it as the docs show (typed: no cast).
    let nomor: string | undefined;
    const dengar = (e: CustomEvent<TandaBukti>): void => void (nomor = e.detail.number);
    document.addEventListener('ppid-terkirim', dengar);
    $(el, '#f-name').focus();
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => el.state === 'success');
    document.removeEventListener('ppid-terkirim', dengar);
    expect(nomor).to.equal('001/PPID/DISKOMINFO/PI/2026');
    expect(palsu.permintaan).to.have.length(1);
    const r = palsu.permintaan[0]!;
    expect(r.url).to.equal(`${API}/v1/permintaan?agency=diskominfo`);
    expect(r.init?.credentials).to.equal('omit');
    const key = r.headers.get('Idempotency-Key')!;
    expect(key.length).to.be.within(8, 128);
    const body = JSON.parse(r.init!.body as string);
    expect(body.requester).to.include({ name: 'Siti Aminah', nik: NIK, email: 'siti@contoh.id' });
    expect(body.obtain).to.deep.equal(['melihat']);
    expect(body.website).to.equal(undefined);
    // The receipt.
    await el.updateComplete;
    const t = teks(el);
    expect(t).to.contain('001/PPID/DISKOMINFO/PI/2026');
    expect(t).to.contain('18 Maret 2026');
    expect(t).to.contain('10 hari kerja, Rabu, 8 April 2026');
    expect(t).to.contain('Hari Suci Nyepi');
    expect(t).to.contain('Cuti Bersama Idul Fitri');
    expect(t).to.contain('Idul Fitri 1447 Hijriah'); // a holiday on a weekend is listed too
    expect($$(el, '.libur li').some((li) => /^Minggu, 29 Maret/.test(li.textContent!.trim()))).to.equal(
      false,
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('tb-judul');
    await expect(el).to.be.accessible();
    // Language switch re-renders the receipt.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(teks(el)).to.contain('10 working days, Wednesday, 8 April 2026');
  });

  it('never writes the NIK to any storage; the draft survives re-creating the element; "Hapus draf" clears it', async () => {
    const el = await buat();
    await isiLengkap(el);
    expect(semuaSimpanan()).to.contain('Siti Aminah');
    expect(semuaSimpanan()).not.to.contain(NIK);
    el.remove();
    const lagi = await buat();
    expect($<HTMLInputElement>(lagi, '#f-name').value).to.equal('Siti Aminah');
    expect($<HTMLInputElement>(lagi, '#f-information').value).to.contain('Laporan keuangan');
    expect($<HTMLInputElement>(lagi, '#f-obtain-membaca').checked).to.equal(true);
    expect($<HTMLInputElement>(lagi, '#f-nik').value).to.equal('');
    await tungguSampai(() => teks(lagi).includes('dipulihkan dari draf'));
    await expect(lagi).to.be.accessible();
    $(lagi, 'button.kedua').click();
    await lagi.updateComplete;
    expect($<HTMLInputElement>(lagi, '#f-name').value).to.equal('');
    expect(semuaSimpanan()).not.to.contain('Siti Aminah');
  });

  it('"Hapus draf" can be undone: "Urungkan" brings back every field and the stored draft, until the next edit', async () => {
    const el = await buat();
    await isiLengkap(el);
    $(el, '#f-proxy').click();
    await el.updateComplete;
    await ketik(el, 'f-proxyName', 'Budi');
    $(el, '#f-proxyPoa-dibawa').click();
    await el.updateComplete;
    const isian = (): string =>
      JSON.stringify(
        $$(el, 'form input, form textarea').map((f) => {
          const x = f as HTMLInputElement;
          return [x.id, x.type === 'checkbox' || x.type === 'radio' ? x.checked : x.value];
        }),
      );
    const sebelum = isian();
    const simpanan = semuaSimpanan();
    expect(sebelum).to.contain(NIK);
    expect(simpanan).to.contain('Budi');
    $(el, '#hapus-draf').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('');
    expect(semuaSimpanan()).not.to.contain('Siti Aminah');
    // Said in the status region; the line with the button in place of the one pressed, which had the focus.
    expect($(el, '.kabar').textContent).to.contain('Draf dihapus.');
    expect($(el, '.urung').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Draf dihapus. Urungkan');
    expect(el.shadowRoot!.activeElement?.id).to.equal('urungkan');
    await expect(el).to.be.accessible();
    $(el, '#urungkan').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(isian()).to.equal(sebelum);
    expect(semuaSimpanan()).to.equal(simpanan);
    expect($(el, '#urungkan')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('hapus-draf');
    expect($(el, '.kabar').textContent).to.contain('Isian dikembalikan.');
    await expect(el).to.be.accessible();
    // Typing after clearing drops the undo: what is typed is not overwritten by the old answers.
    $(el, '#hapus-draf').click();
    await el.updateComplete;
    await ketik(el, 'f-name', 'Budi Santoso');
    await el.updateComplete;
    expect($(el, '#urungkan')).to.equal(null);
    expect($(el, '#hapus-draf')).to.exist;
    expect(semuaSimpanan()).not.to.contain('Siti Aminah');
    el.setAttribute('lang', 'en');
    $(el, '#hapus-draf').click();
    await el.updateComplete;
    expect($(el, '#urungkan').textContent!.trim()).to.equal('Undo');
  });

  it('on a phone "Hapus draf" stands well apart from the submit button', async () => {
    await setViewport({ width: 320, height: 740 });
    try {
      const el = await buat();
      const kirim = $(el, 'button[type="submit"]').getBoundingClientRect();
      const hapus = $(el, '#hapus-draf').getBoundingClientRect();
      expect(hapus.top - kirim.bottom).to.be.at.least(32);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the error summary lists the fields in the order the form shows them, in both modes', async () => {
    for (const mode of ['permintaan', 'keberatan']) {
      const el = await fixture<PpidPermintaan>(
        html`<ppid-permintaan endpoint=${API} mode=${mode} lang="id"></ppid-permintaan>`,
      );
      $(el, '#f-proxy').click();
      await el.updateComplete;
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => $(el, '.ringkasan-galat') !== null);
      const kolom = [...$(el, '.ringkasan-galat').querySelectorAll('a')].map((a) =>
        $(el, a.getAttribute('href')!),
      );
      expect(kolom.length, mode).to.be.above(4);
      for (let i = 1; i < kolom.length; i++)
        expect(
          kolom[i - 1]!.compareDocumentPosition(kolom[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
          `${mode}: ${kolom[i - 1]!.id} before ${kolom[i]!.id}`,
        ).to.not.equal(0);
    }
  });

  it('"draft restored" is said by the status region once it exists, without moving focus, and not after typing', async () => {
    const el = await buat();
    await ketik(el, 'f-name', 'Siti Aminah');
    el.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    const lagi = await buat();
    const kabar = $(lagi, '.kabar');
    expect(kabar.getAttribute('role')).to.equal('status');
    // Rendered empty first: text born with a live region is not announced.
    expect(kabar.textContent!.trim()).to.equal('');
    await tungguSampai(() => kabar.textContent!.includes('Isian sebelumnya dipulihkan dari draf'));
    expect(document.activeElement === document.body, 'focus left on <body>').to.equal(true);
    await expect(lagi).to.be.accessible();
    // Typed before it was said: the draft is no longer what is shown, nothing is said.
    lagi.remove();
    const ketiga = await buat();
    await ketik(ketiga, 'f-address', 'Jl. Merdeka 1');
    await new Promise((r) => setTimeout(r, 300));
    expect($(ketiga, '.kabar').textContent!.trim()).to.equal('');
  });

  it('a page opening on the waiting notice with a draft: "draft restored" is said once the form appears, focus kept', async () => {
    // A submission waits (server unreachable), then a new form is started: its draft is kept.
    const { el } = await antreServerMati(60_000);
    $$(el, 'button')
      .find((b) => b.textContent!.includes('Isi formulir baru'))!
      .dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    await ketik(el, 'f-name', 'Budi Santoso');
    el.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    // The page opens again: on the waiting notice, the form (and its status region) not shown.
    const lagi = await buat();
    lagi.jedaAntreanMs = 60_000;
    await tungguSampai(() => lagi.state === 'queued');
    expect($(lagi, '.kabar')).to.equal(null);
    await new Promise((r) => setTimeout(r, 300));
    $$(lagi, 'button')
      .find((b) => b.textContent!.includes('Isi formulir baru'))!
      .dispatchEvent(new MouseEvent('click'));
    await lagi.updateComplete;
    const kabar = $(lagi, '.kabar');
    expect(kabar.getAttribute('role')).to.equal('status');
    // Rendered empty with the form: text born with a live region is not announced.
    expect(kabar.textContent!.trim(), 'born with the region').to.equal('');
    expect($<HTMLInputElement>(lagi, '#f-name').value).to.equal('Budi Santoso');
    await tungguSampai(() => lagi.shadowRoot!.activeElement === $(lagi, '#f-name'));
    await tungguSampai(() => kabar.textContent!.includes('Isian sebelumnya dipulihkan dari draf'));
    expect(lagi.shadowRoot!.activeElement === $(lagi, '#f-name'), 'focus kept on the name field').to.equal(
      true,
    );
    await expect(lagi).to.be.accessible();
  });

  it('server validation errors (422) are mapped to the fields', async () => {
    palsu = pasangFetchPalsu(() => ({
      status: 422,
      body: JSON.stringify({
        errors: [
          {
            severity: 'error',
            code: 'x',
            path: 'requester.address',
            message: { id: 'Alamat: terlalu pendek.', en: 'Address: too short.' },
          },
        ],
      }),
    }));
    const el = await buat();
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => $(el, '#f-address-galat') !== null);
    expect($(el, '.ringkasan-galat').textContent).to.contain('Alamat: terlalu pendek.');
    // Focus was in the form: the summary takes it and is heard once (no live region, the status region silent).
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, '.ringkasan-galat'));
    expect(wilayahHidup($(el, '.ringkasan-galat'))?.className ?? null, 'summary in a live region').to.equal(
      null,
    );
    expect($(el, '.kabar-antre').textContent!.trim()).to.equal('');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Siti Aminah');
  });

  it('a filled honeypot is sent as `website`, so the server can refuse the robot', async () => {
    palsu = pasangFetchPalsu(() => ({
      status: 422,
      body: JSON.stringify({
        errors: [
          {
            severity: 'error',
            code: 'honeypot',
            path: 'website',
            message: { id: 'Kolom website harus kosong.', en: 'x' },
          },
        ],
      }),
    }));
    const el = await buat();
    await isiLengkap(el);
    const hp = $<HTMLInputElement>(el, 'input[name="website"]');
    hp.value = 'http://spam.example';
    hp.dispatchEvent(new Event('input'));
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => $(el, '.ringkasan-galat') !== null);
    expect(JSON.parse(palsu.permintaan[0]!.init!.body as string).website).to.equal('http://spam.example');
    expect($(el, '.ringkasan-galat').textContent).to.contain('Kolom website harus kosong.');
    expect(semuaSimpanan()).not.to.contain('spam.example');
  });

  it('an e-mail address is judged as the server judges it: 254 characters, 64 emoji before the @, is sent', async () => {
    const tb = tandaBukti();
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const el = await buat();
    await isiLengkap(el);
    const email = `${'😀'.repeat(64)}@${'a'.repeat(61)}.${'b'.repeat(60)}.${'c'.repeat(63)}.id`;
    const kolom = $<HTMLInputElement>(el, '#f-email');
    kolom.value = email;
    kolom.dispatchEvent(new Event('input'));
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success' || $(el, '.ringkasan-galat') !== null);
    expect($(el, '.ringkasan-galat')?.textContent ?? '').to.equal('');
    expect(JSON.parse(palsu.permintaan[0]!.init!.body as string).requester.email).to.equal(email);
  });

  it('a double click sends one request; the pressed button keeps the focus and "Mengirim…" is announced', async () => {
    const lepas = serverTertahan();
    const el = await buat();
    await isiLengkap(el);
    const tombol = $<HTMLButtonElement>(el, 'button[type="submit"]');
    tombol.focus();
    tombol.click();
    tombol.click();
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    // aria-disabled, not disabled: a disabled button would drop the focus to <body> for 15 s and more.
    expect(tombol.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(tombol);
    const kabar = $(el, '.kabar');
    expect(kabar.getAttribute('role')).to.equal('status');
    expect(kabar.textContent).to.equal('Mengirim…');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' }); // a press by keyboard does nothing either
    tombol.click();
    lepas();
    await tungguSampai(() => el.state === 'success');
    expect(palsu!.permintaan).to.have.length(1);
  });

  it('offline: queued state, survives a reload, then sent once with the same Idempotency-Key on `online`', async () => {
    let daring = false;
    const tb = tandaBukti();
    palsu = pasangFetchPalsu(() => (daring ? { status: 201, body: JSON.stringify(tb) } : { putus: true }));
    const el = await buat();
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    const percobaanAwal = palsu.permintaan.length;
    expect(percobaanAwal).to.be.greaterThan(0);
    expect(teks(el)).to.contain('Belum terkirim');
    // The notice's name alone alarms; its reassuring paragraph is its description.
    const antre = $(el, '.antre');
    const ket = el.shadowRoot!.getElementById(antre.getAttribute('aria-describedby') ?? '-');
    expect(ket?.textContent).to.contain('Pengajuan disimpan di perangkat ini');
    expect(semuaSimpanan()).to.contain('Laporan keuangan'); // queued on the device
    expect(semuaSimpanan()).not.to.contain(NIK); // …without the NIK
    await expect(el).to.be.accessible();
    // Another element on the same page (a re-render, a second view) shows the same queued state.
    const lagi = await buat();
    expect(lagi.state).to.equal('queued');
    lagi.remove();
    await new Promise((r) => setTimeout(r, 200)); // its own resend attempts, offline too
    const sebelum = palsu.permintaan.length;
    // Back online.
    daring = true;
    window.dispatchEvent(new Event('online'));
    await tungguSampai(() => el.state === 'success');
    const sukses = palsu.permintaan.slice(sebelum);
    expect(sukses).to.have.length(1);
    const kunci = new Set(palsu.permintaan.map((p) => p.headers.get('Idempotency-Key')));
    expect(kunci.size).to.equal(1);
    expect(JSON.parse(sukses[0]!.init!.body as string).requester.nik).to.equal(NIK);
    expect(semuaSimpanan()).not.to.contain(NIK);
    expect(semuaSimpanan()).not.to.contain('terbuka.antrean'); // the queue is empty (the receipt is kept)
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(palsu.permintaan.length).to.equal(sebelum + 1);
  });

  it('online but the server unreachable: queued, then sent by itself once the server answers (no `online` event)', async () => {
    const { el, pulihkan, f } = await antreServerMati(30);
    // The notice takes the focus, as the receipt and the error summary do.
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, '.antre'));
    await new Promise((r) => setTimeout(r, 100));
    const gagal = f.permintaan.length;
    expect(gagal).to.be.greaterThan(1); // tried again on its own meanwhile
    expect(el.state).to.equal('queued');
    pulihkan();
    await tungguSampai(() => el.state === 'success');
    expect(f.permintaan.length).to.equal(gagal + 1);
    expect(new Set(f.permintaan.map((p) => p.headers.get('Idempotency-Key'))).size).to.equal(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(f.permintaan.length).to.equal(gagal + 1); // and stops once delivered
  });

  it('a queued submission delivered while focus is elsewhere on the page leaves focus there and says the number', async () => {
    const { el, pulihkan } = await antreServerMati(60_000);
    const luar = tautanLuar();
    try {
      luar.focus();
      pulihkan();
      void el.kirimAntrean();
      await tungguSampai(() => el.state === 'success');
      await new Promise((r) => setTimeout(r, 50));
      expect(document.activeElement).to.equal(luar);
      const kabar = $(el, '.kabar-antre');
      expect(kabar.getAttribute('role')).to.equal('status');
      expect(kabar.textContent).to.contain('sudah terkirim, nomor pendaftaran 001/PPID/DISKOMINFO/PI/2026');
      // "Ajukan permohonan lain" empties it: nothing stale below the next form.
      $$(el, 'button')
        .find((b) => b.textContent!.includes('Ajukan permohonan lain'))!
        .dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      expect($(el, '.kabar-antre').textContent!.trim()).to.equal('');
    } finally {
      luar.remove();
    }
  });

  it('a direct submission answered after focus left the widget says the number, not as a waiting one', async () => {
    const lepas = serverTertahan();
    const el = await buat();
    const luar = tautanLuar();
    try {
      await isiLengkap(el);
      $(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect(el.state).to.equal('submitting');
      luar.focus();
      lepas();
      await tungguSampai(() => el.state === 'success');
      await el.updateComplete;
      expect(document.activeElement === luar, 'focus left on the link').to.equal(true);
      expect($(el, '.kabar-antre').textContent!.trim()).to.equal(
        'Pengajuan sudah terkirim, nomor pendaftaran 001/PPID/DISKOMINFO/PI/2026.',
      );
    } finally {
      luar.remove();
    }
  });

  it('a queued submission delivered while focus is in the form (or nowhere) moves focus to the receipt', async () => {
    const { el, pulihkan } = await antreServerMati(60_000);
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, '.antre'));
    pulihkan();
    void el.kirimAntrean();
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, '#tb-judul'));
    expect($(el, '.kabar-antre').textContent!.trim()).to.equal('');
  });

  it('a submission queued, or refused, while focus is elsewhere on the page leaves focus there and says it', async () => {
    let tolak = false;
    palsu = pasangFetchPalsu(() =>
      tolak
        ? {
            status: 422,
            body: JSON.stringify({
              errors: [
                {
                  severity: 'error',
                  code: 'x',
                  path: 'requester.address',
                  message: { id: 'Alamat: terlalu pendek.', en: 'Address: too short.' },
                },
              ],
            }),
          }
        : { putus: true },
    );
    const el = await buat();
    el.jedaAntreanMs = 60_000;
    const luar = tautanLuar();
    try {
      // Queued: the notice shows, the focus stays on the link, the status region says why it waits.
      await isiLengkap(el);
      luar.focus();
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => el.state === 'queued');
      await new Promise((r) => setTimeout(r, 50));
      // Compared as a boolean: chai printing the element on failure takes minutes.
      expect(document.activeElement === luar, 'focus left on the link').to.equal(true);
      const kabar = $(el, '.kabar-antre');
      expect(kabar.getAttribute('role')).to.equal('status');
      expect(kabar.textContent).to.contain('Belum terkirim: server PPID tidak dapat dihubungi');
      await expect(el).to.be.accessible();
      // Refused: the summary shows without taking the focus; the region names the form.
      $$(el, 'button')
        .find((b) => b.textContent!.includes('Isi formulir baru'))!
        .dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      await isiLengkap(el);
      tolak = true;
      luar.focus();
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => $(el, '.ringkasan-galat') !== null);
      await new Promise((r) => setTimeout(r, 50));
      expect(document.activeElement === luar, 'focus left on the link').to.equal(true);
      expect($(el, '.kabar-antre').textContent).to.contain(
        'Permohonan Informasi Publik: belum terkirim, ada yang perlu diperbaiki di formulir.',
      );
      // Said once, by the status region: the summary itself is no live region (it would be said twice).
      expect(wilayahHidup($(el, '.ringkasan-galat'))?.className ?? null, 'summary in a live region').to.equal(
        null,
      );
      await expect(el).to.be.accessible();
      // From inside the form, the summary takes the focus as before, and the status region is silent.
      $(el, 'button[type="submit"]').focus();
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => el.shadowRoot!.activeElement === $(el, '.ringkasan-galat'));
      expect($(el, '.kabar-antre').textContent!.trim()).to.equal('');
      expect(wilayahHidup($(el, '.ringkasan-galat'))?.className ?? null, 'summary in a live region').to.equal(
        null,
      );
      await expect(el).to.be.accessible();
    } finally {
      luar.remove();
    }
  });

  it('a queued submission is tried again when the page is shown again', async () => {
    const { el, pulihkan } = await antreServerMati(60_000);
    pulihkan();
    document.dispatchEvent(new Event('visibilitychange'));
    await tungguSampai(() => el.state === 'success');
  });

  it('a request form and an objection form on one page: each queues, sends and answers for its own kind', async () => {
    const { el, pulihkan, f } = await antreServerMati(60_000);
    const keb = await fixture<PpidPermintaan>(
      html`<ppid-permintaan
        .jedaUlangMs=${1}
        .jedaAntreanMs=${60_000}
        endpoint=${API}
        agency="diskominfo"
        mode="keberatan"
        lang="id"
      ></ppid-permintaan>`,
    );
    await ketik(keb, 'f-caseSummary', 'Draf keberatan yang belum selesai');
    // The objection form stays a form; the queued request is not its business.
    expect(keb.state).to.equal('ready');
    expect($(keb, '#f-caseSummary')).to.exist;
    pulihkan();
    window.dispatchEvent(new Event('online'));
    await tungguSampai(() => el.state === 'success');
    await new Promise((r) => setTimeout(r, 50));
    expect(f.permintaan.filter((p) => p.url.includes('/v1/permintaan'))).to.have.length(f.permintaan.length);
    expect(keb.state).to.equal('ready');
    expect($(keb, '.tanda-bukti')).to.equal(null);
    expect($<HTMLTextAreaElement>(keb, '#f-caseSummary').value).to.equal('Draf keberatan yang belum selesai');
    keb.remove();
  });

  it('entries of the queue before version 0.2 (one per server, both kinds) are taken over by the form of their kind', async () => {
    const tb = tandaBukti('keberatan');
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const lama = `terbuka.antrean.v1:${API}`;
    const entri = (kind: 'permintaan' | 'keberatan', key: string) => ({
      id: key,
      key,
      kind,
      createdAt: '2026-03-18T03:00:00.000Z',
      attempts: 1,
      // A badan hukum's: no NIK to ask for again.
      body: { requester: { kind: 'badan-hukum', name: 'Yayasan Uji' } },
    });
    localStorage.setItem(
      lama,
      JSON.stringify([entri('permintaan', 'tb-lama-1'), entri('keberatan', 'tb-lama-2')]),
    );
    const keb = await fixture<PpidPermintaan>(
      html`<ppid-permintaan .jedaUlangMs=${1} endpoint=${API} mode="keberatan" lang="id"></ppid-permintaan>`,
    );
    await tungguSampai(() => keb.state === 'success');
    expect(palsu.permintaan.map((p) => [p.url, p.headers.get('Idempotency-Key')])).to.deep.equal([
      [`${API}/v1/keberatan`, 'tb-lama-2'],
    ]);
    // The objection's receipt offers another objection, not another request.
    await keb.updateComplete;
    expect(
      [...keb.shadowRoot!.querySelectorAll('.tanda-bukti .aksi button')].map((b) => b.textContent!.trim()),
    ).to.include('Ajukan keberatan lain');
    // The request stays queued under the old key until a request form takes it over.
    expect(JSON.parse(localStorage.getItem(lama)!).map((e: { key: string }) => e.key)).to.deep.equal([
      'tb-lama-1',
    ]);
    keb.remove();
  });

  it('after a reload a queued request asks for the NIK again, then sends', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    el.remove();
    // A reload loses the page's memory (the NIK) and keeps the stored queue: emptying the queue
    // through the wrapper forgets the NIK, then the stored text is put back.
    const antrean = Object.keys(localStorage).find((k) => k.startsWith('terbuka.antrean.v2'))!;
    const disimpan = localStorage.getItem(antrean)!;
    expect(disimpan).not.to.contain(NIK);
    const entri = JSON.parse(disimpan)[0];
    const { AntreanTanpaNIK } = await import('./antrean-tanpa-nik.js');
    new AntreanTanpaNIK(localStorage).setItem(antrean, '[]');
    localStorage.setItem(antrean, disimpan);
    palsu.pulihkan();
    const tb = tandaBukti();
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const baru = await buat();
    expect(baru.state).to.equal('queued');
    expect($(baru, '#f-nik-antrean-0')).to.exist;
    await expect(baru).to.be.accessible();
    expect(palsu.permintaan).to.have.length(0); // never sent without its NIK
    await ketik(baru, 'f-nik-antrean-0', NIK);
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => baru.state === 'success');
    expect(palsu.permintaan).to.have.length(1);
    expect(palsu.permintaan[0]!.headers.get('Idempotency-Key')).to.equal(entri.key);
    expect(semuaSimpanan()).not.to.contain(NIK);
  });

  it('storage refused and server unreachable: an error with a retry, the entries kept', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    await isiLengkap(el);
    const asli = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (k.startsWith('terbuka.antrean')) throw new DOMException('full', 'QuotaExceededError');
      return asli.call(this, k, v);
    };
    try {
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => el.state === 'error');
    } finally {
      Storage.prototype.setItem = asli;
    }
    expect($(el, '.galat-kirim').getAttribute('role')).to.equal('alert');
    // The focus goes to the retry (the submit button it was on is still there, but the news is here).
    await tungguSampai(() => el.shadowRoot!.activeElement === $(el, '.galat-kirim button'));
    expect($(el, '.kabar').textContent).to.equal(''); // "Mengirim…" no longer said
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Siti Aminah');
    expect($<HTMLInputElement>(el, '#f-nik').value).to.equal(NIK);
    await expect(el).to.be.accessible();
  });

  it('suggests published DIP entries while the rincian is typed', async () => {
    const doc = dokumenUji([
      {
        title: 'Laporan Keuangan Dinas 2025',
        links: [{ label: 'PDF', url: 'https://uji.go.id/lk-2025.pdf' }],
      },
      { title: 'Rencana Strategis Dinas' },
      { title: 'Profil Dinas' },
    ]);
    palsu = pasangFetchPalsu((url) =>
      url.endsWith('dip.json')
        ? { status: 200, body: JSON.stringify(doc), headers: { 'content-type': 'application/json' } }
        : { status: 500 },
    );
    const el = await fixture<PpidPermintaan>(
      html`<ppid-permintaan
        .jedaUlangMs=${1}
        endpoint=${API}
        dip="https://uji.go.id/dip.json"
        lang="id"
      ></ppid-permintaan>`,
    );
    // Nothing is fetched for a reader who only looks at the form; no suggestion, no box (its status line only).
    await el.updateComplete;
    const kotak = $(el, '.saran');
    expect(kotak.getBoundingClientRect().height, 'empty box drawn').to.equal(0);
    expect(getComputedStyle(kotak).borderInlineStartWidth).to.equal('0px');
    expect(kotak.querySelector('[role="status"]')).to.exist;
    await new Promise((r) => setTimeout(r, 50));
    expect(palsu.permintaan.filter((r) => r.url.endsWith('dip.json'))).to.have.length(0);
    await ketik(el, 'f-information', 'Saya minta laporan keuangan tahun 2025');
    await tungguSampai(() => $$(el, '.saran li').length > 0, 8000);
    expect(palsu.permintaan.filter((r) => r.url.endsWith('dip.json'))).to.have.length(1);
    expect($(el, '.saran h3').textContent).to.contain('Mungkin informasi ini sudah tersedia');
    expect(kotak.getBoundingClientRect().height).to.be.above(0);
    expect(getComputedStyle(kotak).borderInlineStartWidth).to.equal('5px');
    const a = $(el, '.saran a');
    expect(a.textContent).to.contain('Laporan Keuangan Dinas 2025');
    // Only a short sentence is live; the list is not (it was re-read whole on every typing pause).
    const wilayah = $$(el, '[role="status"], [aria-live]').filter((w) => w.closest('.saran'));
    expect(wilayah).to.have.length(1);
    expect(wilayah[0]!.textContent).to.equal('1 informasi serupa sudah diumumkan, di bawah kolom ini.');
    expect(a.closest('[role="status"], [aria-live]')).to.equal(null);
    // More typing, the same count: nothing in the live region is written again.
    const ubahan: MutationRecord[] = [];
    const pengamat = new MutationObserver((m) => ubahan.push(...m));
    pengamat.observe(wilayah[0]!, { childList: true, subtree: true, characterData: true });
    await ketik(el, 'f-information', ' dinas');
    await new Promise((r) => setTimeout(r, 500)); // past the 300 ms pause: the list was looked up again
    pengamat.disconnect();
    expect($$(el, '.saran li')).to.have.length(1);
    expect(ubahan).to.have.length(0);
    expect(a.getAttribute('href')).to.equal('https://uji.go.id/lk-2025.pdf');
    await expect(el).to.be.accessible();
    $<HTMLTextAreaElement>(el, '#f-information').value = '';
    await ketik(el, 'f-information', 'rencana strategis dinas');
    await tungguSampai(() => teks(el).includes('Rencana Strategis'));
    expect($$(el, '.saran a')).to.have.length(0); // an entry without a link is named, not linked
    expect($$(el, '.saran li')).to.have.length(1);
  });

  it('keberatan mode: Pasal 35 grounds a–g, the nomor pendaftaran, kasus posisi, 30 working days', async () => {
    const tb = tandaBukti('keberatan');
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const el = await fixture<PpidPermintaan>(
      html`<ppid-permintaan
        .jedaUlangMs=${1}
        endpoint=${API}
        mode="keberatan"
        lang="id"
        .now=${new Date('2026-03-18T03:00:00Z')}
      ></ppid-permintaan>`,
    );
    expect($(el, 'label[for="f-proxy"]').textContent!.trim()).to.equal(
      'Keberatan ini diajukan oleh penerima kuasa',
    );
    const alasan = $$(el, 'input[name="grounds"]');
    expect(alasan).to.have.length(7);
    expect($(el, 'label[for="f-grounds-a"]').textContent).to.contain(PASAL_35[0]!.title.id);
    expect(teks(el)).to.contain('30 hari kerja');
    await tungguSampai(() => /\d{1,2} (April|Mei) 2026/.test($(el, '.info-tenggat').textContent!));
    // 30 working days from 18 March 2026 (Nyepi, Idul Fitri and its cuti bersama skipped).
    expect($(el, '.info-tenggat').textContent).to.contain('paling lambat Kamis, 7 Mei 2026');
    expect($(el, '#f-information')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '.ringkasan-galat').textContent).to.contain('Nomor pendaftaran permohonan');
    await isiKeberatan(el);
    $(el, '#f-proxy').click();
    await el.updateComplete;
    await ketik(el, 'f-proxyName', 'Budi');
    $(el, '#f-proxyPoa-dibawa').click();
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    const r = palsu.permintaan[0]!;
    expect(r.url).to.equal(`${API}/v1/keberatan`);
    const body = JSON.parse(r.init!.body as string);
    expect(body.grounds).to.deep.equal(['c']);
    expect(body.proxy).to.deep.equal({ name: 'Budi', powerOfAttorney: 'dibawa' });
    expect(body.requester.phone).to.equal('+6281234567890');
    expect(teks(el)).to.contain('Tanda Bukti Pengajuan Keberatan');
  });

  it("keberatan mode: the deadline is counted on the agency's calendar (agency-timezone, tanpa-cuti-bersama)", async () => {
    const tenggat = async (
      now: string,
      atribut: { zona?: string; tanpaCuti?: boolean } = {},
    ): Promise<PpidPermintaan> => {
      const el = await fixture<PpidPermintaan>(
        html`<ppid-permintaan
          endpoint=${API}
          mode="keberatan"
          lang="id"
          agency-timezone=${atribut.zona ?? nothing}
          ?tanpa-cuti-bersama=${atribut.tanpaCuti}
          .now=${new Date(now)}
        ></ppid-permintaan>`,
      );
      await tungguSampai(() => /\d{1,2} (April|Mei) 2026/.test($(el, '.info-tenggat').textContent!));
      return el;
    };
    // 23:30 WIB on Tuesday 7 April 2026 is 01:30 on Wednesday 8 April in WIT: day zero as the server has it.
    const malam = '2026-04-07T16:30:00Z';
    expect($(await tenggat(malam), '.info-tenggat').textContent).to.contain('Jumat, 22 Mei 2026');
    for (const zona of ['WIT', 'Asia/Jayapura', 'wit']) {
      const el = await tenggat(malam, { zona });
      expect($(el, '.info-tenggat').textContent, zona).to.contain('paling lambat Senin, 25 Mei 2026');
    }
    // A zone set later is counted again at once (not after the minute the date is kept).
    const el = await tenggat(malam);
    el.setAttribute('agency-timezone', 'WIT');
    await tungguSampai(() => $(el, '.info-tenggat').textContent!.includes('25 Mei 2026'));
    // Cuti bersama as working days (Idul Fitri's on 20, 23 and 24 March 2026 counted): 4 May, not 7 May.
    const swasta = await tenggat('2026-03-18T03:00:00Z', { tanpaCuti: true });
    expect($(swasta, '.info-tenggat').textContent).to.contain('paling lambat Senin, 4 Mei 2026');
  });

  it('keberatan mode: an unknown agency-timezone shows the rule without a date, never a wrong one', async () => {
    const peringatan: string[] = [];
    const asli = console.warn;
    console.warn = (...a: unknown[]) => void peringatan.push(a.join(' '));
    try {
      const el = await fixture<PpidPermintaan>(
        html`<ppid-permintaan
          endpoint=${API}
          mode="keberatan"
          lang="id"
          agency-timezone="Asia/Tokyo"
          .now=${new Date('2026-04-07T16:30:00Z')}
        ></ppid-permintaan>`,
      );
      await tungguSampai(() => peringatan.length > 0);
      await el.updateComplete;
      expect(peringatan[0]).to.contain('agency-timezone "Asia/Tokyo"');
      expect($(el, '.info-tenggat').textContent).to.contain('wajib menanggapi dalam 30 hari kerja.');
      expect($(el, '.info-tenggat').textContent).not.to.match(/2026/);
    } finally {
      console.warn = asli;
    }
  });

  /** The objection form filled and sent, the server answering with this requestLink. */
  async function keberatanTerkirim(lang: string, requestLink: object) {
    localStorage.clear();
    const tb = { ...tandaBukti('keberatan'), requestLink };
    palsu?.pulihkan();
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const el = await fixture<PpidPermintaan>(
      html`<ppid-permintaan
        .jedaUlangMs=${1}
        endpoint=${API}
        mode="keberatan"
        lang=${lang}
      ></ppid-permintaan>`,
    );
    await isiKeberatan(el, NOMOR_PERMINTAAN);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    return { el, tb, catatan: $(el, '[part="receipt"] .belum-tertaut') };
  }
  const NOMOR_PERMINTAAN = '001/PPID/DISKOMINFO/PI/2026';
  const pesanServer = { id: 'Kata server.', en: 'Server words.' };

  it('keberatan receipt: says when the server did not link the objection to its request, with the number given', async () => {
    const nomor = NOMOR_PERMINTAAN;
    for (const [linked, lang] of [
      [false, 'id'],
      [false, 'en'],
      [true, 'id'],
    ] as const) {
      const { el, tb, catatan } = await keberatanTerkirim(lang, {
        number: nomor,
        linked,
        message: pesanServer,
      });
      if (linked) {
        expect(catatan, 'linked: nothing to say').to.equal(null);
        continue;
      }
      expect(catatan.textContent).to.contain(
        lang === 'id' ? `belum tertaut ke permohonan nomor ${nomor}` : `not yet linked to request ${nomor}`,
      );
      // The form's own words, in the page's language; the receipt's number stays as it was.
      expect(teks(el)).not.to.contain(pesanServer.id);
      expect($(el, '#tb-nomor').textContent).to.equal(tb.number);
      await expect(el).to.be.accessible();
    }
  });

  it("keberatan receipt: with the server's reason (the request's own contact), says why it is not linked, not a guess", async () => {
    const nomor = NOMOR_PERMINTAAN;
    const reason = { id: 'Tenggatnya belum lewat.', en: 'Its deadline has not passed.' };
    for (const lang of ['id', 'en'] as const) {
      const { el, catatan } = await keberatanTerkirim(lang, {
        number: nomor,
        linked: false,
        message: pesanServer,
        reason,
      });
      expect(catatan.textContent).to.contain(
        lang === 'id'
          ? `belum tertaut ke permohonan nomor ${nomor}: ${reason.id} Petugas PPID`
          : `not linked to request ${nomor}: ${reason.en} The PPID officer`,
      );
      expect(catatan.textContent).not.to.match(/di atas kertas|on paper/);
      await expect(el).to.be.accessible();
    }
  });

  it("the power of attorney: the words promise no attachment the form cannot send; the codes stay the SDK's", async () => {
    const tb = tandaBukti();
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
    const el = await buat();
    await isiLengkap(el);
    $(el, '#f-proxy').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[type="file"]'), 'no file field').to.equal(null);
    const label = (v: string): string => $(el, `label[for="f-proxyPoa-${v}"]`).textContent!.trim();
    expect(label('terlampir')).to.equal('Dikirim terpisah ke PPID, lewat e-mail atau diantar ke kantornya');
    expect(label('dibawa')).to.equal('Dibawa saat mengambil informasi');
    expect(teks(el)).not.to.match(/terlampir|bersama pengajuan/i);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(label('terlampir')).to.equal('Sent separately to the PPID, by e-mail or to its office');
    expect(teks(el)).not.to.match(/attached|with this submission/i);
    await ketik(el, 'f-proxyName', 'Budi');
    $(el, '#f-proxyPoa-terlampir').click();
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    const body = JSON.parse(palsu.permintaan[0]!.init!.body as string);
    expect(body.proxy).to.deep.equal({ name: 'Budi', powerOfAttorney: 'terlampir' });
  });

  it('re-renders labels when the language changes', async () => {
    const el = await buat();
    expect($(el, 'label[for="f-address"]').textContent).to.contain('Alamat');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, 'label[for="f-address"]').textContent).to.contain('Address');
    expect($(el, 'button[type="submit"]').textContent).to.contain('Send the request');
  });

  it('on a 320 px phone both receipts show the whole number and deadline inside their box, the number broken after a slash', async () => {
    /** `x` lies wholly inside `kotak`, nothing scrolled out of it. */
    const diDalam = (x: Element, kotak: Element, apa: string): void => {
      const a = x.getBoundingClientRect();
      const b = kotak.getBoundingClientRect();
      expect(a.left, `${apa}: left`).to.be.at.least(b.left - 0.5);
      expect(a.right, `${apa}: right ${a.right} > ${b.right}`).to.be.at.most(b.right + 0.5);
      expect(x.scrollWidth, `${apa}: scrolled`).to.be.at.most(x.clientWidth);
    };
    /** The number's "2026" stands on one line (it broke as "PI/202" then "6"). */
    const tahunUtuh = (x: Element, apa: string): void => {
      const t = [...x.childNodes].find((n) => n.textContent!.includes('2026'))!;
      const r = document.createRange();
      r.setStart(t, t.textContent!.indexOf('2026'));
      r.setEnd(t, t.textContent!.indexOf('2026') + 4);
      expect(r.getClientRects(), `${apa}: "2026" on one line`).to.have.length(1);
    };
    await setViewport({ width: 320, height: 740 });
    try {
      for (const mode of ['permintaan', 'keberatan'] as const) {
        localStorage.clear();
        sessionStorage.clear();
        const tb = tandaBukti(mode);
        palsu?.pulihkan();
        palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
        const el = await fixture<PpidPermintaan>(
          html`<ppid-permintaan .jedaUlangMs=${1} endpoint=${API} mode=${mode} lang="id"></ppid-permintaan>`,
        );
        if (mode === 'keberatan') {
          await isiKeberatan(el);
        } else await isiLengkap(el);
        $(el, 'button[type="submit"]').click();
        await tungguSampai(() => el.state === 'success');
        await el.updateComplete;
        const kotak = $(el, '[part="receipt"]');
        expect(kotak.scrollWidth, `${mode}: receipt scrolled`).to.be.at.most(kotak.clientWidth);
        expect(el.scrollWidth, `${mode}: element scrolled`).to.be.at.most(el.clientWidth);
        const nomor = $(el, '#tb-nomor');
        expect(nomor.textContent).to.equal(tb.number);
        diDalam(nomor, kotak, `${mode}: number`);
        diDalam(nomor.closest('dd')!, kotak, `${mode}: number's dd`);
        tahunUtuh(nomor, `${mode}: number`);
        const tenggat = $(el, '.tenggat');
        expect(tenggat.textContent!.replace(/\s+/g, ' ').trim()).to.match(
          /^\d+ hari kerja, \S+, \d{1,2} \S+ 2026$/,
        );
        diDalam(tenggat, kotak, `${mode}: deadline`);
        diDalam(tenggat.querySelector('time')!, kotak, `${mode}: deadline's date`);
        await expect(el).to.be.accessible();
        // The receipts kept on the device, under a new form: the number breaks the same way.
        (
          $$(el, '[part="receipt"] button').find((b) => /Ajukan .* lain/.test(b.textContent!)) as HTMLElement
        ).click();
        await el.updateComplete;
        const simpan = $(el, '#tb-simpan-0');
        expect(simpan.textContent).to.equal(tb.number);
        diDalam(simpan, $(el, '.sebelumnya'), `${mode}: kept number`);
        tahunUtuh(simpan, `${mode}: kept number`);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    const wadah = await fixture<HTMLDivElement>(
      html`<div style="width:360px">
        <ppid-permintaan .jedaUlangMs=${1} endpoint=${API}></ppid-permintaan>
      </div>`,
    );
    const el = wadah.querySelector('ppid-permintaan')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(360);
    for (const f of $$(el, 'input, textarea, button'))
      expect(f.getBoundingClientRect().right, f.id).to.be.at.most(wadah.getBoundingClientRect().right + 1);
  });

  describe('the number in links: the receipt to the status page, the status page to the objection form', () => {
    const NOMOR = '001/PPID/DISKOMINFO/PI/2026';
    const ENKODE = encodeURIComponent(NOMOR);

    it('"Lihat status" carries ?nomor= the number, after the status-url\'s own query and before its hash; never a contact', async () => {
      palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
      const el = await buat();
      el.statusUrl = '/status.html?lang=en#cek';
      await isiLengkap(el);
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => el.state === 'success');
      await el.updateComplete;
      const lihat = (): HTMLAnchorElement | null => el.shadowRoot!.querySelector('.tanda-bukti a[href]');
      expect(lihat()!.getAttribute('href')).to.equal(
        `${location.origin}/status.html?lang=en&nomor=${ENKODE}#cek`,
      );
      expect(lihat()!.textContent!.trim()).to.equal('Lihat status');
      await expect(el).to.be.accessible();
      const kasus: [string, string | undefined][] = [
        ['status.html', new URL(`status.html?nomor=${ENKODE}`, document.baseURI).href],
        // The page's query kept as written (%20, a bare key); an older nomor replaced, not repeated.
        [
          'https://ppid.example.go.id/cek?x=a%20b&nomor=lama&y#atas',
          `https://ppid.example.go.id/cek?x=a%20b&y&nomor=${ENKODE}#atas`,
        ],
        ['/status.html?#', `${location.origin}/status.html?nomor=${ENKODE}#`],
        ['javascript:alert(1)', undefined],
        ['', undefined],
      ];
      for (const [url, diharapkan] of kasus) {
        el.statusUrl = url;
        await el.updateComplete;
        expect(lihat()?.getAttribute('href'), url).to.equal(diharapkan);
      }
      // Nothing the person typed goes into the address: not the e-mail, the NIK or the name.
      el.statusUrl = '/status.html';
      await el.updateComplete;
      for (const x of ['siti', 'contoh', NIK, 'Aminah']) expect(lihat()!.href).not.to.contain(x);
    });

    it('the objection form fills the request number from ?nomor=, focus untouched; the request form ignores it', async () => {
      const keb = await denganAlamat({ nomor: ` ${NOMOR} ` }, () =>
        fixture<PpidPermintaan>(
          html`<ppid-permintaan
            endpoint=${API}
            agency="diskominfo"
            mode="keberatan"
            lang="id"
          ></ppid-permintaan>`,
        ),
      );
      expect($<HTMLInputElement>(keb, '#f-requestNumber').value).to.equal(NOMOR);
      expect(document.activeElement === document.body, 'the focus moved').to.equal(true);
      await expect(keb).to.be.accessible();
      // The number is sent as filled in.
      const tb = tandaBukti('keberatan');
      palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tb) }));
      await ketik(keb, 'f-name', 'Siti Aminah');
      await ketik(keb, 'f-nik', NIK);
      await ketik(keb, 'f-address', 'Jl. Merdeka 1');
      await ketik(keb, 'f-occupation', 'Guru');
      await ketik(keb, 'f-phone', '0812-3456-7890');
      $(keb, '#f-grounds-a').click();
      await ketik(keb, 'f-caseSummary', 'Permohonan ditolak.');
      await ketik(keb, 'f-purpose', 'Penelitian');
      $(keb, 'button[type="submit"]').click();
      await tungguSampai(() => keb.state === 'success');
      expect(JSON.parse(palsu.permintaan[0]!.init!.body as string).requestNumber).to.equal(NOMOR);
      keb.remove();
      const el = await denganAlamat({ nomor: NOMOR }, () => buat());
      expect($(el, '#f-requestNumber')).to.equal(null);
      expect(teks(el)).not.to.contain(NOMOR);
    });

    it("?nomor= goes only into an empty field: a draft's own number stays; a draft without one still says it was restored", async () => {
      const baru = (): Promise<PpidPermintaan> =>
        fixture<PpidPermintaan>(
          html`<ppid-permintaan
            endpoint=${API}
            agency="diskominfo"
            mode="keberatan"
            lang="id"
          ></ppid-permintaan>`,
        );
      const a = await baru();
      await ketik(a, 'f-requestNumber', '009/KETIK');
      a.remove();
      const b = await denganAlamat({ nomor: NOMOR }, baru);
      expect($<HTMLInputElement>(b, '#f-requestNumber').value).to.equal('009/KETIK');
      b.remove();
      sessionStorage.clear();
      const c = await baru();
      await ketik(c, 'f-caseSummary', 'Draf kasus');
      c.remove();
      const d = await denganAlamat({ nomor: NOMOR }, baru);
      expect($<HTMLInputElement>(d, '#f-requestNumber').value).to.equal(NOMOR);
      expect($<HTMLTextAreaElement>(d, '#f-caseSummary').value).to.equal('Draf kasus');
      await tungguSampai(() => teks(d).includes('Isian sebelumnya dipulihkan dari draf'));
      await expect(d).to.be.accessible();
    });
  });
});
