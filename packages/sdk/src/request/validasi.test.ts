import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as v from 'valibot';
import { normalisasiEmail } from './email.js';
import { periksaNIK } from './nik.js';
import { SkemaKeberatan, SkemaPermintaan } from './skema.js';
import { normalisasiTelepon } from './telepon.js';
import { validasiKeberatan, validasiPermintaan } from './validasi.js';
import { KODE_PROVINSI } from './wilayah.js';
import { contohKeberatan, contohPermintaan } from './contoh.test.js';

const kode = (r: { errors: readonly { code: string; path: string }[] }) =>
  r.errors.map((e) => `${e.path} ${e.code}`).sort();

test('a complete request validates and comes back normalised', () => {
  const r = validasiPermintaan(contohPermintaan());
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.value, {
    format: 'terbuka-permintaan',
    version: 1,
    requester: {
      kind: 'perorangan',
      name: 'Siti Aminah',
      nik: '3201014509900001',
      address: 'Jl. Merdeka No. 1, Sukamaju',
      occupation: 'Guru',
      phone: '+6281234567890',
      email: 'siti.aminah@contoh.id',
    },
    information: 'Salinan laporan realisasi APBD 2025 Dinas Kesehatan',
    purpose: 'Bahan kajian kelompok warga',
    obtain: ['membaca', 'salinan-softcopy'],
    delivery: 'email',
  });
  assert.equal(v.safeParse(SkemaPermintaan, r.value).success, true);
});

test('format and version may be omitted; other values are refused', () => {
  const p = contohPermintaan();
  delete p['format'];
  delete p['version'];
  assert.equal(validasiPermintaan(p).value?.format, 'terbuka-permintaan');
  const q = { ...contohPermintaan(), format: 'terbuka-dip', version: 2 };
  assert.deepEqual(kode(validasiPermintaan(q)), ['format format.unknown', 'version version.unsupported']);
});

test('NIK table: length, digits, province, region, birth date (women +40), serial', () => {
  const tabel: [string, string | undefined][] = [
    ['3201014509900001', undefined], // woman born 5 Sep 1990
    ['3273011203850002', undefined], // man born 12 Mar 1985
    ['3201017101850001', undefined], // 71 = 31 + 40
    ['3201016902000001', undefined], // 29 Feb 2000 (+40)
    ['3201 0145 0990 0001', undefined], // spaces as printed in some copies
    ['9601010101010001', undefined], // Papua Barat Daya
    ['320101450990001', 'nik.length'], // 15
    ['32010145099000011', 'nik.length'], // 17
    ['32010145O9900001', 'nik.digits'],
    ['9901011203850002', 'nik.province'],
    ['2001011203850002', 'nik.province'],
    ['0001011203850002', 'nik.province'],
    ['3200011203850002', 'nik.region'],
    ['3201001203850002', 'nik.region'],
    ['3201013203850002', 'nik.birth-date'], // day 32
    ['3201010003850002', 'nik.birth-date'], // day 0
    ['3201017213850002', 'nik.birth-date'], // month 13
    ['3201017201850002', 'nik.birth-date'], // 72 − 40 = 32
    ['3201016902010001', 'nik.birth-date'], // 29 Feb 1901/2001
    ['3201013104850002', 'nik.birth-date'], // 31 Apr
    ['3201011203850000', 'nik.serial'],
  ];
  for (const [nik, code] of tabel) {
    const h = periksaNIK(nik);
    assert.equal(h.ok ? undefined : h.code, code, nik);
    const p = contohPermintaan();
    (p['requester'] as Record<string, unknown>)['nik'] = nik;
    const r = validasiPermintaan(p);
    assert.deepEqual(kode(r), code ? [`requester.nik ${code}`] : [], nik);
  }
  const w = periksaNIK('3201014509900001');
  assert.ok(w.ok);
  assert.deepEqual(
    [w.female, w.birth, w.province.name],
    [true, { day: 5, month: 9, year2: '90' }, 'Jawa Barat'],
  );
  assert.equal(periksaNIK(3201014509900001).ok, false);
  assert.equal(Object.keys(KODE_PROVINSI).length, 38);
});

test('NIK messages name the field and say what is wrong in both languages', () => {
  const p = contohPermintaan();
  (p['requester'] as Record<string, unknown>)['nik'] = '320101450990001';
  const [e] = validasiPermintaan(p).errors;
  assert.equal(e?.message.id, 'NIK: harus 16 angka; yang diisi 15 angka.');
  assert.equal(e?.message.en, 'NIK (identity number): must be 16 digits; 15 were entered.');
});

test('phones in every form normalise to E.164; what cannot be Indonesian is refused', () => {
  const tabel: [string, string | undefined][] = [
    ['0812-3456-7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 812.3456.7890', '+6281234567890'],
    ['08123456789', '+628123456789'],
    ['(021) 1234567', '+62211234567'],
    ['021-12345678', '+622112345678'],
    ['+62 (0)21 1234 5678', '+622112345678'],
    ['(0361) 234567', '+62361234567'],
    ['0901 123456', '+62901123456'],
    ['081234567', undefined], // mobile too short
    ['0812345678901234', undefined], // too long
    ['112', undefined],
    ['14045', undefined],
    ['+1 202 555 0123', undefined],
    ['+44 20 7946 0958', undefined],
    ['00812345678', undefined],
    ['8123456789', undefined], // no prefix
    ['0112345678', undefined], // no area code starts with 1
    ['telepon saya', undefined],
    ['', undefined],
  ];
  // Phone apps copy a number wrapped in bidi embeddings (U+202A…U+202C) or marks: invisible, not refused.
  assert.equal(normalisasiTelepon('\u202a+62 812-3456-7890\u202c'), '+6281234567890');
  assert.equal(normalisasiTelepon('\u200e0812\u200b3456 7890'), '+6281234567890');
  for (const [masuk, harap] of tabel) assert.equal(normalisasiTelepon(masuk), harap, masuk);
  for (const [, e164] of tabel) if (e164) assert.equal(normalisasiTelepon(e164), e164);
  const p = contohPermintaan();
  (p['requester'] as Record<string, unknown>)['phone'] = '+1 202 555 0123';
  assert.deepEqual(kode(validasiPermintaan(p)), ['requester.phone phone.invalid']);
});

test('e-mail: lower-cased and trimmed; malformed refused', () => {
  assert.equal(normalisasiEmail(' A.B@Desa-Maju.DESA.ID '), 'a.b@desa-maju.desa.id');
  for (const e of ['a@b', 'a b@c.id', '@c.id', 'a@-c.id', 'a@@c.id', 'a@c.i'])
    assert.equal(normalisasiEmail(e), undefined, e);
});

test('a refused value is quoted whole characters only: an emoji e-mail address is never cut in half, a control character is a space', () => {
  const p = contohPermintaan() as Record<string, unknown>;
  (p['requester'] as Record<string, unknown>)['email'] = `${'😀'.repeat(65)}@desa.id`;
  const [e] = validasiPermintaan(p).errors;
  assert.equal(e?.code, 'email.invalid');
  assert.ok(e.message.id.startsWith(`E-mail: "${'😀'.repeat(18)}…" bukan`), e.message.id);
  assert.ok(e.message.en.includes(`"${'😀'.repeat(18)}…" is not`), e.message.en);
  (p['requester'] as Record<string, unknown>)['email'] = 'a\u0085b\u009B@desa';
  assert.ok(validasiPermintaan(p).errors[0]?.message.id.includes('"a b @desa"'));
});

test('a refused value is quoted with its format characters named: a U+202E cannot turn the rest of the message around', () => {
  const p = contohPermintaan() as Record<string, unknown>;
  const r = p['requester'] as Record<string, unknown>;
  r['email'] = 'siti\u202E@contoh';
  r['kind'] = 'perorangan\u202Eatad';
  const [jenis, email] = validasiPermintaan(p).errors;
  assert.deepEqual([jenis?.code, email?.code], ['field.choice', 'email.invalid']);
  for (const m of [jenis!.message, email!.message])
    for (const teks of [m.id, m.en]) assert.ok(!/\p{Cf}/u.test(teks), JSON.stringify(teks));
  assert.ok(jenis!.message.id.endsWith('; yang diisi "perorangan⟨U+202E⟩atad".'), jenis!.message.id);
  assert.ok(email!.message.en.startsWith('E-mail: "siti⟨U+202E⟩@contoh" is not'), email!.message.en);
  // Cut at 40 before it is named, as in a DIP message at 80: the name is never cut in half.
  r['email'] = `${'x'.repeat(36)}\u200B${'y'.repeat(20)}@contoh`;
  const [, panjang] = validasiPermintaan(p).errors;
  assert.ok(
    panjang?.message.id.startsWith(`E-mail: "${'x'.repeat(36)}⟨U+200B⟩…" bukan`),
    panjang?.message.id,
  );
});

test('missing conditional fields', () => {
  const ubah = (f: (p: Record<string, unknown>, r: Record<string, unknown>) => void) => {
    const p = contohPermintaan();
    f(p, p['requester'] as Record<string, unknown>);
    return kode(validasiPermintaan(p));
  };
  // A copy asked for: delivery required.
  assert.deepEqual(
    ubah((p) => delete p['delivery']),
    ['delivery delivery.required'],
  );
  assert.deepEqual(
    ubah((p) => (p['obtain'] = ['salinan-hardcopy'])),
    [],
  );
  // No copy: delivery not needed, and a stale one is dropped.
  const tanpaSalinan = contohPermintaan();
  tanpaSalinan['obtain'] = ['melihat', 'mencatat'];
  const r = validasiPermintaan(tanpaSalinan);
  assert.equal(r.ok, true);
  assert.equal(r.value?.delivery, undefined);
  // E-mail delivery needs an e-mail address.
  assert.deepEqual(
    ubah((_, q) => delete q['email']),
    ['requester.email email.required-for-delivery'],
  );
  // Perorangan: NIK and occupation.
  assert.deepEqual(
    ubah((_, q) => delete q['nik']),
    ['requester.nik field.required'],
  );
  assert.deepEqual(
    ubah((_, q) => (q['occupation'] = '  ')),
    ['requester.occupation field.required'],
  );
  // Badan hukum: registration, not NIK.
  assert.deepEqual(
    ubah((_, q) => {
      q['kind'] = 'badan-hukum';
      delete q['nik'];
      delete q['occupation'];
    }),
    ['requester.registration field.required'],
  );
  // Kelompok: the NIK of the person acting for it.
  assert.deepEqual(
    ubah((_, q) => {
      q['kind'] = 'kelompok';
      delete q['nik'];
    }),
    ['requester.nik field.required'],
  );
  // Neither phone nor e-mail.
  assert.deepEqual(
    ubah((p, q) => {
      p['delivery'] = 'pos';
      delete q['phone'];
      q['email'] = '';
    }),
    ['requester.phone contact.required'],
  );
  assert.deepEqual(
    ubah((p) => (p['obtain'] = [])),
    ['obtain field.required'],
  );
  assert.deepEqual(
    ubah((p) => (p['obtain'] = ['membaca', 'menonton'])),
    ['obtain[1] field.choice'],
  );
  assert.deepEqual(
    ubah((p) => (p['proxy'] = { name: 'Budi' })),
    ['proxy.powerOfAttorney field.required'],
  );
  assert.deepEqual(
    ubah((p) => (p['information'] = 'x'.repeat(5001))),
    ['information field.too-long'],
  );
  assert.deepEqual(
    ubah((p) => (p['purpose'] = 42)),
    ['purpose field.type'],
  );
});

test('every problem is reported at once, each naming its field', () => {
  const r = validasiPermintaan({ requester: { kind: 'robot' }, obtain: 'salinan-hardcopy' });
  assert.equal(r.ok, false);
  assert.deepEqual(kode(r), [
    'delivery delivery.required',
    'information field.required',
    'purpose field.required',
    'requester.address field.required',
    'requester.kind field.choice',
    'requester.name field.required',
    'requester.phone contact.required',
  ]);
  const pesan = r.errors.find((e) => e.path === 'requester.address')?.message;
  assert.deepEqual(pesan, { id: 'Alamat: wajib diisi.', en: 'Address: required.' });
});

test('a keberatan validates: grounds deduplicated and ordered, proxy kept', () => {
  const r = validasiKeberatan(contohKeberatan());
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.value?.grounds, ['a', 'c']);
  assert.equal(r.value?.format, 'terbuka-keberatan');
  assert.deepEqual(r.value?.proxy, { name: 'Budi Santoso', powerOfAttorney: 'terlampir' });
  assert.equal(v.safeParse(SkemaKeberatan, r.value).success, true);
  const k = { ...contohKeberatan(), grounds: ['h'], requestNumber: ' ', caseSummary: undefined };
  assert.deepEqual(kode(validasiKeberatan(k)), [
    'caseSummary field.required',
    'grounds[0] field.choice',
    'requestNumber field.required',
  ]);
  assert.deepEqual(kode(validasiKeberatan({ ...contohKeberatan(), grounds: [] })), [
    'grounds field.required',
  ]);
});

test('non-objects and hostile inputs give one clear error, never an exception', () => {
  for (const x of [null, undefined, 42, 'teks', [], [contohPermintaan()]]) {
    const r = validasiPermintaan(x);
    assert.equal(r.ok, false);
    assert.deepEqual(kode(r), [' document.type']);
  }
  const jebakan = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
    },
  );
  assert.equal(validasiPermintaan(jebakan).ok, false);
  assert.equal(validasiKeberatan(jebakan).ok, false);
});

test('property: validation never throws on arbitrary JSON, and errors always name a field', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (x) => {
      for (const r of [validasiPermintaan(x), validasiKeberatan(x)]) {
        assert.equal(r.ok, r.errors.length === 0);
        for (const e of r.errors) assert.match(e.message.id, /^[^:]+: /);
      }
    }),
    { numRuns: 500 },
  );
});

// Arbitrary near-valid requests: mutations of the sample with messy but acceptable values.
const spasi = fc.constantFrom('', ' ', '  ', '\t', '\n');
const dibungkus = (s: fc.Arbitrary<string>) => fc.tuple(spasi, s, spasi).map(([a, b, c]) => a + b + c);
// Any code point, and oftener the ones a paste brings: control characters, lone surrogates, an emoji.
const karakter = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\u0001', '\u000b', '\u0085', '\u009f', '\ud800', '\udc00', '😀'),
);
const permintaanAcak = fc
  .record({
    name: dibungkus(fc.string({ unit: karakter, minLength: 1, maxLength: 30 })),
    phone: fc.constantFrom('0812-3456-7890', '+62 21 1234567', '62 361 234567', undefined, 'x'),
    email: fc.constantFrom(' A@B.CO.ID', 'a@b', undefined),
    obtain: fc.subarray([...(['melihat', 'membaca', 'salinan-hardcopy', 'salinan-softcopy'] as const)]),
    delivery: fc.constantFrom('pos', ' Kurir ', 'email', undefined),
    information: dibungkus(fc.string({ maxLength: 50 })),
  })
  .map((a) => {
    const p = contohPermintaan();
    const q = p['requester'] as Record<string, unknown>;
    Object.assign(q, { name: a.name, phone: a.phone, email: a.email });
    Object.assign(p, { obtain: a.obtain, delivery: a.delivery, information: a.information });
    return p;
  });

test('property: normalisation is idempotent and its output fits the schema', () => {
  fc.assert(
    fc.property(permintaanAcak, (p) => {
      const r = validasiPermintaan(p);
      if (!r.ok) return;
      const lagi = validasiPermintaan(r.value);
      assert.equal(lagi.ok, true);
      assert.deepEqual(lagi.value, r.value);
      assert.equal(v.safeParse(SkemaPermintaan, r.value).success, true);
    }),
    { numRuns: 400 },
  );
  fc.assert(
    fc.property(fc.subarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'A']), spasi, (grounds, s) => {
      const r = validasiKeberatan({ ...contohKeberatan(), grounds, purpose: `${s}Tujuan${s}` });
      if (!r.ok) return;
      assert.deepEqual(validasiKeberatan(r.value).value, r.value);
      assert.equal(v.safeParse(SkemaKeberatan, r.value).success, true);
    }),
  );
});

test('control characters in free text are dropped (line-break ones made line breaks), lone surrogates made U+FFFD, and the length counts what is kept', () => {
  const p = contohPermintaan();
  Object.assign(p.requester as Record<string, unknown>, {
    name: 'Siti\u0002 Aminah\u0003', // as copied out of a PDF
    address: 'Jl. Merdeka\ud800 No. 1\u007f\u0080\u009f',
  });
  Object.assign(p, {
    // A manual line break from Word/PowerPoint (VT), a page break (FF), NEL; tab, CR and LF stay.
    information: `Baris satu\u000bBaris dua\u000cTiga\u0085Empat\tlima\r\nenam${'\u0001'.repeat(60)}`,
    purpose: `${'x'.repeat(2000)}${'\u0001'.repeat(2000)}`,
  });
  const r = validasiPermintaan(p);
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.equal(r.value!.requester.name, 'Siti Aminah');
  assert.equal(r.value!.requester.address, 'Jl. Merdeka\ufffd No. 1');
  assert.equal(r.value!.information, 'Baris satu\nBaris dua\nTiga\nEmpat\tlima\r\nenam');
  assert.equal(r.value!.purpose, 'x'.repeat(2000));
  assert.equal(v.safeParse(SkemaPermintaan, r.value).success, true);
  assert.deepEqual(validasiPermintaan(r.value).value, r.value);

  // Nothing but control characters is an empty field; beyond the limit once cleaned is still too long.
  const kosong = validasiKeberatan({
    ...contohKeberatan(),
    purpose: '\u0001\u0002 \u0085\u007f',
    caseSummary: `${'y'.repeat(10001)}\u0001`,
  });
  assert.deepEqual(kode(kosong), ['caseSummary field.too-long', 'purpose field.required']);
  const k = validasiKeberatan({ ...contohKeberatan(), requestNumber: '001/PPID\u0002/2026' });
  assert.equal(k.value?.requestNumber, '001/PPID/2026');

  // The normalised form the schemas state has none: a document that kept one is not normalised.
  const kotor = { ...r.value!, information: 'a\u0001b' };
  assert.equal(v.safeParse(SkemaPermintaan, kotor).success, false);
  assert.equal(v.safeParse(SkemaPermintaan, { ...r.value!, information: 'a\tb\r\nc' }).success, true);
});
