import {
  badanDariAtribut,
  bacaDIP,
  bacaJenisBadan,
  bacaZona,
  isiTeks,
  type BadanPublik,
  type HasilBaca,
  type JenisBadanPublik,
  type ZonaWaktu,
} from '@terbuka/sdk';
import { bacaBerkas } from '../berkas.js';
import { GalatPengguna, type Keluaran } from '../keluaran.js';

/**
 * A CSV's public body (a CSV names none): a JSON file (`--agency`), its parts as the widgets' attributes
 * name them (`--agency-id`, `--agency-name`, `--agency-kind`, `--agency-timezone`), or both, the parts
 * over the file's fields.
 */
export interface OpsiAgensi {
  agency?: string;
  agencyId?: string;
  agencyName?: string;
  agencyKind?: string;
  agencyTimezone?: string;
}

async function bacaBerkasAgensi(path: string): Promise<BadanPublik> {
  const { teks } = await bacaBerkas(path);
  try {
    return JSON.parse(teks) as BadanPublik;
  } catch (e) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Berkas badan publik {path} bukan JSON yang sah. Contoh isi: {"id":"diskominfo","name":"Dinas Komunikasi dan Informatika","kind":"opd"}',
          en: 'Agency file {path} is not valid JSON ({err}). Example: {"id":"diskominfo","name":"Dinas Komunikasi dan Informatika","kind":"opd"}',
        },
        { path, err: (e as Error).message },
      ),
    );
  }
}

/** The zone as the widgets read it (`WIB`, `wita`, `Asia/Jayapura` …); an unknown one stops the command. */
function zonaAgensi(teks: string): ZonaWaktu {
  const zona = bacaZona(teks);
  if (zona) return zona;
  throw new GalatPengguna(
    isiTeks(
      {
        id: 'Zona waktu "{z}" tidak dikenal (--agency-timezone): pakai WIB, WITA atau WIT (atau Asia/Jakarta, Asia/Makassar, Asia/Jayapura).',
        en: 'Unknown time zone "{z}" (--agency-timezone): use WIB, WITA or WIT (or Asia/Jakarta, Asia/Makassar, Asia/Jayapura).',
      },
      { z: teks },
    ),
  );
}

/** The kind as the widgets read it (`Desa`, `nagari`, `dinas` …); an unknown one stops the command. */
function jenisAgensi(teks: string): JenisBadanPublik {
  const jenis = bacaJenisBadan(teks);
  if (jenis) return jenis;
  throw new GalatPengguna(
    isiTeks(
      {
        id: 'Jenis badan publik "{j}" tidak dikenal (--agency-kind): pakai opd, kecamatan, kelurahan, desa atau lainnya (juga dinas, distrik, nagari, gampong, kampung …).',
        en: 'Unknown agency kind "{j}" (--agency-kind): use opd, kecamatan, kelurahan, desa or lainnya (also dinas, distrik, nagari, gampong, kampung …).',
      },
      { j: teks },
    ),
  );
}

/** The body to read a CSV with, from `--agency` and the parts; undefined when none is given. */
export async function bacaAgensi(opsi: OpsiAgensi): Promise<BadanPublik | undefined> {
  const berkas = opsi.agency ? await bacaBerkasAgensi(opsi.agency) : undefined;
  const { agencyId, agencyName } = opsi;
  const agencyKind = opsi.agencyKind === undefined ? undefined : jenisAgensi(opsi.agencyKind);
  const agencyTimezone = opsi.agencyTimezone === undefined ? undefined : zonaAgensi(opsi.agencyTimezone);
  if (!agencyId && !agencyName && !agencyKind && !agencyTimezone) return berkas;
  if (!berkas)
    return badanDariAtribut({ agency: agencyId, agencyName, agencyKind, agencyTimezone }, 'Badan Publik');
  return {
    ...berkas,
    ...(agencyId ? { id: agencyId } : {}),
    ...(agencyName ? { name: agencyName } : {}),
    ...(agencyKind ? { kind: agencyKind } : {}),
    ...(agencyTimezone ? { timeZone: agencyTimezone as ZonaWaktu } : {}),
  };
}

/** Reads and validates a DIP file (JSON or CSV, told apart by extension, then by content). */
export async function bacaDokumen(path: string, opsi: OpsiAgensi, out: Keluaran): Promise<HasilBaca> {
  const { teks, pengodean } = await bacaBerkas(path);
  const agency = await bacaAgensi(opsi);
  const format = /\.csv$/i.test(path) ? 'csv' : /\.json$/i.test(path) ? 'json' : undefined;
  if (agency && (format === 'json' || (!format && /^\uFEFF?\s*[{[]/.test(teks))))
    out.galat(
      out.teks({
        id: 'PERINGATAN  --agency… diabaikan: dokumen JSON memuat data badan publiknya sendiri.',
        en: 'WARNING  --agency… is ignored: a JSON document carries its own agency.',
      }),
    );
  return bacaDIP(teks, { ...(format ? { format } : {}), ...(agency ? { agency } : {}), pengodean });
}
