import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import {
  contohKeberatan,
  contohPermintaan,
  direktoriUji,
  kirim,
  mulaiServer,
  type ProsesServer,
} from '../uji/proses.js';

// 10,000 random and malformed bodies (about 20 s); TERBUKA_FUZZ_RUNS changes the count and
// TERBUKA_FUZZ_SEED varies the sample.
const RUNS = Number(process.env.TERBUKA_FUZZ_RUNS ?? 10_000);

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
before(async () => {
  s = await mulaiServer({ dir, now: '2026-03-13T09:00:00+07:00' });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

/** Sets `nilai` at a dotted path of a copy of `obj`. */
function ganti(obj: Record<string, unknown>, path: string, nilai: unknown): Record<string, unknown> {
  const salinan = structuredClone(obj);
  const bagian = path.split('.');
  let o: Record<string, unknown> = salinan;
  for (const b of bagian.slice(0, -1)) o = (o[b] ??= {}) as Record<string, unknown>;
  o[bagian[bagian.length - 1]!] = nilai;
  return salinan;
}

const JALUR = [
  'format',
  'version',
  'requester',
  'requester.kind',
  'requester.name',
  'requester.nik',
  'requester.phone',
  'requester.email',
  'requester.address',
  'requester.occupation',
  'requester.registration',
  'information',
  'purpose',
  'obtain',
  'delivery',
  'proxy',
  'proxy.name',
  'website',
  'requestNumber',
  'grounds',
  'caseSummary',
];

const badan = fc.oneof(
  // A valid request or objection with one field replaced by anything at all.
  fc
    .tuple(
      fc.constantFrom('permintaan', 'keberatan'),
      fc.constantFrom(...JALUR),
      fc.oneof(fc.anything(), fc.string(), fc.constant(null), fc.array(fc.string())),
    )
    .map(([jenis, path, nilai]) => ({
      jenis,
      teks: JSON.stringify(
        ganti(
          jenis === 'permintaan' ? contohPermintaan() : contohKeberatan('001/PPID/DISKOMINFO/PI/2026'),
          path,
          nilai,
        ),
      ),
    })),
  // Any JSON value.
  fc.jsonValue().map((v) => ({ jenis: 'permintaan', teks: JSON.stringify(v) })),
  // Text that is mostly not JSON, or JSON cut short.
  fc.string({ maxLength: 300 }).map((t) => ({ jenis: 'keberatan', teks: t })),
  fc
    .nat()
    .map(() => JSON.stringify(contohPermintaan()))
    .chain((t) => fc.nat({ max: t.length - 1 }).map((n) => ({ jenis: 'permintaan', teks: t.slice(0, n) }))),
);

test(`fuzz: ${RUNS} random and malformed bodies → 4xx with clear messages (or 201), never 5xx, never a partial record`, async () => {
  let dibuat = 0;
  // Generated up front and sent by 16 clients at once: sequential round trips would take ~4× longer.
  // A failure names the body, so no shrinking is needed to read it.
  const sampel = fc.sample(
    fc.tuple(
      badan,
      fc.oneof(
        { weight: 19, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.string({ maxLength: 140 }) },
      ),
    ),
    {
      numRuns: RUNS,
      seed: Number(process.env.TERBUKA_FUZZ_SEED ?? 20260313),
    },
  );
  let i = 0;
  const pekerja = async () => {
    while (i < sampel.length) {
      const n = i++;
      const [b, kunciAcak] = sampel[n]!;
      const key = kunciAcak ?? `fuzz-${n}`;
      const r = await kirim(s.alamat, `/v1/${b.jenis}`, b.teks, { 'idempotency-key': key });
      if (r.status === 201) {
        dibuat++;
        continue;
      }
      if (r.status === 200 || r.status === 409) continue; // a repeated random key
      assert.ok(r.status >= 400 && r.status < 500, `status ${r.status} for ${b.teks.slice(0, 200)}`);
      const errors = (r.body as { errors?: { code: string; message: { id: string; en: string } }[] }).errors;
      assert.ok(
        Array.isArray(errors) && errors.length > 0,
        `no errors for ${r.status}: ${b.teks.slice(0, 200)}`,
      );
      for (const e of errors) {
        assert.ok(typeof e.code === 'string' && e.code.length > 0);
        assert.ok(e.message.id.length > 5 && e.message.en.length > 5);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, pekerja));
  assert.ok(dibuat > 0 && dibuat < RUNS, `created ${dibuat}`);
  const db = new Database(s.database, { readonly: true });
  try {
    const n = db.prepare('SELECT count(*) FROM pengajuan').pluck().get();
    assert.equal(n, dibuat);
    // Every stored row is whole: receipt, history, idempotency record.
    const utuh = db
      .prepare(
        `SELECT count(*) FROM pengajuan p JOIN idempotensi i ON i.pengajuan = p.id
         WHERE json_valid(p.receipt) AND json_valid(p.history) AND p.number <> ''`,
      )
      .pluck()
      .get();
    assert.equal(utuh, dibuat);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    db.close();
  }
});
