import { GalatPengguna } from '../keluaran.js';

/**
 * A registry with no agency row at all (only its header: an export of the wrong sheet, say) is refused by
 * `scan` and `publish` alike, as a usage error (exit 2) before anything is written. Scanned, it would be a
 * green run that monitors nothing and starts an empty history; published, it would take every agency out
 * of the feed and delete their pages and badges.
 */
export function tolakRegistriKosong(path: string, jumlahBaris: number, perintah: 'scan' | 'publish'): void {
  if (jumlahBaris > 0) return;
  const akhir =
    perintah === 'scan'
      ? {
          id: 'tidak ada yang dipindai dan riwayat tidak ditulis',
          en: 'nothing was scanned and the history was not written',
        }
      : { id: 'tidak ada yang diterbitkan', en: 'nothing was published' };
  throw new GalatPengguna({
    id: `Registri ${path} tidak memuat satu pun badan publik (hanya baris judul?); ${akhir.id}. Periksa berkasnya: satu baris per badan publik di bawah baris judul.`,
    en: `Registry ${path} lists no agency (only a header row?); ${akhir.en}. Check the file: one row per agency below the header row.`,
  });
}
