// The monitor's own file-system steps that Node gets wrong for its users: a `mkdir -p` that cannot spin,
// and a failed call said in words (which path, why, what to do) instead of a raw errno.
import { statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Teks } from '@terbuka/sdk';

/** An error of a file-system call (it has a code such as `EACCES`). */
export function galatSistemBerkas(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}

/** An error as a file-system call would give it, for a cause found before making the call. */
export function galatBerkasBuatan(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

const bukanFolder = (path: string): NodeJS.ErrnoException => galatBerkasBuatan('ENOTDIR', 'mkdir', path);

/**
 * Creates a folder and the missing folders above it; returns those it created, outermost first. Node's
 * `mkdir(…, { recursive: true })` never returns for a path under /proc or /sys (the kernel answers ENOENT
 * for a folder whose parent exists, and Node retries the parent forever): here a second ENOENT is final.
 * A file in the way is `ENOTDIR` naming that file.
 */
export async function buatFolder(path: string, mode?: number): Promise<string[]> {
  const opsi = mode === undefined ? {} : { mode };
  try {
    await mkdir(path, opsi);
    return [path];
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    if (kode === 'EEXIST') {
      if (
        await stat(path).then(
          (s) => s.isDirectory(),
          () => false,
        )
      )
        return [];
      throw bukanFolder(path);
    }
    if (kode !== 'ENOENT' || dirname(path) === path) throw e;
  }
  const dibuat = await buatFolder(dirname(path), mode);
  try {
    await mkdir(path, opsi);
  } catch (e) {
    // Made by another process meanwhile: fine; anything else (ENOENT again under /proc) is the answer.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (
      !(await stat(path).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      throw bukanFolder(path);
    return dibuat;
  }
  return [...dibuat, path];
}

/** The file that stands where `path` or a folder above it should be a folder, if there is one. */
function berkasMenghalangi(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      return statSync(p).isDirectory() ? undefined : p;
    } catch {
      // Not there (or not reachable through a file): look one level up.
    }
    if (dirname(p) === p) return undefined;
  }
}

/**
 * A failed file-system call in words, in both languages: the path it names, why, and what to do, for a
 * file being read (`baca`) or written (`tulis`, the default). Not a file-system error: undefined.
 */
export function teksGalatBerkas(e: unknown, tindakan: 'baca' | 'tulis' = 'tulis'): Teks | undefined {
  if (!galatSistemBerkas(e)) return undefined;
  const kode = e.code ?? '';
  const p = e.path ?? '';
  switch (kode) {
    case 'EACCES':
    case 'EPERM':
      return tindakan === 'baca'
        ? {
            id: `${p}: pengguna yang menjalankan terbuka tidak boleh membacanya (${kode}). Beri pengguna itu hak baca (chown/chmod).`,
            en: `${p}: the user running terbuka may not read it (${kode}). Give that user read access (chown/chmod).`,
          }
        : {
            id: `${p}: pengguna yang menjalankan terbuka tidak boleh menulis di sana (${kode}). Beri pengguna itu hak tulis (chown/chmod), atau pilih jalur lain.`,
            en: `${p}: the user running terbuka may not write there (${kode}). Give that user write access (chown/chmod), or choose another path.`,
          };
    case 'EROFS':
      return {
        id: `${p} ada di sistem berkas hanya-baca (EROFS). Pilih jalur di disk yang dapat ditulis.`,
        en: `${p} is on a read-only file system (EROFS). Choose a path on a writable disk.`,
      };
    case 'ENOTDIR':
    case 'EEXIST': {
      const berkas = berkasMenghalangi(p);
      if (berkas === p)
        return {
          id: `${p} adalah berkas, padahal di situ harus ada folder (${kode}). Pilih jalur lain, atau pindahkan berkas itu.`,
          en: `${p} is a file where a folder must be (${kode}). Choose another path, or move that file.`,
        };
      if (berkas !== undefined)
        return {
          id: `${berkas} adalah berkas, bukan folder, padahal jalur ${p} melewatinya (${kode}). Pilih jalur lain, atau pindahkan berkas itu.`,
          en: `${berkas} is a file, not a folder, yet the path ${p} goes through it (${kode}). Choose another path, or move that file.`,
        };
      return {
        id: `${p} sudah ada dan bukan yang diharapkan (${kode}). Pilih jalur lain.`,
        en: `${p} already exists and is not what was expected (${kode}). Choose another path.`,
      };
    }
    case 'EISDIR':
      return {
        id: `${p} adalah folder, padahal di situ harus ada berkas (EISDIR). Pindahkan folder itu, atau pilih jalur lain.`,
        en: `${p} is a folder where a file must be (EISDIR). Move that folder, or choose another path.`,
      };
    case 'ENOENT':
      return tindakan === 'baca'
        ? {
            id: `${p} tidak ada (ENOENT). Periksa jalurnya.`,
            en: `${p} does not exist (ENOENT). Check the path.`,
          }
        : {
            id: `${p} tidak ada dan tidak dapat dibuat di sana (ENOENT: mis. di dalam /proc atau /sys, atau lewat tautan simbolik yang putus). Pilih folder biasa.`,
            en: `${p} does not exist and cannot be created there (ENOENT: e.g. inside /proc or /sys, or through a broken symbolic link). Choose an ordinary folder.`,
          };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        id: `Disk penuh saat menulis ${p} (${kode}). Kosongkan ruang, lalu ulangi.`,
        en: `The disk is full writing ${p} (${kode}). Free some space, then run again.`,
      };
    case 'EFBIG':
      return {
        id: `${p} sudah sebesar batas ukuran berkas yang diizinkan (EFBIG: batas "ulimit -f" pengguna itu, atau batas sistem berkasnya). Naikkan batas itu, atau pilih berkas lain.`,
        en: `${p} has reached the largest file size allowed (EFBIG: that user's "ulimit -f", or its file system's limit). Raise that limit, or choose another file.`,
      };
    case 'EIO':
      return {
        id: `Disk gagal membaca atau menulis ${p} (EIO). Periksa disk itu (mis. dmesg), lalu ulangi.`,
        en: `The disk failed to read or write ${p} (EIO). Check that disk (e.g. dmesg), then run again.`,
      };
    default:
      return tindakan === 'baca'
        ? { id: `${p} tidak dapat dibaca (${kode}).`, en: `${p} cannot be read (${kode}).` }
        : { id: `${p} tidak dapat ditulis (${kode}).`, en: `${p} cannot be written (${kode}).` };
  }
}
