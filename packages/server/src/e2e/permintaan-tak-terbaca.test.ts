// A request Node's HTTP parser cannot read at all (a malformed request line, a header without its colon, a bad
// character in a header), sent over a raw socket to a real `terbuka serve` on 127.0.0.1: answered as every
// error is, `{ errors }` with `request.invalid` (the table's status) in Indonesian and English, and the
// connection closed.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { STATUS_KODE } from '../kode-galat.js';
import { direktoriUji, mulaiServer, type ProsesServer } from '../uji/proses.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;

before(async () => {
  s = await mulaiServer({ dir });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

/** Sends raw bytes; resolves with all the server wrote once it closed the connection (or fails after 5 s). */
function kirimMentah(teks: string): Promise<string> {
  const { hostname, port } = new URL(s.alamat);
  return new Promise((ok, gagal) => {
    const soket = connect({ host: hostname, port: Number(port) });
    let data = '';
    const t = setTimeout(() => {
      soket.destroy();
      gagal(new Error(`the server did not close the connection; it wrote: ${JSON.stringify(data)}`));
    }, 5_000);
    soket.setEncoding('utf8');
    soket.on('data', (d: string) => (data += d));
    soket.on('error', () => {});
    soket.on('close', () => {
      clearTimeout(t);
      ok(data);
    });
    soket.write(teks);
  });
}

for (const [nama, mentah] of [
  ['a malformed request line', 'HELLO THERE\r\n\r\n'],
  [
    'a header without its colon',
    'GET /v1/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nRusak tanpa titik dua\r\n\r\n',
  ],
  [
    'a control character in a header value',
    'GET /v1/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Uji: a\x01b\r\n\r\n',
  ],
] as const) {
  test(`${nama}: 400 request.invalid as JSON { errors }, and the connection closed`, async () => {
    const data = await kirimMentah(mentah);
    const [kepala, badan = ''] = data.split('\r\n\r\n');
    assert.match(kepala!, new RegExp(`^HTTP/1\\.1 ${STATUS_KODE['request.invalid']} `), data);
    assert.match(kepala!, /\r\ncontent-type: application\/json; charset=utf-8/i);
    assert.match(kepala!, /\r\nconnection: close/i);
    const panjang = /\r\ncontent-length: (\d+)/i.exec(kepala!);
    assert.equal(Number(panjang?.[1]), Buffer.byteLength(badan));
    const g = JSON.parse(badan) as { errors: { code: string; message: { id: string; en: string } }[] };
    assert.equal(g.errors.length, 1);
    assert.equal(g.errors[0]!.code, 'request.invalid');
    assert.match(g.errors[0]!.message.id, /Permintaan HTTP tidak dapat dibaca/);
    assert.match(g.errors[0]!.message.en, /The HTTP request could not be read/);
  });
}

test('headers over Node’s limit are still 431 (not request.invalid), and the connection closed', async () => {
  const data = await kirimMentah(
    `GET /v1/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Besar: ${'a'.repeat(20_000)}\r\n\r\n`,
  );
  assert.match(data, /^HTTP\/1\.1 431 /);
});

test('the server still answers after them', async () => {
  const r = await fetch(`${s.alamat}/v1/openapi.json`);
  assert.equal(r.status, 200);
});
