import { isiTeks, pilihTeks, tautanAman } from '@terbuka/sdk';
import type { Bahasa, ItemDIP, ItemKatalogInti, Kesegaran, Tautan, Teks } from '@terbuka/sdk';
import { h } from '../dom.js';
import type { Atribut, Isi } from '../dom.js';
import { formatRelatif, formatTanggal } from '../format.js';
import { PESAN } from '../pesan.js';
import { tingkatDalam } from '../tingkat-judul.js';
import type { BarisDIP } from './baris.js';
import { LANGKAH_TAMPIL } from './batas.js';

/** Renders in one language. Every value from data becomes a text node (dom.ts), never markup. */
export interface Konteks {
  readonly bahasa: Bahasa;
  /** The level of the element's title (`heading-level`, 2 by default); the headings under it go deeper. */
  readonly tingkat: number;
  /**
   * The details of an excluded entry (pengecualian.ts), when loaded: the full DIP carries them, the panel
   * loads them only for an entry with an exclusion. Entries built without them are rebuilt once they come.
   */
  readonly pengecualian?: ((k: Konteks, e: ItemDIP) => Isi[]) | undefined;
}

/** A heading `dalam` levels below the element's title (capped at h6). */
export const judulDalam = (k: Konteks, dalam: number, a: Atribut, ...isi: Isi[]): HTMLElement =>
  h(`h${tingkatDalam(k.tingkat, dalam)}`, a, ...isi);

export const tx = (k: Konteks, teks: Teks, nilai?: Readonly<Record<string, string | number>>): string =>
  pilihTeks(nilai ? isiTeks(teks, nilai) : teks, k.bahasa);

/**
 * Makes `induk`'s children exactly `anak`, in order, touching only what differs: a node that stays is
 * never removed and put back, so focus, scroll and the nodes' state survive (entries kept while filtering).
 */
export function samakan(induk: Node, anak: readonly Node[]): void {
  const tetap = new Set(anak);
  for (const c of [...induk.childNodes]) if (!tetap.has(c)) c.remove();
  let ref = induk.firstChild;
  for (const n of anak)
    if (n === ref) ref = ref.nextSibling;
    else induk.insertBefore(n, ref);
}

/** The freshness chip: words from the SDK's verdict, the age in the reader's language. */
function chip(k: Konteks, s: Kesegaran): HTMLElement | undefined {
  let kelas: string;
  let teks: string;
  switch (s.status) {
    case 'fresh':
    case 'not-applicable':
      if (s.ageDays === undefined) return undefined;
      // Green says "within its schedule": an entry with no schedule (serta-merta, setiap-saat) is not
      // judged, so its age is told in the neutral chip.
      kelas = s.status === 'fresh' ? 'segar' : 'diperbarui';
      teks = tx(k, PESAN.diperbarui, { relatif: formatRelatif(s.ageDays, k.bahasa) });
      break;
    case 'due':
      kelas = 'jatuh-tempo';
      teks = tx(k, PESAN.perluDiperbarui);
      break;
    case 'overdue':
    case 'delinquent':
      kelas = 'terlambat';
      teks = tx(k, PESAN.terlambat);
      break;
    default:
      // `unknown`: no date, or a date after today in any category (not judged until it comes): a dated
      // entry says its date.
      kelas = s.lastUpdated ? 'bertanggal' : 'tanpa-tanggal';
      teks = s.lastUpdated
        ? tx(k, PESAN.bertanggal, { tanggal: formatTanggal(s.lastUpdated, k.bahasa) })
        : tx(k, PESAN.tanpaTanggal);
  }
  return h('span', { part: `chip chip-${kelas}`, class: `chip ${kelas}`, 'data-status': s.status }, teks);
}

/** A document's or data file's name (`rekap.XLSX`, `batas.geojson`), not an address; `.zip` is a TLD. */
const BERKAS = /\.(pdf|docx?|xlsx?|pptx?|od[tsp]|csv|txt|rtf|jpe?g|png|(geo)?json|html?|xml|kml|shp|rar)$/i;

/**
 * An allowed link's text. Its address, shown as text, is the parsed one — what the browser opens, not how it
 * was written: a look-alike letter (`ѕ`, Cyrillic) shows as punycode, U+3002 as the dot it is. A label with a
 * word that looks like an address (a scheme, or a name ending in a dot and letters: `evil.example`,
 * `x@desa.id`) whose host, as written, is not the link's gets the real one after it: on a phone (no hover)
 * the label is all a citizen sees. A word's punctuation around it is not part of it (`evil.example.` ending a
 * sentence, `«evil.example»`); `www.` before a host names the same one. A document's file name
 * (`laporan.pdf`, `rekap.xlsx`, `data.json`) is not taken for an address (`.zip` is: it is a top-level domain
 * too), nor is an abbreviation written without a space whose last part is Capitalised (`Kab.Bantul`,
 * `Kec.Wates`; `EVIL.EXAMPLE` and `evil.example` still count).
 */
function teksTautan(t: Tautan): string {
  try {
    const u = new URL(t.url);
    // mailto: the domain after the @; tel: the number.
    const nyata = u.hostname || u.pathname.split('@').pop()!;
    const inti = (s: string): string => s.replace(/^www\./, '');
    return !t.label || t.label === t.url
      ? u.href
      : t.label.split(/[\s()<>"',;]+/).some((k) => {
            // Punctuation around a word is not part of it: "Kunjungi evil.example." ends at the `e`.
            const w = k.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
            // The host as written: no scheme, user (or mailto:) or path; compared in lower case, `www.` aside.
            const d = w.replace(/^([a-z][\w+.-]*:\/\/)?([^@/]*@)?/i, '').split(/[/?#:]/)[0]!;
            return (
              (w.includes('://') || (/[.。．｡](?!\p{Lu}\p{Ll}+$)\p{L}{2,}$/u.test(d) && !BERKAS.test(d))) &&
              inti(d.toLowerCase()) !== inti(nyata)
            );
          })
        ? `${t.label} (${nyata})`
        : t.label;
  } catch {
    // An address the parser refuses (`https://[x/`) leads nowhere: shown as written.
    return t.label || t.url;
  }
}

/**
 * A link only when the SDK's allow-list accepts the address; anything else is plain text, the address as
 * written (cut short: a pasted `data:` address can be megabytes) after the label, for the reader to copy.
 */
export function tautan(t: Tautan, judul?: string): HTMLElement {
  if (tautanAman(t.url))
    // A link that shows its own address (no label, or the address as label) is not followed by it on paper.
    // Described by its entry's title (`judul`, its id): a screen reader's list of links says "PDF, Laporan
    // Keuangan 2025", not "PDF" forty times.
    return h(
      'a',
      {
        part: 'link',
        href: t.url,
        rel: 'noopener noreferrer',
        class: t.label && t.label !== t.url && 'berlabel',
        'aria-describedby': judul,
      },
      teksTautan(t),
    );
  const alamat = t.url.length > 100 ? `${t.url.slice(0, 99)}…` : t.url;
  return h('span', { class: 'tautan-mati' }, t.label && t.label !== t.url ? `${t.label}: ${alamat}` : alamat);
}

function waktuBuat(k: Konteks, e: ItemDIP): string | undefined {
  const m = e.made;
  if (!m) return undefined;
  if (m.text) return m.text;
  const kapan = m.date ? formatTanggal(m.date, k.bahasa) : m.year !== undefined ? String(m.year) : '';
  return [kapan, m.place ?? ''].filter((s) => s !== '').join(', ') || undefined;
}

/**
 * The `lang` of the register's own words (titles, summaries, units…): Indonesian, the language a DIP is
 * kept in — marked in an English view, for a screen reader's voice (WCAG 3.1.2), while the labels around
 * them are the reader's language. Undefined (inherited) in an Indonesian one.
 */
export const bahasaData = (k: Konteks): 'id' | undefined => (k.bahasa === 'id' ? undefined : 'id');

/** A label and its value; `lang`: the value's language when it is the register's words, not the reader's. */
export function baris(label: string, isi: Isi, lang?: string): Isi {
  return (
    isi !== undefined && isi !== '' && h('div', { class: 'meta' }, h('dt', {}, label), h('dd', { lang }, isi))
  );
}

export const daftar = (kelas: string, isi: readonly Isi[]): HTMLElement =>
  h('ul', { class: kelas }, ...isi.map((x) => h('li', {}, x)));

/**
 * One entry: title, freshness, summary, unit, when made and updated, formats, links, exclusion details.
 * `id`: its title's, unique in the element (see DaftarEntri).
 */
function entri(k: Konteks, b: BarisDIP, dalam: 1 | 2, id: string): HTMLElement {
  const e = b.entry;
  const s = b.kesegaran;
  const links = e.links ?? [];
  const bentuk = (e.formats ?? []).map((f) => tx(k, f === 'cetak' ? PESAN.cetak : PESAN.digital)).join(', ');
  const lang = bahasaData(k);
  return h(
    'li',
    { part: 'entry', class: 'entri' },
    h(
      'div',
      { class: 'kepala-entri' },
      judulDalam(k, dalam, { part: 'entry-title', class: 'judul-entri', lang, id }, e.title),
      chip(k, b.kesegaran),
    ),
    e.summary && h('p', { class: 'ringkasan', lang }, e.summary),
    h(
      'dl',
      { class: 'rincian' },
      baris(tx(k, PESAN.unit), e.unit, lang),
      baris(tx(k, PESAN.penanggungJawab), e.responsible, lang),
      baris(tx(k, PESAN.dibuat), waktuBuat(k, e)),
      // The date the chip is judged from, as text (a made date is already in the row above, unless the
      // entry describes when it was made in words; a date after today is the chip's "Bertanggal …").
      baris(
        tx(k, PESAN.labelDiperbarui),
        s.lastUpdated && s.status !== 'unknown' && (s.dateSource === 'updated' || e.made?.text)
          ? h('time', { datetime: s.lastUpdated }, formatTanggal(s.lastUpdated, k.bahasa))
          : undefined,
      ),
      baris(tx(k, PESAN.bentuk), bentuk),
      baris(tx(k, PESAN.retensi), e.retention, lang),
      ...(k.pengecualian?.(k, e) ?? []),
      baris(
        tx(k, PESAN.tautan),
        links.length > 0
          ? daftar(
              'tautan',
              links.map((t) => tautan(t, id)),
            )
          : undefined,
        lang,
      ),
    ),
  );
}

/**
 * How many entries a list keeps built beyond those it shows: four steps, so a search typed and deleted, or a
 * year chosen and set back, puts back the entries it showed before without building them again. Past it (a
 * printout's thousands) the next render keeps only those it shows.
 */
const SIMPAN = LANGKAH_TAMPIL * 4;

/**
 * A list of entries that keeps its nodes: each entry is built once per language and reused while the
 * reader searches, filters or shows more (a keystroke moves nodes, it does not rebuild them).
 */
export class DaftarEntri {
  readonly ul = h('ul', { class: 'entri-daftar', role: 'list' });
  /**
   * `awalan`: what the titles' ids start with, one per list of an element (an entry fulfilling two catalog
   * items is in two of the panel's lists); then the entry's place in the document — the same id at every
   * render and tab switch while the document stays.
   */
  constructor(readonly awalan = 'e') {}
  /** The entries built, by row: those shown now and those shown before, up to SIMPAN (see there). */
  #dibuat = new Map<BarisDIP, HTMLElement>();
  /** What the kept entries were built for: a change of language, exclusion details or level rebuilds them. */
  #untuk: Konteks | undefined;

  /**
   * Shows `baris`; `dalam`: how many levels below the element's title each entry's title is (1 right under
   * it, 2 under a group's heading).
   */
  isi(k: Konteks, baris: readonly BarisDIP[], dalam: 1 | 2 = 2): HTMLElement {
    const u = this.#untuk;
    const sama = k.bahasa === u?.bahasa && k.pengecualian === u.pengecualian && k.tingkat === u.tingkat;
    const lama = sama ? this.#dibuat : new Map<BarisDIP, HTMLElement>();
    const dibuat = (this.#dibuat = lama.size > SIMPAN ? new Map() : lama);
    this.#untuk = k;
    for (const b of baris) dibuat.set(b, lama.get(b) ?? entri(k, b, dalam, `${this.awalan}-${b.nomor}`));
    samakan(
      this.ul,
      baris.map((b) => {
        const e = dibuat.get(b)!;
        // Placed now (built, put back, or in a list put back: a tab opened again): out of view, laid out a
        // frame later (.tunda, daftar.styles.ts).
        if (!e.isConnected) e.classList.add('tunda');
        return e;
      }),
    );
    return this.ul;
  }
}

/** A catalog item's heading: its letter in the regulation and its title from the SDK. */
export function judulItem(k: Konteks, item: ItemKatalogInti | undefined): string {
  if (!item) return tx(k, PESAN.lainnya);
  return `${item.letter ? `${item.letter}. ` : ''}${tx(k, item.title)}`;
}
