import { existsSync } from 'node:fs';
import { isiTeks } from '@terbuka/sdk';
import { bukanFolder } from '../berkas.js';
import { GalatPengguna, type Keluaran } from '../keluaran.js';
import type * as Server from '@terbuka/server';

export interface OpsiServe {
  config?: string;
  db?: string;
  host?: string;
  port?: string;
  now?: string;
}

// The server (Fastify, SQLite) loads only for `serve`, so every other command stays quick. It is an
// optional peer of the CLI (its SQLite driver is native code, 28 MB): installed by those who serve.
const server = async (): Promise<typeof Server> => {
  try {
    return await import('@terbuka/server');
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(e).includes('@terbuka/server'))
      throw new GalatPengguna({
        id: 'Perintah serve memerlukan paket @terbuka/server. Pasang dulu: npm install @terbuka/server',
        en: 'The serve command needs the @terbuka/server package. Install it first: npm install @terbuka/server',
      });
    throw e;
  }
};

/** `--config`, else TERBUKA_SERVER_CONFIG, else ./terbuka-server.json. */
async function muatKonfigurasi(opsi: OpsiServe) {
  const s = await server();
  const berkas = opsi.config ?? process.env.TERBUKA_SERVER_CONFIG ?? 'terbuka-server.json';
  if (!existsSync(berkas)) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Berkas konfigurasi {b} tidak ada. Buat dari contoh di docs/id/server.md, atau beri --config.',
          en: 'Configuration file {b} not found. Create it from the example in docs/id/server.md, or pass --config.',
        },
        { b: berkas },
      ),
    );
  }
  const env = { ...process.env };
  if (opsi.db) env.TERBUKA_DB = opsi.db;
  if (opsi.host) env.TERBUKA_HOST = opsi.host;
  if (opsi.port) env.TERBUKA_PORT = opsi.port;
  try {
    return s.bacaKonfigurasi(berkas, env);
  } catch (e) {
    if (e instanceof s.GalatKonfigurasi) throw new GalatPengguna(e.teks);
    throw e;
  }
}

/** `terbuka serve`: runs until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serve(opsi: OpsiServe, out: Keluaran): Promise<number> {
  const s = await server();
  const konfigurasi = await muatKonfigurasi(opsi);
  let now: Date | undefined;
  if (opsi.now !== undefined) {
    now = new Date(opsi.now);
    if (Number.isNaN(now.getTime())) {
      throw new GalatPengguna({
        id: `--now "${opsi.now}" bukan waktu ISO.`,
        en: `--now "${opsi.now}" is not an ISO time.`,
      });
    }
  }
  let jalan;
  try {
    jalan = await s.jalankanServer({ konfigurasi, ...(now ? { now } : {}) });
  } catch (e) {
    if (e instanceof s.GalatJamUji) throw new GalatPengguna(e.teks);
    const kode = (e as NodeJS.ErrnoException).code;
    if (kode === 'EADDRINUSE' || kode === 'EACCES') {
      throw new GalatPengguna({
        id: `Port ${konfigurasi.port} di ${konfigurasi.host} tidak dapat dipakai (${kode}).`,
        en: `Cannot listen on ${konfigurasi.host}:${konfigurasi.port} (${kode}).`,
      });
    }
    throw e;
  }
  out.galat(
    out.teks({
      id: `Server Terbuka berjalan di ${jalan.alamat} — basis data ${konfigurasi.database}. Ctrl+C untuk berhenti.`,
      en: `Terbuka server listening on ${jalan.alamat} — database ${konfigurasi.database}. Ctrl+C to stop.`,
    }),
  );
  await new Promise<void>((selesai) => {
    const henti = () => {
      process.off('SIGINT', henti);
      process.off('SIGTERM', henti);
      selesai();
    };
    process.on('SIGINT', henti);
    process.on('SIGTERM', henti);
  });
  await jalan.tutup();
  return 0;
}

/** `terbuka serve backup <file>`: an online copy of the database, checked, while the server runs. */
export async function backup(berkas: string, opsi: OpsiServe, out: Keluaran): Promise<number> {
  const s = await server();
  const konfigurasi = opsi.db && !opsi.config ? undefined : await muatKonfigurasi(opsi);
  const database = opsi.db ?? konfigurasi!.database;
  // Refused before the server opens anything: SQLite on a folder is a bare "unable to open database
  // file", and the empty backup it had already created stayed behind.
  await bukanFolder(database, opsi.db ? '--db' : undefined);
  await bukanFolder(berkas);
  try {
    const r = await s.cadangkan(database, berkas);
    if (out.json) out.cetakJSON({ file: berkas, ...r });
    else {
      out.tulis(
        out.teks({
          id: `Cadangan ${berkas}: ${r.rows} pengajuan, ${r.pages} halaman, integrity_check ${r.integrity}.`,
          en: `Backup ${berkas}: ${r.rows} submissions, ${r.pages} pages, integrity_check ${r.integrity}.`,
        }),
      );
    }
    return r.integrity === 'ok' ? 0 : 1;
  } catch (e) {
    if (e instanceof s.GalatCadangan) throw new GalatPengguna(e.teks);
    // SQLite's own refusals of the file given (not a database, cannot be opened): the user's file.
    const kode = (e as { code?: unknown }).code;
    if (kode === 'SQLITE_NOTADB' || kode === 'SQLITE_CANTOPEN')
      throw new GalatPengguna(
        isiTeks(
          {
            id: 'Basis data {db} tidak dapat dibuka sebagai basis data SQLite ({kode}).',
            en: 'The database {db} cannot be opened as an SQLite database ({kode}).',
          },
          { db: database, kode },
        ),
      );
    throw e;
  }
}

/** `terbuka serve token`: a new officer token; only its SHA-256 goes into the configuration. */
export async function token(out: Keluaran): Promise<number> {
  const { token: t, sha256 } = (await server()).buatToken();
  if (out.json) out.cetakJSON({ token: t, sha256 });
  else {
    out.tulis(
      out.teks({
        id: `Token (berikan kepada petugas, simpan rahasia): ${t}`,
        en: `Token (give it to the officer, keep it secret): ${t}`,
      }),
    );
    out.tulis(
      out.teks({
        id: `tokenSha256 (tulis di konfigurasi): ${sha256}`,
        en: `tokenSha256 (put it in the configuration): ${sha256}`,
      }),
    );
  }
  return 0;
}
