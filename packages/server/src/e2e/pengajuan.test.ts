import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { BATAS_PANJANG, validasiKeberatan, validasiPermintaan } from '@terbuka/sdk';
import {
  AGENSI_UJI,
  contohKeberatan,
  contohPermintaan,
  direktoriUji,
  kirim,
  mulaiServer,
  RAHASIA,
  type ProsesServer,
} from '../uji/proses.js';

type Galat = { errors: { code: string; path: string; message: { id: string; en: string } }[] };
type TandaBukti = {
  format: string;
  number: string;
  receivedOn: string;
  receivedAt: string;
  deadline: { due: string; workingDays: number; skipped: { date: string }[] };
  summary: string;
  agency: { id: string; name: string; timeZone: string };
};

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
let kunci = 0;
const kunciBaru = () => `uji-kunci-${Date.now()}-${kunci++}`;
const kirimPermintaan = (body: unknown, key = kunciBaru(), h: Record<string, string> = {}) =>
  kirim(s.alamat, '/v1/permintaan', body, { 'idempotency-key': key, ...h });

function baris(sql: string, ...p: unknown[]): unknown[] {
  const db = new Database(s.database, { readonly: true });
  try {
    return db.prepare(sql).all(...p);
  } finally {
    db.close();
  }
}

before(async () => {
  // 09:00 WIB on Friday 13 March 2026: ten working days later, past Nyepi, the Idul Fitri leave and
  // Good Friday, is Monday 6 April.
  s = await mulaiServer({ dir, now: '2026-03-13T09:00:00+07:00' });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

describe('POST /v1/permintaan', () => {
  test('a request is stored, numbered, and answered with a receipt carrying the lawful deadline', async () => {
    const key = kunciBaru();
    const r = await kirimPermintaan(contohPermintaan(), key);
    assert.equal(r.status, 201);
    const tb = r.body as TandaBukti;
    assert.equal(tb.format, 'terbuka-tanda-bukti');
    assert.match(tb.number, /^\d{3}\/PPID\/DISKOMINFO\/PI\/2026$/);
    assert.equal(tb.receivedOn, '2026-03-13');
    assert.match(tb.receivedAt, /^2026-03-13T09:00:\d\d\+07:00$/);
    assert.equal(tb.deadline.due, '2026-04-06');
    assert.equal(tb.deadline.workingDays, 10);
    assert.ok(tb.deadline.skipped.some((d) => d.date === '2026-04-03')); // Good Friday
    assert.equal(tb.summary, 'Salinan laporan realisasi APBD 2025 Dinas Kesehatan');
    const rows = baris('SELECT * FROM pengajuan WHERE number = ?', tb.number) as {
      status: string;
      deadline: string;
      contact_phone: string;
      contact_email: string;
      receipt: string;
      body: string;
    }[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.status, 'diterima');
    assert.equal(rows[0]!.deadline, '2026-04-06');
    assert.equal(rows[0]!.contact_phone, RAHASIA.phoneE164);
    assert.equal(rows[0]!.contact_email, RAHASIA.email);
    assert.deepEqual(JSON.parse(rows[0]!.receipt), tb);
    assert.equal(baris('SELECT * FROM idempotensi WHERE key = ?', key).length, 1);
  });

  test('a double submit (same key, same body) returns the same receipt with 200 and stores one record', async () => {
    const key = kunciBaru();
    const body = contohPermintaan({ information: 'Dokumen kontrak pengadaan 2025 (klik ganda)' });
    const a = await kirimPermintaan(body, key);
    const b = await kirimPermintaan(body, key);
    assert.equal(a.status, 201);
    assert.equal(b.status, 200);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(b.body, a.body);
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%klik ganda%'").length, 1);
  });

  test('the same body with its keys in another order is the same body', async () => {
    const key = kunciBaru();
    const body = contohPermintaan({ information: 'Urutan kunci berbeda' });
    const dibalik = Object.fromEntries(Object.entries(body).reverse());
    assert.equal((await kirimPermintaan(body, key)).status, 201);
    assert.equal((await kirimPermintaan(dibalik, key)).status, 200);
  });

  test('20 concurrent retries of one key → one record, one number, 1 × 201 and 19 × 200', async () => {
    const key = kunciBaru();
    const body = contohPermintaan({ information: 'Dua puluh kiriman serentak' });
    const semua = await Promise.all(Array.from({ length: 20 }, () => kirimPermintaan(body, key)));
    const kode = semua.map((r) => r.status).sort();
    assert.deepEqual(kode, [...Array(19).fill(200), 201].sort());
    assert.equal(new Set(semua.map((r) => (r.body as TandaBukti).number)).size, 1);
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%Dua puluh kiriman%'").length, 1);
  });

  test('the same key with another body → 409, nothing stored', async () => {
    const key = kunciBaru();
    assert.equal((await kirimPermintaan(contohPermintaan({ information: 'Pertama' }), key)).status, 201);
    const r = await kirimPermintaan(contohPermintaan({ information: 'Kedua, berbeda' }), key);
    assert.equal(r.status, 409);
    assert.equal((r.body as Galat).errors[0]!.code, 'idempotency-key.reused');
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%Kedua, berbeda%'").length, 0);
    // A key used for a request cannot be used for an objection either.
    const k = await kirim(s.alamat, '/v1/keberatan', contohKeberatan('001/PPID/DISKOMINFO/PI/2026'), {
      'idempotency-key': key,
    });
    assert.equal(k.status, 409);
  });

  test('numbers follow one another, never repeat', async () => {
    const nomor = [];
    for (let i = 0; i < 3; i++) {
      nomor.push((await kirimPermintaan(contohPermintaan({ information: `Urut ${i}` }))).body as TandaBukti);
    }
    const seq = nomor.map((t) => Number(t.number.slice(0, 3)));
    assert.deepEqual(seq, [seq[0], seq[0]! + 1, seq[0]! + 2]);
    const semua = baris('SELECT number FROM pengajuan') as { number: string }[];
    assert.equal(new Set(semua.map((r) => r.number)).size, semua.length);
  });

  test('missing or malformed Idempotency-Key → 400', async () => {
    const r = await kirim(s.alamat, '/v1/permintaan', contohPermintaan());
    assert.equal(r.status, 400);
    assert.equal((r.body as Galat).errors[0]!.code, 'idempotency-key');
    assert.equal((await kirimPermintaan(contohPermintaan(), 'pendek')).status, 400);
    assert.equal((await kirimPermintaan(contohPermintaan(), 'x'.repeat(129))).status, 400);
  });

  test('invalid JSON → 400; wrong media type → 415; a body over the limit → 413', async () => {
    const r = await kirimPermintaan('{"requester": ');
    assert.equal(r.status, 400);
    assert.equal((r.body as Galat).errors[0]!.code, 'body.invalid-json');
    const m = await kirimPermintaan('nama=Siti', kunciBaru(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    assert.equal(m.status, 415);
    const teks = await kirimPermintaan(JSON.stringify(contohPermintaan()), kunciBaru(), {
      'content-type': 'text/plain; charset=utf-8',
    });
    assert.equal(teks.status, 415);
    assert.equal((teks.body as Galat).errors[0]!.code, 'body.media-type');
    const besar = await kirimPermintaan(contohPermintaan({ information: 'x'.repeat(70_000) }));
    assert.equal(besar.status, 413);
    assert.equal((besar.body as Galat).errors[0]!.code, 'body.too-large');
  });

  test('lengths as the SDK counts them (an emoji is one character): the longest it accepts → 201, one more → 422', async () => {
    // Every text field at its limit in 4-byte emoji (2 UTF-16 code units each): the largest body the SDK
    // accepts, still under the default bodyLimit (64 KiB), so the server refuses it never with a 413.
    const e = (n: number) => '😀'.repeat(n);
    const pemohon = {
      ...(contohPermintaan().requester as Record<string, unknown>),
      name: e(BATAS_PANJANG.name),
      address: e(BATAS_PANJANG.address),
      occupation: e(BATAS_PANJANG.occupation),
      registration: e(BATAS_PANJANG.registration),
    };
    const kuasa = { name: e(BATAS_PANJANG.name), powerOfAttorney: 'terlampir' };
    const permintaan = contohPermintaan({
      requester: pemohon,
      proxy: kuasa,
      information: e(BATAS_PANJANG.information),
      purpose: e(BATAS_PANJANG.purpose),
    });
    assert.equal(validasiPermintaan(permintaan).ok, true);
    const p = await kirimPermintaan(permintaan);
    assert.equal(p.status, 201, JSON.stringify(p.body));
    const keberatan = contohKeberatan((p.body as TandaBukti).number, {
      requester: pemohon,
      proxy: kuasa,
      purpose: e(BATAS_PANJANG.purpose),
      caseSummary: e(BATAS_PANJANG.caseSummary),
    });
    assert.equal(validasiKeberatan(keberatan).ok, true);
    assert.ok(Buffer.byteLength(JSON.stringify(keberatan)) > 50_000);
    const k = await kirim(s.alamat, '/v1/keberatan', keberatan, { 'idempotency-key': kunciBaru() });
    assert.equal(k.status, 201, JSON.stringify(k.body));
    // One character more: refused by both, with the same field and count.
    const lebih = { ...keberatan, caseSummary: e(BATAS_PANJANG.caseSummary + 1) };
    const sdk = validasiKeberatan(lebih).errors;
    const r = await kirim(s.alamat, '/v1/keberatan', lebih, { 'idempotency-key': kunciBaru() });
    assert.equal(r.status, 422);
    assert.deepEqual(
      (r.body as Galat).errors.map((g) => [g.code, g.path, g.message.en]),
      sdk.map((g) => [g.code, g.path, g.message.en]),
    );
    assert.deepEqual(
      sdk.map((g) => g.path),
      ['caseSummary'],
    );
    const rincian = contohPermintaan({ information: e(BATAS_PANJANG.information + 1) });
    const ri = await kirimPermintaan(rincian);
    assert.equal(ri.status, 422);
    assert.match(
      (ri.body as Galat).errors[0]!.message.id,
      /paling banyak 5000 karakter; yang diisi 5001 karakter/,
    );
  });

  test('an invalid request → 422 naming each field, in both languages', async () => {
    const body = contohPermintaan();
    (body.requester as Record<string, unknown>).nik = '123';
    delete body.purpose;
    const r = await kirimPermintaan(body);
    assert.equal(r.status, 422);
    const paths = (r.body as Galat).errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['purpose', 'requester.nik']);
    for (const e of (r.body as Galat).errors) assert.ok(e.message.id.length > 0 && e.message.en.length > 0);
  });

  test('prototype-poisoning bodies are refused, not merged, and told why (the JSON itself is valid)', async () => {
    for (const body of ['{"__proto__": {"admin": true}}', '{"a": {"constructor": {"prototype": {}}}}']) {
      const r = await kirimPermintaan(body);
      assert.equal(r.status, 400);
      const g = (r.body as Galat).errors[0]!;
      assert.equal(g.code, 'body.forbidden-key');
      assert.match(g.message.id, /kunci "__proto__"/);
      assert.match(g.message.en, /"__proto__" key/);
    }
    const kurang = await kirimPermintaan('{"x": "__proto__",');
    assert.equal((kurang.body as Galat).errors[0]!.code, 'body.invalid-json');
  });

  test('a body in another charset than UTF-8 is refused (415), bytes that are not UTF-8 too (400): never stored as U+FFFD', async () => {
    const permintaan = contohPermintaan({ information: 'Daftar hadir rapat Zébulonq' });
    const latin1 = (body: unknown) => new Blob([Buffer.from(JSON.stringify(body), 'latin1')]);
    const kirimMentah = (isi: Blob, contentType: string) =>
      fetch(`${s.alamat}/v1/permintaan`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'idempotency-key': kunciBaru() },
        body: isi,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Galat }));
    for (const cs of ['iso-8859-1', 'utf-16', 'windows-1252']) {
      const r = await kirimMentah(latin1(permintaan), `application/json; charset=${cs}`);
      assert.equal(r.status, 415, cs);
      assert.equal(r.body.errors[0]!.code, 'body.charset');
      assert.match(r.body.errors[0]!.message.id, new RegExp(`harus dalam UTF-8; charset=${cs}`));
      assert.match(r.body.errors[0]!.message.en, /must be UTF-8/);
    }
    const tanpa = await kirimMentah(latin1(permintaan), 'application/json');
    assert.equal(tanpa.status, 400);
    assert.equal(tanpa.body.errors[0]!.code, 'body.encoding');
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%bulonq%'").length, 0, 'nothing stored');
    const utf8 = await kirimMentah(new Blob([JSON.stringify(permintaan)]), 'application/json; charset=UTF-8');
    assert.equal(utf8.status, 201);
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%Zébulonq%'").length, 1);
  });

  test('honeypot: a filled "website" field → 422 and no record; an empty one is fine', async () => {
    const r = await kirimPermintaan(
      contohPermintaan({ website: 'http://spam.example', information: 'Madu' }),
    );
    assert.equal(r.status, 422);
    assert.equal((r.body as Galat).errors[0]!.code, 'honeypot');
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%Madu%'").length, 0);
    const ok = await kirimPermintaan(contohPermintaan({ website: '', information: 'Madu kosong' }));
    assert.equal(ok.status, 201);
  });

  test('an unknown agency → 422; the only configured one is the default', async () => {
    const r = await kirim(s.alamat, '/v1/permintaan?agency=dinas-lain', contohPermintaan(), {
      'idempotency-key': kunciBaru(),
    });
    assert.equal(r.status, 422);
    assert.equal((r.body as Galat).errors[0]!.code, 'agency.unknown');
    const q = await kirim(s.alamat, `/v1/permintaan?agency=${AGENSI_UJI.id}`, contohPermintaan(), {
      'idempotency-key': kunciBaru(),
    });
    assert.equal(q.status, 201);
  });

  test('an agency in the body that contradicts ?agency= → 422 naming both, nothing stored; the same one is fine', async () => {
    const r = await kirim(
      s.alamat,
      `/v1/permintaan?agency=${AGENSI_UJI.id}`,
      contohPermintaan({ agency: 'dinkes', information: 'Data stunting Dinkes' }),
      { 'idempotency-key': kunciBaru() },
    );
    assert.equal(r.status, 422);
    const g = (r.body as Galat).errors[0]!;
    assert.deepEqual([g.code, g.path], ['agency.conflict', 'agency']);
    assert.match(g.message.id, /\?agency="diskominfo" pada alamat, "agency": "dinkes" pada isi/);
    assert.match(g.message.en, /\?agency="diskominfo" in the address, "agency": "dinkes" in the body/);
    assert.equal(baris("SELECT id FROM pengajuan WHERE body LIKE '%stunting%'").length, 0);
    const sama = await kirim(
      s.alamat,
      `/v1/permintaan?agency=${AGENSI_UJI.id}`,
      contohPermintaan({ agency: AGENSI_UJI.id }),
      { 'idempotency-key': kunciBaru() },
    );
    assert.equal(sama.status, 201);
  });

  test('a Content-Encoding the server does not decode → 415; identity is fine', async () => {
    for (const coding of ['gzip', 'br', 'deflate']) {
      const r = await kirimPermintaan(contohPermintaan(), kunciBaru(), { 'content-encoding': coding });
      assert.equal(r.status, 415, coding);
      const g = (r.body as Galat).errors[0]!;
      assert.equal(g.code, 'body.content-encoding');
      assert.match(g.message.id, new RegExp(`Content-Encoding ${coding} tidak didukung`));
      assert.match(g.message.en, /not supported/);
    }
    const r = await kirimPermintaan(contohPermintaan(), kunciBaru(), { 'content-encoding': 'identity' });
    assert.equal(r.status, 201);
  });
});

describe('CORS', () => {
  test('the agency site gets CORS headers on preflight; another site does not', async () => {
    const pre = (origin: string) =>
      fetch(`${s.alamat}/v1/permintaan`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
    const ok = await pre(AGENSI_UJI.origins[0]!);
    assert.equal(ok.headers.get('access-control-allow-origin'), AGENSI_UJI.origins[0]);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /idempotency-key/i);
    const lain = await pre('https://situs-lain.example');
    assert.equal(lain.headers.get('access-control-allow-origin'), null);
  });

  test('a POST from a site not listed for the agency → 403', async () => {
    const r = await kirimPermintaan(contohPermintaan(), kunciBaru(), {
      origin: 'https://situs-lain.example',
    });
    assert.equal(r.status, 403);
    const ok = await kirimPermintaan(contohPermintaan(), kunciBaru(), { origin: AGENSI_UJI.origins[0]! });
    assert.equal(ok.status, 201);
    assert.equal(ok.headers.get('access-control-allow-origin'), AGENSI_UJI.origins[0]);
  });
});

describe('POST /v1/keberatan', () => {
  test('an objection gets its own KEB number and a 30-working-day deadline for the Atasan PPID', async () => {
    const p = (await kirimPermintaan(contohPermintaan({ information: 'Untuk keberatan' })))
      .body as TandaBukti;
    const r = await kirim(s.alamat, '/v1/keberatan', contohKeberatan(p.number, { grounds: ['c'] }), {
      'idempotency-key': kunciBaru(),
    });
    assert.equal(r.status, 201);
    const k = r.body as TandaBukti;
    assert.match(k.number, /^\d{3}\/PPID\/DISKOMINFO\/KEB\/2026$/);
    assert.equal(k.deadline.workingDays, 30);
    // Unanswered and not yet due: the objection is recorded, the request keeps its status.
    const st = await kirim(s.alamat, '/v1/status', { number: p.number, contact: RAHASIA.email });
    assert.equal((st.body as { status: string }).status, 'diterima');
    const ks = await kirim(s.alamat, '/v1/status', { number: k.number, contact: RAHASIA.phone });
    assert.equal((ks.body as { kind: string }).kind, 'keberatan');
  });

  test('an objection from another contact is recorded but does not touch the request', async () => {
    const p = (await kirimPermintaan(contohPermintaan({ information: 'Keberatan orang lain' })))
      .body as TandaBukti;
    const lain = contohKeberatan(p.number);
    lain.requester = {
      ...(lain.requester as object),
      email: 'orang.lain@contoh.id',
      phone: '0813-1111-2222',
    };
    const r = await kirim(s.alamat, '/v1/keberatan', lain, { 'idempotency-key': kunciBaru() });
    assert.equal(r.status, 201);
    const st = await kirim(s.alamat, '/v1/status', { number: p.number, contact: RAHASIA.email });
    assert.equal((st.body as { status: string }).status, 'diterima');
  });
});

describe('POST /v1/status', () => {
  test('the number with the matching e-mail or phone (in any written form) → status and events', async () => {
    const tb = (await kirimPermintaan(contohPermintaan({ information: 'Status' }))).body as TandaBukti;
    for (const contact of [RAHASIA.email, 'SITI.AMINAH@contoh.id ', '+62 812-3456-7890', '0812 3456 7890']) {
      const r = await kirim(s.alamat, '/v1/status', { number: tb.number, contact });
      assert.equal(r.status, 200, contact);
      const b = r.body as {
        number: string;
        status: string;
        deadline: string;
        deadlineKind: string;
        receivedAt: string;
        timeZone: string;
        events: { type: string }[];
      };
      assert.equal(b.number, tb.number);
      assert.equal(b.deadlineKind, 'permintaan');
      assert.equal(b.receivedAt, tb.receivedAt);
      // The agency's zone, in which the office shows the times (as on the receipt).
      assert.equal(b.timeZone, tb.agency.timeZone);
      assert.equal(b.status, 'diterima');
      assert.equal(b.deadline, '2026-04-06');
      assert.deepEqual(
        b.events.map((e) => e.type),
        ['diterima'],
      );
    }
  });

  test('the number as typed from a printed receipt, in lower case and with spaces around it, is found', async () => {
    const tb = (await kirimPermintaan(contohPermintaan({ information: 'Status huruf kecil' })))
      .body as TandaBukti;
    const r = await kirim(s.alamat, '/v1/status', {
      number: ` ${tb.number.toLowerCase()} `,
      contact: RAHASIA.email,
    });
    assert.equal(r.status, 200);
    assert.equal((r.body as { number: string }).number, tb.number);
  });

  test('an e-mail the request accepted is found with, however long in code units: 254 characters, 64 emoji before the @', async () => {
    const email = `${'😀'.repeat(64)}@${'a'.repeat(61)}.${'b'.repeat(60)}.${'c'.repeat(63)}.id`;
    const p = contohPermintaan({ information: 'Status e-mail panjang' });
    (p['requester'] as Record<string, unknown>)['email'] = email;
    const tb = await kirimPermintaan(p);
    assert.equal(tb.status, 201, JSON.stringify(tb.body));
    assert.deepEqual(
      baris('SELECT contact_email FROM pengajuan WHERE number = ?', (tb.body as TandaBukti).number),
      [{ contact_email: email }],
    );
    const r = await kirim(s.alamat, '/v1/status', {
      number: (tb.body as TandaBukti).number,
      contact: ` ${email} `,
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    // One character more is over the limit, as it was in code units.
    const lebih = await kirim(s.alamat, '/v1/status', {
      number: (tb.body as TandaBukti).number,
      contact: `${email}x`,
    });
    assert.equal(lebih.status, 422);
  });

  test('every wrong pair gets the very same 404 answer', async () => {
    const tb = (await kirimPermintaan(contohPermintaan({ information: 'Status salah' }))).body as TandaBukti;
    const salah = [
      { number: tb.number, contact: 'bukan.saya@contoh.id' },
      { number: tb.number, contact: '0899-9999-9999' },
      { number: tb.number, contact: 'bukan kontak' },
      { number: '999/PPID/DISKOMINFO/PI/2026', contact: RAHASIA.email },
      { number: 'tidak ada', contact: 'x' },
    ];
    const jawaban = await Promise.all(salah.map((b) => kirim(s.alamat, '/v1/status', b)));
    for (const r of jawaban) assert.equal(r.status, 404);
    assert.equal(new Set(jawaban.map((r) => JSON.stringify(r.body))).size, 1);
  });

  test('a missing number or contact → 422; a number sent as a JSON number is told to be text', async () => {
    const r = await kirim(s.alamat, '/v1/status', { number: 5 });
    assert.equal(r.status, 422);
    assert.deepEqual(
      (r.body as Galat).errors.map((e) => [e.path, e.code]),
      [
        ['number', 'number.type'],
        ['contact', 'contact.required'],
      ],
    );
    const angka = (await kirim(s.alamat, '/v1/status', { number: 123, contact: RAHASIA.email }))
      .body as Galat;
    assert.match(angka.errors[0]!.message.id, /harus berupa teks seperti tertulis pada tanda bukti/);
    assert.match(angka.errors[0]!.message.en, /must be text as written on the receipt/);
    const kosong = (await kirim(s.alamat, '/v1/status', { contact: RAHASIA.email })).body as Galat;
    assert.equal(kosong.errors[0]!.code, 'number.required');
  });
});

describe('logs', () => {
  test('no NIK, phone or e-mail in any log line, in any form', () => {
    const log = s.log();
    // One line per request, at its answer: a new submission's line carries its number and request id.
    const diterima = log.split('\n').filter((l) => l.includes('"msg":"pengajuan diterima"'));
    assert.ok(diterima.length > 0); // the log was captured
    for (const l of diterima) {
      assert.match(
        l,
        /"path":"\/v1\/(permintaan|keberatan)","ip":"127.0.0.1","status":201,"ms":\d+,"nomor":"[^"]+"/,
      );
      assert.match(l, /"reqId":"[^"]+"/);
    }
    assert.doesNotMatch(log, /incoming request|request completed/);
    const nomorTanpaNol = RAHASIA.phone.slice(1);
    for (const rahasia of [
      RAHASIA.nik,
      RAHASIA.phone,
      RAHASIA.phoneE164,
      nomorTanpaNol,
      RAHASIA.email,
      'siti.aminah',
      '3456',
    ]) {
      assert.equal(log.includes(rahasia), false, `log contains ${rahasia}`);
    }
  });
});
