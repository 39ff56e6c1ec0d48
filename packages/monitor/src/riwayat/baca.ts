import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { bacaZona, type Masalah } from '@terbuka/sdk';
import type { CatatanPindai } from '../types.js';
import { RIWAYAT_FORMAT, RIWAYAT_VERSION } from '../types.js';
import { denganTidakDinilai } from '../sumber/tidak-dinilai.js';
import { GalatRiwayat, kodeGalat } from './galat.js';

export interface OpsiBacaRiwayat {
  /**
   * Told of each line skipped: `path` is the file, `row` the line. A torn last line (a run stopped while
   * writing) is `riwayat.torn-line`; another line that is not a record is `riwayat.invalid-line`.
   */
  readonly laporkan?: (m: Masalah) => void;
}

function sahCatatan(x: unknown): x is CatatanPindai {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    c['format'] === RIWAYAT_FORMAT &&
    c['version'] === RIWAYAT_VERSION &&
    typeof c['agencyId'] === 'string' &&
    typeof c['scannedAt'] === 'string' &&
    !Number.isNaN(Date.parse(c['scannedAt']))
  );
}

/**
 * The record with its body's zone as the SDK reads it (`WITA`, `Asia/Pontianak` → its IANA zone), and
 * none (WIB) for one it does not know: a hand-edited line must not stop a whole district's publishing.
 */
function denganZona(c: CatatanPindai): CatatanPindai {
  const tz: unknown = c.agency?.timeZone;
  if (tz === undefined) return c;
  const zona = typeof tz === 'string' ? bacaZona(tz) : undefined;
  if (zona === tz) return c;
  const { timeZone: _, ...agency } = c.agency;
  return { ...c, agency: zona ? { ...agency, timeZone: zona } : agency };
}

/** A record with where it was read: its file and line (1-based). */
export interface CatatanBerletak {
  readonly catatan: CatatanPindai;
  readonly path: string;
  readonly row: number;
}

async function* bacaSatu(path: string, opsi: OpsiBacaRiwayat): AsyncGenerator<CatatanBerletak> {
  const aliran = createReadStream(path, { encoding: 'utf8' });
  // Opening errors (a missing file) surface here, before readline starts, with a message for people.
  await new Promise<void>((terima, tolak) => {
    aliran.once('open', () => terima());
    aliran.once('error', (e) =>
      tolak(
        new GalatRiwayat({
          id: `Berkas riwayat ${path} tidak dapat dibaca (${kodeGalat(e)}).`,
          en: `Cannot read history file ${path} (${kodeGalat(e)}).`,
        }),
      ),
    );
  });
  const baris = createInterface({ input: aliran, crlfDelay: Infinity });
  const lapor = (row: number, terakhir: boolean): void =>
    opsi.laporkan?.({
      severity: 'warning',
      code: terakhir ? 'riwayat.torn-line' : 'riwayat.invalid-line',
      path,
      row,
      message: terakhir
        ? {
            id: `${path} baris ${row}: baris terakhir terpotong (pemindaian berhenti saat menulis); dilewati.`,
            en: `${path} line ${row}: the last line is cut short (a scan stopped while writing); skipped.`,
          }
        : {
            id: `${path} baris ${row}: bukan catatan pindai yang sah; dilewati.`,
            en: `${path} line ${row}: not a valid scan record; skipped.`,
          },
    });
  // One line is held back, so the last line of the file is known as the last when it is judged.
  let tertunda: { teks: string; row: number } | undefined;
  let row = 0;
  const nilai = (t: { teks: string; row: number }, terakhir: boolean): CatatanPindai | undefined => {
    if (t.teks.trim() === '') return undefined;
    let x: unknown;
    try {
      x = JSON.parse(t.teks);
    } catch {
      lapor(t.row, terakhir);
      return undefined;
    }
    // Read as a new scan would have recorded it: a robots.txt that kept the monitor out is "not assessed".
    if (sahCatatan(x)) return denganTidakDinilai(denganZona(x));
    lapor(t.row, false);
    return undefined;
  };
  for await (const teks of baris) {
    row++;
    if (tertunda) {
      const c = nilai(tertunda, false);
      if (c) yield { catatan: c, path, row: tertunda.row };
    }
    tertunda = { teks, row };
  }
  if (tertunda) {
    const c = nilai(tertunda, true);
    if (c) yield { catatan: c, path, row: tertunda.row };
  }
}

/**
 * Every record of the history files, file after file, line by line (streamed: a history of any size
 * reads in constant memory). Several files are the shards of one run, or runs kept apart: they merge
 * by being read together. Lines that are not records are skipped and reported through `laporkan`.
 */
export async function* bacaRiwayat(
  paths: readonly string[],
  opsi: OpsiBacaRiwayat = {},
): AsyncGenerator<CatatanPindai> {
  for await (const { catatan } of bacaRiwayatBerletak(paths, opsi)) yield catatan;
}

/** As `bacaRiwayat`, each record with its file and line, for a message that names them. */
export async function* bacaRiwayatBerletak(
  paths: readonly string[],
  opsi: OpsiBacaRiwayat = {},
): AsyncGenerator<CatatanBerletak> {
  for (const path of paths) yield* bacaSatu(path, opsi);
}

export interface OpsiCatatanTerakhir extends OpsiBacaRiwayat {
  /** Keep only these agencies (a shard's), so memory follows the shard, not the whole history. */
  readonly agencies?: ReadonlySet<string>;
}

/** The newest record of each agency (by `scannedAt`; of two at the same instant, the one read last). */
export async function catatanTerakhir(
  paths: readonly string[],
  opsi: OpsiCatatanTerakhir = {},
): Promise<Map<string, CatatanPindai>> {
  const terakhir = new Map<string, CatatanPindai>();
  for await (const c of bacaRiwayat(paths, opsi)) {
    if (opsi.agencies && !opsi.agencies.has(c.agencyId)) continue;
    const lama = terakhir.get(c.agencyId);
    if (!lama || Date.parse(c.scannedAt) >= Date.parse(lama.scannedAt)) terakhir.set(c.agencyId, c);
  }
  return terakhir;
}
