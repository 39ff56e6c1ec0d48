// The SDK client against the real server process: a citizen submits while the server is down, the request
// waits on the device, the server comes back, and the request is recorded exactly once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import Database from 'better-sqlite3';
import { KlienPermintaan, type PenyimpananKunci } from '@terbuka/sdk';
import { contohPermintaan, direktoriUji, mulaiServer, type ProsesServer } from '../uji/proses.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer | undefined;
after(async () => {
  await s?.berhenti();
  hapus();
});

/** A port nothing listens on now, to be taken by the server later. */
function portBebas(): Promise<number> {
  return new Promise((ok, gagal) => {
    const srv = createServer();
    srv.once('error', gagal);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

class PenyimpananMemori implements PenyimpananKunci {
  readonly isi = new Map<string, string>();
  getItem(k: string) {
    return this.isi.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.isi.set(k, v);
  }
  removeItem(k: string) {
    this.isi.delete(k);
  }
}

test('server down → queued on the device → server up → delivered once, with the same key', async () => {
  const port = await portBebas();
  const storage = new PenyimpananMemori();
  const klien = new KlienPermintaan({
    endpoint: `http://127.0.0.1:${port}`,
    fetch: globalThis.fetch.bind(globalThis),
    storage,
    sekarang: () => new Date(),
    acak: Math.random,
    timeoutMs: 2_000,
    percobaan: 2,
    jedaDasarMs: 10,
    jedaMaksMs: 20,
  });

  const pertama = await klien.kirim(contohPermintaan());
  assert.equal(pertama.status, 'antre');
  assert.equal((await klien.antrean()).length, 1);

  s = await mulaiServer({ dir, port });
  const hasil = await klien.kirimAntrean();
  assert.equal(hasil.terkirim.length, 1);
  assert.equal(hasil.tersisa, 0);
  assert.equal(hasil.terkirim[0]!.key, pertama.status === 'antre' ? pertama.key : '');
  assert.match(hasil.terkirim[0]!.receipt.number, /DISKOMINFO/);

  // Flushing again sends nothing; the server holds exactly one record.
  const lagi = await klien.kirimAntrean();
  assert.equal(lagi.terkirim.length, 0);
  const db = new Database(s.database, { readonly: true });
  try {
    const { n } = db.prepare('SELECT count(*) AS n FROM pengajuan').get() as { n: number };
    assert.equal(n, 1);
  } finally {
    db.close();
  }
  assert.equal((await klien.antrean()).length, 0);
});
