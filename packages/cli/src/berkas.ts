import { readFile, writeFile, rename } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { dekodeBerkas, isiTeks, type BerkasTerbaca } from '@terbuka/sdk';
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
    const kode = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Berkas {path} tidak dapat dibaca ({kode}).',
          en: 'Cannot read file {path} ({kode}).',
        },
        { path, kode },
      ),
    );
  }
  return dekodeBerkas(bytes);
}

/** Writes all or nothing: a temporary file renamed into place, so a failed run leaves no half file. */
export async function tulisBerkasUtuh(path: string, isi: string): Promise<void> {
  const sementara = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(sementara, isi, 'utf8');
    await rename(sementara, path);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new GalatPengguna(
      isiTeks(
        { id: 'Berkas {path} tidak dapat ditulis ({kode}).', en: 'Cannot write file {path} ({kode}).' },
        { path, kode },
      ),
    );
  }
}
