import { infoKategori, katalogIntiUntuk, wajibBelumTercakupSemua } from '@terbuka/sdk';
import type { DokumenDIP } from '@terbuka/sdk';
import type { BarisDIP } from './baris.js';
import { daftarBelum, judulBelum, lewatJadwal } from './periksa.js';
import { judulDalam, tx } from './tampilan.js';
import type { Konteks } from './tampilan.js';
export * from './periksa.js';

// The full DIP's checklist (<ppid-daftar-informasi mode="periksa">): the panel's checklist (periksa.ts) and
// the full DIP's own part. Apart because that part matches against the whole core of the body's catalog
// (every category's titles and phrases, and the desa's), which the panel's checklist never needs.

/**
 * The full DIP's items, before the data problems (in place of the panel's `isiPeriksa`, which this module
 * re-exports): the mandatory items of every category that no entry covers, under their category's name,
 * then its berkala entries past their cadence, as the panel's checklist lists them, and its entries of every
 * category dated after today (`baris`: all its entries).
 * Matched against the whole core of the body's catalog (the SDK's `katalogIntiUntuk`: every category's
 * titles and phrases, the desa's for a desa), which this lazy module carries: the lists' eager core is
 * their berkala-words view, which names no other category's item.
 */
export function isiPeriksa(k: Konteks, doc: DokumenDIP, baris: readonly BarisDIP[]): Node[] {
  const belum = wajibBelumTercakupSemua(katalogIntiUntuk(doc.agency.kind), doc);
  const kategori = [...new Set(belum.map((i) => i.category))];
  return [
    judulBelum(k),
    ...(kategori.length === 0
      ? [daftarBelum(k, [])]
      : kategori.flatMap((c) => [
          judulDalam(k, 3, { class: 'kategori', 'data-kategori': c }, tx(k, infoKategori(c).label)),
          daftarBelum(
            k,
            belum.filter((i) => i.category === c),
          ),
        ])),
    ...lewatJadwal(k, baris),
  ];
}
