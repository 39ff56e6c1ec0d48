/**
 * Self-assessed mode, loaded with import() only when a badge has `src`: the DIP reader (validator,
 * catalogs, CSV on demand), the scoring and the badge's own code for this mode stay out of the feed-mode
 * badge that every page carries.
 */
import {
  badanDariAtribut,
  katalogIntiUntuk,
  lencanaDariNilai,
  nilaiDIPDengan,
  tataLetakLencana,
} from '@terbuka/sdk';
import type { AtributBadan, BadanPublik, DataLencana, DokumenDIP } from '@terbuka/sdk';
import { uraiTeks } from '../internal/data/urai.js';
import type { SumberController } from '../internal/data/sumber.js';
import { denganBacaUlang, salinanRusak } from '../internal/data/baca-ulang.js';
import type { ambilTeks, GalatAmbil } from '../internal/data/ambil.js';
import { bacaBertahap } from '../internal/data/baca-bertahap.js';
import type { BacaanLencana } from './bacaan.js';
import { bacaanLayak } from './bacaan.js';

/** The attributes of a badge this mode reads. */
export interface LencanaMandiri extends AtributBadan {
  readonly src?: string;
}

/** The agency's DIP as the public panel reads it: the valid entries, the faulty ones left out. */
export async function bacaDIP(
  teks: string,
  contentType: string,
  agency?: BadanPublik,
): Promise<BacaanLencana> {
  // No problem words: the badge shows no problem sentence of a DIP (only that it does not read).
  const h = await uraiTeks(teks, { contentType, kata: false, ...(agency ? { agency } : {}) });
  return { jenis: 'dip', document: h.document };
}

/**
 * Loads the badge's `src` into its source controller. A CSV names no body: `agency-name`, `agency-kind`
 * and `agency-timezone` (with `agency` as its id) say which, as for the lists. Without a name the badge's
 * accessible name takes `agency`, else the site's host name — never the SDK's placeholder "Badan Publik
 * (belum diisi)", which is an admin's to-do, not something to read out to a visitor.
 * `ambil` is the badge's own ambilTeks: in the classic build this module is a side file with its own copy
 * of the GalatAmbil class, whose errors the badge's source controller (instanceof) would take for a part
 * that did not load, not for the failed fetch they are.
 */
export function muatMandiri(
  ambil: typeof ambilTeks,
  el: LencanaMandiri,
  sumber: SumberController<BacaanLencana>,
  jeda: { readonly timeoutMs: number | undefined; readonly jedaMs: number | undefined },
): Promise<void> {
  const agency = badanDariAtribut(el, location.hostname || 'Badan Publik');
  // A DIP that does not read is worded as such (the codes kata-masalah.ts words), not as a bad feed; nor a
  // part of the reading that did not load (the full DIP reading beside the classic script) as a connection.
  sumber.pesan = { ...sumber.pesan, data: { id: 'dip', en: 'dip' }, bagian: { id: 'bagian', en: 'bagian' } };
  return sumber.muatUrl({
    src: el.src!,
    ...jeda,
    // As the lists read it: at most their cap, a text that is not UTF-8 read again from its bytes (and saved
    // so, under the key a list of the same src shares), a saved copy with lost letters taken for none. On a
    // page with a list, through the lists' own request and saved copy (sumber.ts, caraDaftar, read from the
    // class of the badge's controller, the page's one copy): a panel of the same src then shares its download.
    ambil: (alamat, opsi) => terbatas(ambil, alamat, opsi).then(denganBacaUlang),
    ...(sumber.constructor as typeof SumberController).caraDaftar?.(),
    baca: (teks, contentType, bytes) =>
      salinanRusak(teks, contentType, bytes)
        ? { jenis: 'dip', document: undefined }
        : bacaDIP(teks, contentType, agency),
    layak: bacaanLayak,
  });
}

/**
 * `ambil` reading the DIP as the lists read theirs (bacaBertahap): piece by piece, the timeout counting a
 * silence (a big DIP on a slow line is not cut while it keeps arriving; one that stalls fails as a connection
 * problem and is retried), at most their cap (BATAS_BYTE_SUMBER). Past the cap the reader cancels the download
 * and this call stops the request through a signal of its own, so the fetch fails as cancelled (never
 * retried); that failure, the badge's own GalatAmbil, is then marked `terlalu-besar` (the source's data
 * unusable: "the DIP cannot be read"). Not a GalatAmbil of this module's making: in the classic build this
 * module's is another copy of the class, which `ambil` (instanceof) would take for a network failure and
 * retry, downloading the huge file again.
 */
async function terbatas(
  ambil: typeof ambilTeks,
  alamat: string,
  opsi: Parameters<typeof ambilTeks>[1] = {},
): ReturnType<typeof ambilTeks> {
  const henti = new AbortController();
  const ikut = (): void => henti.abort();
  opsi.signal?.addEventListener('abort', ikut);
  let besar = false;
  try {
    return await ambil(alamat, {
      ...opsi,
      signal: henti.signal,
      // Stopped before the reader's failure reaches `ambil`, which then sees its request cancelled.
      badan: bacaBertahap(opsi.timeoutMs, () => {
        besar = true;
        henti.abort();
        return new Error('terlalu-besar');
      }),
    });
  } catch (e) {
    if (besar) (e as { jenis: GalatAmbil['jenis'] }).jenis = 'terlalu-besar';
    throw e;
  } finally {
    opsi.signal?.removeEventListener('abort', ikut);
  }
}

/** The last score per document, so that redrawing a badge does not score its DIP again. */
const terakhir = new WeakMap<DokumenDIP, { now: number; evidence?: string; data: DataLencana }>();

/**
 * The badge of a DIP scored by the SDK at `now`, labelled self-assessed. Scored on the catalog's core
 * (same score as `nilaiDIP`), so this chunk carries no descriptions or legal bases.
 */
export function lencanaMandiri(doc: DokumenDIP, now: Date, evidence?: string): DataLencana {
  const c = terakhir.get(doc);
  if (c?.now === now.getTime() && c.evidence === evidence) return c.data;
  const data = lencanaDariNilai(
    nilaiDIPDengan(katalogIntiUntuk(doc.agency.kind), doc, now),
    alamatBukti(evidence),
  );
  terakhir.set(doc, { now: now.getTime(), ...(evidence ? { evidence } : {}), data });
  return data;
}

/**
 * What a self-assessed badge shows: its DIP scored at the badge's valid `now` (else the current time), linked to
 * its `evidence`, drawn with its self-assessed words (tataLetakLencana); nothing while no DIP reads. Here, not in badge.ts, so the feed-mode badge carries none of it.
 */
export function isiMandiri(
  doc: DokumenDIP | undefined,
  now: Date | undefined,
  evidence: string | undefined,
): { data: DataLencana; tataLetak: typeof tataLetakLencana } | undefined {
  return (
    doc && {
      data: lencanaMandiri(doc, now ?? new Date(), evidence || undefined),
      tataLetak: tataLetakLencana,
    }
  );
}

/**
 * `evidence` as the admin writes it, often a path on their own site ("/ppid/dip"), made absolute against the
 * page: the badge links only to absolute http(s) addresses (a `javascript:` one stays refused).
 */
function alamatBukti(evidence?: string): string | undefined {
  if (!evidence) return undefined;
  try {
    return new URL(evidence, document.baseURI).href;
  } catch {
    return evidence;
  }
}
