import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contohKeberatan, contohPermintaan } from './contoh.test.js';
import { KlienPermintaan, type AmbilHttp, type OpsiKlien, type PenyimpananKunci } from './klien.js';
import { buatTandaBukti } from './tanda-bukti.js';

/** localStorage's shape, in memory; `rusak` makes every write fail (private mode, quota). */
class Memori implements PenyimpananKunci {
  readonly isi = new Map<string, string>();
  rusak = false;
  getItem(k: string) {
    return this.isi.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.rusak) throw new Error('QuotaExceededError');
    this.isi.set(k, v);
  }
  removeItem(k: string) {
    if (this.rusak) throw new Error('QuotaExceededError');
    this.isi.delete(k);
  }
  semua(): string {
    return [...this.isi.values()].join('\n');
  }
}

/** How the server misbehaves for the first requests it gets. */
interface Perilaku {
  gagal503?: number;
  putus?: number;
  gantung?: number;
  status429?: number;
  /** Every request answers this status with a Masalah body. */
  tolak?: number;
  /** The refusal's code and words (default `x.y`, about `purpose`). */
  galat?: { code: string; message: { id: string; en: string } };
  /** Every request is dropped while true. */
  mati?: boolean;
  /** Every request answers this status with a body that is no list of problems. */
  jawab?: number;
  /** Added to every objection's receipt, as @terbuka/server adds its `requestLink`. */
  tautan?: unknown;
  /** Added to the status answer, as @terbuka/server adds its `window` once a deadline passed unanswered. */
  jendela?: unknown;
}

interface Diterima {
  readonly url: string;
  readonly key: string | undefined;
  readonly body: string;
}

/** A small intake server on loopback that dedupes by Idempotency-Key like @terbuka/server does. */
async function mulaiServer(perilaku: Perilaku = {}, port = 0) {
  const diterima: Diterima[] = [];
  const rekaman = new Map<string, { body: string; receipt: unknown }>();
  let ke = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      ke++;
      const key = req.headers['idempotency-key'] as string | undefined;
      diterima.push({ url: req.url ?? '', key, body });
      const kirim = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (perilaku.mati || ke <= (perilaku.putus ?? 0)) return req.socket.destroy();
      let n = perilaku.putus ?? 0;
      if (ke <= (n += perilaku.gantung ?? 0)) return; // never answers
      if (ke <= (n += perilaku.gagal503 ?? 0)) return kirim(503, { errors: [] });
      if (ke <= n + (perilaku.status429 ?? 0)) return kirim(429, { errors: [] });
      if (perilaku.jawab) return kirim(perilaku.jawab, {});
      if (perilaku.tolak)
        return kirim(perilaku.tolak, {
          errors: [
            {
              severity: 'error',
              code: perilaku.galat?.code ?? 'x.y',
              path: perilaku.galat ? '' : 'purpose',
              message: perilaku.galat?.message ?? { id: 'Tujuan: x.', en: 'Purpose: x.' },
            },
          ],
        });
      if (req.url === '/v1/status') {
        const q = JSON.parse(body) as { number: string; contact: string };
        if (q.number === '001/PPID/X/PI/2026' && q.contact === '+6281234567890')
          return kirim(200, {
            number: q.number,
            kind: 'permintaan',
            status: 'diproses',
            deadline: '2026-04-06',
            events: [],
            ...('jendela' in perilaku ? { window: perilaku.jendela } : {}),
          });
        return kirim(404, {
          errors: [
            {
              severity: 'error',
              code: 'status.not-found',
              path: '',
              message: { id: 'Tidak ditemukan.', en: 'Not found.' },
            },
          ],
        });
      }
      if (!key) return kirim(400, { errors: [] });
      const ada = rekaman.get(key);
      if (ada)
        return ada.body === body
          ? kirim(200, ada.receipt)
          : kirim(409, {
              errors: [
                {
                  severity: 'error',
                  code: 'idempotency-key.reused',
                  path: 'headers.idempotency-key',
                  message: {
                    id: 'Idempotency-Key ini sudah dipakai untuk pengajuan lain.',
                    en: 'This Idempotency-Key was already used for another submission.',
                  },
                },
              ],
            });
      const receipt = buatTandaBukti({
        jenis: req.url === '/v1/keberatan' ? 'keberatan' : 'permintaan',
        nomor: `${String(rekaman.size + 1).padStart(3, '0')}/PPID/X/PI/2026`,
        receivedAt: new Date('2026-03-13T02:00:00Z'),
        agency: { id: 'x', name: 'X' },
        ringkasan: 'x',
      });
      const jawaban =
        req.url === '/v1/keberatan' && 'tautan' in perilaku
          ? { ...receipt, requestLink: perilaku.tautan }
          : receipt;
      rekaman.set(key, { body, receipt: jawaban });
      kirim(201, jawaban);
    });
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const alamat = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tutup = () =>
    new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return { alamat, diterima, rekaman, perilaku, tutup, port: (server.address() as AddressInfo).port };
}

/** A seeded random source, so a run is repeatable. */
function lcg(seed = 7): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

// As the docs tell developers to pass it: the type must take fetch itself.
const ambil: AmbilHttp = globalThis.fetch.bind(globalThis);

function klien(alamat: string, storage: Memori, lain: Partial<OpsiKlien> = {}) {
  return new KlienPermintaan({
    endpoint: `${alamat}/`,
    fetch: ambil,
    storage,
    sekarang: () => new Date('2026-03-13T02:00:00Z'),
    acak: lcg(),
    timeoutMs: 2000,
    jedaDasarMs: 5,
    jedaMaksMs: 20,
    ...lain,
  });
}

const NIK = '3201014509900001';

test('a flaky server (503, 503) gets one logical submission: every attempt carries the same key', async () => {
  const s = await mulaiServer({ gagal503: 2 });
  try {
    const storage = new Memori();
    const h = await klien(s.alamat, storage).kirim(contohPermintaan());
    assert.equal(h.status, 'terkirim');
    assert.equal(s.diterima.length, 3);
    assert.equal(new Set(s.diterima.map((d) => d.key)).size, 1);
    assert.equal(s.rekaman.size, 1);
    assert.ok(h.status === 'terkirim' && h.receipt.number === '001/PPID/X/PI/2026' && !h.replayed);
    assert.match(s.diterima[0]!.key!, /^tb-[0-9a-z]{26}$/);
    assert.equal(storage.isi.size, 0, 'nothing (and no NIK) left on the device');
  } finally {
    await s.tutup();
  }
});

test('dropped connections and 429 are retried; the body sent is the normalised one', async () => {
  const s = await mulaiServer({ putus: 2, status429: 1 });
  try {
    const h = await klien(s.alamat, new Memori(), { percobaan: 5 }).kirim(contohPermintaan());
    assert.equal(h.status, 'terkirim');
    assert.equal(s.diterima.length, 4);
    assert.equal(new Set(s.diterima.map((d) => d.key)).size, 1);
    assert.equal(s.rekaman.size, 1);
    const body = JSON.parse(s.diterima[3]!.body) as { requester: { phone: string; name: string } };
    assert.deepEqual([body.requester.phone, body.requester.name], ['+6281234567890', 'Siti Aminah']);
  } finally {
    await s.tutup();
  }
});

test('a request that hangs is timed out and retried with the same key', async () => {
  const s = await mulaiServer({ gantung: 1 });
  try {
    const mulai = Date.now();
    const h = await klien(s.alamat, new Memori(), { timeoutMs: 300 }).kirim(contohPermintaan());
    assert.equal(h.status, 'terkirim');
    assert.ok(Date.now() - mulai >= 290);
    assert.equal(s.diterima.length, 2);
    assert.equal(s.diterima[0]!.key, s.diterima[1]!.key);
  } finally {
    await s.tutup();
  }
});

test('4xx is final: not retried, removed from the queue, the server’s messages returned', async () => {
  const s = await mulaiServer({ tolak: 422 });
  try {
    const storage = new Memori();
    const h = await klien(s.alamat, storage).kirim(contohPermintaan());
    assert.equal(h.status, 'ditolak');
    assert.ok(h.status === 'ditolak' && h.httpStatus === 422 && h.errors[0]?.code === 'x.y');
    assert.equal(s.diterima.length, 1);
    assert.equal(storage.isi.size, 0);
  } finally {
    await s.tutup();
  }
});

test('invalid input is refused before anything is sent or stored', async () => {
  const storage = new Memori();
  let dipanggil = 0;
  const k = new KlienPermintaan({
    endpoint: 'http://127.0.0.1:9',
    fetch: async () => {
      dipanggil++;
      throw new Error('no');
    },
    storage,
    sekarang: () => new Date(),
    acak: lcg(),
  });
  const h = await k.kirim({ ...contohPermintaan(), purpose: '' });
  assert.ok(h.status === 'tidak-sah' && h.errors[0]?.path === 'purpose');
  assert.equal(dipanggil, 0);
  assert.equal(storage.isi.size, 0);
});

test('offline: queued on the device, then sent once, in order, when back; NIK gone afterwards', async () => {
  const s = await mulaiServer();
  try {
    const storage = new Memori();
    let daring = false;
    const k = klien(s.alamat, storage, { daring: () => daring });
    const a = await k.kirim(contohPermintaan());
    const b = await k.kirim({ ...contohKeberatan(), format: 'terbuka-keberatan' });
    assert.equal(a.status, 'antre');
    assert.equal(b.status, 'antre');
    assert.equal(s.diterima.length, 0);
    assert.match(storage.semua(), new RegExp(NIK), 'the NIK is kept while queued');
    const daftar = await k.antrean();
    assert.deepEqual(
      daftar.map((e) => [e.kind, e.attempts]),
      [
        ['permintaan', 1],
        ['keberatan', 1],
      ],
    );
    assert.doesNotMatch(JSON.stringify(daftar), new RegExp(NIK));
    assert.match(daftar[0]!.lastError!.id, /luring/);
    assert.equal(daftar[0]!.summary, 'Salinan laporan realisasi APBD 2025 Dinas Kesehatan');
    daring = true;
    const h = await k.kirimAntrean();
    assert.equal(h.terkirim.length, 2);
    assert.equal(h.tersisa, 0);
    assert.deepEqual(
      s.diterima.map((d) => d.url),
      ['/v1/permintaan', '/v1/keberatan'],
    );
    assert.ok(a.status === 'antre' && s.diterima[0]!.key === a.key);
    assert.equal(storage.isi.size, 0);
    assert.doesNotMatch(storage.semua(), new RegExp(NIK));
    // Flushing again sends nothing.
    assert.deepEqual(await k.kirimAntrean(), { terkirim: [], ditolak: [], konflik: [], tersisa: 0 });
    assert.equal(s.diterima.length, 2);
  } finally {
    await s.tutup();
  }
});

test('server down → queued → server up → delivered exactly once', async () => {
  const s1 = await mulaiServer();
  const port = s1.port;
  await s1.tutup(); // connection refused from now on
  const storage = new Memori();
  const k = klien(`http://127.0.0.1:${port}`, storage, { percobaan: 2 });
  const h = await k.kirim(contohPermintaan());
  assert.equal(h.status, 'antre');
  assert.ok(h.status === 'antre' && /tidak dapat dihubungi/.test(h.reason.id));
  const s2 = await mulaiServer({}, port);
  try {
    const r = await k.kirimAntrean();
    assert.equal(r.terkirim.length, 1);
    assert.ok(h.status === 'antre' && r.terkirim[0]!.key === h.key);
    assert.equal(s2.rekaman.size, 1);
    assert.equal(s2.diterima.length, 1);
    assert.equal(storage.isi.size, 0);
  } finally {
    await s2.tutup();
  }
});

test('a crash mid-send: the next page load resends the same key and the server records it once', async () => {
  const s = await mulaiServer();
  try {
    const storage = new Memori();
    // The first page sends, the server stores it, and the page dies before reading the answer.
    const mati: AmbilHttp = async (url, init) => {
      await ambil(url, init);
      return new Promise(() => undefined);
    };
    // Its timers never fire either: a dead page neither times out nor retries.
    const beku = { setTimeout: () => 0, clearTimeout: () => undefined };
    void klien(s.alamat, storage, { fetch: mati, pewaktu: beku }).kirim(contohPermintaan());
    while (s.rekaman.size === 0) await new Promise((ok) => setTimeout(ok, 5));
    assert.equal(JSON.parse(storage.semua()).length, 1, 'the entry was written before the first attempt');
    // A new page (new client, same storage) flushes the queue.
    const r = await klien(s.alamat, storage).kirimAntrean();
    assert.equal(r.terkirim.length, 1);
    assert.equal(s.diterima.length, 2);
    assert.equal(s.diterima[0]!.key, s.diterima[1]!.key);
    assert.equal(s.rekaman.size, 1);
    assert.equal(r.terkirim[0]!.receipt.number, '001/PPID/X/PI/2026');
    assert.equal(storage.isi.size, 0);
  } finally {
    await s.tutup();
  }
});

test('the flush stops at the first entry the server cannot take, keeping the order', async () => {
  const s = await mulaiServer({ mati: true });
  try {
    const storage = new Memori();
    const k = klien(s.alamat, storage, { percobaan: 1 });
    await k.kirim(contohPermintaan());
    await k.kirim(contohPermintaan());
    assert.equal(s.diterima.length, 2);
    const r = await k.kirimAntrean();
    assert.deepEqual([r.terkirim.length, r.tersisa], [0, 2]);
    assert.equal(s.diterima.length, 3, 'only the first entry was tried');
    s.perilaku.mati = false;
    // Two flushes at once share one run: each key is sent once.
    const [x, y] = await Promise.all([k.kirimAntrean(), k.kirimAntrean()]);
    assert.equal(x, y);
    assert.equal(x.terkirim.length, 2);
    assert.equal(s.diterima.length, 5);
    assert.equal(s.rekaman.size, 2);
  } finally {
    await s.tutup();
  }
});

test('neither sent nor storable: said plainly, never reported as queued', async () => {
  const s = await mulaiServer({ mati: true });
  try {
    const storage = new Memori();
    storage.rusak = true;
    const h = await klien(s.alamat, storage, { percobaan: 1 }).kirim(contohPermintaan());
    assert.equal(h.status, 'gagal');
    // But a storage failure does not stop a send that works.
    s.perilaku.mati = false;
    assert.equal((await klien(s.alamat, storage).kirim(contohPermintaan())).status, 'terkirim');
  } finally {
    await s.tutup();
  }
});

test('status lookup: a 429 is answered at once, not retried (a retry would only use up the limit)', async () => {
  const s = await mulaiServer({ status429: 5 });
  try {
    const h = await klien(s.alamat, new Memori()).status('001/PPID/X/PI/2026', '0812-3456-7890');
    assert.equal(h.status, 'gagal');
    assert.equal(h.status === 'gagal' && h.httpStatus, 429);
    assert.equal(s.diterima.length, 1);
  } finally {
    await s.tutup();
  }
});

test('status lookup failures are worded as a lookup, never as a submission kept on this device', async () => {
  const kasus: [Perilaku, number | undefined, RegExp][] = [
    [{ jawab: 408 }, 408, /^Status tidak dapat diperiksa: server PPID sedang bermasalah \(menjawab 408\)/],
    [{ jawab: 503 }, 503, /^Status tidak dapat diperiksa: server PPID sedang bermasalah \(menjawab 503\)/],
    [
      { jawab: 403 },
      403,
      /^Status tidak dapat diperiksa: server PPID menolak pemeriksaan ini \(HTTP 403\)\. .*hubungi PPID/,
    ],
    [{ status429: 1 }, 429, /^Terlalu banyak pemeriksaan status/],
    [{ mati: true }, undefined, /^Status tidak dapat diperiksa karena sambungan bermasalah/],
    // What the server itself says of a lookup it refused (e.g. a missing number) is shown as it is.
    [{ tolak: 422 }, 422, /^Tujuan: x\.$/],
  ];
  for (const [perilaku, httpStatus, pesan] of kasus) {
    const s = await mulaiServer(perilaku);
    try {
      const h = await klien(s.alamat, new Memori(), { percobaan: 1 }).status('001/PPID/X/PI/2026', 'a@b.id');
      assert.equal(h.status, 'gagal', JSON.stringify(perilaku));
      if (h.status !== 'gagal') continue;
      assert.equal(h.httpStatus, httpStatus);
      assert.match(h.message.id, pesan);
      assert.doesNotMatch(`${h.message.id} ${h.message.en}`, /disimpan|kept on this device|submission/);
    } finally {
      await s.tutup();
    }
  }
});

test('status lookup: the contact is normalised; a wrong pair gets the server’s one message', async () => {
  const s = await mulaiServer();
  try {
    const k = klien(s.alamat, new Memori());
    const ada = await k.status(' 001/PPID/X/PI/2026 ', '0812-3456-7890');
    assert.ok(
      ada.status === 'ditemukan' && ada.value.status === 'diproses' && ada.value.deadline === '2026-04-06',
    );
    const tidak = await k.status('001/PPID/X/PI/2026', 'orang@lain.id');
    assert.deepEqual(tidak, {
      status: 'tidak-ditemukan',
      message: { id: 'Tidak ditemukan.', en: 'Not found.' },
    });
    assert.equal(s.diterima.length, 2);
  } finally {
    await s.tutup();
  }
});

test('status lookup: invisible marks and spaces around the slashes in a pasted number, a phone in bidi marks', async () => {
  const s = await mulaiServer();
  try {
    const k = klien(s.alamat, new Memori());
    const h = await k.status('\u200e001 / PPID /X/ PI / 2026\u200f', '\u202a0812-3456-7890\u202c');
    assert.equal(h.status, 'ditemukan');
    assert.deepEqual(JSON.parse(s.diterima[0]!.body), {
      number: '001/PPID/X/PI/2026',
      contact: '+6281234567890',
    });
  } finally {
    await s.tutup();
  }
});

test("409 record.unreadable (the record it needs cannot be read on the server): kept, held, in the server's words, not a key conflict's", async () => {
  const message = {
    id: 'Catatan pengajuan nomor 001/PPID/X/PI/2026 tidak dapat dibaca saat ini. Silakan hubungi kantor PPID X.',
    en: 'The record of submission 001/PPID/X/PI/2026 cannot be read at the moment. Please contact the PPID X office.',
  };
  const s = await mulaiServer({ tolak: 409, galat: { code: 'record.unreadable', message } });
  try {
    const storage = new Memori();
    const k = klien(s.alamat, storage);
    const h = await k.kirim(contohPermintaan());
    assert.equal(h.status, 'konflik');
    assert.deepEqual((h as { reason: unknown }).reason, message);
    // Nothing lost: still on the device, held until released (as a key conflict is), with those words.
    const [r] = await k.antrean();
    assert.equal(r?.konflik, true);
    assert.deepEqual(r?.lastError, message);
  } finally {
    await s.tutup();
  }
});

test('409 (the key holds another body: received before, the NIK typed again differently): kept, held, in plain words', async () => {
  const s = await mulaiServer();
  try {
    const storage = new Memori();
    const k = klien(s.alamat, storage);
    const awal = await k.kirim(contohPermintaan());
    assert.equal(awal.status, 'terkirim');
    // The answer was lost: the entry is still queued, its NIK since entered again with a typo.
    const kunci = 'terbuka.antrean.v1';
    const diterima = JSON.parse(s.diterima[0]!.body) as { requester: object };
    const entri = {
      id: 'e1',
      key: s.diterima[0]!.key,
      kind: 'permintaan',
      body: { ...diterima, requester: { ...diterima.requester, nik: '3201014509900002' } },
      createdAt: '2026-03-13T02:00:00.000Z',
      attempts: 1,
    };
    storage.setItem(kunci, JSON.stringify([entri]));
    const h = await k.kirimAntrean();
    assert.deepEqual(h.terkirim, []);
    assert.deepEqual(h.ditolak, []);
    assert.equal(h.konflik.length, 1);
    assert.equal(h.tersisa, 0);
    const [r] = await k.antrean();
    assert.equal(r?.id, 'e1');
    assert.equal(r?.konflik, true);
    assert.match(r!.lastError!.id, /kemungkinan sudah diterima/);
    assert.match(r!.lastError!.en, /probably already received/);
    assert.doesNotMatch(r!.lastError!.id + r!.lastError!.en, /Idempotency/);
    // Held: not sent again by itself…
    const n = s.diterima.length;
    await k.kirimAntrean();
    assert.equal(s.diterima.length, n);
    // …until released (the NIK corrected): the same key brings the first receipt back.
    storage.setItem(kunci, JSON.stringify([{ ...JSON.parse(storage.getItem(kunci)!)[0], body: diterima }]));
    assert.equal(await k.lepasKonflik('e1'), true);
    const lagi = await k.kirimAntrean();
    assert.equal(lagi.terkirim[0]?.receipt.number, '001/PPID/X/PI/2026');
    assert.equal(storage.getItem(kunci), null);
  } finally {
    await s.tutup();
  }
});

/** What Prototype.js 1.6 gives every array on old government themes: `toJSON` returning JSON *text*. */
function pasangToJSONPrototype(): () => void {
  const p = Array.prototype as unknown as Record<string, unknown>;
  p['toJSON'] = function (this: unknown[]) {
    return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`;
  };
  return () => delete p['toJSON'];
}

test('a page with Prototype.js 1.6 (Array.prototype.toJSON): the body sent and the queue kept are real JSON arrays', async () => {
  const s = await mulaiServer();
  const lepas = pasangToJSONPrototype();
  try {
    // Without the SDK's care the array would be written as a string.
    assert.equal(JSON.stringify({ a: ['x'] }), '{"a":"[\\"x\\"]"}');
    const storage = new Memori();
    let daring = false;
    const k = klien(s.alamat, storage, { daring: () => daring });
    assert.equal((await k.kirim(contohPermintaan())).status, 'antre');
    const disimpan = JSON.parse(storage.semua()) as { body: { obtain: unknown } }[];
    assert.deepEqual(disimpan[0]!.body.obtain, ['membaca', 'salinan-softcopy']);
    daring = true;
    assert.equal((await k.kirimAntrean()).terkirim.length, 1);
    const body = JSON.parse(s.diterima[0]!.body) as { obtain: unknown };
    assert.deepEqual(body.obtain, ['membaca', 'salinan-softcopy']);
    // The page's own member is back as it was.
    assert.equal(typeof (Array.prototype as unknown as Record<string, unknown>)['toJSON'], 'function');
    assert.equal(Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON')?.enumerable, true);
  } finally {
    lepas();
    await s.tutup();
  }
});

test("an objection's receipt carries the server's requestLink; one not of its shape is left out", async () => {
  const tautan = {
    number: '001/PPID/X/PI/2026',
    linked: false,
    message: { id: 'Keberatan ini tersimpan, tetapi belum tertaut.', en: 'Stored but not yet linked.' },
  };
  const s = await mulaiServer({ tautan });
  try {
    const h = await klien(s.alamat, new Memori()).kirim(contohKeberatan(), 'keberatan');
    assert.ok(h.status === 'terkirim');
    assert.deepEqual(h.receipt.requestLink, tautan);
    assert.equal(h.receipt.kind, 'keberatan');
    for (const rusak of [
      { ...tautan, linked: 'false' },
      { number: 1 },
      'ya',
      null,
      { ...tautan, message: 'x' },
    ]) {
      s.perilaku.tautan = rusak;
      // Another seed, another key: not a replay of the first answer.
      const r = await klien(s.alamat, new Memori(), { acak: lcg(s.rekaman.size + 11) }).kirim(
        contohKeberatan(),
        'keberatan',
      );
      assert.ok(r.status === 'terkirim');
      assert.equal('requestLink' in r.receipt, false, JSON.stringify(rusak));
      assert.equal(r.receipt.kind, 'keberatan');
    }
    // Why it is not linked (the request's own contact only): kept when it is a text in both languages;
    // otherwise only it is left out.
    const alasan = { id: 'Permohonan belum dijawab.', en: 'The request is unanswered.' };
    for (const [reason, harap] of [
      [alasan, { ...tautan, reason: alasan }],
      ['belum waktunya', tautan],
      [{ id: 'x' }, tautan],
    ] as const) {
      s.perilaku.tautan = { ...tautan, reason };
      const r = await klien(s.alamat, new Memori(), { acak: lcg(s.rekaman.size + 11) }).kirim(
        contohKeberatan(),
        'keberatan',
      );
      assert.ok(r.status === 'terkirim');
      assert.deepEqual(r.receipt.requestLink, harap, JSON.stringify(reason));
    }
  } finally {
    await s.tutup();
  }
});

test("status lookup: the server's window (a deadline passed unanswered) is typed and kept; one not of its shape is left out", async () => {
  const jendela = {
    kind: 'keberatan',
    basedOn: 'tidak-ditanggapi',
    from: '2026-04-06',
    due: '2026-05-20',
    workingDays: 30,
    open: true,
    grounds: ['c'],
    basis: [],
  } as const;
  const s = await mulaiServer({ jendela });
  try {
    const h = await klien(s.alamat, new Memori()).status('001/PPID/X/PI/2026', '0812-3456-7890');
    assert.ok(h.status === 'ditemukan');
    const w = h.value.window;
    assert.deepEqual(w, jendela);
    assert.ok(w?.kind === 'keberatan' && w.grounds[0] === 'c' && w.open && w.due === '2026-05-20');
    for (const rusak of [{ ...jendela, kind: 'banding' }, { ...jendela, open: 'ya' }, { due: 1 }, [], null]) {
      s.perilaku.jendela = rusak;
      const r = await klien(s.alamat, new Memori()).status('001/PPID/X/PI/2026', '0812-3456-7890');
      assert.ok(r.status === 'ditemukan');
      assert.equal('window' in r.value, false, JSON.stringify(rusak));
      assert.equal(r.value.deadline, '2026-04-06');
    }
  } finally {
    await s.tutup();
  }
});
