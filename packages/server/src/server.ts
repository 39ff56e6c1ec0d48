import type { FastifyInstance } from 'fastify';
import { buatAplikasi } from './aplikasi.js';
import { bukaBasisData } from './db/buka.js';
import { jamMulaiDari, jamSistem } from './jam.js';
import type { Konfigurasi } from './konfigurasi.js';
import { PekerjaNotifikasi } from './notifikasi/pekerja.js';
import { buatPengirim } from './notifikasi/pengirim.js';

export interface OpsiServer {
  readonly konfigurasi: Konfigurasi;
  /** Test clock: start the server's clock at this instant. Refused outside NODE_ENV=test. */
  readonly now?: Date;
  readonly env?: Record<string, string | undefined>;
}

export interface ServerBerjalan {
  readonly app: FastifyInstance;
  /** `http://127.0.0.1:PORT` */
  readonly alamat: string;
  readonly tutup: () => Promise<void>;
}

/** A test clock given to a production server: refused, so no one runs an office on a fake date. */
export class GalatJamUji extends Error {
  readonly teks = {
    id: '--now hanya boleh dipakai dalam pengujian (NODE_ENV=test).',
    en: '--now is only allowed in tests (NODE_ENV=test).',
  };
  constructor() {
    super('--now is only allowed in tests (NODE_ENV=test).');
    this.name = 'GalatJamUji';
  }
}

/** Opens the database (migrating it), starts the HTTP server and the notification worker. */
export async function jalankanServer(o: OpsiServer): Promise<ServerBerjalan> {
  const env = o.env ?? process.env;
  if (o.now !== undefined && env.NODE_ENV !== 'test') throw new GalatJamUji();
  const jam = o.now !== undefined ? jamMulaiDari(o.now) : jamSistem;
  const db = bukaBasisData(o.konfigurasi.database);
  let pekerja: PekerjaNotifikasi | undefined;
  const { app, konteks } = await buatAplikasi({
    konfigurasi: o.konfigurasi,
    db,
    jam,
    bangunkanNotifikasi: () => pekerja?.bangunkan(),
  });
  const kirim = buatPengirim(o.konfigurasi);
  if (kirim) pekerja = new PekerjaNotifikasi(konteks, kirim);
  app.addHook('onClose', async () => {
    await pekerja?.berhenti();
    db.close();
  });
  await app.listen({ host: o.konfigurasi.host, port: o.konfigurasi.port });
  pekerja?.mulai();
  const a = app.server.address();
  const alamat =
    typeof a === 'object' && a
      ? `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`
      : String(a);
  app.log.info({ alamat, database: o.konfigurasi.database }, 'server terbuka siap');
  return { app, alamat, tutup: () => app.close() };
}
