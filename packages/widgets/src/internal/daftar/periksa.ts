import { kelompokkanMasalah, petunjukAlamatData, wajibBelumTercakup } from '@terbuka/sdk';
import type { DokumenDIP, ItemKatalogInti, KatalogInti, Masalah, Teks } from '@terbuka/sdk';
import { h } from '../dom.js';
import { bentukJamak, formatAngka, formatTanggal } from '../format.js';
import type { BarisDIP } from './baris.js';
import { judulDalam, judulItem, tx } from './tampilan.js';
import type { Konteks } from './tampilan.js';
export { PERIKSA_CSS } from './periksa.styles.js';

// The administrator's checklist (mode="periksa", an admin preview): its words and its building. Loaded
// with import() only in that mode, so the public view of every page carries none of it. The full DIP's
// own part (every category's items, by the whole catalog core) is periksa-semua.ts, which the panel never loads.
const PESAN_PERIKSA = {
  periksa: { id: 'Daftar periksa pengelola', en: "Administrator's checklist" },
  periksaKeterangan: {
    id: 'Bagian ini hanya tampil dalam mode periksa dan tidak dilihat pengunjung.',
    en: 'This part shows only in check mode; visitors do not see it.',
  },
  belumTercakup: { id: 'Butir wajib yang belum ada di DIP', en: 'Mandatory items not yet in the DIP' },
  semuaTercakup: { id: 'Semua butir wajib sudah ada.', en: 'Every mandatory item is present.' },
  // After the setiap-saat DIP item when missing: the register checked is that DIP, yet lists no entry for it.
  dipSendiri: {
    id: 'tambahkan satu informasi setiap saat untuk DIP ini sendiri (daftar yang sedang diperiksa), mis. "Daftar Informasi Publik" dengan tautan ke halamannya atau ke SK penetapannya.',
    en: 'add a setiap-saat entry for this DIP itself (the list being checked), e.g. "Daftar Informasi Publik" with a link to its page or to the decision that set it.',
  },
  lewatJadwal: {
    id: 'Informasi yang melewati jadwal pembaruan',
    en: 'Entries past their update schedule',
  },
  tidakAdaLewat: { id: 'Tidak ada yang terlambat.', en: 'Nothing is overdue.' },
  // Said only of the entries whose schedule could be judged (some have no date, or a future one).
  tidakAdaLewatDari: {
    id: 'Dari {n} informasi yang jadwalnya dapat diperiksa, tidak ada yang terlambat.',
    en: 'None of the {n} entries whose schedule could be checked is overdue.',
  },
  tidakAdaLewatDariSatu: {
    id: 'Dari {n} informasi yang jadwalnya dapat diperiksa, tidak ada yang terlambat.',
    en: 'The {n} entry whose schedule could be checked is not overdue.',
  },
  belumAdaBerkala: {
    id: 'Belum ada informasi berkala untuk diperiksa.',
    en: 'There are no periodic entries to check yet.',
  },
  tanpaTanggal: {
    id: '{n} informasi tidak bertanggal, sehingga jadwal pembaruannya tidak dapat diperiksa. Isi tanggal pembaruannya:',
    en: '{n} entries have no date, so their update schedule cannot be checked. Add the date they were updated:',
  },
  tanpaTanggalSatu: {
    id: '{n} informasi tidak bertanggal, sehingga jadwal pembaruannya tidak dapat diperiksa. Isi tanggal pembaruannya:',
    en: '{n} entry has no date, so its update schedule cannot be checked. Add the date it was updated:',
  },
  // Of every category (an entry with no schedule too): said of its freshness, not of a schedule.
  tanggalDepan: {
    id: '{n} informasi bertanggal sesudah hari ini, sehingga kesegarannya tidak dapat dinilai. Periksa tanggalnya:',
    en: '{n} entries are dated after today, so their freshness cannot be judged. Check their dates:',
  },
  tanggalDepanSatu: {
    id: '{n} informasi bertanggal sesudah hari ini, sehingga kesegarannya tidak dapat dinilai. Periksa tanggalnya:',
    en: '{n} entry is dated after today, so its freshness cannot be judged. Check its date:',
  },
  judulEntri: { id: 'Judul: {judul}', en: 'Title: {judul}' },
  masalahImpor: { id: 'Masalah pada data', en: 'Problems in the data' },
  tidakAdaMasalah: { id: 'Tidak ada masalah.', en: 'No problems.' },
  galatLabel: { id: 'Galat', en: 'Error' },
  peringatanLabel: { id: 'Peringatan', en: 'Warning' },
  jatuhTempo: { id: 'seharusnya diperbarui paling lambat {tanggal}', en: 'due by {tanggal}' },
  // One problem said alike of several entries (always two or more), or of other places (channels).
  diBanyak: { id: 'Pada {n} informasi:', en: 'In {n} entries:' },
  diBanyakTempat: { id: 'Di {n} tempat:', en: 'In {n} places:' },
  lainnya: { id: '… dan {n} lainnya.', en: '… and {n} more.' },
} as const;
const P = PESAN_PERIKSA;

/** The berkala ones of `baris` (baris.ts has the same, but this module stays apart from its imports). */
const berkalaDari = (baris: readonly BarisDIP[]): BarisDIP[] =>
  baris.filter((b) => b.entry.category === 'berkala');

/** Places listed under one group of problems; more are counted, not listed (a register of 20,000 rows). */
export const BATAS_TEMPAT = 100;

/**
 * The titles of a JSON DIP's entries by their place in what was read (`items[16]` → the 17th), the
 * entries dropped for an error too: the SDK's words name an entry only by its number. `mentah` is the
 * parsed JSON the reading came from (`HasilData.mentah`).
 */
function judulMentah(mentah: unknown): (i: number) => string | undefined {
  const items =
    typeof mentah === 'object' && mentah !== null && Array.isArray((mentah as { items?: unknown }).items)
      ? (mentah as { items: unknown[] }).items
      : [];
  return (i) => {
    const e = items[i];
    const judul = typeof e === 'object' && e !== null ? (e as { title?: unknown }).title : undefined;
    return typeof judul === 'string' && judul.trim() !== '' ? judul.trim() : undefined;
  };
}

/**
 * Problems of the data as the SDK words them, errors first; an entry's title under its problem. A problem
 * said alike of several entries (17 without a date) is one item: its words once, then where it is.
 */
function daftarMasalah(
  k: Konteks,
  galat: readonly Masalah[],
  peringatan: readonly Masalah[],
  mentah: unknown,
): HTMLElement {
  const semua = [...galat, ...peringatan];
  if (semua.length === 0) return h('p', {}, tx(k, P.tidakAdaMasalah));
  const judul = mentah === undefined ? () => undefined : judulMentah(mentah);
  const judulDari = (m: Masalah): string | undefined => {
    const i = /^items\[(\d+)\]/.exec(m.path)?.[1];
    return i === undefined ? undefined : judul(Number(i));
  };
  const judulSpan = (j: string | undefined): HTMLElement | false =>
    j !== undefined && h('span', { class: 'judul-masalah' }, tx(k, P.judulEntri, { judul: j }));
  return h(
    'ul',
    { class: 'masalah', role: 'list' },
    ...kelompokkanMasalah(semua).map((g) => {
      const satu = g.anggota.length === 1 ? g.anggota[0] : undefined;
      const lebih = g.anggota.length - BATAS_TEMPAT;
      return h(
        'li',
        {
          class: g.severity,
          'data-code': g.code,
          'data-item': satu && /^items\[(\d+)\]/.exec(satu.path)?.[1],
          'data-count': satu ? undefined : String(g.anggota.length),
        },
        h('strong', {}, `${tx(k, g.severity === 'error' ? P.galatLabel : P.peringatanLabel)}:`),
        ' ',
        h('span', { class: 'pesan' }, tx(k, g.isi)),
        satu
          ? judulSpan(judulDari(satu))
          : h(
              'span',
              { class: 'tempat-masalah' },
              tx(k, g.anggota.every((a) => a.path.startsWith('items[')) ? P.diBanyak : P.diBanyakTempat, {
                n: formatAngka(g.anggota.length, k.bahasa),
              }),
            ),
        !satu &&
          h(
            'ul',
            { class: 'tempat', role: 'list' },
            ...g.anggota.slice(0, BATAS_TEMPAT).map((a) => {
              const j = judulDari(a);
              return h('li', {}, tx(k, a.tempat), j !== undefined && ` — ${j}`);
            }),
            lebih > 0 && h('li', {}, tx(k, P.lainnya, { n: formatAngka(lebih, k.bahasa) })),
          ),
      );
    }),
  );
}

/**
 * The checklist: what its `src` is when that is a page, not data (a Google Sheets sharing link …), an
 * element's own items (`tambahan`), then every problem of the last read (`bacaan`; none when nothing was
 * read — a source that did not load has no "problems in the data" to list). `mentah`: the parsed JSON a
 * reading with problems came from (`HasilData.mentah`), for the titles of its entries. Nothing when there
 * is nothing to say.
 */
export function bagianPeriksa(
  k: Konteks,
  src: string | undefined,
  tambahan: readonly Node[],
  bacaan?: {
    readonly errors: readonly Masalah[];
    readonly warnings: readonly Masalah[];
    readonly mentah?: unknown;
  },
): HTMLElement | undefined {
  // Only where the data did not come: a link the patterns miss must not be called a page when it works.
  const petunjuk =
    !bacaan?.errors.length && tambahan.length === 0 && src ? petunjukAlamatData(src) : undefined;
  if (!bacaan && !petunjuk) return undefined;
  return h(
    'section',
    { part: 'checklist', class: 'periksa', 'aria-labelledby': 'judul-periksa' },
    judulDalam(k, 1, { id: 'judul-periksa' }, tx(k, P.periksa)),
    h('p', { class: 'catatan' }, tx(k, P.periksaKeterangan)),
    petunjuk && h('p', { class: 'petunjuk' }, tx(k, petunjuk)),
    ...tambahan,
    ...(bacaan
      ? [
          judulDalam(k, 2, { class: 'sub' }, tx(k, P.masalahImpor)),
          daftarMasalah(k, bacaan.errors, bacaan.warnings, bacaan.mentah),
        ]
      : []),
  );
}

/** A count's sentence, its English words in the singular for one. */
function kalimatJumlah(k: Konteks, n: number, banyak: Teks, satu: Teks): string {
  return tx(k, bentukJamak(n, k.bahasa) === 'one' ? satu : banyak, { n: formatAngka(n, k.bahasa) });
}

/** The heading of the uncovered mandatory items (the full DIP's lists them under their category's name). */
export function judulBelum(k: Konteks): HTMLElement {
  return judulDalam(k, 2, { class: 'sub' }, tx(k, P.belumTercakup));
}

/**
 * Uncovered mandatory items by letter and title, or that every one is there. The DIP item (setiap-saat, of
 * both catalogs) says what to add: the list checked is the DIP, so "missing" alone would puzzle its admin.
 */
export function daftarBelum(k: Konteks, belum: readonly ItemKatalogInti[]): HTMLElement {
  return belum.length === 0
    ? h('p', {}, tx(k, P.semuaTercakup))
    : h(
        'ol',
        { class: 'belum-tercakup' },
        ...belum.map((i) =>
          h(
            'li',
            { 'data-item': i.id },
            judulItem(k, i),
            i.id === 'setiap-saat.dip' && ` — ${tx(k, P.dipSendiri)}`,
          ),
        ),
      );
}

/** Entries listed by title, with a date after it when given. */
function daftarEntri(kelas: string, baris: readonly BarisDIP[], ket: (b: BarisDIP) => string): HTMLElement {
  return h(
    'ul',
    { class: kelas, role: 'list' },
    ...baris.map((b) => h('li', { 'data-id': b.entry.id }, b.entry.title + ket(b))),
  );
}

/**
 * The berkala entries past their cadence, under their heading: each overdue one with its due date. A berkala
 * entry without a date cannot be judged, nor can an entry of any category dated after today: the checklist
 * says how many and which, and says "nothing is overdue" only of the berkala entries it could judge. `baris`:
 * the entries the element checks (the panel: its berkala ones; the full DIP: all). Both checklists.
 */
export function lewatJadwal(k: Konteks, baris: readonly BarisDIP[]): Node[] {
  const berkala = berkalaDari(baris);
  const lewat = berkala.filter(
    (b) => b.kesegaran.status === 'overdue' || b.kesegaran.status === 'delinquent',
  );
  // 'unknown': no date, or (any category) a date after the evaluation day, which the SDK keeps as lastUpdated.
  const tanpaTanggal = berkala.filter((b) => b.kesegaran.status === 'unknown' && !b.kesegaran.lastUpdated);
  const tanggalDepan = baris.filter((b) => b.kesegaran.status === 'unknown' && b.kesegaran.lastUpdated);
  const dinilai = berkala.length - tanpaTanggal.length - berkalaDari(tanggalDepan).length;
  // Nothing overdue: said of every entry only when every one could be judged.
  const tidakLewat =
    berkala.length === 0
      ? tx(k, P.belumAdaBerkala)
      : dinilai === berkala.length
        ? tx(k, P.tidakAdaLewat)
        : dinilai > 0
          ? kalimatJumlah(k, dinilai, P.tidakAdaLewatDari, P.tidakAdaLewatDariSatu)
          : undefined;
  const hasil: Node[] = [judulDalam(k, 2, { class: 'sub' }, tx(k, P.lewatJadwal))];
  if (lewat.length > 0)
    hasil.push(
      daftarEntri('lewat-jadwal', lewat, (b) =>
        b.kesegaran.dueDate
          ? ` — ${tx(k, P.jatuhTempo, { tanggal: formatTanggal(b.kesegaran.dueDate, k.bahasa) })}`
          : '',
      ),
    );
  else if (tidakLewat) hasil.push(h('p', { class: 'tidak-lewat' }, tidakLewat));
  if (tanpaTanggal.length > 0)
    hasil.push(
      h(
        'p',
        { class: 'tanpa-tanggal' },
        kalimatJumlah(k, tanpaTanggal.length, P.tanpaTanggal, P.tanpaTanggalSatu),
      ),
      daftarEntri('tanpa-tanggal', tanpaTanggal, () => ''),
    );
  if (tanggalDepan.length > 0)
    hasil.push(
      h(
        'p',
        { class: 'tanggal-depan' },
        kalimatJumlah(k, tanggalDepan.length, P.tanggalDepan, P.tanggalDepanSatu),
      ),
      daftarEntri(
        'tanggal-depan',
        tanggalDepan,
        (b) => ` — ${formatTanggal(b.kesegaran.lastUpdated!, k.bahasa)}`,
      ),
    );
  return hasil;
}

/**
 * The panel's items, before the data problems: the mandatory berkala items the DIP does not cover, then its
 * berkala entries past their cadence (`baris`, the register's entries: the panel judges its berkala ones). The
 * full DIP's checklist (periksa-semua.ts) has its own `isiPeriksa`: each element calls the one of the module it loads.
 */
export function isiPeriksa(
  k: Konteks,
  doc: DokumenDIP,
  baris: readonly BarisDIP[],
  // The element's catalog core (katalog.ts holds the loaded desa core; the classic script's side file of
  // this module has no copy of it).
  inti: KatalogInti,
): Node[] {
  return [
    judulBelum(k),
    daftarBelum(k, wajibBelumTercakup(inti, doc, 'berkala')),
    ...lewatJadwal(k, berkalaDari(baris)),
  ];
}
