import { wajibBelumTercakup } from '@terbuka/sdk';
import type { DokumenDIP, Masalah } from '@terbuka/sdk';
import { h } from '../dom.js';
import { formatTanggal } from '../format.js';
import type { BarisDIP } from './baris.js';
import { intiUntuk } from './katalog.js';
import { judulItem, tx } from './tampilan.js';
import type { Konteks } from './tampilan.js';
export { PERIKSA_CSS } from './periksa.styles.js';

// The administrator's checklist (mode="periksa", an admin preview): its words and its building. Loaded
// with import() only in that mode, so the public view of every page carries none of it.
const PESAN_PERIKSA = {
  periksa: { id: 'Daftar periksa pengelola', en: "Administrator's checklist" },
  periksaKeterangan: {
    id: 'Bagian ini hanya tampil dalam mode periksa dan tidak dilihat pengunjung.',
    en: 'This part shows only in check mode; visitors do not see it.',
  },
  belumTercakup: { id: 'Butir wajib yang belum ada di DIP', en: 'Mandatory items not yet in the DIP' },
  semuaTercakup: { id: 'Semua butir wajib sudah ada.', en: 'Every mandatory item is present.' },
  lewatJadwal: {
    id: 'Informasi yang melewati jadwal pembaruan',
    en: 'Entries past their update schedule',
  },
  tidakAdaLewat: { id: 'Tidak ada yang terlambat.', en: 'Nothing is overdue.' },
  masalahImpor: { id: 'Masalah pada data', en: 'Problems in the data' },
  tidakAdaMasalah: { id: 'Tidak ada masalah.', en: 'No problems.' },
  galatLabel: { id: 'Galat', en: 'Error' },
  peringatanLabel: { id: 'Peringatan', en: 'Warning' },
  jatuhTempo: { id: 'seharusnya diperbarui paling lambat {tanggal}', en: 'due by {tanggal}' },
} as const;
const P = PESAN_PERIKSA;

/** Problems of the data as the SDK words them, errors first. */
function daftarMasalah(k: Konteks, galat: readonly Masalah[], peringatan: readonly Masalah[]): HTMLElement {
  const semua = [...galat, ...peringatan];
  if (semua.length === 0) return h('p', {}, tx(k, P.tidakAdaMasalah));
  return h(
    'ul',
    { class: 'masalah', role: 'list' },
    ...semua.map((m) =>
      h(
        'li',
        { class: m.severity, 'data-code': m.code },
        h('strong', {}, `${tx(k, m.severity === 'error' ? P.galatLabel : P.peringatanLabel)}:`),
        ` ${tx(k, m.message)}`,
      ),
    ),
  );
}

/** The checklist: an element's own items (`tambahan`), then every problem of the last read. */
export function bagianPeriksa(
  k: Konteks,
  tambahan: readonly Node[],
  galat: readonly Masalah[],
  peringatan: readonly Masalah[],
): HTMLElement {
  return h(
    'section',
    { part: 'checklist', class: 'periksa', 'aria-labelledby': 'judul-periksa' },
    h('h3', { id: 'judul-periksa' }, tx(k, P.periksa)),
    h('p', { class: 'catatan' }, tx(k, P.periksaKeterangan)),
    ...tambahan,
    h('h4', {}, tx(k, P.masalahImpor)),
    daftarMasalah(k, galat, peringatan),
  );
}

/** The panel's items: the mandatory berkala items the DIP does not cover, the entries past their cadence. */
export function periksaBerkala(k: Konteks, doc: DokumenDIP, berkala: readonly BarisDIP[]): Node[] {
  const belum = wajibBelumTercakup(intiUntuk(doc.agency.kind), doc, 'berkala');
  const lewat = berkala.filter(
    (b) => b.kesegaran.status === 'overdue' || b.kesegaran.status === 'delinquent',
  );
  return [
    h('h4', {}, tx(k, P.belumTercakup)),
    belum.length === 0
      ? h('p', {}, tx(k, P.semuaTercakup))
      : h(
          'ol',
          { class: 'belum-tercakup' },
          ...belum.map((i) => h('li', { 'data-item': i.id }, judulItem(k, i))),
        ),
    h('h4', {}, tx(k, P.lewatJadwal)),
    lewat.length === 0
      ? h('p', {}, tx(k, P.tidakAdaLewat))
      : h(
          'ul',
          { class: 'lewat-jadwal', role: 'list' },
          ...lewat.map((b) =>
            h(
              'li',
              { 'data-id': b.entry.id },
              b.entry.title +
                (b.kesegaran.dueDate
                  ? ` — ${tx(k, P.jatuhTempo, { tanggal: formatTanggal(b.kesegaran.dueDate, k.bahasa) })}`
                  : ''),
            ),
          ),
        ),
  ];
}
