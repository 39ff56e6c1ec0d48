import type { AgensiKonfigurasi } from '../konfigurasi.js';
import { bukaBasisData } from './buka.js';
import { siapkan, tulis, type HasilTerima, type KonteksTulis, type MasukanPengajuan } from './penerimaan.js';
import { Penyimpanan } from './penyimpanan.js';
import { fsyncWal, SinkronWal } from './sinkron-wal.js';

/**
 * Writes new submissions: validates and prepares each on the calling thread, then numbers and stores it;
 * every promise of a valid submission settles only after its COMMIT returned.
 */
export interface Penulis {
  terima(m: MasukanPengajuan): Promise<HasilTerima>;
  /** Waits for the submissions in flight, then stops. */
  tutup(): Promise<void>;
}

/** On the calling thread, through the storage's group commit (an in-memory database, tests). */
export class PenulisLangsung implements Penulis {
  constructor(private readonly k: KonteksTulis) {}
  async terima(m: MasukanPengajuan): Promise<HasilTerima> {
    const s = siapkan(this.k, m);
    return s.hasil === 'siap' ? tulis(this.k, s.siap) : s;
  }
  async tutup(): Promise<void> {}
}

/** What a file writer opens: the database (already migrated) and the agencies it numbers for. */
export interface DataPenulisBerkas {
  readonly database: string;
  readonly agencies: readonly AgensiKonfigurasi[];
  readonly beritahu: boolean;
}

/**
 * Writes to a database file through a connection of its own that commits with synchronous=NORMAL, and
 * acknowledges each group only after an fsync of the WAL that began after its COMMIT (sinkron-wal.ts):
 * the promise of synchronous=FULL, without stopping the event loop for the disk. Submissions that arrive
 * during an fsync are committed together when it returns. Numbering, savepoints and idempotency are the
 * storage's own, unchanged.
 */
export class PenulisBerkas implements Penulis {
  readonly #k: KonteksTulis;
  readonly #fsync: ReturnType<typeof fsyncWal>;
  #dalamProses = 0;
  #selesai: (() => void) | undefined;

  constructor(data: DataPenulisBerkas) {
    this.#fsync = fsyncWal(data.database);
    this.#k = {
      simpan: new Penyimpanan(bukaBasisData(data.database, { synchronous: 'NORMAL' }), {
        sinkron: new SinkronWal(this.#fsync),
      }),
      agensi: new Map(data.agencies.map((a) => [a.id, a])),
      beritahu: data.beritahu,
    };
  }

  async terima(m: MasukanPengajuan): Promise<HasilTerima> {
    const s = siapkan(this.#k, m);
    if (s.hasil !== 'siap') return s;
    this.#dalamProses++;
    try {
      return await tulis(this.#k, s.siap);
    } finally {
      if (--this.#dalamProses === 0) this.#selesai?.();
    }
  }

  async tutup(): Promise<void> {
    if (this.#dalamProses > 0) await new Promise<void>((ok) => (this.#selesai = ok));
    this.#k.simpan.db.close();
    await this.#fsync.tutup();
  }
}
