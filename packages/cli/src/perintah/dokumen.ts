import {
  badanDariAtribut,
  bacaDIP,
  bacaSebutanJenisBadan,
  bacaTanggalIndonesia,
  bacaZona,
  CONTOH_SEBUTAN_JENIS,
  isiTeks,
  KATA_CATATAN_JENIS,
  type BadanPublik,
  type DokumenDIP,
  type HasilBaca,
  type Teks,
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
  /** The SK DIP of a CSV (`imporCSV`'s `decision`), over the one its title rows name. */
  decisionNumber?: string;
  decisionDate?: string;
}

/**
 * The SK DIP from `--decision-number` and `--decision-date` (the forms the importer reads: `2026-01-15`,
 * `15 Januari 2026`, `15/01/2026`); undefined when not given. A date without a number, an empty number or a
 * date that is none stops the command.
 */
export function bacaKeputusan(opsi: OpsiAgensi): DokumenDIP['decision'] {
  const number = opsi.decisionNumber?.trim();
  const teks = opsi.decisionDate?.trim();
  if (number === undefined && teks === undefined) return undefined;
  if (!number)
    throw new GalatPengguna({
      id: '--decision-date memerlukan --decision-number: nomor keputusan PPID yang menetapkan DIP, mis. --decision-number "045/12/PPID/2026".',
      en: '--decision-date needs --decision-number: the number of the PPID decision setting the DIP, e.g. --decision-number "045/12/PPID/2026".',
    });
  if (teks === undefined) return { number };
  const date = bacaTanggalIndonesia(teks);
  if (!date)
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Tanggal keputusan "{t}" tidak dikenali (--decision-date). Contoh: 2026-01-15, 15 Januari 2026, 15/01/2026.',
          en: 'Decision date "{t}" is not recognised (--decision-date). Examples: 2026-01-15, 15 Januari 2026, 15/01/2026.',
        },
        { t: teks },
      ),
    );
  return { number, date };
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

/**
 * An option read as the widgets read its attribute (`bacaZona`: `WIB`, `wita` …; `bacaSebutanJenisBadan`: `Desa`,
 * `nagari` …); undefined when not given; an unknown value stops the command with the values it takes.
 */
function bacaOpsi<T>(
  teks: string | undefined,
  baca: (s: string) => T | undefined,
  tidakDikenal: Teks,
): T | undefined {
  if (teks === undefined) return undefined;
  const nilai = baca(teks);
  if (nilai !== undefined) return nilai;
  throw new GalatPengguna(isiTeks(tidakDikenal, { nilai: teks }));
}

/**
 * The body to read a CSV with, from `--agency` and the parts; undefined when none is given. A kind read
 * with a note (Kalurahan, one letter from Kelurahan) is warned of on `out`.
 */
export async function bacaAgensi(opsi: OpsiAgensi, out?: Keluaran): Promise<BadanPublik | undefined> {
  const berkas = opsi.agency ? await bacaBerkasAgensi(opsi.agency) : undefined;
  const { agencyId, agencyName } = opsi;
  const sebutan = bacaOpsi(opsi.agencyKind, bacaSebutanJenisBadan, {
    id: `Jenis badan publik "{nilai}" tidak dikenal (--agency-kind): pakai opd, kecamatan, kelurahan, desa atau lainnya (juga ${CONTOH_SEBUTAN_JENIS}).`,
    en: `Unknown agency kind "{nilai}" (--agency-kind): use opd, kecamatan, kelurahan, desa or lainnya (also ${CONTOH_SEBUTAN_JENIS}).`,
  });
  if (sebutan?.catatan && out) {
    const k = KATA_CATATAN_JENIS[sebutan.catatan];
    const subjek = `--agency-kind "${opsi.agencyKind ?? ''}"`;
    out.galat(out.teks({ id: `PERINGATAN  ${subjek} ${k.id}`, en: `WARNING  ${subjek} ${k.en}` }));
  }
  const agencyKind = sebutan?.jenis;
  const agencyTimezone = bacaOpsi(opsi.agencyTimezone, bacaZona, {
    id: 'Zona waktu "{nilai}" tidak dikenal (--agency-timezone): pakai WIB, WITA atau WIT (atau Asia/Jakarta, Asia/Makassar, Asia/Jayapura).',
    en: 'Unknown time zone "{nilai}" (--agency-timezone): use WIB, WITA or WIT (or Asia/Jakarta, Asia/Makassar, Asia/Jayapura).',
  });
  if (!agencyId && !agencyName && !agencyKind && !agencyTimezone) return berkas;
  if (!berkas)
    return badanDariAtribut({ agency: agencyId, agencyName, agencyKind, agencyTimezone }, 'Badan Publik');
  return {
    ...berkas,
    ...(agencyId ? { id: agencyId } : {}),
    ...(agencyName ? { name: agencyName } : {}),
    ...(agencyKind ? { kind: agencyKind } : {}),
    ...(agencyTimezone ? { timeZone: agencyTimezone } : {}),
  };
}

/** Reads and validates a DIP file (JSON or CSV, told apart by extension, then by content). */
export async function bacaDokumen(path: string, opsi: OpsiAgensi, out: Keluaran): Promise<HasilBaca> {
  const { teks, pengodean } = await bacaBerkas(path);
  const format = /\.csv$/i.test(path) ? 'csv' : /\.json$/i.test(path) ? 'json' : undefined;
  const json = format === 'json' || (!format && /^\uFEFF?\s*[{[]/.test(teks));
  // A JSON document's own agency is read, not the options (still checked: a wrong value stops): a note on
  // the kind (Kalurahan) is said only where the kind is read, else it would ask to fix an ignored value.
  const agency = await bacaAgensi(opsi, json ? undefined : out);
  if (agency && json)
    out.galat(
      out.teks({
        id: 'PERINGATAN  --agency… diabaikan: dokumen JSON memuat data badan publiknya sendiri.',
        en: 'WARNING  --agency… is ignored: a JSON document carries its own agency.',
      }),
    );
  const decision = bacaKeputusan(opsi);
  if (decision && json)
    out.galat(
      out.teks({
        id: 'PERINGATAN  --decision… diabaikan: dokumen JSON mencantumkan SK DIP-nya sendiri (`decision`).',
        en: 'WARNING  --decision… is ignored: a JSON document names its own SK DIP (`decision`).',
      }),
    );
  return bacaDIP(teks, {
    ...(format ? { format } : {}),
    ...(agency ? { agency } : {}),
    ...(decision && !json ? { decision } : {}),
    pengodean,
  });
}
