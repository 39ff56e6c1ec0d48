import type { TuanRumah } from '../tuan-rumah.js';
import type { BadanPublik, Teks } from '@terbuka/sdk';
import { PESAN } from '../pesan.js';
import { SumberController } from './sumber.js';
import type { KonfigSumberUrl } from './sumber.js';
import type { HasilData } from './urai.js';
import { uraiData, uraiTeks } from './urai.js';
import type { OpsiKata } from './urai.js';
import { ambilBersama } from './ambil-bersama.js';
import { salinanRusak } from './baca-ulang.js';
import { simpananDaftar } from './simpanan-daftar.js';
import { muatCSV } from './muat-csv.js';
import { muatKatalog, muatKataKunci } from '../daftar/katalog.js';

/** Where the data comes from, first match wins: the `data` property, an inline script, `src`. */
export interface KonfigSumber {
  readonly data?: unknown;
  readonly inline?: { readonly teks: string; readonly contentType: string } | undefined;
  /** Empty or undefined: none. */
  readonly src?: string | undefined;
  readonly timeoutMs?: number | undefined;
  /** Pause before the retry; tests shorten it. */
  readonly jedaMs?: number | undefined;
  /** For a CSV, which holds no agency. */
  readonly agency?: BadanPublik | undefined;
  /** Word the problems (the admin's view); the public view does not wait for the words. */
  readonly kata?: boolean;
  /**
   * false: the catalog's phrases are not loaded, for a reader that does not group the entries under the
   * catalog's items (the request form's suggestions search titles only). Lists load them (the default).
   */
  readonly kataKunci?: boolean;
}

const PESAN_DAFTAR = {
  jaringan: PESAN.galatJaringan,
  waktu: PESAN.galatWaktu,
  http: PESAN.galatHttp,
  data: PESAN.galatData,
  bagian: PESAN.galatBagian,
};

/**
 * The reads of the latest text, by options: the elements of a page that show the same source (the panel
 * and the full DIP) validate and place it once. Only the latest text is kept.
 */
let bacaanTerakhir: { teks: string; hasil: Map<string, Promise<HasilData>> } | undefined;

/**
 * A read for a list, with the catalog phrases its register needs loaded (an entry without `fulfils`) unless
 * `kataKunci` is false. When they do not load (a page offline, a saved copy read with the chunk not in the
 * HTTP cache) the list is still shown: its entries are valid, and those only the phrases would place go
 * under "other", as entries matching no item do. The next read (retry, next load) tries them again, and
 * the list is placed anew (daftar-element.ts, semuaBaris). Not so for the admin's view (`ketat`, the read
 * whose problems are worded: mode="periksa"): its checklist would name as missing the items only the
 * phrases cover, so there the read rejects (the lists' "a part could not be loaded", with its retry). The
 * badge's self-assessed mode reads without them: it scores on the SDK's whole core.
 */
async function untukDaftar(h: Promise<HasilData>, kataKunci: boolean, ketat: boolean): Promise<HasilData> {
  const hasil = await h;
  if (kataKunci)
    await muatKataKunci(hasil.document).catch((e: unknown) => {
      if (ketat) throw e;
    });
  return hasil;
}

function uraiBersama(
  teks: string,
  opsi: OpsiKata & { readonly contentType?: string; readonly agency?: BadanPublik },
): Promise<HasilData> {
  if (bacaanTerakhir?.teks !== teks) bacaanTerakhir = { teks, hasil: new Map() };
  const semua = bacaanTerakhir.hasil;
  const kunci = JSON.stringify([opsi.contentType, opsi.kata, opsi.agency]);
  let h = semua.get(kunci);
  if (!h) {
    h = uraiTeks(teks, opsi);
    semua.set(kunci, h);
    // A read that failed, or whose words did not load (a chunk offline), is tried again next time.
    const lupakan = (): void => void semua.delete(kunci);
    h.then((x) => x.tanpaKata && lupakan(), lupakan);
  }
  return h;
}

/**
 * How a list fetches its source: through the request it shares with the other elements of the page that read
 * the same source at once (ambil-bersama.ts), with a saved copy of its own kind (a register's is large: an
 * answer that confirms it moves only its date).
 */
const cara = (): Pick<KonfigSumberUrl<unknown>, 'ambil' | 'salinan'> => ({
  ambil: ambilBersama,
  salinan: simpananDaftar(),
});

/** A DIP for a list element: the `data` property or an inline script first, else `src` (fetched, cached). */
export class SumberDataController extends SumberController<HasilData> {
  constructor(host: TuanRumah) {
    super(host, PESAN_DAFTAR);
    // A self-assessed badge on this page fetches its DIP the same way (sumber.ts, caraDaftar).
    SumberController.caraDaftar = cara;
  }

  /** Reads the configured source; a newer call supersedes an older one still in flight. */
  async muat(k: KonfigSumber): Promise<void> {
    const { signal, masihBerlaku } = this.mulai();
    const opsi = { ...(k.agency ? { agency: k.agency } : {}), kata: k.kata === true };
    const kataKunci = k.kataKunci !== false;
    // A read rejects only when code it needs (the CSV importer, the desa catalog; the catalog's phrases in
    // the admin's view) does not load.
    const galat = (): void => {
      if (masihBerlaku()) this.tetapkan(undefined, PESAN.galatBagian);
    };
    if (k.data !== undefined || k.inline !== undefined || !k.src) {
      let hasil: HasilData | undefined;
      try {
        if (k.data !== undefined) hasil = await untukDaftar(uraiData(k.data, opsi), kataKunci, opsi.kata);
        else if (k.inline)
          hasil = await untukDaftar(
            uraiTeks(k.inline.teks, { contentType: k.inline.contentType, ...opsi }),
            kataKunci,
            opsi.kata,
          );
      } catch {
        return galat();
      }
      if (!masihBerlaku()) return;
      this.tetapkan(hasil, !hasil ? PESAN.tanpaSumber : hasil.document ? undefined : PESAN.galatData);
      return;
    }
    // An address that says CSV (a published Google Sheets link ends in output=csv): its importer loads while
    // the data does, not after it (one round trip less on a slow line), and so does a desa's catalog core
    // (agency-kind="desa"). A failure here is the read's to report.
    if (/csv/i.test(k.src)) {
      void muatCSV().catch(() => {});
      void muatKatalog(k.agency?.kind).catch(() => {});
    }
    // A fetched text's read failing is a part that did not load (ambilUrl); a saved copy's that fails is
    // skipped there and the source fetched.
    await this.ambilUrl(
      {
        src: k.src,
        // Undefined: ambil.ts's defaults.
        timeoutMs: k.timeoutMs,
        jedaMs: k.jedaMs,
        baca: async (teks, contentType, bytes) => {
          if (salinanRusak(teks, contentType, bytes))
            return { format: 'json', ok: false, omitted: 0, errors: [], warnings: [] };
          const hasil = await untukDaftar(uraiBersama(teks, { contentType, ...opsi }), kataKunci, opsi.kata);
          // The main thread back between the reading and the render: on a budget phone a large register's
          // reading (CSV import, validation, catalog matching) and both lists' render were one task of
          // 0.5–0.8 s, through which a tap or a scroll waited.
          await new Promise((r) => setTimeout(r));
          return hasil;
        },
        ...cara(),
        layak: (h) => h.document !== undefined,
      },
      signal,
      masihBerlaku,
    ).catch(galat);
  }

  /**
   * Shows a value that needs no request (a property, an inline script, no source at all). Here, not in
   * SumberController: the badge, which only fetches, does not carry it.
   */
  protected tetapkan(hasil: HasilData | undefined, galat: Teks | undefined): void {
    this.sibuk = false;
    this.hasil = hasil;
    this.terakhir = hasil;
    this.galat = galat;
    this.selesai = true;
    this.host.requestUpdate();
  }
}
