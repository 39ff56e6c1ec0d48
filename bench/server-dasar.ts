// The benchmark's baseline: a bare node:http handler that parses the JSON body and stores it with
// the server's own storage (same schema, same pragmas, same INSERTs, same idempotency record) and the
// same row — a receipt and a history of the server's size, built once at start by the SDK — but without
// the framework, validation, hashing, numbering template or building a receipt per request.
// Mode `kelompok` uses the same group commit as the server on its one connection with SQLite's own fsync
// at each COMMIT (synchronous=FULL: the plain way to write it); `satu` commits each request on its own
// (one fsync per request); `wal` writes as the server does (db/penulis.ts): its own connection with
// synchronous=NORMAL and the WAL's fsync off the event loop before answering (for scale).
// Usage: node --import tsx bench/server-dasar.ts <database> <kelompok|satu|wal>
import { createServer } from 'node:http';
import { buatTandaBukti, mulaiRiwayat } from '@terbuka/sdk';
import { bukaBasisData, fsyncWal, JsonMentah, Penyimpanan, SinkronWal } from '@terbuka/server';

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

const simpan =
  mode === 'wal'
    ? new Penyimpanan(bukaBasisData(database, { synchronous: 'NORMAL' }), {
        sinkron: new SinkronWal(fsyncWal(database)),
      })
    : new Penyimpanan(bukaBasisData(database));

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
      res.writeHead(h.hasil === 'baru' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(h.hasil === 'baru' || h.hasil === 'ulang' ? { ok: true } : h));
    };
    if (mode === 'satu') jawab(simpan.simpanBaru(baris(key, body)));
    else simpan.simpanBaruBersama(baris(key, body)).then(jawab, () => res.writeHead(500).end());
  });
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  process.stderr.write(`dasar http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}\n`);
});
