import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BadanPublik, Teks } from '@terbuka/sdk';
import { jsonItemSah } from '@terbuka/sdk';
import { PESAN } from '../pesan.js';
import { ambilTeks, GalatAmbil } from './ambil.js';
import { bacaSalinan, simpanSalinan } from './simpanan.js';
import type { HasilData } from './urai.js';
import { uraiTeks } from './urai.js';

/** Where the data comes from, first match wins: the `data` property, an inline script, `src`. */
export interface KonfigSumber {
  readonly data?: unknown;
  readonly inline?: { readonly teks: string; readonly contentType: string };
  readonly src?: string;
  readonly timeoutMs?: number;
  /** Pause before the retry; tests shorten it. */
  readonly jedaMs?: number;
  /** For a CSV, which holds no agency. */
  readonly agency?: BadanPublik;
}

function pesanGalat(e: GalatAmbil): Teks {
  if (e.jenis === 'waktu-habis') return PESAN.galatWaktu;
  if (e.jenis === 'http') {
    const s = String(e.status ?? '');
    return { id: PESAN.galatHttp.id.replace('{status}', s), en: PESAN.galatHttp.en.replace('{status}', s) };
  }
  return PESAN.galatJaringan;
}

/**
 * Loads a DIP for an element: shows the last good copy from localStorage at once, revalidates it with
 * the source (ETag), replaces it when new data reads, keeps it (marked with its date) when the network
 * or the new data fails, and aborts when the element leaves the page.
 */
export class SumberDataController implements ReactiveController {
  /** `memuat` while a request is in flight. */
  sibuk = false;
  /** What is shown: fresh data, or the saved copy. */
  hasil: HasilData | undefined;
  /** The most recent reading, shown or not: its problems are what an admin must fix. */
  terakhir: HasilData | undefined;
  /** Why the newest data could not be shown. */
  galat: Teks | undefined;
  /** Set when `hasil` is the saved copy: the instant it was saved. */
  salinanDari: string | undefined;
  /** True once a source has been read (or failed) at least once. */
  selesai = false;

  private batal: AbortController | undefined;
  private nomor = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.batal?.abort();
    this.batal = undefined;
  }

  /** Reads the configured source; a newer call supersedes an older one still in flight. */
  async muat(k: KonfigSumber): Promise<void> {
    this.batal?.abort();
    const batal = new AbortController();
    this.batal = batal;
    const nomor = ++this.nomor;
    const masihBerlaku = (): boolean => nomor === this.nomor && !batal.signal.aborted;
    this.galat = undefined;
    this.salinanDari = undefined;

    if (k.data !== undefined || k.inline !== undefined || !k.src) {
      this.sibuk = false;
      let hasil: HasilData | undefined;
      if (k.data !== undefined) hasil = { format: 'json', ...jsonItemSah(k.data) };
      else if (k.inline)
        hasil = await uraiTeks(k.inline.teks, { contentType: k.inline.contentType, ...opsiBadan(k) });
      if (!masihBerlaku()) return;
      this.hasil = hasil;
      this.terakhir = hasil;
      this.galat = !hasil ? PESAN.tanpaSumber : hasil.document ? undefined : PESAN.galatData;
      this.selesai = true;
      this.host.requestUpdate();
      return;
    }

    const kunci = new URL(k.src, document.baseURI).href;
    const salinan = bacaSalinan(kunci);
    const dariSalinan = salinan
      ? await uraiTeks(salinan.teks, { contentType: salinan.contentType, ...opsiBadan(k) })
      : undefined;
    if (!masihBerlaku()) return;
    const adaSalinan = salinan !== undefined && dariSalinan?.document !== undefined;
    if (adaSalinan) {
      this.hasil = dariSalinan;
      this.terakhir = dariSalinan;
      this.salinanDari = salinan.disimpan;
    } else {
      this.hasil = undefined;
    }
    this.sibuk = true;
    this.host.requestUpdate();

    try {
      const r = await ambilTeks(k.src, {
        signal: batal.signal,
        ...(k.timeoutMs !== undefined ? { timeoutMs: k.timeoutMs } : {}),
        ...(k.jedaMs !== undefined ? { jedaMs: k.jedaMs } : {}),
        ...(adaSalinan && salinan.etag ? { etag: salinan.etag } : {}),
      });
      if (!masihBerlaku()) return;
      const sekarang = new Date().toISOString();
      if (!r.berubah) {
        // 304: the saved copy is current.
        if (adaSalinan) {
          simpanSalinan(kunci, { ...salinan, disimpan: sekarang });
          this.salinanDari = undefined;
        } else this.galat = PESAN.galatData;
      } else {
        const baru = await uraiTeks(r.teks, { contentType: r.contentType, ...opsiBadan(k) });
        if (!masihBerlaku()) return;
        this.terakhir = baru;
        if (baru.document) {
          this.hasil = baru;
          this.salinanDari = undefined;
          simpanSalinan(kunci, {
            teks: r.teks,
            contentType: r.contentType,
            disimpan: sekarang,
            ...(r.etag ? { etag: r.etag } : {}),
          });
        } else {
          this.galat = PESAN.galatData;
          if (!adaSalinan) this.hasil = baru;
        }
      }
    } catch (e) {
      if (!masihBerlaku() || (e instanceof GalatAmbil && e.jenis === 'dibatalkan')) return;
      this.galat = e instanceof GalatAmbil ? pesanGalat(e) : PESAN.galatJaringan;
    }
    this.sibuk = false;
    this.selesai = true;
    this.host.requestUpdate();
  }
}

const opsiBadan = (k: KonfigSumber): { agency?: BadanPublik } => (k.agency ? { agency: k.agency } : {});
