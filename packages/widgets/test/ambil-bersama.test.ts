// The lists' shared request (src/internal/data/ambil-bersama.ts) lets go of the caller's signal once it has
// settled. An element keeps its load's signal until the next load: a listener left on it held the whole
// answer (a large register's bytes) for as long as the page stayed open. Node, against a real loopback
// server: getEventListeners reads what an AbortSignal still holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getEventListeners } from 'node:events';
import { ambilBersama } from '../src/internal/data/ambil-bersama.js';

test('the shared request leaves no listener on the callers’ signals once it has settled', async (t) => {
  const badan = JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: `u-${i}` })) });
  let permintaan = 0;
  const server = createServer((_req, res) => {
    permintaan++;
    // A little later, so the second caller joins the request in flight.
    setTimeout(() => res.end(badan), 50);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const alamat = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dip.json`;

  const a = new AbortController();
  const b = new AbortController();
  const [x, y] = await Promise.all([
    ambilBersama(alamat, { signal: a.signal }),
    ambilBersama(alamat, { signal: b.signal }),
  ]);
  assert.equal(permintaan, 1, 'one request for both callers');
  assert.ok(x.berubah && y.berubah && x.teks === badan && y.teks === badan);
  assert.equal(getEventListeners(a.signal, 'abort').length, 0);
  assert.equal(getEventListeners(b.signal, 'abort').length, 0);

  // A caller that leaves while the request runs stops counting; the other still gets the answer.
  const c = new AbortController();
  const d = new AbortController();
  const pergi = ambilBersama(alamat, { signal: c.signal });
  const tinggal = ambilBersama(alamat, { signal: d.signal });
  c.abort();
  const hasil = await tinggal;
  assert.ok(hasil.berubah && hasil.teks === badan);
  await pergi.catch(() => undefined);
  assert.equal(permintaan, 2);
  assert.equal(getEventListeners(d.signal, 'abort').length, 0);
});
