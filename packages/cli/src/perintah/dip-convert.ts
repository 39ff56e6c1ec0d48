import { isiTeks } from '@terbuka/sdk';
import { tulisBerkasUtuh } from '../berkas.js';
import type { Keluaran } from '../keluaran.js';
import { bacaDokumen, type OpsiAgensi } from './dokumen.js';
import { laporanTidakSahJSON, masalahJSON, tampilkanMasalah } from './masalah.js';

export interface OpsiKonversi extends OpsiAgensi {
  output?: string;
}

/** `terbuka dip convert FILE.csv -o dip.json`: writes nothing unless the whole register is valid. */
export async function konversiDIP(path: string, opsi: OpsiKonversi, out: Keluaran): Promise<number> {
  const hasil = await bacaDokumen(path, opsi, out);
  const dokumen = hasil.document;
  if (!hasil.ok || !dokumen) {
    if (out.json) out.cetakJSON(laporanTidakSahJSON(hasil, path, out));
    else tampilkanMasalah(hasil, path, out);
    return 1;
  }
  const teks = `${JSON.stringify(dokumen, null, 2)}\n`;
  const keStdout = !opsi.output || opsi.output === '-';
  if (keStdout) out.tulis(teks.trimEnd());
  else await tulisBerkasUtuh(opsi.output as string, teks);
  if (out.json && !keStdout) {
    out.cetakJSON({
      file: path,
      valid: true,
      output: opsi.output,
      items: dokumen.items.length,
      warnings: hasil.warnings.map((m) => masalahJSON(m, out)),
    });
  } else {
    if (hasil.warnings.length > 0) tampilkanMasalah(hasil, path, out);
    if (keStdout) return 0;
    out.tulis(
      out.teks(
        isiTeks(
          { id: '✓ {n} informasi ditulis ke {o}.', en: '✓ {n} items written to {o}.' },
          { n: dokumen.items.length, o: opsi.output ?? '' },
        ),
      ),
    );
  }
  return 0;
}
