import type { FastifyBaseLogger } from 'fastify';
import type { Penulis } from './db/penulis.js';
import type { Penyimpanan } from './db/penyimpanan.js';
import type { Jam } from './jam.js';
import type { AgensiKonfigurasi, Konfigurasi } from './konfigurasi.js';

/** What every route and worker shares: configuration, storage, clock. */
export interface Konteks {
  readonly konfigurasi: Konfigurasi;
  readonly simpan: Penyimpanan;
  /** Writes new submissions (on a writer thread for a database file). */
  readonly penulis: Penulis;
  readonly jam: Jam;
  readonly agensi: ReadonlyMap<string, AgensiKonfigurasi>;
  /** Wakes the notification sender after a commit that queued something. */
  readonly bangunkanNotifikasi: () => void;
  readonly log: FastifyBaseLogger;
}
