import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { buatFolder } from '../berkas.js';

/**
 * Writes a file so that a reader sees either the old content or the new, never half: a temporary file
 * beside it, then a rename (atomic within one file system).
 */
export async function tulisAtomik(
  path: string,
  isi: string | Uint8Array,
  opsi: { mode?: number } = {},
): Promise<void> {
  await buatFolder(dirname(path));
  const sementara = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(sementara, isi, { mode: opsi.mode ?? 0o644, flag: 'wx' });
    await rename(sementara, path);
  } catch (e) {
    await rm(sementara, { force: true });
    throw e;
  }
}
