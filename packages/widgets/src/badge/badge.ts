// The order of the value imports is the order of the modules in lencana.js and terbuka-lencana.min.js,
// chosen for their compression by a search over orders (each search: about −40 B brotli; brotli moves
// ±20 B with any order). Reorder only with a size measurement.
import { TEMA_INTI_CSS } from '../internal/tema-inti-css.js';
import { h, s as sv } from '../internal/dom.js';
import { BADGE_CSS } from './badge.styles.js';
import {
  bacaTimeout,
  cariEntriFeed,
  HURUF_LENCANA,
  lencanaDariFeed,
  perkiraanLebar,
  POLA_WEB,
  tataLetakSumber,
} from '@terbuka/sdk';
import { muatKata } from './muat-kata.js';
import { pemuatMandiri } from './muat-mandiri.js';
import { kriptoLencana } from './kripto.js';
import { SumberController } from '../internal/data/sumber.js';
import { bacaSalinan, salinanBaru, simpanSalinan } from '../internal/data/simpanan.js';
import { bacaanLayak, bacaFeed } from './bacaan.js';
import { ElemenRingan } from '../internal/elemen-ringan.js';
import { PESAN_LENCANA_INTI as P } from '../internal/pesan-lencana-inti.js';
import { ambilTeks, GalatAmbil } from '../internal/data/ambil.js';
import { bersama } from '../internal/data/bersama.js';
import type {
  DataLencana,
  JenisBadanPublik,
  TataLetakLencana,
  TeksLencana,
  Teks,
  tataLetakLencana,
} from '@terbuka/sdk';
import type { PesanSumber } from '../internal/data/sumber.js';
import type { HasilAmbil } from '../internal/data/ambil.js';
import type { BacaanLencana, Verifikasi } from './bacaan.js';
import type * as Mandiri from './mandiri.js';
import type { KataMasalah } from './muat-kata.js';

/**
 * The shown state, reflected as the `state` attribute. In feed mode `ready` means verified and current;
 * `unverified`: the signature is missing, wrong, by a key the page does not pin, or no key is pinned.
 */
export type StatusLencana = 'loading' | 'ready' | 'empty' | 'error' | 'stale' | 'unverified';

// The source's failures as codes (the controller fills `{status}` into `id`); kata-masalah.ts words them
// once the problem words are loaded.
const kode = (k: string): Teks => ({ id: k, en: k });
const PESAN_FEED: PesanSumber = {
  jaringan: kode('jaringan'),
  waktu: kode('waktu'),
  http: { id: '{status}', en: 'http' },
  data: kode('feed'),
};

/** setTimeout's longest delay (about 24.8 days); a later expiry is met by the next page view. */
const TUNDA_MAKS = 2 ** 31 - 1;
/**
 * The most a badge reads of its feed or signature: 8 MiB as received (after the browser unpacks gzip or
 * brotli). A district's feed of 1,000 bodies is under 1 MB; a wrong or hostile `feed` address pointing at a
 * huge file would make a phone download and parse all of it, so the read stops there: an unusable feed.
 */
const BATAS_BYTE_FEED = 8 * 2 ** 20;
/** The body read piece by piece, stopped past the cap (a fetch polyfill without a body stream: whole). */
const bacaTerbatas = async (res: Response): Promise<ArrayBuffer> => {
  const r = res.body?.getReader();
  if (!r) return res.arrayBuffer();
  const bagian: BlobPart[] = [];
  for (let n = 0, p; !(p = await r.read()).done; bagian.push(p.value))
    if ((n += p.value.length) > BATAS_BYTE_FEED) {
      // Cancelling stops the download; the failure is the lists' for a source too large (sumber.ts: the
      // feed is unusable), never retried.
      void r.cancel();
      throw new GalatAmbil('terlalu-besar');
    }
  return new Blob(bagian).arrayBuffer();
};
/** The feed and signature requests, shared by the badges of one page that read the same addresses at once. */
const ambilLencana = bersama((alamat, opsi) => ambilTeks(alamat, { ...opsi, badan: bacaTerbatas }));

/** What willUpdate found to show; `tataLetak`: the self-assessed mode's (else the feed's, tataLetakSumber). */
type Isi =
  | { data: DataLencana; verifikasi?: Verifikasi; tataLetak?: typeof tataLetakLencana }
  | { kosong: boolean }
  | undefined;

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
 * @attr {'opd' | 'kecamatan' | 'kelurahan' | 'desa' | 'lainnya'} agency-kind - with `src` and a CSV: the body's kind (opd, kecamatan, kelurahan, desa, lainnya)
 * @attr {'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' | 'WIB' | 'WITA' | 'WIT'} agency-timezone - with `src` and a CSV: the body's zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura, or WIB, WITA, WIT); in either mode, the zone a saved copy's time is told in (else the DIP's, else WIB)
 * @attr {'kecil'} size - `kecil` for 160×24; default 200×48
 * @attr timeout - request timeout in milliseconds, a whole number from 1 (default 10000, also for another value): for a feed the whole request (a feed is small); for `src`, as for the lists, how long the DIP may stay silent
 * @attr {'loading' | 'ready' | 'empty' | 'error' | 'stale' | 'unverified'} state - reflected, read it: loading, ready, empty, error, stale, unverified
 * @attr {'terang' | 'gelap' | 'otomatis'} theme - `terang` (default), `gelap`, `otomatis`
 * @attr {'id' | 'en'} lang - `id` or `en`; else the nearest ancestor's `lang`; else `id`
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
  /** URL of the monitoring feed (`terbuka-feed` JSON); used with `agency`. Wins over `src`. */
  declare feed?: string | undefined;
  /** The agency's id in the feed (`agencyId`); with `src` and a CSV, the body's id. */
  declare agency?: string | undefined;
  /** URL of the agency's own DIP (JSON or CSV): scored in the browser, labelled self-assessed. */
  declare src?: string | undefined;
  /** With `src`: the page that shows the evidence (e.g. the DIP page); the badge links to it. */
  declare evidence?: string | undefined;
  /** With `src` and a CSV, which names no body: its name and kind. */
  declare agencyName?: string | undefined;
  declare agencyKind?: JenisBadanPublik | undefined;
  /**
   * With `src` and a CSV: the body's time zone (`Asia/Makassar`, `WITA` …; WIB by default). In either mode, the
   * zone a saved copy's time is told in.
   */
  declare agencyTimezone?: string | undefined;
  /** `kecil` for 160×24; default 200×48. */
  declare size?: 'kecil' | string | undefined;
  /**
   * The monitor's pinned Ed25519 public key(s): the JWK `x` values (base64url), space-separated (two
   * during a key rotation). The feed's band shows as current only when its signature holds for one of
   * them; without `key` a feed badge is always "not verified".
   */
  declare key?: string | undefined;
  /** The detached signature's URL; default the feed's URL with `.sig` added to its path. */
  declare signature?: string | undefined;
  /** Request timeout in milliseconds (default 10 000): a feed's whole request; with `src`, a silence. */
  declare timeout?: number | undefined;
  /**
   * The moment against which `expiresAt` is checked and a DIP is scored; default the current time. An
   * Invalid Date (`new Date()` of a broken value) is no clock: the current time decides, as with none.
   */
  declare now?: Date | undefined;
  /** The shown state, reflected for styling: loading, ready, empty, error, stale, unverified. */
  declare state: StatusLencana;

  /**
   * Pause before a retry (default 800 ms, ambil.ts's); shortened by tests.
   * @internal
   */
  declare jedaUlangMs?: number | undefined;
  /**
   * Tests: verify with the @noble/ed25519 fallback even where WebCrypto has Ed25519.
   * @internal
   */
  declare kriptoCadangan?: boolean | undefined;

  // Set in the constructor, not as an initializer: a field initializer with parentheses may throw a
  // ReferenceError on Safari 14.1–15.x (WebKit 236843).
  readonly #sumber: SumberController<BacaanLencana>;
  #mandiri: typeof Mandiri | undefined;
  #pewaktu: ReturnType<typeof setTimeout> | undefined;
  /** Cancels the load in flight: the signature's request, or a self-assessed load waiting for its module. */
  #batal: AbortController | undefined;
  /** The words for problems, loaded when the first problem is to be shown. */
  #kata: KataMasalah | undefined;
  /** What willUpdate found to show, for render. */
  #isiKini: Isi;

  constructor() {
    super();
    this.#sumber = new SumberController<BacaanLencana>(this, PESAN_FEED);
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
    clearTimeout(this.#pewaktu);
    this.#batal?.abort();
  }

  /** Reads the source again (the retry button does this). */
  async muatUlang(): Promise<void> {
    // Words that stood in for a chunk that did not load: try the chunk again with the source.
    if (this.#kata && 'cadangan' in this.#kata) this.#kata = undefined;
    // `timeout` by the SDK's rule, the lists' too: a whole number from 1 ms, else the default (10 s).
    const jeda = { timeoutMs: bacaTimeout(this.timeout), jedaMs: this.jedaUlangMs };
    // Only the latest call loads: an earlier one still waiting (for the self-assessed module) stops.
    this.#batal?.abort();
    const signal = (this.#batal = new AbortController()).signal;
    const feed = this.feed;
    if (feed) {
      this.#sumber.pesan = PESAN_FEED;
      const kunci = (this.key ?? '').split(/\s+/).filter(Boolean);
      const u = new URL(this.signature || feed, document.baseURI);
      if (!this.signature) u.pathname += '.sig';
      const alamat = u.href;
      const kripto = kriptoLencana(this.kriptoCadangan);
      // The signature is asked for together with the feed, not after it (one round trip less on a slow
      // line); it is kept only beside a feed that arrived with it.
      // ambilTeks fails only with GalatAmbil: its HTTP status, if any, is what matters here.
      const sig = kunci.length
        ? ambilLencana(alamat, { signal, ...jeda }).catch((e: GalatAmbil) => e.status)
        : undefined;
      /**
       * The detached signature, kept beside the feed's saved copy: for a feed the network just gave (`baru`),
       * the one that came with it; 404: the feed is not signed. Any other failure, and for the saved copy:
       * the saved signature, which holds only if the feed did not change. (Without keys it is not looked at.)
       */
      const tandaTangan = async (baru?: Uint8Array): Promise<string | undefined> => {
        const r = baru && (await sig);
        // A status number has no `berubah` either.
        const b = r as Extract<HasilAmbil, { berubah: true }> | undefined;
        if (b?.berubah) {
          simpanSalinan(alamat, salinanBaru(b));
          return b.teks;
        }
        if (r !== 404) return bacaSalinan(alamat)?.teks;
      };
      return this.#sumber.muatUrl({
        src: feed,
        ambil: ambilLencana,
        ...jeda,
        // `bytes` only for what the network just gave; a saved copy is checked with its saved signature.
        baca: async (teks, _jenis, bytes) =>
          bacaFeed(teks, bytes ?? new TextEncoder().encode(teks), {
            kunci,
            tandaTangan: await tandaTangan(bytes),
            kripto,
          }),
        layak: bacaanLayak,
      });
    }
    if (this.src) {
      try {
        this.#mandiri ??= await pemuatMandiri.muat();
        // Removed, or a later call (another source, the element back on the page) meanwhile.
        if (!signal.aborted) return this.#mandiri.muatMandiri(ambilTeks, this, this.#sumber, jeda);
      } catch {
        // The chunk itself did not load (offline, a file not uploaded beside the script): a part of the badge
        // is missing (kata-masalah.ts words the code), not the connection; an error with a retry.
        const s = this.#sumber;
        s.galat = { id: 'bagian', en: 'bagian' };
        s.selesai = true;
      }
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (
      !this.hasUpdated ||
      ['feed', 'src', 'key', 'signature', 'agencyName', 'agencyKind', 'agencyTimezone'].some((k) =>
        changed.has(k),
      ) ||
      (changed.has('agency') && !this.feed)
    )
      void this.muatUlang();
    const s = this.#sumber;
    const b = s.hasil;
    clearTimeout(this.#pewaktu);
    // No source given (the card says so).
    const tanpa = !(this.feed ? this.agency : this.src);
    let x: Isi;
    // `now` when it is a valid Date, else undefined (the current time): an Invalid Date would make every
    // entry stale and throw out of the update in self-assessed mode (the SDK refuses it, naming the function).
    const kini = this.now && !isNaN(+this.now) ? this.now : undefined;
    if (!tanpa && b && bacaanLayak(b)) {
      if (b.jenis === 'feed') {
        const f = b.hasil.feed;
        if (this.feed && f) {
          const e = cariEntriFeed(f, this.agency ?? '');
          const v = b.verifikasi;
          // An entry that had expired when its feed was generated (the feed's signed generatedAt) is stale
          // whatever the device's clock says, one set days back too.
          const d =
            e &&
            lencanaDariFeed(
              e,
              Date.parse(e.expiresAt) <= Date.parse(f.generatedAt)
                ? new Date(e.expiresAt)
                : (kini ?? new Date()),
            );
          // A current entry turns stale at expiresAt while the page stays open.
          const sisa = d && !kini && d.state === 'terkini' ? Date.parse(e.expiresAt) - Date.now() : 0;
          if (sisa > 0 && sisa <= TUNDA_MAKS)
            this.#pewaktu = setTimeout(() => this.requestUpdate(), sisa + 1);
          // Not verified outranks stale: an unverified entry's dates are not known to be the monitor's.
          // Not in an unverified feed: unverified too (a forged feed could leave an agency out).
          x = d
            ? { data: v.ok ? d : { ...d, state: 'tidak-terverifikasi' }, verifikasi: v }
            : { kosong: v.ok };
        }
      } else if (!this.feed) x = this.#mandiri?.isiMandiri(b.document, kini, this.evidence);
    }
    this.#isiKini = x;
    const status: StatusLencana = tanpa
      ? 'error'
      : !x
        ? !s.selesai || s.sibuk
          ? 'loading'
          : 'error'
        : 'kosong' in x
          ? x.kosong
            ? 'empty'
            : 'unverified'
          : x.data.state === 'tidak-terverifikasi'
            ? 'unverified'
            : x.data.state !== 'terkini' || (s.salinanDari && !s.sibuk) || s.galat
              ? 'stale'
              : 'ready';
    // A problem is shown once its words are here (a lazy chunk): until then the badge is loading.
    const menunggu = !this.#kata && (status === 'error' || (x && 'kosong' in x) || this.#dariSalinan);
    if (menunggu)
      void muatKata().then((k) => {
        if (this.#kata && !('cadangan' in this.#kata)) return;
        this.#kata = k;
        if (k.KARTU_CSS) this.tambahGaya(k.KARTU_CSS);
        this.requestUpdate();
      });
    this.state = menunggu ? 'loading' : status;
  }

  /** Shown from a saved copy because the update failed: the copy's date, the failure, a retry. */
  get #dariSalinan(): boolean {
    const s = this.#sumber;
    // galat is an object, salinanDari an ISO instant: never empty, so truthiness says whether they are set.
    return !s.sibuk && !!(s.galat || s.salinanDari);
  }

  /** The badge itself: the same rectangle, block and texts as `svgLencana`. */
  #gambar(t: TataLetakLencana, label: string): SVGElement {
    const { width: w, height: t2 } = t;
    const teks = (x: TeksLencana): SVGElement => {
      // Squeezed into its width like the static SVG does (narrower under a retry button: kata-masalah.ts's
      // tombolUlang).
      const muat = perkiraanLebar(x.text, x.size, x.bold) > x.maxWidth;
      return sv(
        'text',
        {
          x: x.x,
          y: x.y,
          'font-size': x.size,
          'font-weight': x.bold && '700',
          fill: x.colour,
          'text-anchor': x.anchor,
          textLength: muat && x.maxWidth,
          lengthAdjust: muat && 'spacingAndGlyphs',
        },
        x.text,
      );
    };
    return sv(
      'svg',
      {
        part: 'badge',
        class: 'lencana',
        width: w,
        height: t2,
        viewBox: `0 0 ${w} ${t2}`,
        role: 'img',
      },
      // The name from <title> alone (every engine names a role="img" svg by it, and mouse users get it as a
      // tooltip); an aria-label too made Chromium read the sentence again as the description.
      sv('title', {}, label),
      sv('rect', { x: 0.5, y: 0.5, width: w - 1, height: t2 - 1, rx: 4, fill: t.panel, stroke: t.border }),
      sv('path', {
        d: `M4.5 0.5H${t.split}V${t2 - 0.5}H4.5A4 4 0 0 1 0.5 ${t2 - 4.5}V4.5A4 4 0 0 1 4.5 0.5Z`,
        fill: t.fill,
      }),
      sv('g', { 'font-family': HURUF_LENCANA }, ...t.texts.map(teks)),
    );
  }

  override render(): Node {
    const s = this.#sumber;
    // Set whenever a problem is shown (willUpdate holds the render back until then).
    const k = this.#kata!;
    const x = this.#isiKini;
    const ulang = [this.t(P.cobaLagi), () => this.muatUlang()] as const;
    let isi: (Node | false)[];
    if (this.state === 'loading')
      isi = [
        h('div', { class: 'kerangka', role: 'status' }, h('span', { class: 'sr-only' }, this.t(P.memuat))),
      ];
    else if (x && 'data' in x) {
      const { data, verifikasi: v } = x;
      const ukuran = this.size === 'kecil' ? 'kecil' : 'normal';
      const t = (x.tataLetak ?? tataLetakSumber)(data, { bahasa: this.bahasa, ukuran });
      // The source line (the last text of the 200×48 layout) of a verified badge says it is verified.
      if (v?.ok && data.state === 'terkini' && ukuran === 'normal')
        (t.texts[t.texts.length - 1] as { text: string }).text = this.t(P.hasilTerverifikasi);
      // Shown from a saved copy because the update failed: say so, with the copy's date, and offer a retry.
      const dariSalinan = this.#dariSalinan;
      const label = [
        t.label,
        v && this.t(v.ok ? P.terverifikasi : v.pesan),
        dariSalinan && this.t(k.kataSalinan(s.galat, s.salinanDari, s.hasil, this)),
      ]
        .filter(Boolean)
        .join(' ');
      const url = data.evidenceUrl;
      // The button first: it squeezes the texts that would run under it.
      const tombol = dariSalinan && k.tombolUlang('ulang atas', ...ulang, t);
      const g = this.#gambar(t, label);
      isi = [
        // A web page only (the allow-list's http/https part): an evidence page is never mailto or tel. Not for
        // an unverified feed: its address is only the feed's own claim (a forged feed would choose it).
        url && (!v || v.ok) && POLA_WEB.test(url)
          ? h('a', { part: 'link', class: 'tautan', href: url, rel: 'noopener noreferrer' }, g)
          : g,
        tombol,
      ];
    } else isi = k.kartu(this, s, !!x, ulang);
    return h('div', { part: 'base', class: 'dasar', 'aria-busy': String(s.sibuk) }, ...isi);
  }
}

// Every attribute is observed (ElemenRingan lists them): feed, agency, src, evidence, agency-name,
// agency-kind, agency-timezone, size, key, signature, timeout, state, theme, lang.
PpidBadge.css = TEMA_INTI_CSS + BADGE_CSS;
PpidBadge.pasangSifat({
  feed: {},
  agency: {},
  src: {},
  evidence: {},
  agencyName: {},
  agencyKind: {},
  agencyTimezone: {},
  size: { pantul: true },
  key: {},
  signature: {},
  timeout: { angka: true },
  now: { atribut: false },
  state: { pantul: true },
});
