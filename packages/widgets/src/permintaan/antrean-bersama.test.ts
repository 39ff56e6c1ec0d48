import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BATAS_PANJANG, buatTandaBukti } from '@terbuka/sdk';
import type { TandaBukti } from '@terbuka/sdk';
import './define.js';
import type { PpidPermintaan } from './permintaan.js';
import { tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import { isiLengkap, ketik, NIK_UJI } from '../internal/testing/formulir-uji.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';

// The waiting notice on a shared device, receipts kept on the device, other tabs, a lost answer (409).
const API = 'https://ppid.uji.go.id/api';
const ANTREAN = `terbuka.antrean.v2:permintaan:diskominfo:${API}`;
const NIK_B = '3171015501850002';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: HTMLElement, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const teks = (el: HTMLElement): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const tombol = (el: HTMLElement, kata: string): HTMLButtonElement =>
  $$(el, 'button').find((b) => b.textContent!.includes(kata)) as HTMLButtonElement;

function tandaBukti(nomor = '001/PPID/DISKOMINFO/PI/2026'): TandaBukti {
  return buatTandaBukti({
    jenis: 'permintaan',
    nomor,
    receivedAt: new Date('2026-03-18T03:00:00Z'),
    agency: { id: 'diskominfo', name: 'Diskominfo Uji', timeZone: 'Asia/Jakarta' },
    ringkasan: 'Laporan keuangan 2025',
  });
}

/** A request left on the device by an earlier page (its NIK gone with that page). */
const entri = (key: string, nama: string, rincian: string) => ({
  id: `id-${key}`,
  key,
  kind: 'permintaan',
  createdAt: '2026-03-18T03:00:00.000Z',
  attempts: 2,
  body: {
    format: 'terbuka-permintaan',
    version: 1,
    requester: {
      kind: 'perorangan',
      name: nama,
      address: 'Jl. Uji 1',
      occupation: 'Guru',
      email: 'a@contoh.id',
    },
    information: rincian,
    purpose: 'Penelitian',
    obtain: ['membaca'],
  },
});

let palsu: FetchPalsu | undefined;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
});

const buat = (): Promise<PpidPermintaan> =>
  fixture<PpidPermintaan>(
    html`<ppid-permintaan
      .jedaUlangMs=${1}
      endpoint=${API}
      agency="diskominfo"
      agency-name="Diskominfo Uji"
      status-url="/status.html"
      lang="id"
    ></ppid-permintaan>`,
  );

describe('<ppid-permintaan> on a shared device', () => {
  it("a waiting entry's time is in the agency's zone, named, whatever the device's zone", async () => {
    localStorage.setItem(ANTREAN, JSON.stringify([entri('tb-a', 'Siti Aminah', 'Laporan keuangan')]));
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
    const el = await fixture<PpidPermintaan>(
      html`<ppid-permintaan
        .jedaUlangMs=${1}
        endpoint=${API}
        agency="diskominfo"
        agency-timezone="WITA"
        lang="id"
      ></ppid-permintaan>`,
    );
    expect(el.state).to.equal('queued');
    expect(teks(el)).to.contain('dibuat 18 Maret 2026 pukul 11.00 WITA');
    await expect(el).to.be.accessible();
  });

  it('lists each waiting entry (who, what, when); a NIK goes to its own entry; another person’s is deleted after a confirmation; the empty form stays reachable', async () => {
    localStorage.setItem(
      ANTREAN,
      JSON.stringify([
        entri('tb-a', 'Siti Aminah', 'Laporan keuangan dinas tahun 2025'),
        entri('tb-b', 'Budi Santoso', 'Daftar penerima bantuan sosial 2026'),
      ]),
    );
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
    const el = await buat();
    expect(el.state).to.equal('queued');
    const t = teks(el);
    for (const s of [
      'Siti Aminah',
      'Laporan keuangan dinas',
      'Budi Santoso',
      'Daftar penerima',
      // 03:00 UTC in the agency's zone (WIB when the page names none), named as on the receipt.
      'dibuat 18 Maret 2026 pukul 10.00 WIB',
    ])
      expect(t).to.contain(s);
    expect(t).not.to.contain('akan dikirim otomatis'); // with a NIK pending nothing goes by itself
    expect($$(el, '.entri-antre input')).to.have.length(2); // one NIK field per entry
    await expect(el).to.be.accessible();

    // The empty form is one press away, the waiting entries still said; and back.
    tombol(el, 'Isi formulir baru').click();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('');
    expect(teks(el)).to.contain('2 pengajuan belum terkirim di perangkat ini');
    await expect(el).to.be.accessible();
    tombol(el, 'Lihat').click();
    await el.updateComplete;
    expect(el.state).to.equal('queued');

    // Budi's NIK, typed under Budi's entry, sends Budi's only.
    await ketik(el, 'f-nik-antrean-1', NIK_B);
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => palsu!.permintaan.length === 1 && $$(el, '.entri-antre').length === 1);
    expect(palsu.permintaan[0]!.headers.get('Idempotency-Key')).to.equal('tb-b');
    expect(JSON.parse(palsu.permintaan[0]!.init!.body as string).requester.nik).to.equal(NIK_B);
    expect(el.state).to.equal('queued'); // Siti's still waits for her own NIK
    expect(teks(el)).to.contain('Siti Aminah');
    expect(teks(el)).not.to.contain('Budi Santoso');

    // Not Budi's: deleted, after a confirmation that can be cancelled.
    tombol(el, 'Bukan pengajuan saya').click();
    await el.updateComplete;
    expect(teks(el)).to.contain('Hapus pengajuan ini dari perangkat?');
    await expect(el).to.be.accessible();
    tombol(el, 'Batal').click();
    await el.updateComplete;
    expect(localStorage.getItem(ANTREAN)).to.contain('tb-a');
    // The focus goes back to the button that asked, not to <body>.
    await tungguSampai(() => el.shadowRoot!.activeElement === tombol(el, 'Bukan pengajuan saya'));
    tombol(el, 'Bukan pengajuan saya').click();
    await el.updateComplete;
    tombol(el, 'Ya, hapus').click();
    await tungguSampai(() => el.state === 'ready');
    // Said in a live region that outlived the notice it was about.
    const kabar = $(el, '.kabar-antre');
    expect(kabar.getAttribute('role')).to.equal('status');
    expect(kabar.textContent).to.contain('Pengajuan dihapus dari perangkat ini.');
    expect(localStorage.getItem(ANTREAN)).to.equal(null);
    expect(palsu.permintaan).to.have.length(1); // Siti's was never sent, with anyone's NIK
    expect($(el, '#f-name')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('"Pengajuan dihapus…" is cleared once the citizen next edits or submits the form below it', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    for (const lalu of ['ketik', 'kirim']) {
      localStorage.setItem(ANTREAN, JSON.stringify([entri('tb-a', 'Siti Aminah', 'Laporan keuangan')]));
      const el = await buat();
      tombol(el, 'Bukan pengajuan saya').click();
      await el.updateComplete;
      tombol(el, 'Ya, hapus').click();
      await tungguSampai(() => el.state === 'ready');
      const kabar = $(el, '.kabar-antre');
      expect(kabar.textContent, lalu).to.contain('Pengajuan dihapus dari perangkat ini.');
      if (lalu === 'ketik') await ketik(el, 'f-name', 'Budi');
      else $(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect(kabar.textContent!.trim(), lalu).to.equal('');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('a queued submission empties the form and its draft: "Isi formulir baru" is empty, nothing sent twice', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    el.jedaAntreanMs = 60_000;
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    tombol(el, 'Isi formulir baru').click();
    await el.updateComplete;
    for (const id of ['f-name', 'f-nik', 'f-address', 'f-email', 'f-information'])
      expect($<HTMLInputElement>(el, `#${id}`).value, id).to.equal('');
    expect(JSON.stringify({ ...sessionStorage })).not.to.contain('Siti');
    await expect(el).to.be.accessible();
  });

  it('a waiting submission the server refuses while a new form is shown is said above the form', async () => {
    let tolak = false;
    palsu = pasangFetchPalsu(() =>
      tolak
        ? {
            status: 422,
            body: JSON.stringify({
              errors: [
                {
                  severity: 'error',
                  code: 'field.required',
                  path: 'purpose',
                  message: { id: 'Tujuan wajib diisi.', en: 'Purpose is required.' },
                },
              ],
            }),
            headers: { 'Content-Type': 'application/json' },
          }
        : { putus: true },
    );
    const el = await buat();
    el.jedaAntreanMs = 60_000;
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    tombol(el, 'Isi formulir baru').click();
    await el.updateComplete;
    tolak = true;
    await el.kirimAntrean();
    await el.updateComplete;
    const alert = $(el, '.galat-kirim[role="alert"]');
    expect(alert.textContent).to.contain('ditolak server PPID dan tidak terkirim');
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
    tombol(el, 'Tutup').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.galat-kirim')).to.equal(null);
  });

  /** A server that cannot be reached until the returned call, then numbers each submission 001, 002, … */
  function serverNanti(): () => void {
    let nomor = 0;
    let terima = false;
    palsu = pasangFetchPalsu(() =>
      terima
        ? { status: 201, body: JSON.stringify(tandaBukti(`00${++nomor}/PPID/DISKOMINFO/PI/2026`)) }
        : { putus: true },
    );
    return () => (terima = true);
  }

  /** A full form submitted and kept waiting (server unreachable), then "Isi formulir baru". */
  async function antreLaluFormBaru(el: PpidPermintaan): Promise<void> {
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    tombol(el, 'Isi formulir baru').click();
    await el.updateComplete;
  }

  it('waiting submissions delivered while a new form is filled are said in the status region, focus left in the form', async () => {
    const terima = serverNanti();
    const el = await buat();
    el.jedaAntreanMs = 60_000;
    await antreLaluFormBaru(el);
    const nama = $<HTMLInputElement>(el, '#f-name');
    nama.focus();
    terima();
    await el.kirimAntrean();
    await el.updateComplete;
    const kabar = $(el, '.kabar-antre');
    expect(kabar.getAttribute('role')).to.equal('status');
    expect(kabar.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Pengajuan yang menunggu di perangkat ini sudah terkirim, nomor pendaftaran 001/PPID/DISKOMINFO/PI/2026; nomornya tercatat di “Permohonan Anda sebelumnya”.',
    );
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.activeElement).to.equal(nama);
    expect($(el, '.sebelumnya').textContent).to.contain('001/PPID/DISKOMINFO/PI/2026');
    expect(teks(el)).not.to.contain('belum terkirim di perangkat ini');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect(kabar.textContent).to.contain(
      'The submission waiting on this device was sent, registration number 001/',
    );
  });

  it('two waiting submissions delivered at once while a new form is shown: the count is said, the numbers listed', async () => {
    const terima = serverNanti();
    const el = await buat();
    el.jedaAntreanMs = 60_000;
    for (let i = 0; i < 2; i++) await antreLaluFormBaru(el);
    expect(teks(el)).to.contain('2 pengajuan belum terkirim di perangkat ini');
    terima();
    await el.kirimAntrean();
    await el.updateComplete;
    expect($(el, '.kabar-antre').textContent).to.contain(
      '2 pengajuan yang menunggu di perangkat ini sudah terkirim; nomor pendaftarannya tercatat',
    );
    const daftar = $(el, '.sebelumnya').textContent!;
    expect(daftar).to.contain('001/PPID/DISKOMINFO/PI/2026');
    expect(daftar).to.contain('002/PPID/DISKOMINFO/PI/2026');
  });

  it('the waiting notice says why it waits: offline, or the server down; "Kirim sekarang" says in a live region the client’s last error, or that the device is offline', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    el.jedaAntreanMs = 60_000;
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'queued');
    // Online, server unreachable: no promise of "once connected".
    expect(teks(el)).not.to.contain('saat tersambung');
    expect(teks(el)).to.contain('Server PPID belum dapat dihubungi');
    const n = palsu.permintaan.length;
    tombol(el, 'Kirim sekarang').click();
    await tungguSampai(() => palsu!.permintaan.length > n && !teks(el).includes('Mengirim…'));
    const kabar = $(el, '.kabar-antre');
    expect(kabar.getAttribute('role')).to.equal('status');
    expect(kabar.textContent).to.contain('server PPID tidak dapat dihubungi');
    await expect(el).to.be.accessible();
    // Offline: then the promise is true.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(teks(el)).to.contain('akan dikirim otomatis saat tersambung');
      // "Kirim sekarang" offline: the device is offline, not the server unreachable.
      tombol(el, 'Kirim sekarang').click();
      await tungguSampai(() => kabar.textContent!.includes('perangkat sedang luring'));
      expect(kabar.textContent).not.to.contain('server PPID');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(kabar.textContent).to.contain('Not sent yet: this device is offline.');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  });

  it('a wrong NIK in the waiting notice is announced and tied to its field', async () => {
    localStorage.setItem(ANTREAN, JSON.stringify([entri('tb-a', 'Siti Aminah', 'Laporan keuangan')]));
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    await ketik(el, 'f-nik-antrean-0', '123');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const galat = $(el, '#f-nik-antrean-0-galat');
    expect(galat.getAttribute('role')).to.equal('alert');
    expect($(el, '#f-nik-antrean-0').getAttribute('aria-describedby')).to.equal('f-nik-antrean-0-galat');
    expect(palsu.permintaan).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a second tab leaves "Belum terkirim" once the first delivered (storage event), and shows the kept number', async () => {
    localStorage.setItem(ANTREAN, JSON.stringify([entri('tb-a', 'Siti Aminah', 'Laporan keuangan')]));
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    expect(el.state).to.equal('queued');
    // The other tab delivers: it removes the entry and keeps the receipt (as this form does).
    localStorage.removeItem(ANTREAN);
    localStorage.setItem(
      `terbuka.tanda-bukti.v1:diskominfo:${API}`,
      JSON.stringify([
        {
          number: '007/PPID/DISKOMINFO/PI/2026',
          kind: 'permintaan',
          agency: 'Diskominfo Uji',
          receivedAt: '2026-03-18T10:00:00+07:00',
          timeZone: 'Asia/Jakarta',
          due: '2026-04-01',
          workingDays: 10,
          summary: 'Laporan keuangan',
        },
      ]),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: ANTREAN }));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(teks(el)).to.contain('007/PPID/DISKOMINFO/PI/2026');
    await expect(el).to.be.accessible();
  });
});

describe('<ppid-permintaan> receipts kept on the device', () => {
  it('the number survives a reload, without personal data; "Salin nomor" copies it; a status link when status-url is set', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
    const el = await buat();
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    // The status page opens with the number filled in (the contact never goes into an address).
    expect($<HTMLAnchorElement>(el, '.tanda-bukti a[href]').getAttribute('href')).to.equal(
      `${location.origin}/status.html?nomor=001%2FPPID%2FDISKOMINFO%2FPI%2F2026`,
    );
    el.remove();
    // Nothing of the person is kept: not the NIK, the name, the address or the e-mail.
    const disimpan = JSON.stringify({ ...localStorage });
    // Nor the request's own words (they may name people): the summary, 'Laporan keuangan 2025', stays out.
    for (const s of [NIK_UJI, 'Siti', 'Merdeka', 'siti@contoh.id', 'Laporan keuangan'])
      expect(disimpan).not.to.contain(s);
    const lagi = await buat();
    expect(teks(lagi)).to.contain('Permohonan Anda sebelumnya');
    expect(teks(lagi)).to.contain('001/PPID/DISKOMINFO/PI/2026');
    expect($(lagi, '.sebelumnya a').getAttribute('href')).to.equal(
      `${location.origin}/status.html?nomor=001%2FPPID%2FDISKOMINFO%2FPI%2F2026`,
    );
    await expect(lagi).to.be.accessible();
    // The Clipboard API copies it and says so.
    const asli = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let disalin = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => void (disalin = s) },
    });
    try {
      tombol(lagi, 'Salin nomor').click();
      await tungguSampai(() => teks(lagi).includes('disalin'));
      expect(disalin).to.equal('001/PPID/DISKOMINFO/PI/2026');
      // Without it (an http page, permission refused) the number is selected for the person to copy.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      });
      tombol(lagi, 'Salin nomor').click();
      await tungguSampai(() => teks(lagi).includes('sudah dipilih'));
      const pilih = (lagi.shadowRoot as unknown as { getSelection(): Selection }).getSelection();
      expect(pilih.toString()).to.equal('001/PPID/DISKOMINFO/PI/2026');
      expect($(lagi, '.kabar-salin').getAttribute('role')).to.equal('status');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      Object.defineProperty(Navigator.prototype, 'clipboard', asli);
    }
  });

  it('"Hapus dari perangkat ini" forgets the kept numbers', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
    const el = await buat();
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    el.remove();
    const lagi = await buat();
    expect(teks(lagi)).to.contain('001/PPID/DISKOMINFO/PI/2026');
    tombol(lagi, 'Hapus dari perangkat ini').click();
    await lagi.updateComplete;
    expect(teks(lagi)).not.to.contain('Permohonan Anda sebelumnya');
    expect(JSON.stringify({ ...localStorage })).not.to.contain('001/PPID');
    await expect(lagi).to.be.accessible();
  });

  it('storage blocked: the receipt is shown, nothing breaks, nothing kept', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 201, body: JSON.stringify(tandaBukti()) }));
    const el = await buat();
    await isiLengkap(el);
    const asli = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      $(el, 'button[type="submit"]').click();
      await tungguSampai(() => el.state === 'success');
    } finally {
      Storage.prototype.setItem = asli;
    }
    expect(teks(el)).to.contain('001/PPID/DISKOMINFO/PI/2026');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('terbuka.tanda-bukti'))).to.have.length(0);
  });

  it('the number on a 360 px receipt is never split inside its year ("PI/20 / 26")', async () => {
    palsu = pasangFetchPalsu(() => ({
      status: 201,
      body: JSON.stringify(tandaBukti('0123/PPID/DISKOMINFOSANTIKPERSANDIAN/PI/2026')),
    }));
    const wadah = await fixture<HTMLDivElement>(
      html`<div style="width:360px">
        <ppid-permintaan .jedaUlangMs=${1} endpoint=${API} agency="diskominfo" lang="id"></ppid-permintaan>
      </div>`,
    );
    const el = wadah.querySelector<PpidPermintaan>('ppid-permintaan')!;
    await isiLengkap(el);
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.state === 'success');
    // The number breaks only after a slash (each "/" closes a piece): the year is one text, on one line.
    const nomor = $(el, '#tb-nomor');
    expect(nomor.textContent).to.equal('0123/PPID/DISKOMINFOSANTIKPERSANDIAN/PI/2026');
    const jalan = document.createTreeWalker(nomor, NodeFilter.SHOW_TEXT);
    let simpul: Text | undefined;
    while (jalan.nextNode())
      if ((jalan.currentNode as Text).data.includes('2026')) simpul = jalan.currentNode as Text;
    const r = document.createRange();
    const i = simpul!.data.indexOf('2026');
    r.setStart(simpul!, i);
    r.setEnd(simpul!, i + '2026'.length);
    const baris = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
    expect(baris.size).to.equal(1);
  });
});

describe('<ppid-permintaan> after a lost answer (409)', () => {
  it('the request probably received is said in plain words, kept, and its NIK asked again; the right NIK brings the receipt', async () => {
    localStorage.setItem(ANTREAN, JSON.stringify([entri('tb-a', 'Siti Aminah', 'Laporan keuangan')]));
    // The server holds tb-a with NIK_UJI: another NIK is a conflict, the same one replays the receipt.
    let terakhir = '';
    palsu = pasangFetchPalsu(() =>
      terakhir === NIK_UJI
        ? { status: 200, body: JSON.stringify(tandaBukti()) }
        : {
            status: 409,
            body: JSON.stringify({
              errors: [
                {
                  severity: 'error',
                  code: 'idempotency-key.reused',
                  path: 'headers.idempotency-key',
                  message: {
                    id: 'Idempotency-Key ini sudah dipakai untuk pengajuan lain. Buat kunci baru untuk pengajuan baru.',
                    en: 'This Idempotency-Key was already used for another submission.',
                  },
                },
              ],
            }),
          },
    );
    const asliFetch = window.fetch;
    window.fetch = ((u: RequestInfo | URL, init?: RequestInit) => {
      terakhir =
        (JSON.parse(String(init?.body ?? '{}')) as { requester?: { nik?: string } }).requester?.nik ?? '';
      return asliFetch(u, init);
    }) as typeof window.fetch;
    try {
      const el = await buat();
      await ketik(el, 'f-nik-antrean-0', '3201014509900009'); // a typo
      await sendKeys({ press: 'Enter' });
      await tungguSampai(() => teks(el).includes('kemungkinan sudah diterima')).catch(() => {
        throw new Error(teks(el));
      });
      const t = teks(el);
      expect(t).not.to.contain('Idempotency');
      expect(t).to.contain('halaman status');
      expect(el.state).to.equal('queued'); // not dropped
      expect(localStorage.getItem(ANTREAN)).to.contain('tb-a');
      expect($(el, '#f-nik-antrean-0')).to.exist; // asked again
      await expect(el).to.be.accessible();
      const n = palsu.permintaan.length;
      await ketik(el, 'f-nik-antrean-0', NIK_UJI);
      await sendKeys({ press: 'Enter' });
      await tungguSampai(() => el.state === 'success');
      expect(palsu.permintaan.length).to.equal(n + 1);
      expect(teks(el)).to.contain('001/PPID/DISKOMINFO/PI/2026');
      expect(localStorage.getItem(ANTREAN)).to.equal(null);
    } finally {
      window.fetch = asliFetch;
    }
  });
});

describe('<ppid-permintaan> length counters', () => {
  it('a counter says what is left, and how many too many before submit (as the SDK counts)', async () => {
    const el = await buat();
    const rincian = $<HTMLTextAreaElement>(el, '#f-information');
    expect(rincian.getAttribute('aria-describedby')).to.contain('f-information-hitung');
    expect($(el, '#f-information-hitung').textContent).to.contain('Sisa 5000 karakter');
    await ketik(el, 'f-information', 'Laporan');
    expect($(el, '#f-information-hitung').textContent).to.contain('Sisa 4993 karakter');
    rincian.value = 'x'.repeat(5003);
    rincian.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const hitung = $(el, '#f-information-hitung');
    expect(hitung.textContent).to.contain('Kelebihan 3 karakter');
    expect(hitung.classList.contains('lebih')).to.equal(true);
    await expect(el).to.be.accessible();
    // An emoji is one character, as a person and the SDK count it (two UTF-16 code units).
    rincian.value = `${'x'.repeat(4990)}${'😀'.repeat(10)}`;
    rincian.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(hitung.textContent).to.contain('Sisa 0 karakter');
    expect(hitung.classList.contains('lebih')).to.equal(false);
    rincian.value += '🇮🇩';
    rincian.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(hitung.textContent).to.contain('Kelebihan 2 karakter'); // a flag is two code points
    // Control characters a PDF paste brings are dropped by the SDK, so not counted either.
    rincian.value = `${'x'.repeat(5000)}${'\u0002'.repeat(30)}`;
    rincian.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(hitung.textContent).to.contain('Sisa 0 karakter');
  });

  it('Tujuan and Kasus posisi have the same counter, with the SDK’s limits (2,000 and 10,000)', async () => {
    for (const [mode, k, maks] of [
      ['permintaan', 'purpose', BATAS_PANJANG.purpose],
      ['keberatan', 'purpose', BATAS_PANJANG.purpose],
      ['keberatan', 'caseSummary', BATAS_PANJANG.caseSummary],
    ] as const) {
      const el = await fixture<PpidPermintaan>(
        html`<ppid-permintaan endpoint=${API} mode=${mode} lang="id"></ppid-permintaan>`,
      );
      const kolom = $<HTMLTextAreaElement>(el, `#f-${k}`);
      expect(kolom.getAttribute('aria-describedby'), `${mode} ${k}`).to.contain(`f-${k}-hitung`);
      expect($(el, `#f-${k}-hitung`).textContent, `${mode} ${k}`).to.contain(`Sisa ${maks} karakter`);
      kolom.value = 'x'.repeat(maks + 4);
      kolom.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect($(el, `#f-${k}-hitung`).textContent, `${mode} ${k}`).to.contain('Kelebihan 4 karakter');
      await expect(el).to.be.accessible();
    }
  });
});
