import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BATAS_PANJANG,
  CARA_MEMPEROLEH,
  CARA_SALINAN,
  JENIS_PEMOHON,
  PASAL_35,
  SURAT_KUASA,
  ZONA_BAKU,
  bacaZona,
  bersihkanTeks,
  isiTeks,
  panjangTeks,
  periksaNIK,
  tautanAman,
  validasiKeberatan,
  validasiPermintaan,
} from '@terbuka/sdk';
import type { KlienPermintaan, Masalah, TandaBuktiDiterima, Teks } from '@terbuka/sdk';
import { TerbukaElement } from '../internal/terbuka-element.js';
import { judul } from '../internal/judul-lit.js';
import { temaStyles } from '../internal/tema.styles.js';
import { PESAN_PERMINTAAN } from '../internal/pesan-permintaan.js';
import { PESAN_ANTREAN } from '../internal/pesan-antrean.js';
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
import type { AntreanTanpaNIK, EntriTertunda } from './antrean-tanpa-nik.js';
import {
  bacaTandaBukti,
  hapusTandaBukti,
  kunciTandaBukti,
  simpanTandaBukti,
} from './tanda-bukti-tersimpan.js';
import type { TandaBuktiSingkat } from './tanda-bukti-tersimpan.js';
import { buatPengirim } from './pengirim.js';
import { formatHari } from './waktu.js';
import { formatWaktu } from '../internal/format-waktu.js';
import { pecahNomor } from './pecah-nomor.js';
import { nomorDariAlamat, tautanNomor } from './tautan-nomor.js';
import type { SaranDIP } from './saran-dip.js';
import { imporSaran } from './impor-saran.js';
import { imporTenggat } from './impor-tenggat.js';
import { formulirStyles, permintaanStyles } from './permintaan.styles.js';

const P = { ...PESAN_PERMINTAAN, ...PESAN_ANTREAN };

/** The shown state, reflected as the `state` attribute. */
export type StatusFormulir = 'ready' | 'submitting' | 'success' | 'queued' | 'error';

/** Pause after the last keystroke in the rincian before suggestions are looked up. */
const JEDA_SARAN_MS = 300;

/** Pause before a live region's first words: the accessibility tree must have the empty region first. */
const JEDA_KABAR_MS = 150;

interface OpsiTeks {
  readonly type?: string;
  readonly autocomplete?: string;
  readonly inputmode?: string;
  readonly autocapitalize?: string;
  readonly baris?: number;
  readonly petunjuk?: Teks;
  readonly tidakWajib?: boolean;
  /** The SDK's limit: a counter says what is left (or too many) as it is typed, not only at submit. */
  readonly maks?: number;
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
  /**
   * The agency's time zone, as the server's configuration has it: `WIB` (default), `WITA`, `WIT`, or
   * `Asia/Jakarta`, `Asia/Makassar`, `Asia/Jayapura`. The objection form's deadline is counted from today's
   * date there (23:30 WIB is already tomorrow in WIT). Another value: no date is shown (console warning).
   */
  @property({ attribute: 'agency-timezone' }) agencyTimezone?: string;
  /** Cuti bersama are working days for this agency (the server's `cutiBersamaLibur: false`), e.g. a private body. */
  @property({ type: Boolean, attribute: 'tanpa-cuti-bersama' }) tanpaCutiBersama = false;
  /** Optional URL of the agency's DIP: published entries like the rincian are suggested. */
  @property() dip?: string;
  /**
   * `permintaan` (default) or `keberatan`.
   * @type {'permintaan' | 'keberatan'}
   */
  @property({ reflect: true }) mode: ModeFormulir = 'permintaan';
  /** Per attempt, in ms (default 15 000). */
  @property({ type: Number }) timeout = 15_000;
  /**
   * Optional URL of the page with `<ppid-status-permintaan>`: receipts (the one just given and those kept on
   * the device) link to it.
   */
  @property({ attribute: 'status-url' }) statusUrl?: string;
  /** The moment the keberatan deadline shown before sending is counted from; default now. */
  @property({ attribute: false }) now?: Date;
  /**
   * The shown state, reflected for styling: ready, submitting, success, queued, error.
   * @type {'ready' | 'submitting' | 'success' | 'queued' | 'error'}
   */
  @property({ reflect: true }) state: StatusFormulir = 'ready';

  /**
   * First pause before a resend, in ms; tests shorten it.
   * @internal
   */
  jedaUlangMs = 500;

  /**
   * First pause, in ms, before a queued submission is sent again while the device is online but the server
   * could not be reached; it doubles after each try, up to 16 times (5 s … 80 s). Tests shorten it.
   * @internal
   */
  jedaAntreanMs = 5000;

  @state() private isian: Isian = isianKosong();
  @state() private galat = new Map<KunciIsian, Teks>();
  @state() private galatLain: readonly Teks[] = [];
  @state() private galatKirim: Teks | undefined;
  @state() private tandaBukti: TandaBuktiDiterima | undefined;
  @state() private kabar: Teks | undefined;
  @state() private saran: readonly BarisDIP[] = [];
  /** Every entry waiting on the device for this form's server, agency and kind. */
  @state() private antrean: readonly EntriTertunda[] = [];
  /** NIKs being typed in the waiting notice and their errors, per entry (key): each for its own entry. */
  private readonly nikAntrean = new Map<string, string>();
  @state() private galatNikAntrean = new Map<string, Teks>();
  /** The entry whose deletion asks for confirmation. */
  @state() private hapusDitanya: string | undefined;
  /**
   * The waiting notice's live region: sending, the client's last error, a deletion, a delivery while focus is
   * elsewhere on the page. Outside every view, so what it says outlives the view it is about.
   */
  @state() private kabarAntrean: Teks | undefined;
  @state() private tersimpan: readonly TandaBuktiSingkat[] = [];
  /** Problems of a waiting entry the server refused while the form (not the notice) was shown. */
  @state() private ditolakLatar: readonly Masalah[] = [];
  @state() private kabarSalin: { teks: Teks; nomor: string } | undefined;
  @state() private tenggatKeberatan: { now: number; untuk: string; due: string | undefined } | undefined;
  /**
   * The citizen has started on the form (a field took focus): only then are the DIP and the suggestion
   * code fetched (~90 kB on a phone's data for a reader who only looks at the page).
   */
  @state() private mulaiMengisi = false;

  /** What "Hapus draf" cleared, until "Urungkan" or the next edit. */
  @state() private urung: Isian | undefined;

  /** A draft restored but not yet said: the page may open on the waiting notice, without the form's region. */
  private drafBaru: Isian | undefined;
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

  /** Another tab changed the queue (sent or deleted an entry) or kept a receipt. */
  private readonly saatSimpananBerubah = (e: StorageEvent): void => {
    const p = this.klien();
    if (p && (e.key === null || e.key === p.kunci || e.key === this.kunciTB())) this.segarkanAntrean();
  };

  private readonly saatLuring = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.saatFokus);
    window.addEventListener('online', this.saatDaring);
    window.addEventListener('offline', this.saatLuring);
    window.addEventListener('storage', this.saatSimpananBerubah);
    document.addEventListener('visibilitychange', this.saatTampak);
    if (this.hasUpdated) this.periksaAntrean();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.saatFokus);
    window.removeEventListener('online', this.saatDaring);
    window.removeEventListener('offline', this.saatLuring);
    window.removeEventListener('storage', this.saatSimpananBerubah);
    document.removeEventListener('visibilitychange', this.saatTampak);
    clearTimeout(this.pewaktuSaran);
    clearTimeout(this.pewaktuAntrean);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('endpoint') || changed.has('mode') || changed.has('agency')) {
      const draf = bacaDraf(this.kunciDraf());
      if (draf) this.isian = this.drafBaru = draf;
      // The objection form takes the request's number from its link (`?nomor=`, the status page's "Ajukan
      // keberatan"), into an empty field only: a draft's own number stays. Focus is not moved.
      const nomor = this.mode === 'keberatan' && !this.isian.requestNumber && nomorDariAlamat();
      if (nomor) {
        this.isian = { ...this.isian, requestNumber: nomor };
        if (draf) this.drafBaru = this.isian;
      }
      this.periksaAntrean();
    }
    // A restored draft with its rincian shows its suggestions at once.
    if (this.dip && this.dip !== this.dipDimuat && (this.mulaiMengisi || this.isian.information !== ''))
      void this.muatDip(this.dip);
    if (this.mode === 'keberatan') void this.hitungTenggatKeberatan();
  }

  protected override updated(): void {
    // A restored draft is said once the form's status region exists (text born with a live region is not
    // announced): at once on a page that opens on the form, or when the form first appears after the waiting
    // notice the page opened on. Once, focus untouched; not if the citizen already typed (the draft is no
    // longer what is shown); kept for the form's next appearance if it went away meanwhile.
    const draf = this.drafBaru;
    if (!draf || !this.renderRoot.querySelector('.kabar')) return;
    this.drafBaru = undefined;
    setTimeout(() => {
      if (this.isian !== draf) return;
      if (this.renderRoot.querySelector('.kabar')) this.kabar = P.drafDipulihkan;
      else this.drafBaru = draf;
    }, JEDA_KABAR_MS);
  }

  private async hitungTenggatKeberatan(): Promise<void> {
    const now = (this.now ?? new Date()).getTime();
    const badan = { zona: this.agencyTimezone, tanpaCutiBersama: this.tanpaCutiBersama };
    const untuk = `${badan.zona ?? ''} ${badan.tanpaCutiBersama}`;
    // Once per minute is enough (the date changes at most once a day), unless the agency's calendar changed.
    const t = this.tenggatKeberatan;
    if (t && t.untuk === untuk && Math.abs(t.now - now) < 60_000) return;
    this.tenggatKeberatan = { now, untuk, due: undefined };
    try {
      const { tenggatTanggapan } = await imporTenggat();
      // A later call (another zone) may have finished first: only the latest one is shown.
      if (this.tenggatKeberatan?.untuk === untuk && this.tenggatKeberatan.now === now)
        this.tenggatKeberatan = { now, untuk, due: tenggatTanggapan(new Date(now), badan) };
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

  private kunciTB(): string {
    return kunciTandaBukti(this.endpoint ?? '', this.agency);
  }

  /** A submission of this form's kind left on the device (this page or an earlier one) shows the queued state. */
  private periksaAntrean(): void {
    this.segarkanAntrean();
    const p = this.klien();
    if (!p || this.antrean.length === 0) return;
    this.state = 'queued';
    if (navigator.onLine) void this.kirimAntrean();
  }

  /**
   * Reads the queue and the kept receipts again. The queue emptied elsewhere (another tab delivered or
   * deleted): the notice gives way to the form, the receipts kept there show the number.
   */
  private segarkanAntrean(): void {
    const p = this.klien();
    this.tersimpan = this.endpoint ? bacaTandaBukti(this.kunciTB()) : [];
    this.antrean = p ? p.simpanan.daftar(p.kunci) : [];
    if (this.antrean.length === 0) {
      clearTimeout(this.pewaktuAntrean);
      if (this.state === 'queued') this.state = 'ready';
    }
  }

  /**
   * Sends what waits on the device: on `online`, on load, when the tab is shown again, by the "Kirim
   * sekarang" button, and on a timer while the server cannot be reached (the device being online, no
   * `online` event comes).
   */
  async kirimAntrean(olehTombol = false): Promise<void> {
    clearTimeout(this.pewaktuAntrean);
    const p = this.klien();
    // Sent whichever view is shown (a new form filled meanwhile): the receipt is kept and listed.
    if (!p || !p.simpanan.ada(p.kunci)) return this.segarkanAntrean();
    if (olehTombol) this.kabarAntrean = P.mengirimAntrean;
    const h = await p.klien.kirimAntrean();
    for (const t of h.terkirim) simpanTandaBukti(this.kunciTB(), t.receipt);
    // Held by the server under another body: most likely a NIK typed again wrongly, so it is asked again.
    for (const k of h.konflik) p.simpanan.lupakanNIK(p.kunci, k.key);
    const dilihat = this.state === 'queued';
    this.segarkanAntrean();
    const terakhir = h.terkirim[h.terkirim.length - 1];
    if (h.terkirim.length > 0 || h.ditolak.length > 0) this.cobaAntrean = 0;
    if (h.ditolak.length > 0 && dilihat) {
      this.state = 'error';
      this.tampilkanGalat(h.ditolak.flatMap((d) => d.errors));
    } else if (h.ditolak.length > 0)
      // Refused while another view is shown (a new form being filled): said above it, not lost unseen.
      this.ditolakLatar = h.ditolak.flatMap((d) => d.errors);
    else if (terakhir && dilihat && this.antrean.length === 0) this.berhasil(terakhir.receipt);
    else {
      // Delivered while the reader is elsewhere (a new form, or others still waiting): said, not only
      // listed — the entry left the waiting notice and its number joined "Permohonan Anda sebelumnya".
      if (terakhir)
        this.kabarAntrean =
          h.terkirim.length === 1
            ? isiTeks(P.terkirimLatar, { nomor: terakhir.receipt.number })
            : isiTeks(P.terkirimLatarBanyak, { n: h.terkirim.length });
      // Said where the button is, in a live region: the press did something, and why it waits.
      // Offline, the client's last error (the server unreachable) is not why it waits now.
      else if (olehTombol)
        this.kabarAntrean = navigator.onLine
          ? this.antrean.find((e) => e.lastError)?.lastError
          : P.kirimLuring;
      this.jadwalkanAntrean(h.tersisa);
    }
  }

  /** Tries the queue again later while entries the client can send (not waiting for a NIK) remain. */
  private jadwalkanAntrean(tersisa: number): void {
    clearTimeout(this.pewaktuAntrean);
    if (tersisa === 0 || !this.isConnected) return;
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
    // What the regions said (a draft restored, an entry deleted, a refusal while focus was elsewhere) is about
    // what came before this edit. A delivery's number (terkirimNomor) is never there: it is said only with the
    // receipt, which has no field, and leaving the receipt (pengajuanBaru) is what clears it.
    this.kabar = this.kabarAntrean = this.urung = undefined;
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

  /**
   * "Hapus draf": one tap, ~16 px from "Kirim permohonan" on a phone, so it can be undone until the next
   * edit. The pressed button gives way to "Urungkan", which takes the focus.
   */
  private hapusDrafSaja(): void {
    this.urung = this.isian;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#urungkan')?.focus());
    hapusDraf(this.kunciDraf());
    this.isian = isianKosong();
    this.galat = new Map();
    this.galatLain = [];
    this.galatKirim = undefined;
    this.saran = [];
    this.kabar = P.drafDihapus;
    if (this.state === 'error') this.state = 'ready';
  }

  /** Every field back as it was (the NIK too, kept in memory only), the stored draft too; focus back on "Hapus draf". */
  private urungkan(): void {
    this.isian = this.urung!;
    this.urung = undefined;
    simpanDraf(this.kunciDraf(), this.isian);
    this.kabar = P.drafKembali;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#hapus-draf')?.focus());
  }

  private tampilkanGalat(errors: readonly Masalah[]): void {
    const { perField, lain } = petakanMasalah(errors);
    this.galat = perField;
    this.galatLain = lain;
    // A refusal may come late (a slow server, a waiting entry): focus moves only as fokus allows, else the
    // status region says it, with the form's name (two forms on one page).
    if (!this.fokus('.ringkasan-galat')) this.kabarAntrean = P.galatLatar;
  }

  private async kirim(e?: Event): Promise<void> {
    e?.preventDefault();
    if (this.sedangKirim) return;
    // "Coba lagi" goes with its alert: the focus waits on the submit button meanwhile.
    if (this.shadowRoot?.activeElement?.id === 'coba-lagi')
      this.renderRoot.querySelector<HTMLElement>('[part=submit]')?.focus();
    this.galatKirim = this.kabarAntrean = undefined;
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
    // A send may take 15 s and more: said in the live region, the focus kept on the button pressed.
    this.kabar = P.mengirim;
    try {
      const h = await p.klien.kirim(v.value, this.mode);
      if (h.status === 'terkirim') this.berhasil(h.receipt);
      else if (h.status === 'antre') {
        // Kept in the queue now: the form and its draft are emptied (the next person on this device must
        // not find it, and sending it again would file it twice).
        hapusDraf(this.kunciDraf());
        this.isian = isianKosong();
        this.urung = undefined;
        this.state = 'queued';
        this.segarkanAntrean();
        this.cobaAntrean = 0;
        this.jadwalkanAntrean(1);
        // The reader may have left the form while it was sending: then the status region says why it waits.
        if (!this.fokus('.antre')) this.kabarAntrean = h.reason;
      } else if (h.status === 'ditolak' || h.status === 'tidak-sah') {
        this.state = 'ready';
        this.tampilkanGalat(h.errors);
      } else {
        this.state = 'error';
        this.galatKirim = h.reason;
        this.fokus('#coba-lagi');
      }
    } finally {
      this.sedangKirim = false;
      if (this.kabar === P.mengirim) this.kabar = undefined;
    }
  }

  private berhasil(tb: TandaBuktiDiterima): void {
    simpanTandaBukti(this.kunciTB(), tb);
    this.segarkanAntrean();
    this.tandaBukti = tb;
    this.state = 'success';
    hapusDraf(this.kunciDraf());
    this.isian = isianKosong();
    this.kabar = this.urung = undefined;
    this.dispatchEvent(new CustomEvent('ppid-terkirim', { detail: tb, bubbles: true, composed: true }));
    this.kabarAntrean = this.fokus('#tb-judul') ? undefined : P.terkirimNomor;
  }

  /**
   * Moves focus after an update, only if it is in the form or nowhere (on <body>): a queued submission
   * delivered later, a refusal or a queued outcome arriving late, must not pull a reader away from a link
   * or another form elsewhere on the page. The one rule of every focus move not asked for by a press here.
   */
  private fokus(sel: string): boolean {
    const a = document.activeElement;
    const boleh = !a || a === document.body || this.matches(':focus-within');
    if (boleh) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(sel)?.focus());
    return boleh;
  }

  /** The NIK typed under one waiting entry goes to that entry only (a shared device holds others'). */
  private async isiNIKAntrean(e: Event, entri: EntriTertunda): Promise<void> {
    e.preventDefault();
    const p = this.klien();
    if (!p) return;
    const h = periksaNIK(this.nikAntrean.get(entri.key) ?? '');
    const galat = new Map(this.galatNikAntrean);
    if (!h.ok) {
      galat.set(entri.key, {
        id: `${labelField('nik').id}: ${h.problem.id}`,
        en: `${labelField('nik').en}: ${h.problem.en}`,
      });
      this.galatNikAntrean = galat;
      return;
    }
    galat.delete(entri.key);
    this.galatNikAntrean = galat;
    p.simpanan.isiNIK(p.kunci, entri.key, h.nik);
    // A NIK entered again after a conflict is a correction: the entry may go out again.
    if (entri.konflik) await p.klien.lepasKonflik(entri.id);
    // The field is emptied (a .value binding left at '' would not clear what was typed).
    this.nikAntrean.delete(entri.key);
    (e.target as HTMLFormElement).reset();
    this.state = 'queued';
    await this.kirimAntrean(true);
  }

  private async hapusAntrean(entri: EntriTertunda): Promise<void> {
    const p = this.klien();
    if (!p) return;
    await p.klien.hapusDariAntrean(entri.id);
    p.simpanan.hapus(p.kunci, entri.key);
    this.hapusDitanya = undefined;
    this.kabarAntrean = P.dihapus;
    this.segarkanAntrean();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(this.state === 'queued' ? '.antre' : '#f-name')?.focus(),
    );
  }

  private async salinNomor(nomor: string, id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(nomor);
      this.kabarSalin = { teks: P.nomorDisalin, nomor };
    } catch {
      // No Clipboard API (an http page, an old browser, permission refused): the number is selected.
      const el = this.renderRoot.querySelector(`#${id}`);
      const pilih = getSelection();
      if (el && pilih) {
        const r = document.createRange();
        r.selectNodeContents(el);
        pilih.removeAllRanges();
        pilih.addRange(r);
      }
      this.kabarSalin = { teks: P.nomorDipilih, nomor };
    }
  }

  private pengajuanBaru(): void {
    this.tandaBukti = undefined;
    this.kabarSalin = this.kabarAntrean = undefined;
    this.state = 'ready';
  }

  // --- Rendering

  override render(): TemplateResult {
    const judulForm = this.mode === 'keberatan' ? P.judulKeberatan : P.judulPermintaan;
    return html`<div part="base" class="dasar">
      ${judul(this.tingkat, 0, this.t(judulForm), { kelas: 'judul', id: 'judul' })}
      ${this.state === 'success' ? nothing : this.renderSebelumnya()}
      ${
        this.state === 'success' && this.tandaBukti
          ? this.renderTandaBukti(this.tandaBukti)
          : this.state === 'queued'
            ? this.renderAntre()
            : this.renderFormulir()
      }
      <p class="kabar-antre" role="status">
        ${
          this.kabarAntrean
            ? this.t(this.kabarAntrean, { nomor: this.tandaBukti?.number ?? '', judul: this.t(judulForm) })
            : nothing
        }
      </p>
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
      ${
        this.antrean.length > 0
          ? html`<p class="ada-antre">
              ${this.t(P.adaAntre, { n: this.antrean.length })}
              <button type="button" class="tombol kedua" @click=${this.lihatAntre}>
                ${this.t(P.lihatAntre)}
              </button>
            </p>`
          : nothing
      }
      ${
        this.ditolakLatar.length > 0
          ? html`<div class="galat-kirim" role="alert">
              <p>${this.t(P.antreDitolak)}</p>
              <ul>
                ${this.ditolakLatar.map((m) => html`<li>${this.t(m.message)}</li>`)}
              </ul>
              <button type="button" class="tombol kedua" @click=${() => (this.ditolakLatar = [])}>
                ${this.t(P.tutup)}
              </button>
            </div>`
          : nothing
      }
      ${this.renderRingkasanGalat()}
      ${
        this.state === 'error' && this.galatKirim
          ? html`<div class="galat-kirim" role="alert">
              <p>${this.t(this.galatKirim)}</p>
              <button id="coba-lagi" type="button" class="tombol" @click=${() => this.kirim()}>
                ${this.t(P.cobaLagi)}
              </button>
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
          <button part="submit" class="tombol utama" type="submit" aria-disabled=${sibuk ? 'true' : nothing}>
            ${this.t(sibuk ? P.mengirim : keberatan ? P.kirimKeberatan : P.kirim)}
          </button>
          ${
            this.urung
              ? html`<p class="urung">
                  ${this.t(P.drafDihapus)}
                  <button id="urungkan" type="button" class="tombol kedua" @click=${this.urungkan}>
                    ${this.t(P.urungkan)}
                  </button>
                </p>`
              : html`<button
                  id="hapus-draf"
                  type="button"
                  class="tombol kedua"
                  ?disabled=${sibuk}
                  @click=${this.hapusDrafSaja}
                >
                  ${this.t(P.hapusDraf)}
                </button>`
          }
        </div>
      </form>
    `;
  }

  private renderBagianPermintaan(): TemplateResult {
    const i = this.isian;
    return html`<fieldset class="bagian">
      <legend class="judul-bagian">${this.t(P.bagianInformasi)}</legend>
      ${this.renderTeks('information', {
        baris: 5,
        petunjuk: P.petunjukRincian,
        autocomplete: 'off',
        maks: BATAS_PANJANG.information,
      })}
      ${this.renderSaran()} ${this.renderTujuan()}
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

  /** The purpose, on both forms: its counter with the SDK's limit. */
  private renderTujuan(): TemplateResult {
    return this.renderTeks('purpose', {
      baris: 3,
      petunjuk: P.petunjukTujuan,
      autocomplete: 'off',
      maks: BATAS_PANJANG.purpose,
    });
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
      ${this.renderTeks('caseSummary', {
        baris: 6,
        petunjuk: P.petunjukKasus,
        autocomplete: 'off',
        maks: BATAS_PANJANG.caseSummary,
      })}
      ${this.renderTujuan()}
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
        <label for="f-proxy">${this.t(this.mode === 'keberatan' ? P.adaKuasaKeberatan : P.adaKuasa)}</label>
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
    // Heard once: focused (its heading, then its links, are read), or, focus being elsewhere on the page, said
    // by the status region (tampilkanGalat). No role="alert" too: with the focus, it was read twice; no name
    // either (aria-labelledby read the heading twice), as GOV.UK's summary.
    return html`<div part="error-summary" class="ringkasan-galat" tabindex="-1">
      ${judul(this.tingkat, 1, this.t(P.adaMasalah), { id: 'ringkasan-galat-judul' })}
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
    // The space ends the label's own text: alone before the marker (a nested template's first text), or at
    // the start of the marker, Chromium left it out of the field's name ("Nomor telepon(tidak wajib)").
    return html`${this.t(labelField(k)) + (tidakWajib ? ' ' : '')}${
      tidakWajib ? html`<span class="tidak-wajib">${this.t(P.tidakWajib)}</span>` : nothing
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

  private keterangan(k: KunciIsian, adaPetunjuk: boolean, adaHitungan = false): string | typeof nothing {
    const ids = [
      adaPetunjuk ? `f-${k}-petunjuk` : '',
      this.galat.has(k) ? `f-${k}-galat` : '',
      adaHitungan ? `f-${k}-hitung` : '',
    ].filter((s) => s !== '');
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
          aria-describedby=${this.keterangan(k, !!o.petunjuk, !!o.maks)}
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
      ${this.galatInline(k)} ${kontrol} ${o.maks ? this.renderHitungan(k, nilai, o.maks) : nothing}
    </div>`;
  }

  /**
   * Counted as the SDK counts (the cleaned, trimmed text's characters, an emoji one), so the counter and
   * the refusal agree.
   */
  private renderHitungan(k: KunciIsian, nilai: string, maks: number): TemplateResult {
    const sisa = maks - panjangTeks(bersihkanTeks(nilai).trim());
    return html`<p class="petunjuk hitungan ${sisa < 0 ? 'lebih' : ''}" id="f-${k}-hitung">
      ${sisa < 0 ? this.t(P.hitungLebih, { n: -sisa }) : this.t(P.hitungSisa, { n: sisa })}
    </p>`;
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
    // The list is outside the live region (re-read on every typing pause it was ~45 words each time): the
    // region, always there, says one short sentence, and only when the count changes (the same text is not
    // written again).
    const n = this.saran.length;
    // The box is drawn only around suggestions (.ada): its status line alone left an empty grey box.
    return html`<div part="suggestions" class="saran ${n ? 'ada' : ''}">
      <p class="sr-only" role="status">${n ? this.t(P.saranSerupa, { n }) : nothing}</p>
      ${
        this.saran.length > 0
          ? html`${judul(this.tingkat, 1, this.t(P.mungkinTersedia))}
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
    const nik = this.antrean.some((e) => e.menungguNIK);
    const bisaDikirim = this.antrean.some((e) => !e.menungguNIK && !e.konflik);
    // Named "Belum terkirim" alone, the region alarms: its reassuring paragraph is read with the name.
    return html`<section
      part="queued"
      class="antre"
      tabindex="-1"
      aria-labelledby="antre-judul"
      aria-describedby="antre-ket"
    >
      ${judul(this.tingkat, 1, this.t(P.antreJudul), { id: 'antre-judul' })}
      <p id="antre-ket">${this.t(nik ? P.antreNIK : navigator.onLine ? P.antreServer : P.antreLuring)}</p>
      <ul class="daftar-antre">
        ${this.antrean.map((e, i) => this.renderEntriAntre(e, i))}
      </ul>
      <div class="aksi">
        ${
          bisaDikirim
            ? html`<button class="tombol utama" type="button" @click=${() => this.kirimAntrean(true)}>
                ${this.t(P.kirimSekarang)}
              </button>`
            : nothing
        }
        <button class="tombol kedua" type="button" @click=${this.isiBaru}>${this.t(P.pengajuanLain)}</button>
      </div>
    </section>`;
  }

  /** The empty form, for a new request: what waits stays on the device and keeps being sent. */
  private isiBaru(): void {
    this.kabarAntrean = undefined;
    this.state = 'ready';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#f-name')?.focus());
  }

  private lihatAntre(): void {
    this.state = 'queued';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.antre')?.focus());
  }

  private renderEntriAntre(e: EntriTertunda, i: number): TemplateResult {
    const id = `f-nik-antrean-${i}`;
    const galat = this.galatNikAntrean.get(e.key);
    return html`<li class="entri-antre">
      <p>
        <strong>${e.nama || this.t(P.antreTanpaNama)}</strong> ·
        ${
          // In the agency's zone, named (as the receipt), not the device's unnamed: a phone set to UTC or
          // WIT showed another hour than the receipt.
          this.t(P.antreDibuat, {
            waktu: e.createdAt
              ? formatWaktu(e.createdAt, this.bahasa, bacaZona(this.agencyTimezone) ?? ZONA_BAKU)
              : '?',
          })
        }
      </p>
      <p class="awal">${e.awal}</p>
      ${e.konflik && e.lastError ? html`<p class="peringatan">${this.t(e.lastError)}</p>` : nothing}
      ${
        e.menungguNIK
          ? html`<form novalidate @submit=${(ev: Event) => this.isiNIKAntrean(ev, e)}>
              <div class="field ${galat ? 'field-salah' : ''}">
                <label for=${id}>${this.t(labelField('nik'))}</label>
                ${
                  galat
                    ? html`<p class="galat-inline" id="${id}-galat" role="alert">
                        <span class="sr-only">${this.t(P.galat)}</span> ${this.t(galat)}
                      </p>`
                    : nothing
                }
                <input
                  id=${id}
                  inputmode="numeric"
                  autocomplete="off"
                  aria-describedby=${galat ? `${id}-galat` : nothing}
                  aria-invalid=${galat ? 'true' : nothing}
                  .value=${this.nikAntrean.get(e.key) ?? ''}
                  @input=${(ev: Event) => this.nikAntrean.set(e.key, (ev.target as HTMLInputElement).value)}
                />
              </div>
              <button class="tombol utama" type="submit">${this.t(P.kirimDenganNIK)}</button>
            </form>`
          : nothing
      }
      ${
        this.hapusDitanya === e.key
          ? html`<div class="konfirmasi" role="group" aria-labelledby="hapus-tanya-${i}">
              <p id="hapus-tanya-${i}">${this.t(P.hapusYakin)}</p>
              <button class="tombol" type="button" @click=${() => this.hapusAntrean(e)}>
                ${this.t(P.yaHapus)}
              </button>
              <button class="tombol kedua" type="button" @click=${() => this.batalHapus(i)}>
                ${this.t(P.batal)}
              </button>
            </div>`
          : html`<button
              id="hapus-${i}"
              class="tombol kedua hapus-antre"
              type="button"
              @click=${() => this.tanyaHapus(e)}
            >
              ${this.t(P.bukanMilikSaya)}
            </button>`
      }
    </li>`;
  }

  private tanyaHapus(e: EntriTertunda): void {
    this.hapusDitanya = e.key;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.konfirmasi .tombol')?.focus(),
    );
  }

  /** "Batal": the focus goes back to the button that asked, not to <body> with the confirmation. */
  private batalHapus(i: number): void {
    this.hapusDitanya = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#hapus-${i}`)?.focus());
  }

  /** "Hapus dari perangkat ini": the kept receipts go (a shared device). */
  private lupakanTandaBukti(): void {
    hapusTandaBukti(this.kunciTB());
    this.segarkanAntrean();
  }

  /** Receipts kept on the device: the number outlives the tab that showed it. */
  private renderSebelumnya(): TemplateResult | typeof nothing {
    if (this.tersimpan.length === 0) return nothing;
    const b = this.bahasa;
    // Named with the form's title too: a request and an objection form on one page each have this section.
    return html`<section class="sebelumnya" aria-labelledby="sebelumnya-judul judul">
      ${judul(this.tingkat, 1, this.t(P.sebelumnya), { id: 'sebelumnya-judul' })}
      <p class="petunjuk">${this.t(P.sebelumnyaPetunjuk)}</p>
      <ul>
        ${this.tersimpan.map((x, i) => {
          const status = tautanNomor(this.statusUrl, x.number);
          return html`<li>
            <span class="nomor" id="tb-simpan-${i}">${pecahNomor(x.number)}</span> — ${x.agency}
            <br />${this.t(P.tanggalDiterima)}:
            <time datetime=${x.receivedAt}>${formatWaktu(x.receivedAt, b, x.timeZone)}</time>;
            ${this.t(P.tenggat)}:
            <time datetime=${x.due}
              >${this.t(P.tenggatKata, { n: x.workingDays, tanggal: formatHari(x.due, b) })}</time
            >
            <br /><button
              class="tombol kedua"
              type="button"
              aria-describedby="tb-simpan-${i}"
              @click=${() => this.salinNomor(x.number, `tb-simpan-${i}`)}
            >
              ${this.t(P.salinNomor)}
            </button>
            ${status ? html`<a href=${status} aria-describedby="tb-simpan-${i}">${this.t(P.lihatStatus)}</a>` : nothing}
          </li>`;
        })}
      </ul>
      <button type="button" class="tombol kedua" @click=${this.lupakanTandaBukti}>
        ${this.t(P.hapusDariPerangkat)}
      </button>
      ${this.renderKabarSalin()}
    </section>`;
  }

  private renderKabarSalin(): TemplateResult {
    const k = this.kabarSalin;
    return html`<p class="kabar-salin" role="status">${k ? this.t(k.teks, { nomor: k.nomor }) : nothing}</p>`;
  }

  private renderTandaBukti(tb: TandaBuktiDiterima): TemplateResult {
    const b = this.bahasa;
    // Holidays only: a plain Saturday or Sunday needs no mention, a weekend that is also a holiday does.
    const libur = tb.deadline.skipped.filter((s) => s.kind !== 'akhir-pekan' || s.alsoHoliday !== undefined);
    // The status page opens with this number filled in: only the contact is left to type on a phone.
    const status = tautanNomor(this.statusUrl, tb.number);
    // One level below the form's title, which stays above it: a heading at the title's level right below
    // the title read as a second form.
    return html`<section part="receipt" class="tanda-bukti" aria-labelledby="tb-judul">
      ${judul(
        this.tingkat,
        1,
        this.t(tb.kind === 'keberatan' ? P.tandaBuktiKeberatan : P.tandaBuktiPermintaan),
        { id: 'tb-judul', fokus: true },
      )}
      <p>${this.t(P.diterimaPesan)}</p>
      ${
        // The request number as the objection gave it: the citizen sees which request it is not yet on.
        // With the server's reason (given only to the request's own contact): why its status refused it.
        tb.requestLink?.linked === false
          ? html`<p class="peringatan belum-tertaut">
              ${
                tb.requestLink.reason
                  ? this.t(P.belumTertautKarena, {
                      nomor: tb.requestLink.number,
                      alasan: this.t(tb.requestLink.reason),
                    })
                  : this.t(P.belumTertaut, { nomor: tb.requestLink.number })
              }
            </p>`
          : nothing
      }
      <dl>
        <dt>${this.t(P.nomorPendaftaran)}</dt>
        <dd>
          <span class="nomor" id="tb-nomor">${pecahNomor(tb.number)}</span>
          <button
            class="tombol kedua jangan-cetak"
            type="button"
            @click=${() => this.salinNomor(tb.number, 'tb-nomor')}
          >
            ${this.t(P.salinNomor)}
          </button>
          ${this.renderKabarSalin()}
        </dd>
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
      ${judul(this.tingkat, 2, this.t(P.hariDilewati))}
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
        ${status ? html`<a class="tombol kedua" href=${status}>${this.t(P.lihatStatus)}</a>` : nothing}
        <button class="tombol kedua" type="button" @click=${this.pengajuanBaru}>
          ${this.t(this.mode === 'keberatan' ? P.keberatanBaru : P.pengajuanBaru)}
        </button>
      </div>
    </section>`;
  }
}

// After the class, not as a static field (a class static block for Safari before 16.4).
PpidPermintaan.styles = [temaStyles, formulirStyles, permintaanStyles];
