// Every error a public route answers with, driven against a running `terbuka serve`, must be listed under
// that route's status in the OpenAPI document the same server serves (GET /v1/openapi.json), its code named.
// The cases cover the whole catalog (src/kode-galat.ts), so a new code without a case fails here too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import {
  KODE_LAPORAN,
  KODE_OPENAPI,
  KODE_PENGAJUAN,
  KODE_PERISTIWA,
  KODE_PETUGAS,
  KODE_PETUGAS_PARAMETER,
  KODE_STATUS,
  STATUS_KODE,
  type KodeGalat,
} from '../kode-galat.js';
import {
  contohKeberatan,
  contohPermintaan,
  direktoriUji,
  mulaiServer,
  SHA_TOKEN_PETUGAS,
  TOKEN_PETUGAS,
  type ProsesServer,
} from '../uji/proses.js';

type Dokumen = {
  paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
};
type Galat = { errors: { code: string }[] };

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
let terbatas: ProsesServer;
let n = 0;
const kunci = () => `openapi-uji-${Date.now()}-${n++}`;

before(async () => {
  const officers = [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }];
  [s, terbatas] = await Promise.all([
    mulaiServer({ dir, konfigurasi: { officers } }),
    // One request a minute (ten for officers): the second one is refused with 429.
    mulaiServer({
      dir,
      database: `${dir}/terbatas.sqlite`,
      konfigurasi: { officers, rateLimit: { perMinute: 1, statusPerMinute: 1 } },
    }),
  ]);
});
after(async () => {
  await Promise.all([s?.berhenti(), terbatas?.berhenti()]);
  hapus();
});

interface Rute {
  readonly path: string;
  /** Default POST, with the body `sah`. */
  readonly metode?: 'get' | 'post';
  readonly url: string;
  /** The URL with its path parameter not valid percent-encoding (`request.invalid`). */
  readonly urlTidakSah?: string;
  readonly header: Record<string, string>;
  readonly sah: () => unknown;
  readonly kode: readonly KodeGalat[];
}

const RUTE: readonly Rute[] = [
  {
    path: '/v1/permintaan',
    url: '/v1/permintaan',
    header: {},
    sah: () => contohPermintaan(),
    kode: KODE_PENGAJUAN,
  },
  {
    path: '/v1/keberatan',
    url: '/v1/keberatan',
    header: {},
    sah: () => contohKeberatan('001/PPID/DISKOMINFO/PI/2026'),
    kode: KODE_PENGAJUAN,
  },
  {
    path: '/v1/status',
    url: '/v1/status',
    header: {},
    sah: () => ({ number: '001/PPID/DISKOMINFO/PI/2026', contact: 'siti.aminah@contoh.id' }),
    kode: KODE_STATUS,
  },
  {
    path: '/v1/petugas/pengajuan/{id}/peristiwa',
    url: '/v1/petugas/pengajuan/1/peristiwa',
    header: { authorization: `Bearer ${TOKEN_PETUGAS}` },
    urlTidakSah: '/v1/petugas/pengajuan/%E0%A4/peristiwa',
    sah: () => ({ type: 'proses' }),
    kode: KODE_PERISTIWA,
  },
  // The officer's GET routes: the officer's rate limit, and a path parameter that cannot be routed.
  ...(
    [
      ['/v1/petugas/pengajuan', '/v1/petugas/pengajuan', undefined],
      ['/v1/petugas/pengajuan/{id}', '/v1/petugas/pengajuan/1', '/v1/petugas/pengajuan/%E0%A4'],
      ['/v1/petugas/ekspor.csv', '/v1/petugas/ekspor.csv', undefined],
      ['/v1/petugas/laporan/{tahun}', '/v1/petugas/laporan/2026', '/v1/petugas/laporan/%ZZ'],
      ['/v1/petugas/laporan/{tahun}/dip', '/v1/petugas/laporan/2026/dip', '/v1/petugas/laporan/%C3/dip'],
    ] as const
  ).map(([path, url, urlTidakSah]): Rute => ({
    path,
    metode: 'get',
    url,
    ...(urlTidakSah ? { urlTidakSah } : {}),
    header: { authorization: `Bearer ${TOKEN_PETUGAS}` },
    sah: () => undefined,
    kode: path.startsWith('/v1/petugas/laporan/')
      ? KODE_LAPORAN
      : urlTidakSah
        ? KODE_PETUGAS_PARAMETER
        : KODE_PETUGAS,
  })),
  {
    path: '/v1/openapi.json',
    metode: 'get',
    url: '/v1/openapi.json',
    header: {},
    sah: () => undefined,
    kode: KODE_OPENAPI,
  },
];

/** One way to make each code happen on a route: the body, headers and server to send it to. */
function kasus(r: Rute, kode: KodeGalat): () => Promise<Response> {
  const kirim = (body: BodyInit, h: Record<string, string> = {}, server = s, key = kunci(), url = r.url) =>
    r.metode === 'get'
      ? fetch(`${server.alamat}${url}`, { headers: { ...r.header, ...h } })
      : fetch(`${server.alamat}${url}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key, ...r.header, ...h },
          body,
        });
  const sah = (o: Record<string, unknown> = {}) => JSON.stringify({ ...(r.sah() as object), ...o });
  switch (kode) {
    case 'body.invalid-json':
      return () => kirim('{"information": ');
    case 'body.encoding':
      return () => kirim(Buffer.from(sah({ purpose: 'Kajian Zébulon' }), 'latin1'));
    case 'body.forbidden-key':
      return () => kirim('{"__proto__": {"admin": true}}');
    case 'body.too-large':
      return () => kirim(sah({ information: 'x'.repeat(70 * 1024) }));
    case 'body.media-type':
      return () => kirim(sah(), { 'content-type': 'application/x-www-form-urlencoded' });
    case 'body.charset':
      return () => kirim(sah(), { 'content-type': 'application/json; charset=iso-8859-1' });
    case 'body.content-encoding':
      return () => kirim(sah(), { 'content-encoding': 'gzip' });
    case 'rate-limit':
      return async () => {
        let r0: Response | undefined;
        for (let i = 0; i < 12 && r0?.status !== 429; i++) r0 = await kirim(sah(), {}, terbatas);
        return r0!;
      };
    case 'request.invalid':
      return () => kirim(sah(), {}, s, kunci(), r.urlTidakSah);
    case 'token.invalid':
      return () => kirim(sah(), { authorization: 'Bearer bukan-token-petugas' });
    case 'filter.invalid':
      // A year the report refuses (before 2000), in a path that routes.
      return () => kirim(sah(), {}, s, kunci(), r.url.replace('/2026', '/1999'));
    case 'idempotency-key':
      return () => kirim(sah(), {}, s, 'pendek');
    case 'origin.agency':
      return () => kirim(sah(), { origin: 'https://situs-lain.example' });
    case 'idempotency-key.reused':
      return async () => {
        const key = kunci();
        assert.ok((await kirim(sah(), {}, s, key)).ok);
        return kirim(sah({ purpose: 'Tujuan lain sama sekali' }), {}, s, key);
      };
    case 'agency.conflict':
      return () => kirimAgensi('diskominfo', 'dinkes');
    case 'agency.unknown':
      return () => kirimAgensi('dinas-lain');
    case 'honeypot':
      return () => kirim(sah({ website: 'http://spam.example' }));
    case 'status.not-found':
      return () => kirim(sah({ contact: 'orang.lain@contoh.id' }));
    case 'number.type':
      return () => kirim(sah({ number: 1 }));
    case 'number.required':
      return () => kirim(sah({ number: '' }));
    case 'contact.required':
      return () => kirim(sah({ contact: ' ' }));
    case 'record.unreadable':
      // A request of the citizen's whose stored history is damaged by hand (direct SQL), then looked up from
      // its contact; or a submission whose stored receipt is damaged, then sent again with its key.
      return async () => {
        const db = () => new Database(s.database);
        if (r.path === '/v1/status') {
          const p = await kirim(
            JSON.stringify(contohPermintaan()),
            {},
            s,
            kunci(),
            '/v1/permintaan?agency=diskominfo',
          );
          const nomor = ((await p.json()) as { number: string }).number;
          const d = db();
          try {
            d.prepare('UPDATE pengajuan SET history = ? WHERE number = ?').run('{rusak', nomor);
          } finally {
            d.close();
          }
          return kirim(sah({ number: nomor }));
        }
        const k = kunci();
        const url = `${r.url}?agency=diskominfo`;
        const p = await kirim(JSON.stringify(r.sah()), {}, s, k, url);
        const nomor = ((await p.json()) as { number: string }).number;
        const d = db();
        try {
          d.prepare('UPDATE pengajuan SET receipt = ? WHERE number = ?').run('[1,2', nomor);
        } finally {
          d.close();
        }
        return kirim(JSON.stringify(r.sah()), {}, s, k, url);
      };
  }
  function kirimAgensi(q: string, isi?: string) {
    return fetch(`${s.alamat}${r.url}?agency=${q}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': kunci(), ...r.header },
      body: sah(isi === undefined ? {} : { agency: isi }),
    });
  }
}

test('every error a route answers with is listed under its status in the served OpenAPI document', async () => {
  const dok = (await (await fetch(`${s.alamat}/v1/openapi.json`)).json()) as Dokumen;
  const hilang: string[] = [];
  for (const r of RUTE) {
    const tanggapan = dok.paths[r.path]?.[r.metode ?? 'post']?.responses ?? {};
    const periksa = (status: number, kode: string) => {
      const d = tanggapan[status]?.description;
      if (d === undefined) hilang.push(`${r.path}: ${status} (${kode}) is not listed`);
      else if (kode && !d.includes(`\`${kode}\``)) hilang.push(`${r.path}: ${status} does not name ${kode}`);
    };
    for (const kode of r.kode) {
      const j = await kasus(r, kode)();
      const badan = (await j.json()) as Galat;
      assert.equal(
        badan.errors?.[0]?.code,
        kode,
        `${r.path}: the case for ${kode} got ${j.status} ${JSON.stringify(badan)}`,
      );
      periksa(j.status, kode);
    }
    // The SDK validator's codes, one per field: the status listed (their list is the SDK's).
    if (r.kode === KODE_PENGAJUAN) {
      const j = await fetch(`${s.alamat}${r.url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': kunci() },
        body: JSON.stringify({ ...(r.sah() as object), purpose: '' }),
      });
      assert.equal(j.status, 422);
      periksa(j.status, '');
    }
  }
  assert.deepEqual(hilang, []);
});

test('a path parameter over 100 characters is request.invalid with the table’s status, not Fastify’s own 414 body', async () => {
  const j = await fetch(`${s.alamat}/v1/petugas/pengajuan/${'1'.repeat(101)}`, {
    headers: { authorization: `Bearer ${TOKEN_PETUGAS}` },
  });
  const badan = (await j.json()) as Galat;
  assert.deepEqual([j.status, badan.errors?.[0]?.code], [STATUS_KODE['request.invalid'], 'request.invalid']);
});
