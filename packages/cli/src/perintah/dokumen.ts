import { bacaDIP, isiTeks, type BadanPublik, type HasilBaca } from '@terbuka/sdk';
import { bacaBerkas } from '../berkas.js';
import { GalatPengguna, type Keluaran } from '../keluaran.js';

export interface OpsiAgensi {
  agency?: string;
}

/** Reads an agency JSON given with `--agency`, for CSV files (a CSV register names no agency). */
export async function bacaAgensi(opsi: OpsiAgensi): Promise<BadanPublik | undefined> {
  if (!opsi.agency) return undefined;
  const { teks } = await bacaBerkas(opsi.agency);
  try {
    return JSON.parse(teks) as BadanPublik;
  } catch (e) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Berkas badan publik {path} bukan JSON yang sah. Contoh isi: {"id":"diskominfo","name":"Dinas Komunikasi dan Informatika","kind":"opd"}',
          en: 'Agency file {path} is not valid JSON ({err}). Example: {"id":"diskominfo","name":"Dinas Komunikasi dan Informatika","kind":"opd"}',
        },
        { path: opsi.agency, err: (e as Error).message },
      ),
    );
  }
}

/** Reads and validates a DIP file (JSON or CSV, told apart by extension, then by content). */
export async function bacaDokumen(path: string, opsi: OpsiAgensi, out: Keluaran): Promise<HasilBaca> {
  const { teks, pengodean } = await bacaBerkas(path);
  const agency = await bacaAgensi(opsi);
  const format = /\.csv$/i.test(path) ? 'csv' : /\.json$/i.test(path) ? 'json' : undefined;
  if (agency && (format === 'json' || (!format && /^\uFEFF?\s*[{[]/.test(teks))))
    out.galat(
      out.teks({
        id: 'PERINGATAN  --agency diabaikan: dokumen JSON memuat data badan publiknya sendiri.',
        en: 'WARNING  --agency is ignored: a JSON document carries its own agency.',
      }),
    );
  return bacaDIP(teks, { ...(format ? { format } : {}), ...(agency ? { agency } : {}), pengodean });
}
