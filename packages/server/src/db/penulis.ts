import { Worker } from 'node:worker_threads';
import type { AgensiKonfigurasi } from '../konfigurasi.js';
import { terima, type HasilTerima, type KonteksPenerimaan, type MasukanPengajuan } from './penerimaan.js';

/** Writes new submissions; every promise settles only after the submission's COMMIT returned. */
export interface Penulis {
  terima(m: MasukanPengajuan): Promise<HasilTerima>;
  /** Waits for the submissions in flight, then stops. */
  tutup(): Promise<void>;
}

/** On the calling thread, through the storage's group commit (an in-memory database, tests). */
export class PenulisLangsung implements Penulis {
  constructor(private readonly k: KonteksPenerimaan) {}
  terima(m: MasukanPengajuan): Promise<HasilTerima> {
    return terima(this.k, m);
  }
  async tutup(): Promise<void> {}
}

/** What the writer thread is started with (plain data: it opens its own connection). */
export interface DataPekerjaTulis {
  readonly database: string;
  readonly agencies: readonly AgensiKonfigurasi[];
  readonly beritahu: boolean;
}

/** main → writer: submissions gathered during one turn of the event loop (`null`: close and end). */
export interface PesanTulis {
  readonly id: number;
  readonly m: MasukanPengajuan;
}
/** writer → main: the outcomes of one group commit. */
export type JawabanTulis =
  { readonly id: number; readonly h: HasilTerima } | { readonly id: number; readonly galat: string };

/**
 * On a writer thread with its own connection: the INSERTs and the fsync of each group commit run there,
 * so while the disk syncs one group, this thread keeps parsing and validating the next requests (on the
 * calling thread the fsync blocks the event loop). The group commit, savepoints and idempotency are the
 * storage's own, unchanged. If the thread dies, the submissions in flight fail (500, "not stored; send
 * again" — a retry with the same key is answered from the database if the commit did happen) and the
 * next submission starts a new thread.
 */
export class PenulisPekerja implements Penulis {
  readonly #data: DataPekerjaTulis;
  #pekerja: Worker | undefined;
  #id = 0;
  readonly #menunggu = new Map<number, { ok: (h: HasilTerima) => void; gagal: (e: Error) => void }>();
  #kiriman: PesanTulis[] = [];
  #selesai: (() => void) | undefined;

  constructor(data: DataPekerjaTulis) {
    this.#data = data;
    this.#pekerja = this.#mulai();
  }

  #mulai(): Worker {
    const w = import.meta.url.endsWith('.ts')
      ? // The test runner runs the TypeScript source: the thread registers tsx before loading it.
        new Worker(
          `import('tsx/esm/api').then((t) => t.register()).then(() => import(${JSON.stringify(
            new URL('./pekerja-tulis.ts', import.meta.url).href,
          )}))`,
          { eval: true, workerData: this.#data },
        )
      : new Worker(new URL('./pekerja-tulis.js', import.meta.url), { workerData: this.#data });
    w.on('message', (jawaban: JawabanTulis[]) => {
      for (const j of jawaban) {
        const p = this.#menunggu.get(j.id);
        if (!p) continue;
        this.#menunggu.delete(j.id);
        if ('h' in j) p.ok(j.h);
        else p.gagal(new Error(j.galat));
      }
      if (this.#menunggu.size === 0) this.#selesai?.();
    });
    const mati = (e: Error) => {
      if (this.#pekerja !== w) return;
      this.#pekerja = undefined;
      for (const p of this.#menunggu.values()) p.gagal(e);
      this.#menunggu.clear();
      this.#selesai?.();
    };
    w.on('error', mati);
    w.on('exit', (kode) => mati(new Error(`writer thread exited (${kode})`)));
    return w;
  }

  terima(m: MasukanPengajuan): Promise<HasilTerima> {
    const id = ++this.#id;
    return new Promise((ok, gagal) => {
      this.#menunggu.set(id, { ok, gagal });
      // One message per turn of the event loop carries every submission parsed in it.
      if (this.#kiriman.push({ id, m }) === 1) setImmediate(() => this.#kirim());
    });
  }

  #kirim(): void {
    const kiriman = this.#kiriman;
    this.#kiriman = [];
    this.#pekerja ??= this.#mulai();
    this.#pekerja.postMessage(kiriman);
  }

  async tutup(): Promise<void> {
    if (this.#menunggu.size > 0) await new Promise<void>((ok) => (this.#selesai = ok));
    const w = this.#pekerja;
    this.#pekerja = undefined;
    if (!w) return;
    // The thread closes its connection and ends; terminated if it does not within a second.
    const berhenti = new Promise<void>((ok) => w.once('exit', () => ok()));
    w.postMessage(null);
    const batas = setTimeout(() => void w.terminate(), 1000);
    await berhenti;
    clearTimeout(batas);
  }
}
