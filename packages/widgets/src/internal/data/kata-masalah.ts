import { CONTOH_SEBUTAN_JENIS, KATA_CATATAN_JENIS, ZONA_INDONESIA } from '@terbuka/sdk';
import type { CatatanJenisBadan, Teks } from '@terbuka/sdk';

// The SDK's problem sentences (field names, places, what is wrong), loaded with import() only when a
// read has problems to word: a page whose DIP is clean never loads them (one lazy chunk).
export { uraikanHasil } from '@terbuka/sdk';

// The widget's own problems with a source (urai.ts), rare, so their words come with the SDK's.

/** `src` answered with a web page (a login page, a "not found" page sent with status 200). */
export const HALAMAN_WEB: Teks = {
  id: 'Alamat sumber data mengembalikan halaman web (HTML), bukan data JSON atau CSV. Mungkin alamatnya salah, halaman itu meminta login, atau berkasnya tidak ada. Buka alamat itu di peramban: yang tampil harus data DIP (untuk Google Sheets: tautan "Publikasikan ke web" berformat CSV).',
  en: 'The data source address returned a web page (HTML), not JSON or CSV data. The address may be wrong, the page may ask for a login, or the file may not exist. Open the address in a browser: it must show the DIP data (for Google Sheets: the "Publish to the web" link in CSV format).',
};

/** Indonesia's zones as the SDK lists them: "Asia/Jakarta (WIB), Asia/Makassar (WITA), …". */
const ZONA = ZONA_INDONESIA.map((z) => `${z.zona} (${z.singkatan})`).join(', ');

/**
 * `agency-kind` as the lists' CSV chunk reads it (csv.ts `bacaJenisAgensi`), by the code of its warning:
 * none of the kinds, nor a name the SDK reads as one (the read used opd); or a name the SDK reads with a
 * note (`bacaSebutanJenisBadan`): the kind read, and why to check it.
 */
export const KATA_JENIS: Readonly<
  Record<'agency.kind' | `agency.kind-${CatatanJenisBadan}`, (jenis: string) => Teks>
> = {
  'agency.kind': (jenis) => ({
    id: `Atribut agency-kind berisi "${jenis}", yang tidak dikenal; dipakai opd (katalog butir wajib Badan Publik). Pilihan yang sah: opd, kecamatan, kelurahan, desa, lainnya (juga ${CONTOH_SEBUTAN_JENIS}).`,
    en: `The agency-kind attribute is "${jenis}", which is not known; opd is used (the Badan Publik catalog of mandatory items). Valid values: opd, kecamatan, kelurahan, desa, lainnya (also ${CONTOH_SEBUTAN_JENIS}).`,
  }),
  'agency.kind-kalurahan': (jenis) => ({
    id: `Atribut agency-kind "${jenis}" ${KATA_CATATAN_JENIS.kalurahan.id}`,
    en: `The agency-kind attribute "${jenis}" ${KATA_CATATAN_JENIS.kalurahan.en}`,
  }),
};

/**
 * The codes of the widget's own problems with a source (urai.ts). Not in the SDK's KODE_MASALAH_DIP: no
 * DIP reading gives them — they are about the widget's attributes and what `src` answered — and their
 * words are here, not in the SDK. A type only: nothing of it reaches a bundle.
 */
export type KodeMasalahWidget = 'source.html' | 'agency.timeZone' | keyof typeof KATA_JENIS;

/** `agency-timezone` is not one of Indonesia's zones: the read used WIB. */
export const zonaTakDikenal = (zona: string): Teks => ({
  id: `Atribut agency-timezone berisi "${zona}", yang tidak dikenal; dipakai Asia/Jakarta (WIB). Pilihan yang sah: ${ZONA}.`,
  en: `The agency-timezone attribute is "${zona}", which is not known; Asia/Jakarta (WIB) is used. Valid values: ${ZONA}.`,
});
