// The limits fit together: the longest request and objection the SDK accepts, in the characters that cost
// most bytes in JSON, sent by the SDK's own client to a real server with the default bodyLimit, are
// received (201), never refused whole with a 413 before their fields could be checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BATAS_PANJANG,
  CARA_MEMPEROLEH,
  CARA_SALINAN,
  KlienPermintaan,
  PASAL_35,
  SURAT_KUASA,
  teksJSON,
  validasiKeberatan,
  validasiPermintaan,
  type PenyimpananKunci,
} from '@terbuka/sdk';
import { periksaKonfigurasi } from '../konfigurasi.js';
import { AGENSI_UJI, contohPermintaan, direktoriUji, mulaiServer, type ProsesServer } from '../uji/proses.js';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
before(async () => {
  s = await mulaiServer({ dir });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

/** The default the server started with: its own configuration check, nothing given. */
const BATAS_BODY = periksaKonfigurasi({ agencies: [AGENSI_UJI] }).bodyLimit;

// One character each of every cost in JSON: 1–4 bytes of UTF-8, two for what JSON escapes (quote,
// backslash, line feed), six for a control character or a lone surrogate (\u0001, \ud800) — if the SDK
// keeps them. Cost adds up character by character, so the dearest one repeated is the worst text.
const CALON = [
  'a',
  'é',
  '中',
  '😀',
  '"',
  '\\',
  '\n',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800',
  '\udfff',
  '\u2028',
];

type Dok = Record<string, unknown>;
type Validasi = (d: unknown) => { ok: boolean; value?: unknown };

/** The value at a dotted path of a document. */
const ambil = (d: unknown, jalur: string): unknown =>
  jalur.split('.').reduce<unknown>((o, k) => (o as Dok | undefined)?.[k], d);
function pasang(d: Dok, jalur: string, nilai: unknown): Dok {
  const salinan = structuredClone(d);
  const kunci = jalur.split('.');
  const akhir = kunci.pop()!;
  (kunci.reduce<Dok>((o, k) => o[k] as Dok, salinan) as Dok)[akhir] = nilai;
  return salinan;
}

/**
 * `dasar` with each text field at its BATAS_PANJANG in the character costing most as the SDK sends it:
 * each candidate run through the SDK's validation, its kept (normalised) text measured in JSON.
 */
function terburuk(dasar: Dok, medan: Record<string, number>, validasi: Validasi): Dok {
  let d = dasar;
  for (const [jalur, maks] of Object.entries(medan)) {
    let terbaik: { teks: string; bita: number } | undefined;
    for (const c of CALON) {
      const teks = c.repeat(maks);
      const v = validasi(pasang(d, jalur, teks));
      const disimpan = v.ok ? ambil(v.value, jalur) : undefined;
      // Refused, or dropped as empty (an optional field of line breaks): not a text the SDK sends.
      if (typeof disimpan !== 'string') continue;
      const bita = Buffer.byteLength(JSON.stringify(disimpan));
      if (!terbaik || bita > terbaik.bita) terbaik = { teks, bita };
    }
    assert.ok(terbaik, jalur);
    d = pasang(d, jalur, terbaik.teks);
  }
  return d;
}

// The longest e-mail address: 64 code units of a 3-byte character before the @ (the pattern counts
// units: an emoji is two of them and four bytes), then domain labels up to BATAS_PANJANG.email.
function emailTerpanjang(): string {
  const lokal = '中'.repeat(64);
  let domain = 'id';
  while (lokal.length + 1 + domain.length + 64 <= BATAS_PANJANG.email) domain = `${'a'.repeat(63)}.${domain}`;
  const sisa = BATAS_PANJANG.email - lokal.length - 1 - domain.length - 1;
  if (sisa > 0) domain = `${'a'.repeat(sisa)}.${domain}`;
  return `${lokal}@${domain}`;
}

const PEMOHON = {
  'requester.name': BATAS_PANJANG.name,
  'requester.registration': BATAS_PANJANG.registration,
  'requester.address': BATAS_PANJANG.address,
  'requester.occupation': BATAS_PANJANG.occupation,
  'proxy.name': BATAS_PANJANG.name,
};
const terpanjang = <T extends string>(xs: readonly T[]): T =>
  xs.reduce((a, b) => (b.length > a.length ? b : a));
const pemohon = {
  // Every field present whatever the kind; the longest kind's name.
  kind: 'badan-hukum',
  name: 'x',
  nik: '3201014509900001',
  registration: 'x',
  address: 'x',
  occupation: 'x',
  phone: '+62812345678901',
  email: emailTerpanjang(),
};
const kuasa = { name: 'x', powerOfAttorney: terpanjang(SURAT_KUASA) };

class PenyimpananMemori implements PenyimpananKunci {
  readonly isi = new Map<string, string>();
  getItem(k: string) {
    return this.isi.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.isi.set(k, v);
  }
  removeItem(k: string) {
    this.isi.delete(k);
  }
}
const klien = () =>
  new KlienPermintaan({
    endpoint: s.alamat,
    fetch: globalThis.fetch.bind(globalThis),
    storage: new PenyimpananMemori(),
    sekarang: () => new Date(),
    acak: Math.random,
    timeoutMs: 10_000,
    percobaan: 1,
    jedaDasarMs: 10,
    jedaMaksMs: 20,
  });

test('the longest request and objection the SDK accepts fit the default bodyLimit and are received', async () => {
  assert.equal(BATAS_BODY, 64 * 1024);
  const permintaan = terburuk(
    contohPermintaan({
      requester: pemohon,
      proxy: kuasa,
      obtain: [...CARA_MEMPEROLEH],
      delivery: terpanjang(CARA_SALINAN),
    }),
    { ...PEMOHON, information: BATAS_PANJANG.information, purpose: BATAS_PANJANG.purpose },
    validasiPermintaan,
  );
  const vp = validasiPermintaan(permintaan);
  assert.equal(vp.ok, true, JSON.stringify(vp.errors));
  assert.equal(vp.value!.requester.email, pemohon.email.toLowerCase());
  assert.equal(vp.value!.requester.email!.length, BATAS_PANJANG.email);

  const keberatan = terburuk(
    {
      format: 'terbuka-keberatan',
      version: 1,
      requestNumber: 'x',
      requester: pemohon,
      proxy: kuasa,
      purpose: 'x',
      grounds: PASAL_35.map((p) => p.letter),
      caseSummary: 'x',
    },
    {
      requestNumber: BATAS_PANJANG.requestNumber,
      ...PEMOHON,
      purpose: BATAS_PANJANG.purpose,
      caseSummary: BATAS_PANJANG.caseSummary,
    },
    validasiKeberatan,
  );
  const vk = validasiKeberatan(keberatan);
  assert.equal(vk.ok, true, JSON.stringify(vk.errors));

  // The body the client sends is the normalised value as JSON: it fits, with what margin it has.
  for (const [nama, v] of [
    ['permintaan', vp.value],
    ['keberatan', vk.value],
  ] as const) {
    const bita = Buffer.byteLength(teksJSON(v));
    assert.ok(bita <= BATAS_BODY, `${nama}: ${bita} bytes > bodyLimit ${BATAS_BODY}`);
  }
  assert.ok(Buffer.byteLength(teksJSON(vk.value)) > 50_000, 'the worst case is the dear one');

  const k = klien();
  const hp = await k.kirim(permintaan, 'permintaan');
  assert.equal(hp.status, 'terkirim', JSON.stringify(hp));
  const hk = await k.kirim(keberatan, 'keberatan');
  assert.equal(hk.status, 'terkirim', JSON.stringify(hk));
});
