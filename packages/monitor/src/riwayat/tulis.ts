import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CatatanPindai } from '../types.js';
import { buatFolder, galatSistemBerkas, teksGalatBerkas } from '../berkas.js';
import { GalatRiwayat, kodeGalat } from './galat.js';

/**
 * Appends scan records to a JSON Lines history, one record per line. Each line goes to the file in a
 * single append of the whole line, so a crash can at worst leave the last line cut short; opening a
 * file that ends that way first closes the torn line, so the next record starts on a line of its own
 * (and `bacaRiwayat` skips and reports the torn one). Writes are queued: lines never interleave.
 * One writer per file: shards running at once each write their own file.
 */
export class PenulisRiwayat {
  #antrean: Promise<void> = Promise.resolve();
  #tertutup = false;
  #ditulis = 0;
  /** Where the file ends: what this writer appended is cut back to it when a write fails partway. */
  #ukuran = 0;

  private constructor(
    readonly path: string,
    private readonly berkas: FileHandle,
  ) {}

  /** Opens (creating it and its folder if needed) the history file for appending. */
  static async buka(path: string): Promise<PenulisRiwayat> {
    let berkas: FileHandle;
    try {
      await buatFolder(dirname(path));
      berkas = await open(path, 'a+');
    } catch (e) {
      // Why, in words: a file where a folder of the path should be is not "EEXIST".
      const sebab = teksGalatBerkas(e) ?? { id: kodeGalat(e), en: kodeGalat(e) };
      throw new GalatRiwayat({
        id: `Berkas riwayat ${path} tidak dapat dibuka untuk ditulis: ${sebab.id}`,
        en: `Cannot open history file ${path} for writing: ${sebab.en}`,
      });
    }
    const penulis = new PenulisRiwayat(path, berkas);
    const { size } = await berkas.stat();
    penulis.#ukuran = size;
    if (size > 0) {
      const akhir = Buffer.alloc(1);
      await berkas.read(akhir, 0, 1, size - 1);
      if (akhir[0] !== 0x0a) await penulis.#tulisSemua(Buffer.from('\n'));
    }
    return penulis;
  }

  /** Records written through this writer so far. */
  get jumlah(): number {
    return this.#ditulis;
  }

  /** Appends one record as one line; resolves once the line is handed to the file system. */
  tulis(catatan: CatatanPindai): Promise<void> {
    if (this.#tertutup)
      return Promise.reject(
        new GalatRiwayat({
          id: `Berkas riwayat ${this.path} sudah ditutup.`,
          en: `History file ${this.path} is already closed.`,
        }),
      );
    // JSON.stringify escapes every line break inside strings: one record is always one line.
    const baris = Buffer.from(`${JSON.stringify(catatan)}\n`, 'utf8');
    const kerja = this.#antrean.then(async () => {
      await this.#tulisSemua(baris);
      this.#ditulis++;
    });
    // A failed write is the caller's to see; the queue goes on for the lines after it.
    this.#antrean = kerja.catch(() => undefined);
    return kerja;
  }

  /**
   * Appends `buf` whole, or not at all: a write that fails partway (a full disk, a file size limit) is cut
   * back to where the file ended, so no piece of a line is left for the next line to run into. When even
   * that fails, the piece stays as a torn line, which `bacaRiwayat` skips and reports, and the next opening
   * closes.
   */
  async #tulisSemua(buf: Buffer): Promise<void> {
    const awal = this.#ukuran;
    let n = 0;
    try {
      while (n < buf.length) n += (await this.berkas.write(buf, n, buf.length - n)).bytesWritten;
      this.#ukuran += n;
    } catch (e) {
      const dipotong =
        n === 0 ||
        (await this.berkas.truncate(awal).then(
          () => true,
          () => false,
        ));
      // The error of a write to an open file does not name it: this one.
      if (galatSistemBerkas(e)) e.path ??= this.path;
      const sebab = teksGalatBerkas(e) ?? { id: kodeGalat(e), en: kodeGalat(e) };
      const sisa = dipotong
        ? { id: '', en: '' }
        : {
            id: ' Baris terakhirnya mungkin terpotong: baris itu dilewati dan disebut saat riwayat dibaca.',
            en: ' Its last line may be cut short: that line is skipped and named when the history is read.',
          };
      throw new GalatRiwayat({
        id: `Berkas riwayat ${this.path} tidak dapat ditulis: ${sebab.id} Catatan yang sudah tertulis tetap utuh; pindaian yang belum tertulis diulang pada pemindaian berikutnya.${sisa.id}`,
        en: `Cannot write history file ${this.path}: ${sebab.en} The records already written are intact; the scans not written are made again by the next scan.${sisa.en}`,
      });
    }
  }

  /** Waits for queued lines, flushes them to disk and closes the file. */
  async tutup(): Promise<void> {
    if (this.#tertutup) return;
    this.#tertutup = true;
    await this.#antrean;
    try {
      await this.berkas.datasync();
    } finally {
      await this.berkas.close();
    }
  }
}
