import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { PpidStatusPermintaan } from './status-permintaan.js';
import { tungguSampai } from '../internal/testing/data-uji.js';
import { pasangFetchPalsu } from '../internal/testing/fetch-palsu.js';
import { denganAlamat } from '../internal/testing/alamat-uji.js';
import type { FetchPalsu } from '../internal/testing/fetch-palsu.js';

const API = 'https://ppid.uji.go.id/api';
const NOMOR = '001/PPID/DISKOMINFO/PI/2026';

const STATUS = {
  number: NOMOR,
  kind: 'permintaan',
  status: 'dijawab',
  deadline: '2026-05-13',
  deadlineKind: 'keberatan',
  receivedAt: '2026-03-18T10:00:00+07:00',
  events: [
    { at: '2026-03-18T10:00:00+07:00', type: 'diterima', status: 'diterima', deadline: '2026-04-08' },
    { at: '2026-03-25T09:00:00+07:00', type: 'proses', status: 'diproses', deadline: '2026-04-08' },
    {
      at: '2026-04-06T14:00:00+07:00',
      type: 'perpanjang',
      reason: 'Dokumen di arsip daerah',
      status: 'diperpanjang',
      deadline: '2026-04-17',
    },
    {
      at: '2026-04-15T11:00:00+07:00',
      type: 'jawab',
      outcome: 'ditolak',
      grounds: ['c'],
      status: 'dijawab',
      deadline: '2026-05-13',
    },
  ],
};

const TIDAK_ADA = {
  errors: [{ severity: 'error', code: 'status.not-found', path: '', message: { id: 'x', en: 'x' } }],
};

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: HTMLElement, sel: string): Element[] => [...el.shadowRoot!.querySelectorAll(sel)];
type Simpul = { role?: string; name?: string; description?: string; focused?: boolean; children?: Simpul[] };

/** The focused node of Chromium's accessibility tree: what a screen reader says when the focus lands. */
async function fokusDidengar(): Promise<Simpul | undefined> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const cari = (s: Simpul): Simpul | undefined =>
    s.focused ? s : (s.children ?? []).map(cari).find((x) => x !== undefined);
  return cari((await a11ySnapshot({})) as unknown as Simpul);
}

const teks = (el: HTMLElement): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** An element in a few words, for a failure's message. */
const nama = (x: Element | null | undefined): string =>
  x ? `<${x.localName}${x.id ? `#${x.id}` : ''}> "${(x.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';

/**
 * The focus is on `x` (in the element's shadow root). Compared with ===, the message naming both: chai's
 * `expect(element).to.equal(…)` prints the elements when it fails, which ran past the runner's 120 s and the
 * file ended on a timeout or "detached frame" instead of the failed assertion.
 */
function fokusPada(el: HTMLElement, x: Element, apa: string): void {
  const a = el.shadowRoot!.activeElement ?? document.activeElement;
  expect(a === x, `${apa}: focus is on ${nama(a)}, not on ${nama(x)}`).to.equal(true);
}

/** No element matches (or `x` is none), the one found named when it fails (see fokusPada). */
const tidakAda = (x: Element | null, apa: string): void =>
  void expect(x === null, `${apa}: found ${nama(x)}`).to.equal(true);

let palsu: FetchPalsu | undefined;
afterEach(() => {
  palsu?.pulihkan();
  palsu = undefined;
});

async function buat(): Promise<PpidStatusPermintaan> {
  const el = await fixture<PpidStatusPermintaan>(
    html`<ppid-status-permintaan .jedaUlangMs=${1} endpoint=${API} lang="id"></ppid-status-permintaan>`,
  );
  return el;
}

/** Fills both fields and submits, by keyboard. */
async function cari(el: PpidStatusPermintaan, nomor: string, kontak: string): Promise<void> {
  $(el, '#f-nomor').focus();
  await sendKeys({ type: nomor });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: kontak });
  await sendKeys({ press: 'Enter' });
}

describe('<ppid-status-permintaan>', () => {
  it('labels, hints and an accessible empty form; missing fields go to the error summary', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 500 }));
    const el = await buat();
    expect($(el, 'label[for="f-nomor"]').textContent).to.contain('Nomor pendaftaran');
    expect($(el, 'label[for="f-kontak"]').textContent).to.contain('E-mail atau nomor telepon');
    await expect(el).to.be.accessible();
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => el.shadowRoot!.activeElement?.classList.contains('ringkasan-galat') ?? false);
    expect($$(el, '.ringkasan-galat a')).to.have.length(2);
    // Focused, it is read once: no live region around it too (it was read twice), no name repeating its heading.
    const ringkasan = $(el, '.ringkasan-galat');
    expect(
      ringkasan.closest('[role="alert"], [role="status"], [aria-live]'),
      'summary in a live region',
    ).to.equal(null);
    expect(ringkasan.hasAttribute('aria-labelledby'), 'heading read twice as its name').to.equal(false);
    expect($(el, '#f-kontak').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-kontak').getAttribute('aria-describedby')).to.contain('f-kontak-galat');
    expect(palsu.permintaan).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the current status, the deadline and a dated timeline as an ordered list', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(STATUS) }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    const r = palsu.permintaan[0]!;
    expect(r.url).to.equal(`${API}/v1/status`);
    expect(JSON.parse(r.init!.body as string)).to.deep.equal({ number: NOMOR, contact: '+6281234567890' });
    await el.updateComplete;
    expect($(el, '.status-kini').textContent).to.equal('Dijawab');
    expect(teks(el)).to.contain('Rabu, 13 Mei 2026');
    const langkah = $$(el, 'ol.linimasa > li');
    expect(langkah).to.have.length(4);
    expect(langkah[0]!.textContent).to.contain('Pengajuan diterima');
    expect(langkah[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-18T10:00:00+07:00');
    expect(langkah[0]!.querySelector('time')!.textContent).to.contain('2026');
    expect(langkah[2]!.textContent).to.contain('Dokumen di arsip daerah');
    expect(langkah[3]!.textContent).to.contain('ditolak');
    expect(langkah[3]!.textContent).to.contain('Pasal 17 huruf c');
    expect(el.shadowRoot!.activeElement?.id).to.equal('hasil-judul');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '.status-kini').textContent).to.equal('Answered');
    expect(langkah[0]!.textContent).to.contain('Submission received');
  });

  it("a refusal shows the requester its consequence of disclosure and the other law of ground j, in the SDK's words; an older refusal without them shows neither", async () => {
    const tolak = {
      ...STATUS,
      events: [
        STATUS.events[0],
        {
          ...STATUS.events[3],
          grounds: ['h', 'j'],
          consequence: 'Membuka rekam medis mengungkap rahasia pribadi pasien.',
          otherLaw: 'UU 17/2023 tentang Kesehatan',
        },
      ],
    };
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(tolak) }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    await el.updateComplete;
    const jawab = () =>
      $$(el, 'ol.linimasa > li')[1]!.querySelector('.peristiwa')!.textContent!.replace(/\s+/g, ' ');
    expect(jawab()).to.equal(
      'Dijawab: ditolak. Dasar: Pasal 17 huruf h, j UU KIP. Konsekuensi bila informasi dibuka: Membuka rekam medis mengungkap rahasia pribadi pasien. Undang-undang lain yang melarang dibuka: UU 17/2023 tentang Kesehatan',
    );
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(jawab()).to.contain(
      'Consequence of disclosure: Membuka rekam medis mengungkap rahasia pribadi pasien. Other law forbidding disclosure: UU 17/2023 tentang Kesehatan',
    );
    await expect(el).to.be.accessible();
    // Stored before they were asked for: the refusal reads as before.
    palsu.pulihkan();
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(STATUS) }));
    const el2 = await buat();
    await cari(el2, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el2.state === 'success');
    await el2.updateComplete;
    const lama = $$(el2, 'ol.linimasa > li')[3]!.textContent!;
    expect(lama).to.contain('Pasal 17 huruf c');
    expect(lama).not.to.contain('Konsekuensi');
    expect(lama).not.to.contain('Undang-undang lain');
  });

  it('the focused result heading says what it is, with the status and the deadline as its description', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(STATUS) }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('hasil-judul');
    const id = await fokusDidengar();
    expect(id?.role).to.equal('heading');
    expect(id?.name).to.equal(`Status ${NOMOR}`);
    expect(id?.description).to.equal('Dijawab Batas Anda mengajukan keberatan Rabu, 13 Mei 2026');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    $(el, '#hasil-judul').focus();
    const en = await fokusDidengar();
    expect(en?.name).to.equal(`Status of ${NOMOR}`);
    expect(en?.description).to.match(/^Answered Your last day to file an objection .*13.*2026$/);
    // A closed case has no deadline running: the status alone.
    palsu.pulihkan();
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify({ ...STATUS, status: 'selesai' }) }));
    const selesai = await buat();
    await cari(selesai, NOMOR, '0812-3456-7890');
    await tungguSampai(() => selesai.state === 'success');
    expect((await fokusDidengar())?.description).to.equal('Selesai');
    await expect(selesai).to.be.accessible();
  });

  it('names whose deadline it is by its kind, in both languages; a closed case shows none', async () => {
    const jenis: [string, string, string][] = [
      ['permintaan', 'Batas PPID menjawab', 'The PPID’s deadline to answer'],
      ['perpanjangan', 'Batas PPID menjawab (diperpanjang)', 'The PPID’s deadline to answer (extended)'],
      ['keberatan', 'Batas Anda mengajukan keberatan', 'Your last day to file an objection'],
      ['tanggapan-keberatan', 'Batas Atasan PPID menjawab', 'The Atasan PPID’s deadline to answer'],
      [
        'sengketa',
        'Batas mengajukan sengketa ke Komisi Informasi',
        'Last day to bring a dispute to the Komisi Informasi',
      ],
    ];
    for (const [deadlineKind, id, en] of jenis) {
      palsu?.pulihkan();
      palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify({ ...STATUS, deadlineKind }) }));
      const el = await buat();
      await cari(el, NOMOR, '0812-3456-7890');
      await tungguSampai(() => el.state === 'success');
      const dt = $$(el, '.hasil dt').map((d) => d.textContent!.trim());
      expect(dt).to.deep.equal(['Status saat ini', id]);
      expect(teks(el)).not.to.contain('Tenggat yang berjalan');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect($$(el, '.hasil dt')[1]!.textContent!.trim()).to.equal(en);
    }
    palsu?.pulihkan();
    palsu = pasangFetchPalsu(() => ({
      status: 200,
      body: JSON.stringify({
        ...STATUS,
        status: 'selesai',
        events: [...STATUS.events, { at: '2026-05-20T09:00:00+07:00', type: 'selesai', status: 'selesai' }],
      }),
    }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    expect($$(el, '.hasil dt').map((d) => d.textContent!.trim())).to.deep.equal(['Status saat ini']);
    expect($(el, '.hasil dl').textContent).not.to.contain('13 Mei 2026');
    await expect(el).to.be.accessible();
  });

  it('an overdue unanswered request: an objection on Pasal 35 ayat 1 huruf c is open, and until when', async () => {
    const terlambat = {
      ...STATUS,
      status: 'diproses',
      deadline: '2026-04-08',
      deadlineKind: 'permintaan',
      events: STATUS.events.slice(0, 2),
      window: {
        kind: 'keberatan',
        basedOn: 'tidak-ditanggapi',
        from: '2026-04-08',
        due: '2026-05-22',
        workingDays: 30,
        open: true,
        grounds: ['c'],
        basis: [],
      },
    };
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(terlambat) }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    expect($$(el, '.hasil dt').map((d) => d.textContent!.trim())).to.deep.equal([
      'Status saat ini',
      'Batas PPID menjawab',
      'Batas Anda mengajukan keberatan',
    ]);
    expect($(el, '.tenggat-jendela time').getAttribute('datetime')).to.equal('2026-05-22');
    const p = $(el, '.jendela').textContent!.replace(/\s+/g, ' ');
    expect(p).to.contain('Pasal 35 ayat 1 huruf c');
    expect(p).to.contain('Rabu, 8 April 2026');
    expect(p).to.contain('paling lambat Jumat, 22 Mei 2026');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '.jendela').textContent).to.contain('Article 35(1)(c)');
  });

  it('an objection the Atasan PPID left unanswered: the dispute window; once past, it says it ended', async () => {
    const keberatan = {
      ...STATUS,
      number: '001/PPID/DISKOMINFO/KEB/2026',
      kind: 'keberatan',
      status: 'diterima',
      deadline: '2026-05-28',
      deadlineKind: 'tanggapan-keberatan',
      events: [STATUS.events[0]],
      window: {
        kind: 'sengketa',
        basedOn: 'tidak-ditanggapi',
        from: '2026-05-28',
        due: '2026-06-17',
        workingDays: 14,
        open: true,
        basis: [],
      },
    };
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(keberatan) }));
    const el = await buat();
    await cari(el, keberatan.number, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    expect($$(el, '.hasil dt').map((d) => d.textContent!.trim())).to.deep.equal([
      'Status saat ini',
      'Batas Atasan PPID menjawab',
      'Batas mengajukan sengketa ke Komisi Informasi',
    ]);
    expect($(el, '.jendela').textContent).to.contain('Komisi Informasi paling lambat Rabu, 17 Juni 2026');
    await expect(el).to.be.accessible();
    palsu.pulihkan();
    palsu = pasangFetchPalsu(() => ({
      status: 200,
      body: JSON.stringify({ ...keberatan, window: { ...keberatan.window, open: false } }),
    }));
    const lewat = await buat();
    await cari(lewat, keberatan.number, '0812-3456-7890');
    await tungguSampai(() => lewat.state === 'success');
    expect($$(lewat, '.hasil dt')).to.have.length(2);
    expect($(lewat, '.jendela').textContent!.replace(/\s+/g, ' ')).to.contain(
      'Batas mengajukan sengketa ke Komisi Informasi: Rabu, 17 Juni 2026 (sudah lewat).',
    );
    await expect(lewat).to.be.accessible();
  });

  it('on a 320 px phone the result heading breaks the number after a slash, never inside the year', async () => {
    await setViewport({ width: 320, height: 740 });
    try {
      for (const number of [NOMOR, '001/PPID/DISKOMINFO/KEB/2026']) {
        palsu?.pulihkan();
        const events = [
          ...STATUS.events,
          { at: '2026-04-16T09:00:00+07:00', type: 'keberatan', number: '001/PPID/DISKOMINFO/KEB/2026' },
        ];
        palsu = pasangFetchPalsu(() => ({
          status: 200,
          body: JSON.stringify({ ...STATUS, number, events }),
        }));
        // In the demo page's margins (16 px each side at 320 px).
        const wadah = await fixture<HTMLDivElement>(
          html`<div style="padding: 0 8px">
            <ppid-status-permintaan .jedaUlangMs=${1} endpoint=${API} lang="id"></ppid-status-permintaan>
          </div>`,
        );
        const el = wadah.querySelector('ppid-status-permintaan')!;
        await cari(el, number, '0812-3456-7890');
        await tungguSampai(() => el.state === 'success');
        await el.updateComplete;
        const h = $(el, '#hasil-judul');
        expect(h.textContent!.trim()).to.equal(`Status ${number}`);
        const a = h.getBoundingClientRect();
        const b = $(el, '[part="result"]').getBoundingClientRect();
        expect(a.right, number).to.be.at.most(b.right + 0.5);
        expect(h.scrollWidth, number).to.be.at.most(h.clientWidth);
        const t = [...h.childNodes].find((n) => n.textContent!.includes('2026'))!;
        const r = document.createRange();
        r.setStart(t, t.textContent!.indexOf('2026'));
        r.setEnd(t, t.textContent!.indexOf('2026') + 4);
        // Whatever the phone's width (the break fell inside the year at some of them), "2026" is whole.
        for (let lebar = 200; lebar <= 320; lebar += 4) {
          wadah.style.width = `${lebar}px`;
          expect(r.getClientRects(), `${number} at ${lebar} px: "2026" on one line`).to.have.length(1);
        }
        wadah.style.width = '';
        // The objection's number in the history breaks the same way, inside the result.
        for (const p of $$(el, '.peristiwa'))
          expect(p.getBoundingClientRect().right, p.textContent!).to.be.at.most(b.right + 0.5);
        // The name a screen reader says is the number as typed, with no break in it.
        expect((await fokusDidengar())?.name).to.equal(`Status ${number}`);
        await expect(el).to.be.accessible();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("the history names whose deadline each step set: after a refusal, the citizen's to object", async () => {
    const kinds = ['permintaan', 'permintaan', 'perpanjangan', 'keberatan'];
    const events = STATUS.events.map((e, i) => ({ ...e, deadlineKind: kinds[i] }));
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify({ ...STATUS, events }) }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    await el.updateComplete;
    const tenggat = (): string[] =>
      $$(el, '.tenggat-baru').map((x) => x.textContent!.replace(/\s+/g, ' ').trim());
    expect(tenggat()).to.deep.equal([
      '(Batas PPID menjawab: Rabu, 8 April 2026)',
      '(Batas PPID menjawab: Rabu, 8 April 2026)',
      '(Batas PPID menjawab (diperpanjang): Jumat, 17 April 2026)',
      '(Batas Anda mengajukan keberatan: Rabu, 13 Mei 2026)',
    ]);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(tenggat()[3]).to.match(/^\(Your last day to file an objection: Wednesday, 13 May 2026\)$/);
  });

  it("times in the agency's zone, named (WIB, WITA, WIT), whatever the device's zone", async () => {
    palsu = pasangFetchPalsu(() => ({
      status: 200,
      body: JSON.stringify({ ...STATUS, timeZone: 'Asia/Jayapura' }),
    }));
    const el = await buat();
    expect($(el, '#f-nomor').getAttribute('autocapitalize')).to.equal('characters');
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    // 10:00 WIB is 12:00 WIT.
    expect($(el, 'ol.linimasa > li time').textContent).to.match(/18 Maret 2026.*12[.:]00 WIT$/);
  });

  it('a new lookup that cannot be sent clears the earlier answer', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(STATUS) }));
    const el = await buat();
    await cari(el, NOMOR, '0812-3456-7890');
    await tungguSampai(() => el.state === 'success');
    for (const id of ['#f-nomor', '#f-kontak']) {
      const i = $<HTMLInputElement>(el, id);
      i.value = '';
      i.dispatchEvent(new Event('input'));
    }
    $(el, 'button[type="submit"]').click();
    await tungguSampai(() => $(el, '.ringkasan-galat') !== null);
    expect(el.state).to.equal('ready');
    tidakAda($(el, '.hasil'), 'the earlier answer');
    await expect(el).to.be.accessible();
  });

  it('gives the same neutral message for any wrong pair, keeping what was typed', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 404, body: JSON.stringify(TIDAK_ADA) }));
    const el = await buat();
    await cari(el, NOMOR, 'salah@contoh.id');
    await tungguSampai(() => el.state === 'not-found');
    const satu = $(el, '[role="alert"]').textContent!.trim();
    expect(satu).to.contain('tidak cocok dengan pengajuan mana pun');
    expect($<HTMLInputElement>(el, '#f-nomor').value).to.equal(NOMOR);
    await expect(el).to.be.accessible();
    const el2 = await buat();
    await cari(el2, '999/TIDAK/ADA', '0811111111');
    await tungguSampai(() => el2.state === 'not-found');
    expect($(el2, '[role="alert"]').textContent!.trim()).to.equal(satu);
  });

  it('a server failure shows clear words and a retry; the fields keep their values', async () => {
    let n = 0;
    palsu = pasangFetchPalsu(() =>
      ++n <= 4 ? { status: 503 } : { status: 200, body: JSON.stringify(STATUS) },
    );
    const el = await buat();
    await cari(el, NOMOR, 'siti@contoh.id');
    await tungguSampai(() => el.state === 'error');
    expect($(el, '[role="alert"]').textContent).to.contain('Status tidak dapat diperiksa');
    expect($(el, '[role="alert"]').textContent).to.contain('503');
    expect($<HTMLInputElement>(el, '#f-kontak').value).to.equal('siti@contoh.id');
    await expect(el).to.be.accessible();
    $(el, '[role="alert"] button').click();
    await tungguSampai(() => el.state === 'success');
    expect($$(el, 'ol.linimasa > li')).to.have.length(4);
  });

  it('no connection: says so, and nothing typed is lost', async () => {
    palsu = pasangFetchPalsu(() => ({ putus: true }));
    const el = await buat();
    await cari(el, NOMOR, 'siti@contoh.id');
    await tungguSampai(() => el.state === 'error');
    expect($(el, '[role="alert"]').textContent).to.contain('sambungan bermasalah');
    expect($<HTMLInputElement>(el, '#f-nomor').value).to.equal(NOMOR);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('connection problem');
  });

  it('while looking up: the focus stays on the button, aria-disabled; "Memeriksa…" is said; one request', async () => {
    palsu = pasangFetchPalsu(() => ({ gantung: true }));
    const el = await buat();
    $(el, '#f-nomor').focus();
    await sendKeys({ type: NOMOR });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'siti@contoh.id' });
    await sendKeys({ press: 'Tab' });
    const tombol = $<HTMLButtonElement>(el, 'button[type="submit"]');
    fokusPada(el, tombol, 'tabbed to the lookup button');
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    fokusPada(el, tombol, 'while looking up');
    expect(tombol.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Memeriksa…');
    // The live region is not inside the busy form, which a screen reader may keep quiet until it is done.
    tidakAda(
      $(el, '[role="status"]').closest('[aria-busy="true"]'),
      'a busy container around the live region',
    );
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    $(el, 'form').dispatchEvent(new Event('submit', { cancelable: true }));
    expect(palsu.permintaan).to.have.length(1);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Checking…');
  });

  it('a pair not found by keyboard: the alert is there and the focus is still on the lookup button', async () => {
    palsu = pasangFetchPalsu(() => ({ status: 404, body: JSON.stringify(TIDAK_ADA) }));
    // An answer after a moment, as over a network: Chromium moves the focus off a disabled button later.
    const segera = window.fetch;
    window.fetch = (...a) => new Promise((r) => setTimeout(r, 200)).then(() => segera(...a));
    const el = await buat();
    $(el, '#f-nomor').focus();
    await sendKeys({ type: NOMOR });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'salah@contoh.id' });
    await sendKeys({ press: 'Tab' });
    const tombol = $<HTMLButtonElement>(el, 'button[type="submit"]');
    fokusPada(el, tombol, 'tabbed to the lookup button');
    await sendKeys({ press: 'Enter' });
    await tungguSampai(() => el.state === 'not-found');
    fokusPada(el, tombol, 'after the answer');
    expect(tombol.getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
    expect($(el, '[role="alert"]').textContent).to.contain('tidak cocok');
    await expect(el).to.be.accessible();
  });

  it('"Coba lagi" goes away when pressed; the focus goes to the lookup button, not to <body>', async () => {
    let n = 0;
    palsu = pasangFetchPalsu(() => (++n <= 4 ? { status: 503 } : { gantung: true }));
    const el = await buat();
    await cari(el, NOMOR, 'siti@contoh.id');
    await tungguSampai(() => el.state === 'error');
    $(el, '[role="alert"] button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    tidakAda($(el, '[role="alert"]'), 'the alert with "Coba lagi"');
    fokusPada(el, $(el, 'button[type="submit"]'), 'after "Coba lagi"');
  });

  describe('the number from a link, and the way on to an objection', () => {
    const hint = (el: HTMLElement): string => $(el, '#f-kontak-petunjuk').textContent!.trim();

    it("a link's ?nomor= fills the number on connect: the focus is not moved, the contact's hint says only it is left", async () => {
      palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(STATUS) }));
      const el = await denganAlamat({ nomor: ` ${NOMOR} ` }, buat);
      expect($<HTMLInputElement>(el, '#f-nomor').value).to.equal(NOMOR);
      expect(document.activeElement === document.body, `focus on ${nama(document.activeElement)}`).to.equal(
        true,
      );
      expect(hint(el)).to.equal(
        'Nomor sudah terisi. Tinggal isi e-mail atau telepon yang Anda pakai saat mengajukan.',
      );
      await expect(el).to.be.accessible();
      // Heard with the field: the contact's description says what is left.
      $(el, '#f-kontak').focus();
      const kontak = await fokusDidengar();
      expect(kontak?.name).to.equal('E-mail atau nomor telepon');
      expect(kontak?.description).to.contain('Tinggal isi e-mail atau telepon');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(hint(el)).to.equal(
        'The number is filled in. Only the e-mail or phone you used when submitting is left.',
      );
      el.setAttribute('lang', 'id');
      await sendKeys({ type: '0812-3456-7890' });
      await sendKeys({ press: 'Enter' });
      await tungguSampai(() => el.state === 'success');
      expect(JSON.parse(palsu.permintaan[0]!.init!.body as string)).to.deep.equal({
        number: NOMOR,
        contact: '+6281234567890',
      });
      await expect(el).to.be.accessible();
    });

    it('without a number the hint is as before; an edited number brings it back; text that is no number is only text', async () => {
      const kosong = await buat();
      expect($<HTMLInputElement>(kosong, '#f-nomor').value).to.equal('');
      expect(hint(kosong)).to.equal('Yang Anda isi saat mengajukan.');
      const el = await denganAlamat({ nomor: '<b>bukan nomor</b>' }, buat);
      // Shown as typed text (a value, never markup); the lookup and the SDK judge it at submit, as today.
      expect($<HTMLInputElement>(el, '#f-nomor').value).to.equal('<b>bukan nomor</b>');
      tidakAda($(el, 'b'), 'markup from the address');
      expect(hint(el)).to.contain('sudah terisi');
      $(el, '#f-nomor').focus();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(hint(el)).to.equal('Yang Anda isi saat mengajukan.');
      await expect(el).to.be.accessible();
    });

    it('the nomor attribute fills an empty field; the address comes first; typed text is never replaced', async () => {
      const el = await fixture<PpidStatusPermintaan>(
        html`<ppid-status-permintaan endpoint=${API} nomor=${NOMOR} lang="id"></ppid-status-permintaan>`,
      );
      expect($<HTMLInputElement>(el, '#f-nomor').value).to.equal(NOMOR);
      expect(hint(el)).to.contain('sudah terisi');
      await expect(el).to.be.accessible();
      // A property set by a page's script does the same.
      const p = await buat();
      p.nomor = '002/PPID/DISKOMINFO/PI/2026';
      await p.updateComplete;
      expect($<HTMLInputElement>(p, '#f-nomor').value).to.equal('002/PPID/DISKOMINFO/PI/2026');
      const dua = await denganAlamat({ nomor: NOMOR }, () =>
        fixture<PpidStatusPermintaan>(
          html`<ppid-status-permintaan
            endpoint=${API}
            nomor="002/PPID/DISKOMINFO/PI/2026"
            lang="id"
          ></ppid-status-permintaan>`,
        ),
      );
      expect($<HTMLInputElement>(dua, '#f-nomor').value).to.equal(NOMOR);
      // What the citizen typed stays: a later attribute, or the element moved on a page with ?nomor=.
      const ketikan = await buat();
      $(ketikan, '#f-nomor').focus();
      await sendKeys({ type: '003/KETIK' });
      ketikan.setAttribute('nomor', NOMOR);
      await ketikan.updateComplete;
      expect($<HTMLInputElement>(ketikan, '#f-nomor').value).to.equal('003/KETIK');
      await denganAlamat({ nomor: NOMOR }, async () => {
        const induk = ketikan.parentElement!;
        ketikan.remove();
        induk.append(ketikan);
        await ketikan.updateComplete;
      });
      expect($<HTMLInputElement>(ketikan, '#f-nomor').value).to.equal('003/KETIK');
      expect(hint(ketikan)).to.equal('Yang Anda isi saat mengajukan.');
    });

    /** A lookup of `status` on a status page with `objection-url` (or none). */
    async function lihat(status: object, objectionUrl?: string): Promise<PpidStatusPermintaan> {
      palsu?.pulihkan();
      palsu = pasangFetchPalsu(() => ({ status: 200, body: JSON.stringify(status) }));
      const el = await fixture<PpidStatusPermintaan>(
        html`<ppid-status-permintaan
          .jedaUlangMs=${1}
          endpoint=${API}
          objection-url=${objectionUrl ?? nothing}
          lang="id"
        ></ppid-status-permintaan>`,
      );
      await cari(el, (status as { number: string }).number, '0812-3456-7890');
      await tungguSampai(() => el.state === 'success');
      await el.updateComplete;
      return el;
    }
    /** Refused, with its objection window open until 13 May 2099. */
    const DITOLAK = {
      ...STATUS,
      deadline: '2099-05-13',
      events: STATUS.events.map((e, i) => (i === 3 ? { ...e, deadline: '2099-05-13' } : e)),
    };
    const ENKODE = encodeURIComponent(NOMOR);

    it('objection-url: a refusal still in its window links to the objection form with ?nomor= and the last day', async () => {
      const el = await lihat(DITOLAK, '/permohonan.html?lang=en#keberatan');
      const a = $<HTMLAnchorElement>(el, '.ajukan-keberatan a');
      expect(a.textContent!.trim()).to.equal('Ajukan keberatan');
      // The page's own query and hash kept; the number only, never the contact.
      expect(a.getAttribute('href')).to.equal(
        `${location.origin}/permohonan.html?lang=en&nomor=${ENKODE}#keberatan`,
      );
      expect(a.href).not.to.match(/0812|6281|kontak|contact/);
      const batas = $(el, '#batas-keberatan');
      expect(batas.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Batas Anda mengajukan keberatan: Rabu, 13 Mei 2099',
      );
      expect(batas.querySelector('time')!.getAttribute('datetime')).to.equal('2099-05-13');
      await expect(el).to.be.accessible();
      // Heard on the link: what it does, and until when.
      a.focus();
      const didengar = await fokusDidengar();
      expect(didengar?.role).to.equal('link');
      expect(didengar?.name).to.equal('Ajukan keberatan');
      expect(didengar?.description).to.equal('Batas Anda mengajukan keberatan: Rabu, 13 Mei 2099');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(a.textContent!.trim()).to.equal('File an objection');
      expect(batas.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Your last day to file an objection: Wednesday, 13 May 2099',
      );
      await expect(el).to.be.accessible();
      // A relative address, without a query: made absolute, ?nomor= added.
      const rel = await lihat(DITOLAK, 'keberatan.html');
      expect($<HTMLAnchorElement>(rel, '.ajukan-keberatan a').href).to.equal(
        new URL(`keberatan.html?nomor=${ENKODE}`, document.baseURI).href,
      );
    });

    it('no objection-url, or one the allow-list refuses: nothing new, no dead link', async () => {
      for (const url of [undefined, 'javascript:alert(1)', 'data:text/html,x']) {
        const el = await lihat(DITOLAK, url);
        tidakAda($(el, '.ajukan-keberatan'), `objection-url ${String(url)}`);
        tidakAda($(el, '.hasil a'), `a link with objection-url ${String(url)}`);
        await expect(el).to.be.accessible();
      }
    });

    it('an overdue unanswered request links to the objection form while the window is open, with its last day', async () => {
      const terlambat = {
        ...STATUS,
        status: 'diproses',
        deadline: '2026-04-08',
        deadlineKind: 'permintaan',
        events: STATUS.events.slice(0, 2),
        window: {
          kind: 'keberatan',
          basedOn: 'tidak-ditanggapi',
          from: '2026-04-08',
          due: '2099-05-22',
          workingDays: 30,
          open: true,
          grounds: ['c'],
          basis: [],
        },
      };
      const el = await lihat(terlambat, '/keberatan.html');
      expect($<HTMLAnchorElement>(el, '.ajukan-keberatan a').href).to.equal(
        `${location.origin}/keberatan.html?nomor=${ENKODE}`,
      );
      expect($(el, '#batas-keberatan time').getAttribute('datetime')).to.equal('2099-05-22');
      await expect(el).to.be.accessible();
    });

    it('closed by the office while the answer’s window runs: the objection is still offered, until its last day', async () => {
      const selesai = { at: '2026-05-20T09:00:00+07:00', type: 'selesai', status: 'selesai' };
      const el = await lihat(
        { ...DITOLAK, status: 'selesai', events: [...DITOLAK.events, selesai] },
        '/keberatan.html',
      );
      const a = $<HTMLAnchorElement>(el, '.ajukan-keberatan a');
      expect(a.getAttribute('href')).to.equal(`${location.origin}/keberatan.html?nomor=${ENKODE}`);
      expect($(el, '#batas-keberatan time').getAttribute('datetime')).to.equal('2099-05-13');
      await expect(el).to.be.accessible();
    });

    it("decided by the Atasan PPID: the history says how, in the SDK's words with the reasons; closed, no new objection", async () => {
      const keberatan = {
        at: '2099-04-20T09:00:00+07:00',
        type: 'keberatan',
        number: '001/PPID/DISKOMINFO/KEB/2099',
        status: 'keberatan',
        deadline: '2099-06-02',
        deadlineKind: 'tanggapan-keberatan',
      };
      const putusan = {
        at: '2099-05-04T10:00:00+07:00',
        type: 'putusan-keberatan',
        decision: 'ditolak',
        reason: 'Informasi dikecualikan; uji konsekuensi telah dilakukan.',
        decidedBy: 'Sekretaris Daerah selaku Atasan PPID',
        number: '001/PPID/DISKOMINFO/KEB/2099',
        status: 'selesai',
        deadline: '2099-05-22',
        deadlineKind: 'sengketa',
      };
      const el = await lihat(
        {
          ...DITOLAK,
          status: 'selesai',
          deadline: '2099-05-22',
          deadlineKind: 'sengketa',
          events: [...DITOLAK.events, keberatan, putusan],
        },
        '/keberatan.html',
      );
      const langkah = $$(el, 'ol.linimasa > li');
      expect(langkah).to.have.length(6);
      const akhir = () => langkah[5]!.textContent!.replace(/\s+/g, ' ');
      expect(akhir()).to.contain(
        'Keberatan ditolak Atasan PPID: Informasi dikecualikan; uji konsekuensi telah dilakukan.',
      );
      expect(akhir()).to.contain('(Batas mengajukan sengketa ke Komisi Informasi: Jumat, 22 Mei 2099)');
      expect($(el, '.status-kini').textContent).to.equal('Selesai');
      tidakAda($(el, '.ajukan-keberatan'), 'closed by the decision');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(akhir()).to.contain('Objection rejected by the Atasan PPID: Informasi dikecualikan');
    });

    it('no link where the SDK says no objection may be filed now', async () => {
      const selesai = { at: '2026-05-20T09:00:00+07:00', type: 'selesai', status: 'selesai' };
      const kasus: [string, object][] = [
        // The refusal's window ended (13 May 2026).
        ['window passed', STATUS],
        ['already objected', { ...DITOLAK, status: 'keberatan', deadlineKind: 'tanggapan-keberatan' }],
        ['closed, the window passed', { ...STATUS, status: 'selesai', events: [...STATUS.events, selesai] }],
        [
          'closed after an objection',
          {
            ...DITOLAK,
            status: 'selesai',
            deadlineKind: 'tanggapan-keberatan',
            events: [...DITOLAK.events, selesai],
          },
        ],
        [
          'an objection record',
          {
            ...DITOLAK,
            number: '001/PPID/DISKOMINFO/KEB/2026',
            kind: 'keberatan',
            deadlineKind: 'sengketa',
          },
        ],
        [
          'unanswered, its deadline still running',
          { ...STATUS, status: 'diproses', deadline: '2099-04-08', events: STATUS.events.slice(0, 2) },
        ],
        [
          'unanswered, the window past',
          {
            ...STATUS,
            status: 'diproses',
            deadline: '2026-04-08',
            events: STATUS.events.slice(0, 2),
            window: {
              kind: 'keberatan',
              basedOn: 'tidak-ditanggapi',
              from: '2026-04-08',
              due: '2026-05-22',
              workingDays: 30,
              open: false,
              grounds: ['c'],
              basis: [],
            },
          },
        ],
      ];
      for (const [apa, status] of kasus) {
        const el = await lihat(status, '/keberatan.html');
        tidakAda($(el, '.ajukan-keberatan'), apa);
      }
    });
  });
});
