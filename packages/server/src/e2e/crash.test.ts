import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { contohPermintaan, direktoriUji, kirim, mulaiServer } from '../uji/proses.js';

const { dir, hapus } = direktoriUji();
after(hapus);

test('kill -9 under concurrent load: every acknowledged request survives, the file is intact', async () => {
  let s = await mulaiServer({ dir });
  const diakui: { key: string; number: string; information: string }[] = [];
  let berhenti = false;
  let dikirim = 0;
  const klien = async (id: number) => {
    for (let i = 0; !berhenti; i++) {
      const key = `crash-${id}-${i}-${Date.now()}`;
      const information = `Beban ${id}/${i}`;
      dikirim++;
      try {
        const r = await kirim(s.alamat, '/v1/permintaan', contohPermintaan({ information }), {
          'idempotency-key': key,
        });
        if (r.status === 201)
          diakui.push({ key, number: (r.body as { number: string }).number, information });
        else assert.fail(`unexpected ${r.status}`);
      } catch (e) {
        if (!berhenti) throw e;
      }
    }
  };
  const semua = Array.from({ length: 32 }, (_, i) =>
    klien(i).catch((e) => (berhenti ? undefined : Promise.reject(e))),
  );
  // Let the load build up, then pull the plug mid-flight.
  while (diakui.length < 300) await new Promise((r) => setTimeout(r, 20));
  // Requests sent but not yet answered at the moment of the kill (answers already on the wire may still
  // arrive afterwards; those were committed before they were sent, so they count as acknowledged).
  const belumDijawabSaatMati = dikirim - diakui.length;
  s.proses.kill('SIGKILL');
  berhenti = true;
  await s.berhenti();
  await Promise.all(semua);
  assert.ok(diakui.length >= 300);
  assert.ok(belumDijawabSaatMati > 0, 'some requests were in flight when the process died');

  // Restart on the same file: the WAL is replayed, migrations do nothing.
  s = await mulaiServer({ dir });
  const db = new Database(s.database, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const cari = db.prepare(
      'SELECT p.number, p.body FROM idempotensi i JOIN pengajuan p ON p.id = i.pengajuan WHERE i.key = ?',
    );
    for (const a of diakui) {
      const row = cari.get(a.key) as { number: string; body: string } | undefined;
      assert.ok(row, `acknowledged ${a.number} is missing`);
      assert.equal(row.number, a.number);
      assert.equal(JSON.parse(row.body).information, a.information);
    }
    // No number was given twice, and every stored request is whole (row + key + receipt).
    const n = db.prepare('SELECT count(*) AS n, count(DISTINCT number) AS d FROM pengajuan').get() as {
      n: number;
      d: number;
    };
    assert.equal(n.n, n.d);
    const yatim = db
      .prepare(
        'SELECT count(*) AS n FROM pengajuan p LEFT JOIN idempotensi i ON i.pengajuan = p.id WHERE i.key IS NULL',
      )
      .get() as { n: number };
    assert.equal(yatim.n, 0);
  } finally {
    db.close();
  }
  // A client retrying an acknowledged request after the crash gets the same receipt, not a new record.
  const a = diakui[diakui.length - 1]!;
  const ulang = await kirim(s.alamat, '/v1/permintaan', contohPermintaan({ information: a.information }), {
    'idempotency-key': a.key,
  });
  assert.equal(ulang.status, 200);
  assert.equal((ulang.body as { number: string }).number, a.number);
  await s.berhenti();
});
