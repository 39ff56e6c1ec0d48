import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CARA_MEMPEROLEH,
  CARA_SALINAN,
  JENIS_PEMOHON,
  PASAL_35,
  SURAT_KUASA,
  periksaNIK,
  tautanAman,
  validasiKeberatan,
  validasiPermintaan,
} from '@terbuka/sdk';
import type { KlienPermintaan, Masalah, TandaBukti, Teks } from '@terbuka/sdk';
import { TerbukaElement } from '../internal/terbuka-element.js';
import { temaStyles } from '../internal/tema.styles.js';
import { PESAN_PERMINTAAN as P } from '../internal/pesan-permintaan.js';
import type { BarisDIP } from '../internal/daftar/baris.js';
import {
  bacaDraf,
  hapusDraf,
  isianKosong,
  keMasukan,
  kunciDraf,
  labelField,
  mintaSalinan,
  perluNIK,
  perluPekerjaan,
  perluRegistrasi,
  petakanMasalah,
  simpanDraf,
} from './isian.js';
import type { Isian, KunciIsian, ModeFormulir } from './isian.js';
import type { AntreanTanpaNIK } from './antrean-tanpa-nik.js';
import { buatPengirim } from './pengirim.js';
import { formatHari, formatWaktu } from './waktu.js';
import type { SaranDIP } from './saran-dip.js';
import { imporSaran } from './impor-saran.js';
import { imporTenggat } from './impor-tenggat.js';
import { formulirStyles, permintaanStyles } from './permintaan.styles.js';

/** The shown state, reflected as the `state` attribute. */
export type StatusFormulir = 'ready' | 'submitting' | 'success' | 'queued' | 'error';

/** Pause after the last keystroke in the rincian before suggestions are looked up. */
const JEDA_SARAN_MS = 300;

interface OpsiTeks {
  readonly type?: string;
  readonly autocomplete?: string;
  readonly inputmode?: string;
  readonly autocapitalize?: string;
  readonly baris?: number;
  readonly petunjuk?: Teks;
  readonly tidakWajib?: boolean;
}

/**
 * `<ppid-permintaan>`: the request form (permohonan informasi publik), or with `mode="keberatan"` the
 * objection form, sent to the Terbuka intake server through the SDK client. Validation is the SDK's;
 * errors are shown GOV.UK-style (a summary linking to each field, a message at each field). The draft
 * stays in sessionStorage without the NIK; a submission that cannot reach the server waits on the
 * device and is sent once when the connection is back.
 * @csspart base - the element's box
 * @csspart form - the form
 * @csspart error-summary - the list of problems at the top
 * @csspart submit - the submit button
 * @csspart receipt - the receipt (tanda bukti) after sending
 * @csspart queued - the notice of a submission waiting on the device
 * @csspart suggestions - published DIP entries like the rincian being typed
 * @cssprop [--ppid-color-error=#b3261e] - error messages and the borders of fields with an error
 * @fires ppid-terkirim - a submission arrived; `detail` is the TandaBukti
 */
export class PpidPermintaan extends TerbukaElement {
  /** Base address of the intake server, e.g. `https://ppid.example.go.id/api`. */
  @property() endpoint?: string;
  /** The agency's id on the server (sent as `?agency=`), needed when the server serves several. */
  @property() agency?: string;
  /** The agency's name for the introduction. */
  @property({ attribute: 'agency-name' }) agencyName?: string;
  /** Optional URL of the agency's DIP: published entries like the rincian are suggested. */
  @property() dip?: string;
  /**
   * `permintaan` (default) or `keberatan`.
   * @type {'permintaan' | 'keberatan'}
   */
  @property({ reflect: true }) mode: ModeFormulir = 'permintaan';
  /** Per attempt, in ms (default 15 000). */
  @property({ type: Number }) timeout = 15_000;
  /** The moment the keberatan deadline shown before sending is counted from; default now. */
  @property({ attribute: false }) now?: Date;
  /**
   * The shown state, reflected for styling: ready, submitting, success, queued, error.
   * @type {'ready' | 'submitting' | 'success' | 'queued' | 'error'}
   */
  @property({ reflect: true }) state: StatusFormulir = 'ready';

  /** First pause before a resend, in ms; tests shorten it. */
  jedaUlangMs = 500;

  /**
   * First pause, in ms, before a queued submission is sent again while the device is online but the server
   * could not be reached; it doubles after each try, up to 16 times (5 s … 80 s). Tests shorten it.
   */
  jedaAntreanMs = 5000;

  @state() private isian: Isian = isianKosong();
  @state() private galat = new Map<KunciIsian, Teks>();
  @state() private galatLain: readonly Teks[] = [];
  @state() private galatKirim: Teks | undefined;
  @state() private tandaBukti: TandaBukti | undefined;
  @state() private kabar: Teks | undefined;
  @state() private saran: readonly BarisDIP[] = [];
  @state() private menungguNIK: readonly string[] = [];
  @state() private nikAntrean = '';
  @state() private galatNikAntrean: Teks | undefined;
  @state() private tenggatKeberatan: { now: number; due: string | undefined } | undefined;
  /**
   * The citizen has started on the form (a field took focus): only then are the DIP and the suggestion
   * code fetched (~90 kB on a phone's data for a reader who only looks at the page).
   */
  @state() private mulaiMengisi = false;

  private pengirim:
    { klien: KlienPermintaan; simpanan: AntreanTanpaNIK; kunci: string; untuk: string } | undefined;
  private sedangKirim = false;
  private saranDip: SaranDIP | undefined;
  private dipDimuat: string | undefined;
  private pewaktuSaran: ReturnType<typeof setTimeout> | undefined;
  private pewaktuAntrean: ReturnType<typeof setTimeout> | undefined;
  /** Tries of the queue since it last moved; the next pause is jedaAntreanMs · 2^n (n ≤ 4). */
  private cobaAntrean = 0;
  private readonly saatDaring = (): void => void this.kirimAntrean();
  /** Back on the tab (a phone woken, the page reopened from the background): try the queue at once. */
  private readonly saatTampak = (): void => {
    if (document.visibilityState === 'visible') void this.kirimAntrean();
  };

  private readonly saatFokus = (): void => {
    this.mulaiMengisi = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.saatFokus);
    window.addEventListener('online', this.saatDaring);
    document.addEventListener('visibilitychange', this.saatTampak);
    if (this.hasUpdated) this.periksaAntrean();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.saatFokus);
    window.removeEventListener('online', this.saatDaring);
    document.removeEventListener('visibilitychange', this.saatTampak);
    clearTimeout(this.pewaktuSaran);
    clearTimeout(this.pewaktuAntrean);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('endpoint') || changed.has('mode') || changed.has('agency')) {
      const draf = bacaDraf(this.kunciDraf());
      if (draf) {
        this.isian = draf;
        this.kabar = P.drafDipulihkan;
      }
      this.periksaAntrean();
    }
    // A restored draft with its rincian shows its suggestions at once.
    if (this.dip && this.dip !== this.dipDimuat && (this.mulaiMengisi || this.isian.information !== ''))
      void this.muatDip(this.dip);
    if (this.mode === 'keberatan') void this.hitungTenggatKeberatan();
  }

  private async hitungTenggatKeberatan(): Promise<void> {
    const now = (this.now ?? new Date()).getTime();
    // Once per minute is enough: the date changes at most once a day.
    if (this.tenggatKeberatan && Math.abs(this.tenggatKeberatan.now - now) < 60_000) return;
    this.tenggatKeberatan = { now, due: undefined };
    try {
      const { tenggatTanggapan } = await imporTenggat();
      this.tenggatKeberatan = { now, due: tenggatTanggapan(new Date(now)) };
    } catch {
      // The chunk did not load: the rule is still said, without a date.
    }
  }

  private kunciDraf(): string {
    return kunciDraf(this.mode, this.endpoint ?? '', this.agency ?? '');
  }

  private klien(): { klien: KlienPermintaan; simpanan: AntreanTanpaNIK; kunci: string } | undefined {
    if (!this.endpoint) return undefined;
    const untuk = `${this.endpoint} ${this.agency ?? ''} ${this.mode} ${this.timeout}`;
    if (this.pengirim?.untuk !== untuk) {
      this.pengirim = {
        ...buatPengirim({
          endpoint: this.endpoint,
          agency: this.agency,
          jenis: this.mode,
          honeypot: () => this.isian.website,
          jedaMs: this.jedaUlangMs,
          timeoutMs: this.timeout,
        }),
        untuk,
      };
    }
    return this.pengirim;
  }

  /** A submission of this form's kind left on the device (this page or an earlier one) shows the queued state. */
  private periksaAntrean(): void {
    const p = this.klien();
    if (!p || !p.simpanan.ada(p.kunci)) return;
    this.menungguNIK = p.simpanan.menungguNIK(p.kunci);
    this.state = 'queued';
    if (navigator.onLine) void this.kirimAntrean();
  }

  /**
   * Sends what waits on the device: on `online`, on load, when the tab is shown again, by the "Kirim
   * sekarang" button, and on a timer while the server cannot be reached (the device being online, no
   * `online` event comes).
   */
  async kirimAntrean(): Promise<void> {
    clearTimeout(this.pewaktuAntrean);
    const p = this.klien();
    if (!p || this.state !== 'queued') return;
    const h = await p.klien.kirimAntrean();
    this.menungguNIK = p.simpanan.menungguNIK(p.kunci);
    const terakhir = h.terkirim[h.terkirim.length - 1];
    if (h.terkirim.length > 0 || h.ditolak.length > 0) this.cobaAntrean = 0;
    if (h.ditolak.length > 0) {
      this.state = 'error';
      this.tampilkanGalat(h.ditolak.flatMap((d) => d.errors));
    } else if (terakhir && !p.simpanan.ada(p.kunci)) this.berhasil(terakhir.receipt);
    else this.jadwalkanAntrean(h.tersisa);
  }

  /** Tries the queue again later while entries the client can send (not waiting for a NIK) remain. */
  private jadwalkanAntrean(tersisa: number): void {
    clearTimeout(this.pewaktuAntrean);
    if (tersisa === 0 || this.state !== 'queued' || !this.isConnected) return;
    const jeda = this.jedaAntreanMs * 2 ** Math.min(4, this.cobaAntrean++);
    this.pewaktuAntrean = setTimeout(() => {
      // Offline, the `online` event sends it; no point knocking meanwhile.
      if (navigator.onLine) void this.kirimAntrean();
      else this.jadwalkanAntrean(tersisa);
    }, jeda);
  }

  private async muatDip(src: string): Promise<void> {
    this.dipDimuat = src;
    try {
      if (!this.saranDip) {
        const { SaranDIP } = await imporSaran();
        this.saranDip ??= new SaranDIP(this);
      }
      await this.saranDip.muat(src);
      this.cariSaran();
    } catch {
      // Suggestions are a help, never a condition: without them the form works as before.
    }
  }

  private cariSaran(): void {
    this.saran = this.saranDip?.cari(this.isian.information) ?? [];
  }

  private ubah<K extends keyof Isian>(k: K, v: Isian[K]): void {
    this.isian = { ...this.isian, [k]: v };
    this.kabar = undefined;
    simpanDraf(this.kunciDraf(), this.isian);
    if (k === 'information' && this.dip) {
      clearTimeout(this.pewaktuSaran);
      this.pewaktuSaran = setTimeout(() => this.cariSaran(), JEDA_SARAN_MS);
    }
  }

  private pilihBanyak(k: 'obtain' | 'grounds', nilai: string, dipilih: boolean): void {
    const lain = this.isian[k].filter((x) => x !== nilai);
    this.ubah(k, dipilih ? [...lain, nilai] : lain);
  }

  private hapusDrafSaja(): void {
    hapusDraf(this.kunciDraf());
    this.isian = isianKosong();
    this.galat = new Map();
    this.galatLain = [];
    this.galatKirim = undefined;
    this.saran = [];
    this.kabar = P.drafDihapus;
    if (this.state === 'error') this.state = 'ready';
  }

  private tampilkanGalat(errors: readonly Masalah[]): void {
    const { perField, lain } = petakanMasalah(errors);
    this.galat = perField;
    this.galatLain = lain;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.ringkasan-galat')?.focus(),
    );
  }

  private async kirim(e?: Event): Promise<void> {
    e?.preventDefault();
    if (this.sedangKirim) return;
    this.galatKirim = undefined;
    const masukan = keMasukan(this.isian, this.mode);
    const v = this.mode === 'keberatan' ? validasiKeberatan(masukan) : validasiPermintaan(masukan);
    if (!v.ok || !v.value) {
      this.tampilkanGalat(v.errors);
      return;
    }
    this.galat = new Map();
    this.galatLain = [];
    const p = this.klien();
    if (!p) {
      this.state = 'error';
      this.galatKirim = P.galatTanpaEndpoint;
      return;
    }
    this.sedangKirim = true;
    this.state = 'submitting';
    try {
      const h = await p.klien.kirim(v.value, this.mode);
      if (h.status === 'terkirim') this.berhasil(h.receipt);
      else if (h.status === 'antre') {
        this.state = 'queued';
        this.menungguNIK = [];
        this.cobaAntrean = 0;
        this.jadwalkanAntrean(1);
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.antre')?.focus());
      } else if (h.status === 'ditolak' || h.status === 'tidak-sah') {
        this.state = 'ready';
        this.tampilkanGalat(h.errors);
      } else {
        this.state = 'error';
        this.galatKirim = h.reason;
      }
    } finally {
      this.sedangKirim = false;
    }
  }

  private berhasil(tb: TandaBukti): void {
    this.tandaBukti = tb;
    this.state = 'success';
    hapusDraf(this.kunciDraf());
    this.isian = isianKosong();
    this.kabar = undefined;
    this.dispatchEvent(new CustomEvent('ppid-terkirim', { detail: tb, bubbles: true, composed: true }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.tanda-bukti h2')?.focus(),
    );
  }

  private isiNIKAntrean(e: Event): void {
    e.preventDefault();
    const p = this.klien();
    if (!p) return;
    const h = periksaNIK(this.nikAntrean);
    if (!h.ok) {
      this.galatNikAntrean = {
        id: `${labelField('nik').id}: ${h.problem.id}`,
        en: `${labelField('nik').en}: ${h.problem.en}`,
      };
      return;
    }
    this.galatNikAntrean = undefined;
    for (const k of this.menungguNIK) p.simpanan.isiNIK(p.kunci, k, h.nik);
    this.nikAntrean = '';
    this.menungguNIK = [];
    void this.kirimAntrean();
  }

  private pengajuanBaru(): void {
    this.tandaBukti = undefined;
    this.state = 'ready';
  }

  // --- Rendering

  override render(): TemplateResult {
    const keberatan = this.mode === 'keberatan';
    return html`<div part="base" class="dasar">
      <h2 class="judul">${this.t(keberatan ? P.judulKeberatan : P.judulPermintaan)}</h2>
      ${
        this.state === 'success' && this.tandaBukti
          ? this.renderTandaBukti(this.tandaBukti)
          : this.state === 'queued'
            ? this.renderAntre()
            : this.renderFormulir()
      }
    </div>`;
  }

  private renderFormulir(): TemplateResult {
    const keberatan = this.mode === 'keberatan';
    const i = this.isian;
    const agency = this.agencyName || this.t(P.badanPublik);
    const sibuk = this.state === 'submitting';
    return html`
      <p class="pengantar">${this.t(keberatan ? P.pengantarKeberatan : P.pengantarPermintaan, { agency })}</p>
      <div class="kabar" role="status">${this.kabar ? this.t(this.kabar) : nothing}</div>
      ${this.renderRingkasanGalat()}
      ${
        this.state === 'error' && this.galatKirim
          ? html`<div class="galat-kirim" role="alert">
              <p>${this.t(this.galatKirim)}</p>
              <button type="button" class="tombol" @click=${() => this.kirim()}>${this.t(P.cobaLagi)}</button>
            </div>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.kirim} aria-busy=${sibuk ? 'true' : 'false'}>
        ${
          keberatan
            ? this.renderTeks('requestNumber', {
                petunjuk: P.petunjukNomor,
                autocomplete: 'off',
                autocapitalize: 'characters',
              })
            : nothing
        }
        <fieldset class="bagian">
          <legend class="judul-bagian">${this.t(P.bagianPemohon)}</legend>
          ${this.renderRadio(
            'kind',
            JENIS_PEMOHON.map((j) => [j, P.jenis[j]] as const),
            P.jenisPemohon,
          )}
          ${this.renderTeks('name', {
            autocomplete: i.kind === 'perorangan' ? 'name' : 'organization',
            petunjuk: P.petunjukNama[i.kind as keyof typeof P.petunjukNama] ?? P.petunjukNama.perorangan,
          })}
          ${
            perluNIK(i)
              ? this.renderTeks('nik', {
                  inputmode: 'numeric',
                  autocomplete: 'off',
                  petunjuk: i.kind === 'kelompok' ? P.petunjukNIKKelompok : P.petunjukNIK,
                })
              : nothing
          }
          ${
            perluRegistrasi(i)
              ? this.renderTeks('registration', { petunjuk: P.petunjukRegistrasi, autocomplete: 'off' })
              : nothing
          }
          ${this.renderTeks('address', { baris: 3, autocomplete: 'street-address', petunjuk: P.petunjukAlamat })}
          ${
            perluPekerjaan(i)
              ? this.renderTeks('occupation', {
                  autocomplete: 'organization-title',
                  petunjuk: P.petunjukPekerjaan,
                  tidakWajib: i.kind !== 'perorangan',
                })
              : nothing
          }
          ${this.renderTeks('phone', {
            type: 'tel',
            autocomplete: 'tel',
            petunjuk: P.petunjukTelepon,
            tidakWajib: true,
          })}
          ${this.renderTeks('email', {
            type: 'email',
            autocomplete: 'email',
            petunjuk: P.petunjukEmail,
            tidakWajib: true,
          })}
        </fieldset>
        ${keberatan ? this.renderBagianKeberatan() : this.renderBagianPermintaan()} ${this.renderKuasa()}
        <div class="hp" aria-hidden="true">
          <label for="f-website">${this.t(P.honeypot)}</label>
          <input
            id="f-website"
            name="website"
            type="text"
            tabindex="-1"
            autocomplete="off"
            .value=${i.website}
            @input=${(e: Event) => this.ubah('website', (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="aksi">
          <button part="submit" class="tombol utama" type="submit" ?disabled=${sibuk}>
            ${this.t(sibuk ? P.mengirim : keberatan ? P.kirimKeberatan : P.kirim)}
          </button>
          <button type="button" class="tombol kedua" ?disabled=${sibuk} @click=${this.hapusDrafSaja}>
            ${this.t(P.hapusDraf)}
          </button>
        </div>
      </form>
    `;
  }

  private renderBagianPermintaan(): TemplateResult {
    const i = this.isian;
    return html`<fieldset class="bagian">
      <legend class="judul-bagian">${this.t(P.bagianInformasi)}</legend>
      ${this.renderTeks('information', { baris: 5, petunjuk: P.petunjukRincian, autocomplete: 'off' })}
      ${this.renderSaran()}
      ${this.renderTeks('purpose', { baris: 3, petunjuk: P.petunjukTujuan, autocomplete: 'off' })}
      ${this.renderCentang(
        'obtain',
        CARA_MEMPEROLEH.map((c) => [c, P.memperoleh[c]] as const),
        P.petunjukMemperoleh,
      )}
      ${
        mintaSalinan(i)
          ? this.renderRadio(
              'delivery',
              CARA_SALINAN.map((c) => [c, P.salinan[c]] as const),
              labelField('delivery'),
              P.petunjukSalinan,
            )
          : nothing
      }
    </fieldset>`;
  }

  private renderBagianKeberatan(): TemplateResult {
    const due = this.tenggatKeberatan?.due;
    const tenggat = due ? formatHari(due, this.bahasa) : undefined;
    return html`<fieldset class="bagian">
      <legend class="judul-bagian">${this.t(P.bagianKeberatan)}</legend>
      <p class="info-tenggat">
        ${tenggat ? this.t(P.tenggatKeberatan, { tanggal: tenggat }) : this.t(P.tenggatKeberatanUmum)}
      </p>
      ${this.renderCentang(
        'grounds',
        PASAL_35.map(
          (p) => [p.letter, { id: `${p.letter}. ${p.title.id}`, en: `${p.letter}. ${p.title.en}` }] as const,
        ),
        P.petunjukAlasan,
      )}
      ${this.renderTeks('caseSummary', { baris: 6, petunjuk: P.petunjukKasus, autocomplete: 'off' })}
      ${this.renderTeks('purpose', { baris: 3, petunjuk: P.petunjukTujuan, autocomplete: 'off' })}
    </fieldset>`;
  }

  private renderKuasa(): TemplateResult {
    const i = this.isian;
    return html`<fieldset class="bagian">
      <legend class="judul-bagian">
        ${this.t(P.bagianKuasa)} <span class="tidak-wajib">${this.t(P.tidakWajib)}</span>
      </legend>
      <div class="pilihan">
        <input
          id="f-proxy"
          type="checkbox"
          .checked=${i.proxy}
          aria-describedby="f-proxy-petunjuk"
          @change=${(e: Event) => this.ubah('proxy', (e.target as HTMLInputElement).checked)}
        />
        <label for="f-proxy">${this.t(P.adaKuasa)}</label>
      </div>
      <p class="petunjuk" id="f-proxy-petunjuk">${this.t(P.petunjukKuasa)}</p>
      ${
        i.proxy
          ? html`<div class="bersyarat">
              ${this.renderTeks('proxyName', { autocomplete: 'off' })}
              ${this.renderRadio(
                'proxyPoa',
                SURAT_KUASA.map((s) => [s, P.suratKuasa[s]] as const),
                labelField('proxyPoa'),
              )}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderRingkasanGalat(): TemplateResult | typeof nothing {
    if (this.galat.size === 0 && this.galatLain.length === 0) return nothing;
    return html`<div
      part="error-summary"
      class="ringkasan-galat"
      role="alert"
      tabindex="-1"
      aria-labelledby="ringkasan-galat-judul"
    >
      <h3 id="ringkasan-galat-judul">${this.t(P.adaMasalah)}</h3>
      <ul>
        ${[...this.galat].map(
          ([k, pesan]) =>
            html`<li>
              <a href="#${this.idKontrol(k)}" @click=${(e: Event) => this.fokusKe(e, k)}>${this.t(pesan)}</a>
            </li>`,
        )}
        ${this.galatLain.map((pesan) => html`<li>${this.t(pesan)}</li>`)}
      </ul>
    </div>`;
  }

  /** The control a summary link focuses: the input, or a group's first option. */
  private idKontrol(k: KunciIsian): string {
    const pertama: Partial<Record<KunciIsian, string>> = {
      kind: JENIS_PEMOHON[0],
      obtain: CARA_MEMPEROLEH[0],
      delivery: CARA_SALINAN[0],
      proxyPoa: SURAT_KUASA[0],
      grounds: PASAL_35[0]?.letter ?? 'a',
    };
    return pertama[k] ? `f-${k}-${pertama[k]}` : `f-${k}`;
  }

  /** Shadow-root ids are not reachable by a page fragment: the link focuses the field itself. */
  private fokusKe(e: Event, k: KunciIsian): void {
    e.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`#${this.idKontrol(k)}`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  }

  private label(k: KunciIsian, tidakWajib = false): TemplateResult {
    return html`${this.t(labelField(k))}${
      tidakWajib ? html` <span class="tidak-wajib">${this.t(P.tidakWajib)}</span>` : nothing
    }`;
  }

  private galatInline(k: KunciIsian): TemplateResult | typeof nothing {
    const g = this.galat.get(k);
    return g
      ? html`<p class="galat-inline" id="f-${k}-galat">
          <span class="sr-only">${this.t(P.galat)}</span> ${this.t(g)}
        </p>`
      : nothing;
  }

  private keterangan(k: KunciIsian, adaPetunjuk: boolean): string | typeof nothing {
    const ids = [adaPetunjuk ? `f-${k}-petunjuk` : '', this.galat.has(k) ? `f-${k}-galat` : ''].filter(
      (s) => s !== '',
    );
    return ids.length ? ids.join(' ') : nothing;
  }

  private renderTeks(k: KunciIsian, o: OpsiTeks = {}): TemplateResult {
    const nilai = this.isian[k] as string;
    const salah = this.galat.has(k);
    const atur = (e: Event): void =>
      this.ubah(k, (e.target as HTMLInputElement | HTMLTextAreaElement).value as never);
    const kontrol = o.baris
      ? html`<textarea
          id="f-${k}"
          name=${k}
          rows=${o.baris}
          class=${salah ? 'salah' : ''}
          autocomplete=${o.autocomplete ?? nothing}
          aria-describedby=${this.keterangan(k, !!o.petunjuk)}
          aria-invalid=${salah ? 'true' : nothing}
          .value=${nilai}
          @input=${atur}
        ></textarea>`
      : html`<input
          id="f-${k}"
          name=${k}
          type=${o.type ?? 'text'}
          class=${salah ? 'salah' : ''}
          autocomplete=${o.autocomplete ?? nothing}
          inputmode=${o.inputmode ?? nothing}
          autocapitalize=${o.autocapitalize ?? nothing}
          spellcheck=${o.type === 'email' || k === 'nik' ? 'false' : nothing}
          aria-describedby=${this.keterangan(k, !!o.petunjuk)}
          aria-invalid=${salah ? 'true' : nothing}
          .value=${nilai}
          @input=${atur}
        />`;
    return html`<div class="field ${salah ? 'field-salah' : ''}">
      <label for="f-${k}">${this.label(k, o.tidakWajib)}</label>
      ${o.petunjuk ? html`<p class="petunjuk" id="f-${k}-petunjuk">${this.t(o.petunjuk)}</p>` : nothing}
      ${this.galatInline(k)} ${kontrol}
    </div>`;
  }

  private renderRadio(
    k: 'kind' | 'delivery' | 'proxyPoa',
    pilihan: readonly (readonly [string, Teks])[],
    legend: Teks,
    petunjuk?: Teks,
  ): TemplateResult {
    const salah = this.galat.has(k);
    return html`<fieldset
      class="field grup ${salah ? 'field-salah' : ''}"
      aria-describedby=${this.keterangan(k, !!petunjuk)}
    >
      <legend>${this.t(legend)}</legend>
      ${petunjuk ? html`<p class="petunjuk" id="f-${k}-petunjuk">${this.t(petunjuk)}</p>` : nothing}
      ${this.galatInline(k)}
      ${pilihan.map(
        ([nilai, teks]) =>
          html`<div class="pilihan">
            <input
              type="radio"
              id="f-${k}-${nilai}"
              name=${k}
              value=${nilai}
              .checked=${this.isian[k] === nilai}
              aria-invalid=${salah ? 'true' : nothing}
              @change=${() => this.ubah(k, nilai)}
            />
            <label for="f-${k}-${nilai}">${this.t(teks)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderCentang(
    k: 'obtain' | 'grounds',
    pilihan: readonly (readonly [string, Teks])[],
    petunjuk: Teks,
  ): TemplateResult {
    const salah = this.galat.has(k);
    return html`<fieldset
      class="field grup ${salah ? 'field-salah' : ''}"
      aria-describedby=${this.keterangan(k, true)}
    >
      <legend>${this.t(labelField(k))}</legend>
      <p class="petunjuk" id="f-${k}-petunjuk">${this.t(petunjuk)}</p>
      ${this.galatInline(k)}
      ${pilihan.map(
        ([nilai, teks]) =>
          html`<div class="pilihan">
            <input
              type="checkbox"
              id="f-${k}-${nilai}"
              name=${k}
              value=${nilai}
              .checked=${this.isian[k].includes(nilai)}
              aria-invalid=${salah ? 'true' : nothing}
              @change=${(e: Event) => this.pilihBanyak(k, nilai, (e.target as HTMLInputElement).checked)}
            />
            <label for="f-${k}-${nilai}">${this.t(teks)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderSaran(): TemplateResult {
    // The region is always there so screen readers announce suggestions as they appear.
    return html`<div part="suggestions" class="saran" role="status">
      ${
        this.saran.length > 0
          ? html`<h3>${this.t(P.mungkinTersedia)}</h3>
              <p class="petunjuk">${this.t(P.mungkinTersediaPetunjuk)}</p>
              <ul>
                ${this.saran.map((b) => {
                  const link = b.entry.links?.[0];
                  return html`<li>
                    ${
                      link && tautanAman(link.url)
                        ? html`<a href=${link.url} rel="noopener noreferrer">${b.entry.title}</a>`
                        : b.entry.title
                    }
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderAntre(): TemplateResult {
    const nik = this.menungguNIK.length > 0;
    return html`<div part="queued" class="antre" role="status" tabindex="-1">
      <h3>${this.t(P.antreJudul)}</h3>
      <p>${this.t(P.antreIsi)}</p>
      ${
        nik
          ? html`<form novalidate @submit=${this.isiNIKAntrean}>
              <p>${this.t(P.antreNIK)}</p>
              <div class="field ${this.galatNikAntrean ? 'field-salah' : ''}">
                <label for="f-nik-antrean">${this.t(labelField('nik'))}</label>
                ${
                  this.galatNikAntrean
                    ? html`<p class="galat-inline" id="f-nik-antrean-galat">
                        <span class="sr-only">${this.t(P.galat)}</span> ${this.t(this.galatNikAntrean)}
                      </p>`
                    : nothing
                }
                <input
                  id="f-nik-antrean"
                  inputmode="numeric"
                  autocomplete="off"
                  aria-describedby=${this.galatNikAntrean ? 'f-nik-antrean-galat' : nothing}
                  aria-invalid=${this.galatNikAntrean ? 'true' : nothing}
                  .value=${this.nikAntrean}
                  @input=${(e: Event) => (this.nikAntrean = (e.target as HTMLInputElement).value)}
                />
              </div>
              <button class="tombol utama" type="submit">${this.t(P.kirimSekarang)}</button>
            </form>`
          : html`<button class="tombol utama" type="button" @click=${() => this.kirimAntrean()}>
              ${this.t(P.kirimSekarang)}
            </button>`
      }
    </div>`;
  }

  private renderTandaBukti(tb: TandaBukti): TemplateResult {
    const b = this.bahasa;
    // Holidays only: a plain Saturday or Sunday needs no mention, a weekend that is also a holiday does.
    const libur = tb.deadline.skipped.filter((s) => s.kind !== 'akhir-pekan' || s.alsoHoliday !== undefined);
    return html`<section part="receipt" class="tanda-bukti" aria-labelledby="tb-judul">
      <h2 id="tb-judul" tabindex="-1">
        ${this.t(tb.kind === 'keberatan' ? P.tandaBuktiKeberatan : P.tandaBuktiPermintaan)}
      </h2>
      <p>${this.t(P.diterimaPesan)}</p>
      <dl>
        <dt>${this.t(P.nomorPendaftaran)}</dt>
        <dd class="nomor">${tb.number}</dd>
        <dt>${this.t(P.badan)}</dt>
        <dd>${tb.agency.name}</dd>
        <dt>${this.t(P.tanggalDiterima)}</dt>
        <dd><time datetime=${tb.receivedAt}>${formatWaktu(tb.receivedAt, b, tb.agency.timeZone)}</time></dd>
        <dt>${this.t(P.tenggat)}</dt>
        <dd class="tenggat">
          <time datetime=${tb.deadline.due}
            >${this.t(P.tenggatKata, {
              n: tb.deadline.workingDays,
              tanggal: formatHari(tb.deadline.due, b),
            })}</time
          >
        </dd>
        <dt>${this.t(P.ringkasan)}</dt>
        <dd>${tb.summary}</dd>
      </dl>
      <h3>${this.t(P.hariDilewati)}</h3>
      ${
        libur.length > 0
          ? html`<ul class="libur">
              ${libur.map(
                (s) =>
                  html`<li>
                    <time datetime=${s.date}>${formatHari(s.date, b)}</time>: ${this.t(s.reason)}
                  </li>`,
              )}
            </ul>`
          : html`<p>${this.t(P.tanpaLibur)}</p>`
      }
      ${tb.deadline.warnings.map((w) => html`<p class="peringatan">${this.t(w)}</p>`)}
      <div class="aksi jangan-cetak">
        <button class="tombol utama" type="button" @click=${() => window.print()}>${this.t(P.cetak)}</button>
        <button class="tombol kedua" type="button" @click=${this.pengajuanBaru}>
          ${this.t(P.pengajuanBaru)}
        </button>
      </div>
    </section>`;
  }
}

// After the class, not as a static field (a class static block for Safari before 16.4).
PpidPermintaan.styles = [temaStyles, formulirStyles, permintaanStyles];
