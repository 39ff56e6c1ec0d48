import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { dekodeBerkas, isiTeks, type BerkasTerbaca, type Teks } from '@terbuka/sdk';
import { GalatPengguna } from './keluaran.js';

/**
 * Reads a text file, or stdin for `-`, in the encoding it was saved in (the SDK's `dekodeBerkas`: UTF-8,
 * UTF-16 with its mark, else Windows-1252 as Excel's "CSV (Comma delimited)" saves); a missing file is
 * the user's error, not a crash.
 */
export async function bacaBerkas(path: string): Promise<BerkasTerbaca> {
  let bytes: Buffer;
  try {
    if (path === '-') {
      const bagian: Buffer[] = [];
      for await (const b of process.stdin) bagian.push(b as Buffer);
      bytes = Buffer.concat(bagian);
    } else bytes = await readFile(path);
  } catch (e) {
    throw galatBerkas(path, e, {
      id: 'Berkas {path} tidak dapat dibaca ({kode}).',
      en: 'Cannot read file {path} ({kode}).',
    });
  }
  return dekodeBerkas(bytes);
}

/** Writes all or nothing: a temporary file renamed into place, so a failed run leaves no half file. */
export async function tulisBerkasUtuh(path: string, isi: string | Uint8Array): Promise<void> {
  const sementara = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(sementara, isi, typeof isi === 'string' ? 'utf8' : undefined);
    await rename(sementara, path);
  } catch (e) {
    await rm(sementara, { force: true });
    throw galatBerkas(path, e, {
      id: 'Berkas {path} tidak dapat ditulis ({kode}).',
      en: 'Cannot write file {path} ({kode}).',
    });
  }
}

/** A folder given where a file is wanted, said in both languages (with the option that named it). */
function galatFolder(path: string, opsi?: string): GalatPengguna {
  const awal = opsi ? `${opsi}: ` : '';
  return new GalatPengguna(
    isiTeks(
      {
        id: `${awal}{path} adalah folder, bukan berkas. Beri nama berkasnya.`,
        en: `${awal}{path} is a folder, not a file. Give the file's name.`,
      },
      { path },
    ),
  );
}

/**
 * The usage error (exit 2) for a file that could not be read or written: a folder is said as such,
 * another cause by its code in `pesan` ({path}, {kode}) — never the raw errno text as an internal error.
 */
export function galatBerkas(path: string, e: unknown, pesan: Teks, opsi?: string): GalatPengguna {
  const kode = (e as NodeJS.ErrnoException).code ?? String(e);
  if (kode === 'EISDIR') return galatFolder(path, opsi);
  const t = isiTeks(pesan, { path, kode });
  return new GalatPengguna(opsi ? { id: `${opsi}: ${t.id}`, en: `${opsi}: ${t.en}` } : t);
}

/**
 * Stops with a usage error (exit 2) when a path given for a file is a folder; a path that does not exist
 * (yet) passes, for the command to create or report.
 */
export async function bukanFolder(path: string, opsi?: string): Promise<void> {
  const folder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (folder) throw galatFolder(path, opsi);
}
