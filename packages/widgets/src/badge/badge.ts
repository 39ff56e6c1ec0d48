import {
  cariEntriFeed,
  HURUF_LENCANA,
  isiTeks,
  lencanaDariFeed,
  perkiraanLebar,
  tataLetakLencana,
  tautanAman,
} from '@terbuka/sdk';
import type {
  BadanPublik,
  DataLencana,
  JenisBadanPublik,
  TataLetakLencana,
  TeksLencana,
  Teks,
  UkuranLencana,
} from '@terbuka/sdk';
import { ElemenRingan } from '../internal/elemen-ringan.js';
import { h, s as sv } from '../internal/dom.js';
import { TEMA_CSS } from '../internal/tema-css.js';
import { formatInstan } from '../internal/format-instan.js';
import { PESAN_LENCANA_INTI as P } from '../internal/pesan-lencana-inti.js';
import type { PESAN_LENCANA_MASALAH } from '../internal/pesan-lencana-masalah.js';
import type { PesanSumber } from '../internal/data/sumber.js';
import { SumberController } from '../internal/data/sumber.js';
import { ambilTeks, GalatAmbil } from '../internal/data/ambil.js';
import { bacaSalinan, simpanSalinan } from '../internal/data/simpanan.js';
import { bacaanLayak, bacaFeed } from './bacaan.js';
import type { BacaanLencana, Verifikasi } from './bacaan.js';
import { kriptoLencana } from './kripto.js';
import type * as Mandiri from './mandiri.js';
import { muatKataMasalah } from './muat-kata.js';
import { BADGE_CSS } from './badge.styles.js';

type ModulMandiri = typeof Mandiri;
type KataMasalah = typeof PESAN_LENCANA_MASALAH;

/**
 * The shown state, reflected as the `state` attribute. In feed mode `ready` means verified and current;
 * `unverified`: the signature is missing, wrong, by a key the page does not pin, or no key is pinned.
 */
export type StatusLencana = 'loading' | 'ready' | 'empty' | 'error' | 'stale' | 'unverified';

// The source's failures as codes (the controller fills `{status}` into `id`); `kataSumber` words them
// once the problem words are loaded.
const kode = (k: string): Teks => ({ id: k, en: k });
const PESAN_FEED: PesanSumber = {
  jaringan: kode('jaringan'),
  waktu: kode('waktu'),
  http: { id: '{status}', en: 'http' },
  data: kode('feed'),
};
const PESAN_DIP: PesanSumber = { ...PESAN_FEED, data: kode('dip') };

/** A source failure (a code of PESAN_FEED or PESAN_DIP) in words. */
function kataSumber(g: Teks, k: KataMasalah): Teks {
  return g.en === 'http'
    ? isiTeks(k.galatHttp, { status: g.id })
    : g.en === 'jaringan'
      ? k.galatJaringan
      : g.en === 'waktu'
        ? k.galatWaktu
        : g.en === 'dip'
          ? k.dipTidakSah
          : k.feedTidakSah;
}

/** setTimeout's longest delay (about 24.8 days); a later expiry is met by the next page view. */
const TUNDA_MAKS = 2 ** 31 - 1;
/** The retry button over a badge shown from a saved copy: right edge, 24×24 (a WCAG 2.2 target). */
const TOMBOL = 24;

/**
 * `<ppid-badge>`: a compact information-openness badge (200×48, or 160×24 with `size="kecil"`) drawn as
 * inline SVG from the SDK's shared layout, so it looks like the static `svgLencana` image. Two sources:
 * `feed` + `agency` (the monitoring feed: past its `expiresAt` an entry is shown grey as stale), or `src`
 * (the agency's own DIP, scored in the browser and labelled self-assessed; that code loads only then).
 * In feed mode the band shows as current only when the feed's Ed25519 signature holds for a `key`
 * (state `ready`); otherwise grey: `unverified`, or `stale` past `expiresAt`.
 * Built without Lit (internal/elemen-ringan.ts): every agency page carries it.
 * @attr feed - URL of the monitoring feed (`feed.json`); with `agency`; wins over `src`
 * @attr agency - the agency's id in the feed (`agencyId`); with `src` and a CSV, the body's id
 * @attr key - the monitor's pinned Ed25519 public key(s): JWK `x` values, space-separated
 * @attr signature - URL of the detached signature; default the feed's URL with `.sig` added to its path
 * @attr src - URL of the agency's own DIP (JSON or CSV), scored in the browser, labelled self-assessed
 * @attr evidence - with `src`: the page the badge links to
 * @attr agency-name - with `src` and a CSV: the body's name
 * @attr agency-kind - with `src` and a CSV: the body's kind (opd, kecamatan, kelurahan, desa, lainnya)
 * @attr size - `kecil` for 160×24; default 200×48
 * @attr timeout - request timeout in milliseconds (default 10000)
 * @attr state - reflected, read it: loading, ready, empty, error, stale, unverified
 * @attr theme - `terang` (default), `gelap`, `otomatis`
 * @attr lang - `id` or `en`; else the nearest ancestor's `lang`; else `id`
 * @cssprop [--ppid-font-family=system-ui] - font stack of the error and empty cards
 * @cssprop [--ppid-color-text=#1b1f24] - text colour of the cards
 * @cssprop [--ppid-color-muted=#525a63] - the reason in the cards
 * @cssprop [--ppid-color-background=#ffffff] - background of the retry button
 * @cssprop [--ppid-color-surface=#f3f5f7] - colour of the cards
 * @cssprop [--ppid-color-border=#c9d1d9] - border colour of the cards
 * @cssprop [--ppid-color-accent=#0a58a8] - the retry button and the focus ring
 * @csspart base - the box of the exact badge size, in every state
 * @csspart link - the link to the evidence page (the whole badge)
 * @csspart badge - the badge's SVG
 * @csspart notice - the message in the error and empty states
 * @csspart retry - the retry button
 */
export class PpidBadge extends ElemenRingan {
  static override css = TEMA_CSS + BADGE_CSS;
  static {
    this.pasangSifat({
      feed: {},
      agency: {},
      src: {},
      evidence: {},
      agencyName: { atribut: 'agency-name' },
      agencyKind: { atribut: 'agency-kind' },
      size: { pantul: true },
      key: {},
      signature: {},
      timeout: { angka: true },
      now: { atribut: false },
      state: { pantul: true },
    });
  }

  // Listed literally for the element manifest; must match the properties above.
  static get observedAttributes(): string[] {
    return [
      'feed',
      'agency',
      'src',
      'evidence',
      'agency-name',
      'agency-kind',
      'size',
      'key',
      'signature',
      'timeout',
      'state',
      'theme',
      'lang',
    ];
  }

  /** URL of the monitoring feed (`terbuka-feed` JSON); used with `agency`. Wins over `src`. */
  declare feed?: string;
  /** The agency's id in the feed (`agencyId`); with `src` and a CSV, the body's id. */
  declare agency?: string;
  /** URL of the agency's own DIP (JSON or CSV): scored in the browser, labelled self-assessed. */
  declare src?: string;
  /** With `src`: the page that shows the evidence (e.g. the DIP page); the badge links to it. */
  declare evidence?: string;
  /** With `src` and a CSV, which names no body: its name and kind. */
  declare agencyName?: string;
  declare agencyKind?: JenisBadanPublik;
  /** `kecil` for 160×24; default 200×48. */
  declare size?: 'kecil' | string;
  /**
   * The monitor's pinned Ed25519 public key(s): the JWK `x` values (base64url), space-separated (two
   * during a key rotation). The feed's band shows as current only when its signature holds for one of
   * them; without `key` a feed badge is always "not verified".
   */
  declare key?: string;
  /** The detached signature's URL; default the feed's URL with `.sig` added to its path. */
  declare signature?: string;
  /** Request timeout in milliseconds (default 10 000). */
  declare timeout?: number;
  /** The moment against which `expiresAt` is checked and a DIP is scored; default the current time. */
  declare now?: Date;
  /** The shown state, reflected for styling: loading, ready, empty, error, stale, unverified. */
  declare state: StatusLencana;

  /** Pause before a retry; shortened by tests. */
  jedaUlangMs = 800;
  /** Internal (tests): verify with the @noble/ed25519 fallback even where WebCrypto has Ed25519. */
  kriptoCadangan = false;

  private readonly sumber = new SumberController<BacaanLencana>(this, PESAN_FEED);
  private mandiri: ModulMandiri | undefined;
  private galatModul = false;
  private nilaiCache:
    { doc: unknown; now: number; evidence: string | undefined; data: DataLencana } | undefined;
  private pewaktu: ReturnType<typeof setTimeout> | undefined;
  private batalTt: AbortController | undefined;
  /** The words for problems, loaded when the first problem is to be shown. */
  private kata: KataMasalah | undefined;
  private menungguKata = false;

  constructor() {
    super();
    this.state = 'loading';
    this.timeout = 10_000;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal (which aborted the request): read again.
    if (this.hasUpdated) void this.muatUlang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pewaktu);
    this.batalTt?.abort();
  }

  /** Reads the source again (the retry button does this). */
  async muatUlang(): Promise<void> {
    const jeda = { timeoutMs: this.timeout || 10_000, jedaMs: this.jedaUlangMs };
    if (this.feed) {
      this.sumber.pesan = PESAN_FEED;
      const kunci = (this.key ?? '').split(/\s+/).filter(Boolean);
      const alamat = this.alamatTandaTangan(this.feed);
      this.batalTt?.abort();
      const batal = (this.batalTt = new AbortController());
      const cadangan = this.kriptoCadangan;
      return this.sumber.muatUrl({
        src: this.feed,
        ...jeda,
        // `bytes` only for what the network just gave; a saved copy is checked with its saved signature.
        baca: async (teks, _jenis, bytes) => {
          const tandaTangan = !kunci.length
            ? undefined
            : bytes
              ? await this.ambilTandaTangan(alamat, batal.signal)
              : bacaSalinan(alamat)?.teks;
          return bacaFeed(teks, bytes ?? new TextEncoder().encode(teks), {
            kunci,
            tandaTangan,
            kripto: kunci.length ? await kriptoLencana(cadangan) : {},
          });
        },
        layak: bacaanLayak,
      });
    }
    if (this.src) {
      const src = this.src;
      this.sumber.pesan = PESAN_DIP;
      try {
        this.mandiri ??= await import('./mandiri.js');
        this.galatModul = false;
      } catch {
        // The chunk itself did not load (offline, a host that dropped it).
        this.galatModul = true;
        this.requestUpdate();
        return;
      }
      if (!this.isConnected || src !== this.src || this.feed) return;
      const m = this.mandiri;
      const agency = this.badanCSV();
      return this.sumber.muatUrl({
        src,
        ...jeda,
        baca: (teks, contentType) => m.bacaDIP(teks, contentType, agency),
        layak: bacaanLayak,
      });
    }
    this.requestUpdate();
  }

  private alamatTandaTangan(feed: string): string {
    if (this.signature) return new URL(this.signature, document.baseURI).href;
    const u = new URL(feed, document.baseURI);
    u.pathname += '.sig';
    return u.href;
  }

  /**
   * Fetches the detached signature and keeps it beside the feed's saved copy. 404: the feed is not
   * signed. Any other failure: the saved signature, which holds only if the feed did not change.
   */
  private async ambilTandaTangan(alamat: string, signal: AbortSignal): Promise<string | undefined> {
    try {
      const r = await ambilTeks(alamat, {
        signal,
        timeoutMs: this.timeout || 10_000,
        jedaMs: this.jedaUlangMs,
      });
      if (r.berubah) {
        simpanSalinan(alamat, {
          teks: r.teks,
          contentType: r.contentType,
          disimpan: new Date().toISOString(),
        });
        return r.teks;
      }
    } catch (e) {
      if (e instanceof GalatAmbil && e.jenis === 'http' && e.status === 404) return undefined;
    }
    return bacaSalinan(alamat)?.teks;
  }

  private badanCSV(): BadanPublik | undefined {
    if (!this.agencyName && !this.agencyKind) return undefined;
    return {
      id: this.agency || 'badan-publik',
      name: this.agencyName || this.agency || 'Badan Publik',
      kind: this.agencyKind ?? 'opd',
    };
  }

  protected override willUpdate(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (
      !this.hasUpdated ||
      changed.has('feed') ||
      changed.has('src') ||
      changed.has('key') ||
      changed.has('signature') ||
      (changed.has('agency') && !this.feed) ||
      changed.has('agencyName') ||
      changed.has('agencyKind')
    )
      void this.muatUlang();
    const status = this.hitungStatus();
    // A problem is shown once its words are here (a lazy chunk): until then the badge is loading.
    this.menungguKata = !this.kata && (status === 'error' || status === 'empty' || this.dariSalinan);
    if (this.menungguKata)
      void muatKataMasalah().then((k) => {
        this.kata = k;
        this.requestUpdate();
      });
    this.state = this.menungguKata ? 'loading' : status;
  }

  /** Shown from a saved copy because the update failed: the copy's date, the failure, a retry. */
  private get dariSalinan(): boolean {
    const s = this.sumber;
    return !s.sibuk && (s.galat !== undefined || s.salinanDari !== undefined);
  }

  protected override updated(): void {
    // A current feed entry turns stale at expiresAt while the page stays open.
    clearTimeout(this.pewaktu);
    const b = this.sumber.hasil;
    if (this.now || b?.jenis !== 'feed' || !b.hasil.feed || !this.agency) return;
    const e = cariEntriFeed(b.hasil.feed, this.agency);
    const sisa = e ? Date.parse(e.expiresAt) - Date.now() : -1;
    if (sisa > 0 && sisa <= TUNDA_MAKS) this.pewaktu = setTimeout(() => this.requestUpdate(), sisa + 1);
  }

  private get sekarang(): Date {
    return this.now ?? new Date();
  }

  /** What to show: a badge, the words of an empty state, or nothing yet. */
  private isi(): { data: DataLencana; verifikasi?: Verifikasi } | { kosong: true } | undefined {
    const b = this.sumber.hasil;
    if (!b || !bacaanLayak(b)) return undefined;
    if (b.jenis === 'feed') {
      if (!this.feed || !b.hasil.feed) return undefined;
      const e = cariEntriFeed(b.hasil.feed, this.agency ?? '');
      if (!e) return { kosong: true };
      const data = lencanaDariFeed(e, this.sekarang);
      const v = b.verifikasi;
      // Not verified outranks stale: an unverified entry's dates are not known to be the monitor's.
      return { data: v.ok ? data : { ...data, state: 'tidak-terverifikasi' }, verifikasi: v };
    }
    if (this.feed || !this.mandiri || !b.document) return undefined;
    const now = this.sekarang.getTime();
    const c = this.nilaiCache;
    if (c?.doc !== b.document || c.now !== now || c.evidence !== this.evidence) {
      const data = this.mandiri.lencanaMandiri(b.document, new Date(now), this.evidence || undefined);
      this.nilaiCache = { doc: b.document, now, evidence: this.evidence, data };
    }
    return { data: this.nilaiCache!.data };
  }

  private get tanpaSumber(): boolean {
    return (!this.feed && !this.src) || (!!this.feed && !this.agency);
  }

  private hitungStatus(): StatusLencana {
    const s = this.sumber;
    if (this.tanpaSumber || this.galatModul) return 'error';
    const isi = this.isi();
    if (!isi) return !s.selesai || s.sibuk ? 'loading' : 'error';
    if ('kosong' in isi) return 'empty';
    if (isi.data.state === 'tidak-terverifikasi') return 'unverified';
    if (isi.data.state !== 'terkini') return 'stale';
    return (s.salinanDari && !s.sibuk) || s.galat ? 'stale' : 'ready';
  }

  private tombolUlang(kelas: string): HTMLElement {
    const b = h(
      'button',
      {
        part: 'retry',
        type: 'button',
        class: kelas,
        'aria-label': this.t(P.cobaLagi),
        title: this.t(P.cobaLagi),
      },
      sv(
        'svg',
        { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false' },
        sv('path', {
          d: 'M13 8a5 5 0 1 1-1.6-3.7M13 2.5V5h-2.5',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': 1.8,
        }),
      ),
    );
    b.onclick = () => void this.muatUlang();
    return b;
  }

  /** The error or empty card: the short heading, the reason, and (for an error) a retry button. */
  private kartu(alasan: string, galat: boolean): Node[] {
    return [
      h(
        'div',
        { part: 'notice', class: 'kartu', role: galat ? 'alert' : 'status' },
        h(
          'p',
          { class: 'teks' },
          h('strong', {}, this.t(P.tidakTersedia)),
          ' ',
          h('span', { class: 'alasan', title: alasan }, alasan),
        ),
      ),
      ...(galat ? [this.tombolUlang('ulang')] : []),
    ];
  }

  /** One text of the layout; squeezed into `lebar` like the static SVG does. */
  private teks(x: TeksLencana, lebar: number): SVGElement {
    const muat = perkiraanLebar(x.text, x.size, x.bold) > lebar;
    return sv(
      'text',
      {
        x: x.x,
        y: x.y,
        'font-size': x.size,
        'font-weight': x.bold && '700',
        fill: x.colour,
        'text-anchor': x.anchor,
        textLength: muat && lebar,
        lengthAdjust: muat && 'spacingAndGlyphs',
      },
      x.text,
    );
  }

  /** The badge itself: the same rectangle, block and texts as `svgLencana`. */
  private gambar(t: TataLetakLencana, adaTombol: boolean, label: string): SVGElement {
    const tepi = t.width - TOMBOL - 4;
    const bawahTombol = t.height - TOMBOL;
    const lebar = (x: TeksLencana): number =>
      // Texts that would run under the retry button are squeezed to stop before it.
      adaTombol && x.anchor === 'start' && x.y > bawahTombol && x.x + x.maxWidth > tepi
        ? Math.min(x.maxWidth, tepi - x.x)
        : x.maxWidth;
    return sv(
      'svg',
      {
        part: 'badge',
        class: 'lencana',
        width: t.width,
        height: t.height,
        viewBox: `0 0 ${t.width} ${t.height}`,
        role: 'img',
        'aria-label': label,
        focusable: 'false',
      },
      sv('title', {}, label),
      sv('rect', {
        x: 0.5,
        y: 0.5,
        width: t.width - 1,
        height: t.height - 1,
        rx: 4,
        fill: t.panel,
        stroke: t.border,
      }),
      sv('path', {
        d: `M4.5 0.5H${t.split}V${t.height - 0.5}H4.5A4 4 0 0 1 0.5 ${t.height - 4.5}V4.5A4 4 0 0 1 4.5 0.5Z`,
        fill: t.fill,
      }),
      sv('g', { 'font-family': HURUF_LENCANA }, ...t.texts.map((x) => this.teks(x, lebar(x)))),
    );
  }

  private renderLencana(data: DataLencana, v: Verifikasi | undefined, k: KataMasalah): Node[] {
    const s = this.sumber;
    const ukuran: UkuranLencana = this.size === 'kecil' ? 'kecil' : 'normal';
    let t = tataLetakLencana(data, { bahasa: this.bahasa, ukuran });
    if (v?.ok && data.state === 'terkini')
      // The source line (the last text of the 200×48 layout) says the result is verified.
      t = {
        ...t,
        texts: t.texts.map((x, i) =>
          ukuran === 'normal' && i === t.texts.length - 1 ? { ...x, text: this.t(P.hasilTerverifikasi) } : x,
        ),
      };
    // Shown from a saved copy because the update failed: say so, with the copy's date, and offer a retry.
    const dariSalinan = this.dariSalinan;
    const label = [
      t.label,
      v && this.t(v.ok ? P.terverifikasi : v.pesan),
      dariSalinan && s.galat && this.t(kataSumber(s.galat, k)),
      dariSalinan &&
        s.salinanDari &&
        this.t(P.salinanTersimpan, { tanggal: formatInstan(s.salinanDari, this.bahasa) }),
    ]
      .filter(Boolean)
      .join(' ');
    const url = data.evidenceUrl;
    const gambar = this.gambar(t, dariSalinan, label);
    return [
      url !== undefined && tautanAman(url)
        ? h('a', { part: 'link', class: 'tautan', href: url, rel: 'noopener noreferrer' }, gambar)
        : gambar,
      ...(dariSalinan ? [this.tombolUlang('ulang atas')] : []),
    ];
  }

  override render(): Node {
    const s = this.sumber;
    // Set whenever a problem is shown (menungguKata holds the render back until then).
    const k = this.kata!;
    const x = this.isi();
    let isi: Node[];
    if (this.menungguKata || (!this.tanpaSumber && !this.galatModul && !x && (!s.selesai || s.sibuk)))
      isi = [
        h('div', { class: 'kerangka', role: 'status' }, h('span', { class: 'sr-only' }, this.t(P.memuat))),
      ];
    else if (this.tanpaSumber) isi = this.kartu(this.t(k.tanpaSumber), true);
    else if (this.galatModul) isi = this.kartu(this.t(k.galatJaringan), true);
    else if (x && 'data' in x) isi = this.renderLencana(x.data, x.verifikasi, k);
    else if (x) isi = this.kartu(this.t(k.tidakAdaDiFeed, { agency: this.agency ?? '' }), false);
    else isi = this.kartu(this.t(kataSumber(s.galat ?? s.pesan.data, k)), true);
    return h('div', { part: 'base', class: 'dasar', 'aria-busy': String(s.sibuk) }, ...isi);
  }
}
