import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import {
  teksSkemaJSONKeberatan,
  teksSkemaJSONPermintaan,
  teksSkemaJSONTandaBukti,
} from '../../scripts/skema-json-pengajuan.js';
import { contohKeberatan, contohPermintaan } from './contoh.test.js';
import * as v from 'valibot';
import { BATAS_PANJANG, panjangTeks } from './aturan.js';
import { normalisasiEmail } from './email.js';
import { SkemaKeberatan, SkemaPermintaan } from './skema.js';
import { buatTandaBukti } from './tanda-bukti.js';
import { validasiKeberatan, validasiPermintaan } from './validasi.js';

const berkas = (nama: string): string =>
  readFileSync(new URL(`../../schema/${nama}`, import.meta.url), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: false });
const cekPermintaan = ajv.compile(JSON.parse(berkas('permintaan-v1.schema.json')));
const cekKeberatan = ajv.compile(JSON.parse(berkas('keberatan-v1.schema.json')));
const cekTandaBukti = ajv.compile(JSON.parse(berkas('tanda-bukti-v1.schema.json')));

test('the committed JSON Schemas are exactly what `npm run schema` generates now', () => {
  assert.equal(berkas('permintaan-v1.schema.json'), teksSkemaJSONPermintaan());
  assert.equal(berkas('keberatan-v1.schema.json'), teksSkemaJSONKeberatan());
  assert.equal(berkas('tanda-bukti-v1.schema.json'), teksSkemaJSONTandaBukti());
});

type Dok = Record<string, unknown> & { requester: Record<string, unknown> };
const normal = (): Dok => validasiPermintaan(contohPermintaan()).value as unknown as Dok;

test('ajv accepts what validasi* returns, and receipts', () => {
  assert.equal(cekPermintaan(normal()), true, JSON.stringify(cekPermintaan.errors));
  assert.equal(
    cekKeberatan(validasiKeberatan(contohKeberatan()).value),
    true,
    JSON.stringify(cekKeberatan.errors),
  );
  const tb = buatTandaBukti({
    jenis: 'permintaan',
    nomor: '001/PPID/X/PI/2026',
    receivedAt: new Date('2026-03-13T02:00:00Z'),
    agency: { id: 'x', name: 'X' },
    ringkasan: 'x',
  });
  assert.equal(cekTandaBukti(JSON.parse(JSON.stringify(tb))), true, JSON.stringify(cekTandaBukti.errors));
  assert.equal(cekTandaBukti({ ...tb, receivedAt: '2026-03-13 09:00' }), false);
});

test('ajv and validasiPermintaan both refuse each broken normalised request', () => {
  const rusak: [string, (d: Dok) => void][] = [
    ['NIK 15 digits', (d) => (d.requester['nik'] = '320101450990001')],
    ['phone not E.164', (d) => (d.requester['phone'] = '+1 202 555 0123')],
    ['upper-case e-mail', (d) => (d.requester['email'] = 'a@B')],
    [
      'no contact',
      (d) => (delete d.requester['phone'], delete d.requester['email'], (d['delivery'] = 'pos')),
    ],
    ['copy without delivery', (d) => delete d['delivery']],
    ['e-mail delivery without e-mail', (d) => delete d.requester['email']],
    ['badan hukum without registration', (d) => (d.requester['kind'] = 'badan-hukum')],
    ['perorangan without NIK', (d) => delete d.requester['nik']],
    ['unknown kind', (d) => (d.requester['kind'] = 'robot')],
    ['empty obtain', (d) => (d['obtain'] = [])],
    ['unknown obtain', (d) => (d['obtain'] = ['menonton'])],
    ['blank purpose', (d) => (d['purpose'] = '   ')],
    ['too long information', (d) => (d['information'] = 'x'.repeat(5001))],
    ['wrong version', (d) => (d['version'] = 2)],
    ['proxy without letter', (d) => (d['proxy'] = { name: 'Budi' })],
  ];
  for (const [nama, ubah] of rusak) {
    const d = normal();
    ubah(d);
    assert.equal(cekPermintaan(d), false, `ajv: ${nama}`);
    assert.equal(validasiPermintaan(d).ok, false, `validasi: ${nama}`);
  }
  // A control character: not in a normalised document (ajv refuses it), and validasi drops it.
  const kendali = normal();
  kendali['information'] = 'Laporan\u0002 APBD\u0085';
  assert.equal(cekPermintaan(kendali), false);
  assert.equal(validasiPermintaan(kendali).value?.information, 'Laporan APBD');
  assert.equal(cekPermintaan(validasiPermintaan(kendali).value), true);
  // A delivery without a copy: the schema refuses it in a normalised document; validasi drops it.
  const d = normal();
  d['obtain'] = ['membaca'];
  assert.equal(cekPermintaan(d), false);
  assert.equal(validasiPermintaan(d).value?.delivery, undefined);
});

test('ajv and validasiKeberatan both refuse broken objections', () => {
  const baik = (): Dok => validasiKeberatan(contohKeberatan()).value as unknown as Dok;
  for (const [nama, ubah] of [
    ['ground h', (d: Dok) => (d['grounds'] = ['h'])],
    ['no grounds', (d: Dok) => (d['grounds'] = [])],
    ['repeated grounds', (d: Dok) => (d['grounds'] = ['a', 'a'])],
    ['no request number', (d: Dok) => delete d['requestNumber']],
    ['no case summary', (d: Dok) => delete d['caseSummary']],
  ] as const) {
    const d = baik();
    ubah(d);
    assert.equal(cekKeberatan(d), false, `ajv: ${nama}`);
    assert.equal(
      validasiKeberatan(d).ok && JSON.stringify(validasiKeberatan(d).value) === JSON.stringify(d),
      false,
      nama,
    );
  }
});

test('property: every request validasiPermintaan accepts, ajv accepts as normalised', () => {
  fc.assert(
    fc.property(
      fc.record({
        phone: fc.constantFrom('0812-3456-7890', '(021) 1234567', '+62 (0)361 234567', undefined),
        email: fc.constantFrom('X@Y.ID', undefined),
        obtain: fc.subarray(['melihat', 'mencatat', 'salinan-hardcopy', 'salinan-softcopy']),
        delivery: fc.constantFrom('pos', 'email', 'kurir', undefined),
        kind: fc.constantFrom('perorangan', 'badan-hukum', 'kelompok'),
        registration: fc.constantFrom(' AHU-1 ', undefined),
      }),
      (a) => {
        const p = contohPermintaan() as Dok;
        Object.assign(p.requester, {
          phone: a.phone,
          email: a.email,
          kind: a.kind,
          registration: a.registration,
        });
        Object.assign(p, { obtain: a.obtain, delivery: a.delivery });
        const r = validasiPermintaan(p);
        if (r.ok) assert.equal(cekPermintaan(r.value), true, JSON.stringify(cekPermintaan.errors));
      },
    ),
    { numRuns: 300 },
  );
});

test('length is counted one way: validasi*, the valibot schemas and the JSON Schema count code points (an emoji is one)', () => {
  const limits: [string, number, (t: string) => Dok, (d: unknown) => boolean, (d: unknown) => boolean][] = [
    [
      'information',
      BATAS_PANJANG.information,
      (t) => ({ ...normal(), information: t }),
      (d) => cekPermintaan(d),
      (d) => v.safeParse(SkemaPermintaan, d).success,
    ],
    [
      'caseSummary',
      BATAS_PANJANG.caseSummary,
      (t) => ({ ...(validasiKeberatan(contohKeberatan()).value as unknown as Dok), caseSummary: t }),
      (d) => cekKeberatan(d),
      (d) => v.safeParse(SkemaKeberatan, d).success,
    ],
  ];
  for (const [medan, maks, dok, ajvSah, valibotSah] of limits) {
    const validasi = (d: unknown) => (medan === 'information' ? validasiPermintaan(d) : validasiKeberatan(d));
    // At the limit in emoji (2 UTF-16 code units each), in a mix, and one character over.
    for (const [t, sah] of [
      ['😀'.repeat(maks), true],
      [`${'x'.repeat(maks - 3)}😀é🇮`, true],
      ['😀'.repeat(maks + 1), false],
      [`${'x'.repeat(maks)}😀`, false],
    ] as const) {
      const d = dok(t);
      const label = `${medan}: ${panjangTeks(t)} characters, ${t.length} code units`;
      assert.equal(validasi(d).ok, sah, `validasi ${label}`);
      assert.equal(valibotSah(d), sah, `valibot ${label}`);
      assert.equal(ajvSah(d), sah, `ajv ${label}`);
    }
    const lebih = validasi(dok('😀'.repeat(maks + 1))).errors.find((e) => e.code === 'field.too-long');
    assert.ok(lebih, medan);
    assert.ok(lebih.message.en.endsWith(`: at most ${maks} characters; ${maks + 1} were entered.`), medan);
    assert.ok(lebih.message.id.endsWith(`yang diisi ${maks + 1} karakter.`), medan);
  }
  assert.equal(panjangTeks('a😀\ud800b'), 4); // a lone surrogate counts as one, as JSON Schema counts it
});

test('an e-mail address is judged one way: normalisasiEmail (validasi*, the form, the server), the valibot schema and the JSON Schema count code points, in the whole address and in the 64 before the @', () => {
  const dengan = (email: string): Dok => {
    const d = normal();
    return { ...d, requester: { ...d.requester, email } };
  };
  const domain = (n: number) => `${'a'.repeat(n - 128)}.${'b'.repeat(60)}.${'c'.repeat(63)}.id`; // n characters
  for (const [e, sah] of [
    [`${'😀'.repeat(64)}@desa.id`, true],
    [`${'😀'.repeat(65)}@desa.id`, false],
    [`${'x'.repeat(63)}😀@desa.id`, true],
    [`${'😀'.repeat(64)}@${domain(189)}`, true], // 254 characters, 318 code units
    [`${'😀'.repeat(64)}@${domain(190)}`, false], // 255
    [`${'x'.repeat(64)}@${domain(190)}`, false],
  ] as const) {
    const label = `${panjangTeks(e)} characters, ${e.length} code units, ${e.indexOf('@')} before the @`;
    assert.equal(normalisasiEmail(e), sah ? e : undefined, `normalisasiEmail ${label}`);
    assert.equal(validasiPermintaan(dengan(e)).ok, sah, `validasi ${label}`);
    assert.equal(v.safeParse(SkemaPermintaan, dengan(e)).success, sah, `valibot ${label}`);
    assert.equal(cekPermintaan(dengan(e)), sah, `ajv ${label}`);
  }
});

test('an e-mail address with control characters is kept without them, as a free-text field is; the normalised form (valibot, JSON Schema) holds neither them nor A–Z before the @', () => {
  const dengan = (email: string): Dok => {
    const d = normal();
    return { ...d, requester: { ...d.requester, email } };
  };
  // U+0002 from a PDF, DEL, C1 (U+0085 a line break at the end, U+009B dropped), a manual line break (VT).
  for (const [masuk, disimpan] of [
    ['siti\u0002.aminah@contoh.id', 'siti.aminah@contoh.id'],
    ['\u0002Siti\u007F@Contoh.ID\u0085', 'siti@contoh.id'],
    ['si\u009Bti@contoh.id\v', 'siti@contoh.id'],
    ['si\vti@contoh.id', undefined], // a line break inside is a break, refused as a space is
  ] as const) {
    assert.equal(normalisasiEmail(masuk), disimpan, JSON.stringify(masuk));
    const hasil = validasiPermintaan(dengan(masuk));
    assert.equal(hasil.value?.requester.email, disimpan, JSON.stringify(masuk));
    if (disimpan !== undefined) {
      assert.equal(cekPermintaan(hasil.value), true, JSON.stringify(cekPermintaan.errors));
      assert.equal(v.safeParse(SkemaPermintaan, hasil.value).success, true);
    } else assert.equal(hasil.errors[0]?.code, 'email.invalid');
  }
  // Not normalised, so neither schema takes them as stored data; the normaliser's form of each they do.
  for (const e of [
    'si\u0002ti@contoh.id',
    'si\u007Fti@contoh.id',
    'si\u009Fti@contoh.id',
    'Siti@contoh.id',
  ]) {
    assert.equal(cekPermintaan(dengan(e)), false, `ajv ${JSON.stringify(e)}`);
    assert.equal(v.safeParse(SkemaPermintaan, dengan(e)).success, false, `valibot ${JSON.stringify(e)}`);
    const n = normalisasiEmail(e);
    assert.ok(
      n !== undefined && cekPermintaan(dengan(n)) && v.safeParse(SkemaPermintaan, dengan(n)).success,
      e,
    );
  }
});
