import type { DokumenDIP, ItemDIP, MasalahDIP, MasalahMentah } from '../dip/types.js';
import { takTerbaca, validasiDIPMentahDengan } from '../dip/periksa.js';
import type { HasilBacaMentah, IntiUntuk } from '../dip/periksa.js';
import { letakTautanDitolak, TAUTAN_PENGGANTI } from './tautan-ditolak.js';
import { bacaZona } from '../calendar/zona.js';

// The public reading without the problem words: a page showing the valid entries loads no sentence;
// item-sah.ts words the problems for callers that want them at once.

/**
 * The public reading of a DIP with faulty entries: the register as a whole is invalid (`ok: false`, every
 * problem kept for the admin), yet a citizen should still see the entries that are right. `document`
 * holds only the entries without an error, save a link address the allow-list refuses: such an entry is
 * kept with the address as written (render links through `tautanAman`); `omitted` counts the entries
 * left out.
 */
export interface HasilBacaPublik<M = MasalahDIP> {
  readonly ok: boolean;
  readonly document?: DokumenDIP;
  readonly errors: M[];
  readonly warnings: M[];
  readonly omitted: number;
}

const POLA_ITEM = /^items\[(\d+)\]/;

/** Index of the entry a problem belongs to, or undefined for a problem of the document as a whole. */
export function indeksItem(m: { readonly path: string }): number | undefined {
  const cocok = POLA_ITEM.exec(m.path);
  return cocok ? Number(cocok[1]) : undefined;
}

const polos = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Entry i with the addresses of `tautan` (link indexes) swapped for the stand-in; `input` is left as is. */
function denganPengganti(item: unknown, tautan: ReadonlySet<number>): unknown {
  if (!polos(item) || !Array.isArray(item['links'])) return item;
  const links = item['links'].map((l: unknown, j) =>
    tautan.has(j) && polos(l) ? { ...l, url: TAUTAN_PENGGANTI } : l,
  );
  return { ...item, links };
}

/** A checked entry with the refused addresses put back as written in `asli` (the entry as given). */
function denganAlamatAsli(item: ItemDIP, asli: unknown, tautan: ReadonlySet<number>): ItemDIP {
  const dulu = polos(asli) && Array.isArray(asli['links']) ? asli['links'] : [];
  if (!item.links) return item;
  const links = item.links.map((l, j) => {
    const lama: unknown = dulu[j];
    const url = polos(lama) ? lama['url'] : undefined;
    return tautan.has(j) && typeof url === 'string' ? { ...l, url } : l;
  });
  return { ...item, links };
}

/**
 * Reads parsed JSON for public display, `fulfils` checked against `intiUntuk(kind)` (as
 * `validasiDIPMentahDengan`; `jsonItemSahMentah` in item-sah.ts passes both cores): when only entries
 * are faulty, they are dropped and the rest is validated again (the same validator decides what is
 * right; nothing is repaired). A link address the allow-list refuses (`link.scheme`: `www.…`, a relative
 * path, `javascript:`…) does not drop its entry: the entry is checked with a stand-in address and kept
 * with the address as written, so `document` may hold a link `tautanAman` refuses — render every link
 * through `tautanAman` (the widgets show such an address as plain text). An `agency.timeZone` the format
 * refuses is read as people write it (`WITA`; else WIB). Any other problem of the document itself
 * (agency, format, version) leaves no document; an input that throws when read (a proxy, a throwing
 * getter: never JSON) gives `document.unreadable`, as the validator does: never a throw. Every problem
 * of the input stays in `errors` and `warnings`, unworded: `uraikanHasil` (dip/kata-validasi.ts) words
 * them; `jsonItemSah` does both.
 */
export function jsonItemSahMentahDengan(
  input: unknown,
  intiUntuk: IntiUntuk,
): HasilBacaPublik<MasalahMentah> {
  // The validator never throws, but the reading around it reads the input again (its items, an entry's
  // links, the agency): an input that throws when read (a proxy, a throwing getter) is unreadable here too.
  try {
    return bacaPublik(input, intiUntuk);
  } catch {
    return { ...takTerbaca(), omitted: 0 };
  }
}

function bacaPublik(input: unknown, intiUntuk: IntiUntuk): HasilBacaPublik<MasalahMentah> {
  const awal = validasiDIPMentahDengan(input, intiUntuk);
  if (awal.ok || !polos(input) || !Array.isArray(input['items'])) return { ...awal, omitted: 0 };
  const asli: readonly unknown[] = input['items'];
  // The refused links of each entry (by entry index, the link indexes).
  const ditolak = new Map<number, Set<number>>();
  for (const m of awal.errors) {
    const t = letakTautanDitolak(m);
    if (t?.tautan === undefined) continue;
    const s = ditolak.get(t.item) ?? new Set<number>();
    s.add(t.tautan);
    ditolak.set(t.item, s);
  }
  // An agency.timeZone the format refuses, read as the widgets' agency-timezone is (WITA, wib,
  // Asia/Pontianak → its zone; anything else → none, WIB): a zone written as people say it hides no entry.
  const agency = input['agency'];
  const zona = polos(agency) ? agency['timeZone'] : undefined;
  const dasar =
    polos(agency) && awal.errors.some((m) => m.path === 'agency.timeZone')
      ? { ...input, agency: { ...agency, timeZone: typeof zona === 'string' ? bacaZona(zona) : undefined } }
      : input;
  let items: readonly unknown[] = asli;
  // The index in `asli` of each entry of `items`.
  let asal: readonly number[] = asli.map((_, i) => i);
  let hasil: HasilBacaMentah = awal;
  if (ditolak.size > 0 || dasar !== input) {
    items = asli.map((it, i) => {
      const t = ditolak.get(i);
      return t ? denganPengganti(it, t) : it;
    });
    hasil = validasiDIPMentahDengan({ ...dasar, items }, intiUntuk);
  }
  // Dropping an entry can settle a cross-entry rule (a repeated id); a few rounds reach a fixed point.
  for (let putaran = 0; putaran < 3 && !hasil.ok; putaran++) {
    const salah = new Set<number>();
    for (const m of hasil.errors) {
      const i = indeksItem(m);
      if (i === undefined) return { ...awal, omitted: 0 };
      salah.add(i);
    }
    items = items.filter((_, i) => !salah.has(i));
    asal = asal.filter((_, i) => !salah.has(i));
    hasil = validasiDIPMentahDengan({ ...dasar, items }, intiUntuk);
  }
  if (!hasil.ok || !hasil.document) return { ...awal, omitted: 0 };
  const doc = hasil.document;
  const document: DokumenDIP =
    ditolak.size === 0
      ? doc
      : {
          ...doc,
          items: doc.items.map((it, k) => {
            const i = asal[k] as number;
            const t = ditolak.get(i);
            return t ? denganAlamatAsli(it, asli[i], t) : it;
          }),
        };
  return {
    ok: false,
    document,
    errors: awal.errors,
    warnings: awal.warnings,
    omitted: asli.length - items.length,
  };
}
