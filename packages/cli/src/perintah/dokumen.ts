import { bacaDIP, isiTeks, type BadanPublik, type HasilBaca } from '@terbuka/sdk';
import { bacaBerkas } from '../berkas.js';
import { GalatPengguna } from '../keluaran.js';

export interface OpsiAgensi {
  agency?: string;
}

/** Reads an agency JSON given with `--agency`, for CSV files (a CSV register names no agency). */
export async function bacaAgensi(opsi: OpsiAgensi): Promise<BadanPublik | undefined> {
  if (!opsi.agency) return undefined;
  const teks = await bacaBerkas(opsi.agency);
  try {
    return JSON.parse(teks) as BadanPublik;
  } catch (e) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Berkas badan publik {path} bukan JSON yang sah: {err}',
          en: 'Agency file {path} is not valid JSON: {err}',
        },
        { path: opsi.agency, err: (e as Error).message },
      ),
    );
  }
}

/** Reads and validates a DIP file (JSON or CSV, told apart by extension, then by content). */
export async function bacaDokumen(path: string, opsi: OpsiAgensi): Promise<HasilBaca> {
  const teks = await bacaBerkas(path);
  const agency = await bacaAgensi(opsi);
  const format = /\.csv$/i.test(path) ? 'csv' : /\.json$/i.test(path) ? 'json' : undefined;
  return bacaDIP(teks, { ...(format ? { format } : {}), ...(agency ? { agency } : {}) });
}
