// The benchmark's baseline: a bare node:http handler that parses the JSON body and stores it with
// the server's own storage (same schema, same pragmas, same INSERTs, same idempotency record) and the
// same row — a receipt and a history of the server's size, built once at start by the SDK — but without
// the framework, validation, hashing, numbering template or building a receipt per request.
// Mode `kelompok` uses the same group commit as the server, on its one thread (the plain way to write
// it); `satu` commits each request on its own (one fsync per request); `pekerja` runs the same group
// commit on a writer thread with its own connection, handed over once per turn (for scale: what a writer
// thread alone is worth; the server also hands over every 8 and checkpoints on a third thread).
// Usage: node --import tsx bench/server-dasar.ts <database> <kelompok|satu|pekerja>
import { createServer } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buatTandaBukti, mulaiRiwayat } from '@terbuka/sdk';
import { bukaBasisData, JsonMentah, Penyimpanan } from '@terbuka/server';

type Badan = { information?: string; requester?: { email?: string; phone?: string } };
type Hasil = { hasil: string };

const [database = 'dasar.sqlite', mode = 'kelompok'] = process.argv.slice(2);

// One receipt and its history as the server stores them (same fields, same lengths), reused per row.
const tandaBukti = buatTandaBukti({
  jenis: 'permintaan',
  nomor: '001/PPID/DISKOMINFO/PI/2026',
  receivedAt: new Date(),
  agency: { id: 'diskominfo', name: 'Dinas Kominfo', timeZone: 'Asia/Jakarta' },
  ringkasan: 'Salinan laporan realisasi APBD 2025 Dinas Kesehatan',
});
const RECEIPT = new JsonMentah(JSON.stringify(tandaBukti));
const riwayat = mulaiRiwayat(tandaBukti);
const HISTORY = new JsonMentah(JSON.stringify(riwayat));

let n = 0;
/** The bare row: what the handler stores for one request. */
function baris(key: string, body: Badan) {
  const at = new Date().toISOString();
  return {
    key,
    kind: 'permintaan' as const,
    bodyHash: '0'.repeat(64),
    agency: 'diskominfo',
    year: 2026,
    seqKind: '*',
    at,
    beritahu: false,
    buat: (seq: number) => ({
      number: `${String(seq).padStart(3, '0')}/PPID/DISKOMINFO/PI/${n++}`,
      receivedAt: tandaBukti.receivedAt,
      receivedOn: tandaBukti.receivedOn,
      contactEmail: body.requester?.email ?? '',
      contactPhone: body.requester?.phone ?? '',
      body,
      receipt: RECEIPT,
      status: riwayat.status,
      deadline: riwayat.deadline,
      history: HISTORY,
    }),
  };
}

if (!isMainThread) {
  // The writer thread of mode `pekerja`: one message in, one answer per submission after its commit.
  const simpan = new Penyimpanan(bukaBasisData(workerData as string));
  let jawaban: { id: number; hasil: string }[] = [];
  const jawab = (j: { id: number; hasil: string }) => {
    // A group's answers go back in one message, as the server's writer does.
    if (jawaban.push(j) === 1) {
      setImmediate(() => {
        parentPort!.postMessage(jawaban);
        jawaban = [];
      });
    }
  };
  parentPort!.on('message', (kiriman: { id: number; key: string; body: Badan }[]) => {
    for (const k of kiriman) {
      simpan.simpanBaruBersama(baris(k.key, k.body)).then(
        (h) => jawab({ id: k.id, hasil: h.hasil }),
        () => jawab({ id: k.id, hasil: 'galat' }),
      );
    }
  });
} else {
  const simpan = mode === 'pekerja' ? undefined : new Penyimpanan(bukaBasisData(database));
  const simpanPekerja = mode === 'pekerja' ? pekerja(database) : undefined;

  const server = createServer((req, res) => {
    let teks = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (teks += d));
    req.on('end', () => {
      let body: Badan;
      try {
        body = JSON.parse(teks);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const key = String(req.headers['idempotency-key']);
      const jawab = (h: Hasil) => {
        if (h.hasil === 'galat') return void res.writeHead(500).end();
        res.writeHead(h.hasil === 'baru' ? 201 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(h.hasil === 'baru' || h.hasil === 'ulang' ? { ok: true } : h));
      };
      if (simpanPekerja) void simpanPekerja(key, body).then(jawab);
      else if (mode === 'satu') jawab(simpan!.simpanBaru(baris(key, body)));
      else simpan!.simpanBaruBersama(baris(key, body)).then(jawab, () => res.writeHead(500).end());
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    process.stderr.write(`dasar http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}\n`);
  });
}

/** Mode `pekerja`: submissions gathered per turn of the event loop, sent to the writer thread. */
function pekerja(database: string) {
  // This file is TypeScript run through tsx: the thread registers tsx before loading it.
  const w = new Worker(
    `import('tsx/esm/api').then((t) => t.register()).then(() => import(${JSON.stringify(import.meta.url)}))`,
    { eval: true, workerData: database },
  );
  const menunggu = new Map<number, (h: Hasil) => void>();
  w.on('message', (jawaban: { id: number; hasil: string }[]) => {
    for (const j of jawaban) {
      menunggu.get(j.id)?.(j);
      menunggu.delete(j.id);
    }
  });
  let id = 0;
  let kiriman: { id: number; key: string; body: Badan }[] = [];
  return (key: string, body: Badan) =>
    new Promise<Hasil>((ok) => {
      menunggu.set(++id, ok);
      if (kiriman.push({ id, key, body }) === 1) {
        setImmediate(() => {
          w.postMessage(kiriman);
          kiriman = [];
        });
      }
    });
}
