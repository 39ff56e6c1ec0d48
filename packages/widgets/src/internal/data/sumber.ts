import type { ReactiveController } from 'lit';
import type { TuanRumah } from '../tuan-rumah.js';
import { isiTeks } from '@terbuka/sdk';
import type { Teks } from '@terbuka/sdk';
import { ambilTeks, GalatAmbil } from './ambil.js';
import { bacaSalinan, salinanBaru, simpanSalinan } from './simpanan.js';
import type { Salinan } from './simpanan.js';

/** The words for each way a source can fail; each element says what could not be loaded. */
export interface PesanSumber {
  readonly jaringan: Teks;
  readonly waktu: Teks;
  /** With a `{status}` placeholder. */
  readonly http: Teks;
  /** The answer came but cannot be used. */
  readonly data: Teks;
  /**
   * The source came, but a part of the widget needed to read it (the CSV importer, the desa catalog: a lazy
   * chunk or a side file) did not load. Without it, `jaringan`.
   */
  readonly bagian?: Teks;
}

/** How a fetched text becomes what the element shows, and whether that is good enough to keep. */
export interface PembacaSumber<H> {
  /** `bytes`: what the network gave, exactly; absent when `teks` is the saved copy. */
  baca(teks: string, contentType: string, bytes?: Uint8Array): H | Promise<H>;
  layak(hasil: H): boolean;
}

export interface KonfigSumberUrl<H> extends PembacaSumber<H> {
  readonly src: string;
  /** How to fetch (default `ambilTeks`; the lists share a request between elements: ambil-bersama.ts). */
  readonly ambil?: typeof ambilTeks;
  readonly timeoutMs?: number | undefined;
  /** Pause before the retry; tests shorten it. */
  readonly jedaMs?: number | undefined;
  /**
   * Where the saved copy is kept (default simpanan.ts's functions). The lists' (simpanan-daftar.ts) moves only
   * the date of a copy an answer confirms instead of writing its large text again.
   */
  readonly salinan?: { readonly baca?: typeof bacaSalinan; readonly simpan?: typeof simpanSalinan };
}

/**
 * Loads a fetched source for an element, whatever it holds (a DIP, a monitoring feed): shows the last
 * good copy from localStorage at once, revalidates it with the source (ETag), replaces it when new data
 * reads, keeps it (marked with its date) when the network or the new data fails, and aborts when the
 * element leaves the page.
 */
export class SumberController<H> implements ReactiveController {
  /**
   * How the lists fetch and keep a source, set by their data controller (sumber-data.ts): their shared request
   * (ambil-bersama.ts) and their saved copy (simpanan-daftar.ts). A self-assessed badge on a page with a list
   * loads its DIP so too (badge/mandiri.ts reads it from the badge's own controller's class, as the classic side
   * file has its own copies of these modules), so one request serves the panel and the badge of one `src`, and
   * both send the same ETag. Unset where there is no list (lencana.js): the badge reads with its own reader.
   * Declared, not initialised, so the badge alone carries no byte of it.
   */
  declare static caraDaftar?: () => Pick<KonfigSumberUrl<unknown>, 'ambil' | 'salinan'>;
  /** `memuat` while a request is in flight. */
  sibuk = false;
  /** What is shown: fresh data, or the saved copy. */
  hasil: H | undefined;
  /** The most recent reading, shown or not: its problems are what an admin must fix. */
  terakhir: H | undefined;
  /** Why the newest data could not be shown. */
  galat: Teks | undefined;
  /** Set when `hasil` is the saved copy: the instant it was saved. */
  salinanDari: string | undefined;
  /** True once a source has been read (or failed) at least once. */
  selesai = false;

  #batal: AbortController | undefined;
  #nomor = 0;

  constructor(
    protected readonly host: TuanRumah,
    /** The failure words; an element with several kinds of source may swap them before a load. */
    public pesan: PesanSumber,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Aborted stays aborted: the next load's abort() of it does nothing (no reset: bytes the badge lacks).
    this.#batal?.abort();
  }

  /** Starts a load that supersedes any still in flight; `masihBerlaku` turns false once superseded. */
  protected mulai(): { signal: AbortSignal; masihBerlaku: () => boolean } {
    this.#batal?.abort();
    const batal = new AbortController();
    this.#batal = batal;
    const nomor = ++this.#nomor;
    this.galat = undefined;
    this.salinanDari = undefined;
    return { signal: batal.signal, masihBerlaku: () => nomor === this.#nomor && !batal.signal.aborted };
  }

  /** Reads `k.src`; a newer call supersedes an older one still in flight. */
  async muatUrl(k: KonfigSumberUrl<H>): Promise<void> {
    const { signal, masihBerlaku } = this.mulai();
    await this.ambilUrl(k, signal, masihBerlaku);
  }

  protected async ambilUrl(
    k: KonfigSumberUrl<H>,
    signal: AbortSignal,
    masihBerlaku: () => boolean,
  ): Promise<void> {
    const kunci = new URL(k.src, document.baseURI).href;
    const { baca = bacaSalinan, simpan = simpanSalinan } = k.salinan ?? {};
    const salinan = baca(kunci);
    let dariSalinan: H | undefined;
    // A saved copy that cannot be read (a part it needs, a lazy chunk, did not load) is no copy: the source
    // is still fetched, and what it brings shown.
    if (salinan)
      try {
        dariSalinan = await k.baca(salinan.teks, salinan.contentType);
      } catch {
        /* as if none were saved */
      }
    if (!masihBerlaku()) return;
    // `dariSalinan` is only read from a copy: where it is set, so is `salinan`.
    const adaSalinan = dariSalinan !== undefined && k.layak(dariSalinan);
    if (adaSalinan) {
      this.hasil = dariSalinan;
      this.terakhir = dariSalinan;
      this.salinanDari = salinan!.disimpan;
    } else {
      this.hasil = undefined;
    }
    this.sibuk = true;
    this.host.requestUpdate();

    try {
      const r = await (k.ambil ?? ambilTeks)(kunci, {
        signal,
        timeoutMs: k.timeoutMs,
        jedaMs: k.jedaMs,
        etag: adaSalinan ? salinan!.etag : undefined,
      });
      if (!masihBerlaku()) return;
      /** What is kept: the copy held when the answer confirms it (304), else what the answer brought. */
      let simpanan: Omit<Salinan, 'disimpan'> | undefined;
      if (!r.berubah) {
        // 304: the saved copy is current.
        if (adaSalinan) simpanan = salinan;
        else this.galat = this.pesan.data;
      } else {
        const baru = await k.baca(r.teks, r.contentType, r.bytes);
        if (!masihBerlaku()) return;
        this.terakhir = baru;
        if (k.layak(baru)) {
          this.hasil = baru;
          simpanan = r;
        } else {
          this.galat = this.pesan.data;
          if (!adaSalinan) this.hasil = baru;
        }
      }
      if (simpanan) {
        this.salinanDari = undefined;
        simpan(kunci, salinanBaru(simpanan));
      }
    } catch (e) {
      if (!masihBerlaku() || (e instanceof GalatAmbil && e.jenis === 'dibatalkan')) return;
      const p = this.pesan;
      const jenis = e instanceof GalatAmbil && e.jenis;
      this.galat =
        jenis === 'waktu-habis'
          ? p.waktu
          : // Past a reader's cap (baca-bertahap.ts, badge.ts): the answer came but cannot be used.
            jenis === 'terlalu-besar'
            ? p.data
            : jenis === 'http'
              ? isiTeks(p.http, { status: (e as GalatAmbil).status ?? '' })
              : // Not from the fetch (only it throws GalatAmbil) but from reading it: a part that did not load.
                !jenis
                ? (p.bagian ?? p.jaringan)
                : p.jaringan;
    }
    this.sibuk = false;
    this.selesai = true;
    this.host.requestUpdate();
  }
}
