import { isiTeks } from '@terbuka/sdk';
import type { Keluaran } from '../keluaran.js';
import { bacaDokumen, type OpsiAgensi } from './dokumen.js';
import { masalahJSON, tampilkanMasalah } from './masalah.js';

/** `terbuka dip check FILE`: exit 0 when valid, 1 with every problem otherwise. */
export async function periksaDIP(path: string, opsi: OpsiAgensi, out: Keluaran): Promise<number> {
  const hasil = await bacaDokumen(path, opsi, out);
  if (out.json) {
    out.cetakJSON({
      file: path,
      valid: hasil.ok,
      items: hasil.document?.items.length ?? null,
      errors: hasil.errors.map((m) => masalahJSON(m, out)),
      warnings: hasil.warnings.map((m) => masalahJSON(m, out)),
    });
  } else if (hasil.ok) {
    if (hasil.warnings.length > 0) tampilkanMasalah(hasil, path, out);
    out.tulis(
      out.teks(
        isiTeks(
          { id: '✓ {path} sah: {n} informasi.', en: '✓ {path} is valid: {n} items.' },
          { path, n: hasil.document?.items.length ?? 0 },
        ),
      ),
    );
  } else {
    tampilkanMasalah(hasil, path, out);
  }
  return hasil.ok ? 0 : 1;
}
