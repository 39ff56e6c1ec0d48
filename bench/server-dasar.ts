// The benchmark's baseline: a bare node:http handler that parses the JSON body and stores it with
// the server's own storage (same schema, same pragmas, same INSERTs, same idempotency record), but
// without the framework, validation, numbering template or receipt. Mode `kelompok` uses the same group
// commit as the server; mode `satu` commits each request on its own (one fsync per request).
// Usage: node --import tsx bench/server-dasar.ts <database> <kelompok|satu>
import { createServer } from 'node:http';
import { bukaBasisData, Penyimpanan } from '@terbuka/server';

const [database = 'dasar.sqlite', mode = 'kelompok'] = process.argv.slice(2);
const simpan = new Penyimpanan(bukaBasisData(database));
let n = 0;

const server = createServer((req, res) => {
  let teks = '';
  req.setEncoding('utf8');
  req.on('data', (d: string) => (teks += d));
  req.on('end', () => {
    let body: { information?: string; requester?: { email?: string; phone?: string } };
    try {
      body = JSON.parse(teks);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const at = new Date().toISOString();
    const p = {
      key: String(req.headers['idempotency-key']),
      kind: 'permintaan' as const,
      bodyHash: 'x',
      agency: 'dasar',
      year: 2026,
      seqKind: '*',
      at,
      buat: (seq: number) => ({
        number: `${seq}/DASAR/${n++}`,
        receivedAt: at,
        receivedOn: at.slice(0, 10),
        contactEmail: body.requester?.email ?? '',
        body,
        receipt: { seq },
        status: 'diterima',
        deadline: at.slice(0, 10),
        history: { status: 'diterima', events: [] },
      }),
    };
    const jawab = (h: { hasil: string }) => {
      res.writeHead(h.hasil === 'baru' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(h.hasil === 'baru' || h.hasil === 'ulang' ? { ok: true } : h));
    };
    if (mode === 'satu') jawab(simpan.simpanBaru(p));
    else simpan.simpanBaruBersama(p).then(jawab, () => res.writeHead(500).end());
  });
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  process.stderr.write(`dasar http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}\n`);
});
