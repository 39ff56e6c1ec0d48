// Writes packages/server/openapi.json: the HTTP API as OpenAPI 3.1, with the request, objection,
// receipt and DIP item schemas taken from the SDK's generated JSON Schema files (one source of truth).
// `npm run openapi -w @terbuka/server`; a test fails when the committed file is not current.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { polaPortabel } from '../../sdk/scripts/pola-portabel.js';
import { teksJSON } from '../../sdk/scripts/teks-json.js';
import {
  KODE_LAPORAN,
  KODE_OPENAPI,
  KODE_PENGAJUAN,
  KODE_PERISTIWA,
  KODE_PETUGAS,
  KODE_PETUGAS_PARAMETER,
  KODE_STATUS,
  STATUS_KODE,
  STATUS_KODE_ISIAN,
  type KodeGalat,
} from '../src/kode-galat.js';
import { POLA_KUNCI_IDEMPOTENSI } from '../src/rute/pengajuan.js';
import {
  ATURAN_TENGGAT,
  BATAS_PANJANG,
  DASAR_PENOLAKAN,
  HASIL_JAWABAN,
  PUTUSAN_KEBERATAN,
  STATUS_PERMINTAAN,
  ZONA_INDONESIA,
} from '@terbuka/sdk';

const require = createRequire(import.meta.url);
type Skema = Record<string, unknown>;

function skemaSDK(nama: string): Skema {
  const berkas = require.resolve(`@terbuka/sdk/schema/${nama}-v1.schema.json`);
  const { $schema: _s, $id: _i, ...isi } = JSON.parse(readFileSync(berkas, 'utf8')) as Skema;
  return isi;
}

const ref = (nama: string) => ({ $ref: `#/components/schemas/${nama}` });
const json = (schema: Skema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const galat = (description: string) => json(ref('Galat'), description);

/**
 * The error responses of a route from the codes it answers with (src/kode-galat.ts): each status its
 * description and its codes, `Kode / codes: …`. A status in `arti` with no code of the catalog (422 of the
 * SDK validator's field codes) is listed with its words alone; a code whose status has no words throws, so
 * a new code cannot be left out of the document.
 */
function galatMenurutKode(kode: readonly KodeGalat[], arti: Readonly<Record<number, string>>) {
  const per = new Map<number, KodeGalat[]>(Object.keys(arti).map((s) => [Number(s), []]));
  for (const k of kode) {
    const status = STATUS_KODE[k];
    if (!per.has(status)) throw new Error(`openapi: no description for ${status} (code ${k})`);
    per.get(status)!.push(k);
  }
  return Object.fromEntries(
    [...per].map(([status, ks]) => [
      status,
      galat(
        ks.length ? `${arti[status]}. Kode / codes: ${ks.map((k) => `\`${k}\``).join(', ')}` : arti[status]!,
      ),
    ]),
  );
}

/** What a route with a JSON body answers before its handler runs. */
const ARTI_ISI_JSON: Readonly<Record<number, string>> = {
  400: 'JSON tidak sah, byte yang bukan UTF-8, atau kunci __proto__ / constructor.prototype / Invalid JSON, bytes that are not UTF-8, or a __proto__ / constructor.prototype key',
  413: 'Isi terlalu besar / Body too large',
  415: 'Bukan application/json, charset selain UTF-8, atau Content-Encoding selain identity / Not application/json, a charset other than UTF-8, or a Content-Encoding other than identity',
  429: 'Terlalu banyak permintaan / Rate limited',
};

/** A path that cannot be routed (`request.invalid`): what a route with a path parameter answers with 400. */
const ARTI_ALAMAT =
  'Alamat tidak sah: persen-enkode rusak (mis. %E0%A4) atau parameter jalur lebih dari 100 karakter / The address is not valid: broken percent-encoding (e.g. %E0%A4) or a path parameter over 100 characters';

/** What every officer route may answer before its handler runs: the officer's rate limit (ten times the public one). */
const ARTI_PETUGAS: Readonly<Record<number, string>> = {
  401: 'Token tidak ada atau tidak sah / Missing or invalid token',
  429: 'Terlalu banyak permintaan (batas petugas) / Rate limited (the officer limit)',
};
const ARTI_PETUGAS_PARAMETER: Readonly<Record<number, string>> = { ...ARTI_PETUGAS, 400: ARTI_ALAMAT };
const ARTI_LAPORAN: Readonly<Record<number, string>> = {
  ...ARTI_PETUGAS_PARAMETER,
  422: 'Tahun atau badan publik tidak sah / Invalid year or agency',
};

const TEKS: Skema = {
  type: 'object',
  properties: { id: { type: 'string' }, en: { type: 'string' } },
  required: ['id', 'en'],
};

const HURUF_17 = { enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] };
const STATUS = { enum: [...STATUS_PERMINTAAN] };

const KUNCI = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'Sama untuk setiap pengiriman ulang satu pengajuan; kunci baru untuk pengajuan baru. / The same for every retry of one submission; a new key for a new one.',
  schema: { type: 'string', pattern: polaPortabel(POLA_KUNCI_IDEMPOTENSI) },
};
const AGENSI = {
  name: 'agency',
  in: 'query',
  required: false,
  description:
    'Id badan publik (atribut agency formulir); boleh dihilangkan bila server hanya melayani satu.',
  schema: { type: 'string' },
};

function penerima(jenis: 'permintaan' | 'keberatan', skema: string) {
  return {
    post: {
      tags: ['publik'],
      operationId: jenis === 'permintaan' ? 'ajukanPermintaan' : 'ajukanKeberatan',
      summary:
        jenis === 'permintaan'
          ? 'Ajukan permintaan informasi / Submit an information request'
          : 'Ajukan keberatan / Submit an objection',
      parameters: [KUNCI, AGENSI],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              allOf: [ref(skema)],
              properties: {
                website: {
                  type: 'string',
                  maxLength: 0,
                  description: 'Honeypot: harus kosong / must be empty',
                },
                agency: { type: 'string', description: 'Id badan publik, bila tidak di query / agency id' },
              },
            },
          },
        },
      },
      responses: {
        201: json(
          jenis === 'keberatan' ? ref('TandaBuktiKeberatan') : ref('TandaBukti'),
          'Diterima dan tersimpan di disk / Received and on disk',
        ),
        200: {
          ...json(
            jenis === 'keberatan' ? ref('TandaBuktiKeberatan') : ref('TandaBukti'),
            'Pengiriman ulang: tanda bukti yang sama / A retry: the same receipt',
          ),
          headers: { 'Idempotent-Replayed': { schema: { const: 'true' } } },
        },
        ...galatMenurutKode(KODE_PENGAJUAN, {
          ...ARTI_ISI_JSON,
          400: 'JSON tidak sah, byte yang bukan UTF-8, kunci __proto__ / constructor.prototype, atau Idempotency-Key tidak ada/salah / Invalid JSON, bytes that are not UTF-8, a __proto__ / constructor.prototype key, or a missing or malformed Idempotency-Key',
          403: 'Situs asal tidak terdaftar untuk badan publik ini / Origin not listed for the agency',
          409:
            jenis === 'keberatan'
              ? 'Kunci yang sama dengan isi lain; atau permohonan yang dirujuk (kontak yang sama) tak dapat dibaca saat ini, keberatan tidak tersimpan, hubungi kantor PPID / Same key, different body; or the request named (same contact) cannot be read now, the objection not stored, contact the PPID office'
              : 'Kunci yang sama dengan isi lain / Same key, different body',
          [STATUS_KODE_ISIAN]:
            'Isian tidak sah, setiap kolom disebut dengan kode validator SDK; badan publik bertentangan atau tidak dikenal; honeypot terisi / Invalid fields, each named with the SDK validator’s code; a conflicting or unknown agency; the honeypot filled',
        }),
      },
    },
  };
}

const petugas = (operationId: string, summary: string, extra: Skema) => ({
  tags: ['petugas'],
  operationId,
  summary,
  security: [{ bearer: [] }],
  ...extra,
});

const SARINGAN = [
  { name: 'status', in: 'query', schema: STATUS },
  { name: 'kind', in: 'query', schema: { enum: ['permintaan', 'keberatan'] } },
  { name: 'agency', in: 'query', schema: { type: 'string' } },
  {
    name: 'from',
    in: 'query',
    description: 'Diterima sejak / received on or after',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'to',
    in: 'query',
    description: 'Diterima sampai / received on or before',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'number',
    in: 'query',
    description:
      'Nomor pendaftaran persis, huruf besar/kecil diabaikan / the exact registration number, letter case ignored',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  },
  {
    name: 'q',
    in: 'query',
    description:
      'Nomor pendaftaran yang memuat teks ini, huruf besar/kecil diabaikan / registration numbers containing this text, letter case ignored',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  },
  { name: 'year', in: 'query', schema: { type: 'integer' } },
  {
    name: 'overdue',
    in: 'query',
    description: 'Hanya yang lewat tenggat / only overdue',
    schema: { enum: ['true', '1', 'false', '0'] },
  },
  {
    name: 'open',
    in: 'query',
    description: 'Hanya yang belum selesai / only cases not closed (status other than selesai)',
    schema: { enum: ['true', '1', 'false', '0'] },
  },
  {
    name: 'order',
    in: 'query',
    description: 'Urutan menurut waktu diterima / by time of receipt',
    schema: { enum: ['oldest', 'newest'], default: 'oldest' },
  },
];

export function buatOpenAPI(): Skema {
  const versi = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  const dip = skemaSDK('dip') as { properties: { items: { items: Skema } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Terbuka — server permohonan informasi publik / information-request intake server',
      version: versi,
      description:
        'Permintaan informasi dan keberatan (UU 14/2008 Pasal 22, 35–36). Setiap galat berbentuk `{ errors: Masalah[] }` dengan pesan dalam bahasa Indonesia dan Inggris. / Every error is `{ errors: Masalah[] }` with messages in Indonesian and English.',
      license: { name: 'MIT' },
    },
    tags: [
      { name: 'publik', description: 'Untuk warga, tanpa login / For citizens, no login' },
      { name: 'petugas', description: 'Untuk petugas PPID, token Bearer / For PPID officers, Bearer token' },
    ],
    paths: {
      '/v1/permintaan': penerima('permintaan', 'Permintaan'),
      '/v1/keberatan': penerima('keberatan', 'Keberatan'),
      '/v1/status': {
        post: {
          tags: ['publik'],
          operationId: 'statusPengajuan',
          summary: 'Status pengajuan / Submission status',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    number: { type: 'string', description: 'Nomor pendaftaran' },
                    contact: {
                      type: 'string',
                      description: 'E-mail atau telepon yang dipakai / e-mail or phone used',
                    },
                  },
                  required: ['number', 'contact'],
                },
              },
            },
          },
          responses: {
            200: json(ref('StatusPengajuan'), 'Status dan riwayat / Status and history'),
            ...galatMenurutKode(KODE_STATUS, {
              ...ARTI_ISI_JSON,
              404: 'Satu jawaban untuk setiap pasangan yang salah / One answer for every wrong pair',
              409: 'Catatan pengajuan ini tak dapat dibaca saat ini (tanpa rincian); hubungi kantor PPID / This submission’s record cannot be read now (no detail given); contact the PPID office',
              422: 'Nomor atau kontak kosong, terlalu panjang, atau nomor bukan teks / Number or contact missing or too long, or a number that is not text',
            }),
          },
        },
      },
      '/v1/petugas/pengajuan': {
        get: petugas('daftarPengajuan', 'Daftar dan saring / List and filter', {
          parameters: [
            ...SARINGAN,
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 0, maximum: 1000, default: 100 },
            },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  total: { type: 'integer' },
                  items: { type: 'array', items: ref('RingkasanPengajuan') },
                },
                required: ['total', 'items'],
              },
              'Daftar / List',
            ),
            ...galatMenurutKode(KODE_PETUGAS, ARTI_PETUGAS),
            422: galat(
              'Saringan tidak sah, parameter tidak dikenal atau diberikan dua kali / Invalid filter, unknown or repeated parameter',
            ),
          },
        }),
      },
      '/v1/petugas/pengajuan/{id}': {
        get: petugas('rinciPengajuan', 'Rincian dengan data pemohon / Detail with the requester', {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: {
            200: json(ref('RincianPengajuan'), 'Rincian / Detail'),
            ...galatMenurutKode(KODE_PETUGAS_PARAMETER, ARTI_PETUGAS_PARAMETER),
            404: galat('Tidak ada atau bukan badan publik petugas / Not found or not the officer’s agency'),
            409: galat(
              'Riwayat tersimpan catatan ini rusak (bukan JSON, atau bukan riwayat): record.unreadable, hanya untuk catatan ini / The record’s stored history is damaged (no JSON, or no history): record.unreadable, for this record only',
            ),
          },
        }),
      },
      '/v1/petugas/pengajuan/{id}/peristiwa': {
        post: petugas('catatPeristiwa', 'Ubah status dengan alasan / Change status with reasons', {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  allOf: [ref('PeristiwaStatus')],
                  properties: {
                    revision: {
                      type: 'integer',
                      minimum: 0,
                      description:
                        'Opsional: revision yang dibaca; berbeda dari sekarang → 409 status.changed / optional: the revision read; another one now → 409 status.changed',
                    },
                  },
                },
              },
            },
          },
          responses: {
            200: json(ref('RincianPengajuan'), 'Status baru / New status'),
            ...galatMenurutKode(KODE_PERISTIWA, {
              ...ARTI_ISI_JSON,
              400: `${ARTI_ISI_JSON[400]}; ${ARTI_ALAMAT}`,
              401: ARTI_PETUGAS[401]!,
            }),
            404: galat('Tidak ditemukan / Not found'),
            409: galat(
              'Perpindahan status tidak sah menurut model status SDK (status.transition, misalnya sudah diubah petugas lain), atau sudah diubah sejak revision yang dikirim (status.changed), atau riwayat tersimpan catatan tak terbaca, tidak ada yang dicatat (record.unreadable) / Transition refused by the SDK status model (status.transition, e.g. another officer changed it first), or changed since the revision sent (status.changed), or the record’s stored history cannot be read, nothing recorded (record.unreadable)',
            ),
            422: galat(
              'Peristiwa tidak sah: jenis tidak dikenal, isian wajib kosong/salah, atau revision tidak sah; `path` menyebut isiannya / Invalid event: unknown type, a required field missing or wrong, or an invalid revision; `path` names the field',
            ),
          },
        }),
      },
      '/v1/petugas/ekspor.csv': {
        get: petugas('eksporCSV', 'Register sebagai CSV / The register as CSV', {
          parameters: SARINGAN,
          responses: {
            200: {
              description:
                'CSV UTF-8 dengan BOM; tanpa NIK, telepon, e-mail; penolakan dengan kolom Konsekuensi dan Undang-Undang Lain; catatan jawaban (bagian yang dikecualikan pada dikabulkan sebagian) di Catatan Jawaban; waktu atau tanggal terima tersimpan yang tak terbaca apa adanya, riwayat yang tak terbaca tanpa kolom peristiwanya, dicatat di Catatan Data / UTF-8 CSV with BOM; no NIK, phone, e-mail; a refusal with the columns Konsekuensi and Undang-Undang Lain; the note of the answer (the parts withheld in a partial grant) in Catatan Jawaban; a stored time or date of receipt that cannot be read as stored, a history that cannot be read without its event columns, named in Catatan Data',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            ...galatMenurutKode(KODE_PETUGAS, ARTI_PETUGAS),
            422: galat(
              'Saringan tidak sah, parameter tidak dikenal atau diberikan dua kali / Invalid filter, unknown or repeated parameter',
            ),
          },
        }),
      },
      '/v1/petugas/laporan/{tahun}': {
        get: petugas('laporanTahunan', 'Laporan akses informasi tahunan / Yearly access report', {
          parameters: [
            { name: 'tahun', in: 'path', required: true, schema: { type: 'integer', minimum: 2000 } },
            { name: 'agency', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            200: json(ref('LaporanAkses'), 'Laporan / Report'),
            ...galatMenurutKode(KODE_LAPORAN, ARTI_LAPORAN),
          },
        }),
      },
      '/v1/petugas/laporan/{tahun}/dip': {
        get: petugas(
          'laporanSebagaiItemDIP',
          'Laporan sebagai item DIP siap terbit / The report as a DIP item',
          {
            parameters: [
              { name: 'tahun', in: 'path', required: true, schema: { type: 'integer', minimum: 2000 } },
              { name: 'agency', in: 'query', schema: { type: 'string' } },
            ],
            responses: {
              200: json(
                {
                  type: 'object',
                  properties: {
                    report: ref('LaporanAkses'),
                    item: ref('ItemDIP'),
                    validation: {
                      type: 'object',
                      properties: {
                        ok: { type: 'boolean' },
                        errors: { type: 'array', items: ref('Masalah') },
                        warnings: { type: 'array', items: ref('Masalah') },
                      },
                    },
                  },
                  required: ['report', 'item', 'validation'],
                },
                'Item berkala yang memenuhi berkala.laporan-akses-informasi / A berkala item fulfilling it',
              ),
              ...galatMenurutKode(KODE_LAPORAN, ARTI_LAPORAN),
            },
          },
        ),
      },
      '/v1/kesehatan': {
        get: {
          tags: ['publik'],
          operationId: 'kesehatan',
          summary: 'Server hidup dan basis data dapat ditulis / Live, and the database can be written',
          description:
            'Tidak sehat (503) bila pengajuan baru tidak dapat disimpan sekarang: basis data tidak dapat ditulis, atau disknya tersisa kurang dari empat isi terbesar (paling sedikit 8 MiB). / Not ok (503) when a new submission could not be stored now: the database cannot be written, or its disk has less room than four of the largest bodies (at least 8 MiB).',
          responses: {
            200: json({ type: 'object', properties: { ok: { const: true } }, required: ['ok'] }, 'OK'),
            503: json(
              {
                type: 'object',
                properties: {
                  ok: { const: false },
                  errors: { type: 'array', items: ref('Masalah'), minItems: 1 },
                },
                required: ['ok', 'errors'],
              },
              'Basis data tidak dapat ditulis (health.database-unwritable) / The database cannot be written',
            ),
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          tags: ['publik'],
          operationId: 'openapi',
          summary: 'Dokumen OpenAPI ini / This OpenAPI document',
          responses: {
            200: json({ type: 'object' }, 'OpenAPI 3.1'),
            ...galatMenurutKode(KODE_OPENAPI, { 429: ARTI_ISI_JSON[429]! }),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Token petugas (terbuka serve token); server menyimpan SHA-256-nya / officer token',
        },
      },
      schemas: {
        Permintaan: skemaSDK('permintaan'),
        Keberatan: skemaSDK('keberatan'),
        TandaBukti: skemaSDK('tanda-bukti'),
        TandaBuktiKeberatan: {
          allOf: [ref('TandaBukti')],
          properties: {
            requestLink: {
              type: 'object',
              description:
                'Whether the objection was recorded on its request here / Apakah keberatan tertaut ke permohonannya',
              properties: {
                number: { type: 'string' },
                linked: { type: 'boolean' },
                message: TEKS,
              },
              required: ['number', 'linked', 'message'],
            },
          },
        },
        ItemDIP: dip.properties.items.items,
        Teks: TEKS,
        Masalah: {
          type: 'object',
          properties: {
            severity: { enum: ['error', 'warning'] },
            code: { type: 'string' },
            path: { type: 'string' },
            message: ref('Teks'),
          },
          required: ['severity', 'code', 'path', 'message'],
        },
        Galat: {
          type: 'object',
          properties: { errors: { type: 'array', items: ref('Masalah'), minItems: 1 } },
          required: ['errors'],
        },
        Peristiwa: {
          type: 'object',
          description: 'Satu langkah riwayat (CatatanPeristiwa SDK) / One history step',
          properties: {
            at: {
              type: 'string',
              format: 'date-time',
              description:
                'Zona badan publik, detik utuh, seperti receivedAt tanda bukti / The agency offset, whole seconds, as the receipt’s receivedAt',
            },
            type: {
              enum: [
                'diterima',
                'proses',
                'perpanjang',
                'jawab',
                'keberatan',
                'putusan-keberatan',
                'selesai',
              ],
              description:
                'Rekaman keberatan yang tersimpan sebelum putusan-keberatan mungkin dijawab dengan `jawab` / An objection stored before putusan-keberatan existed may be answered with `jawab`',
            },
            status: STATUS,
            deadline: { type: 'string', format: 'date' },
            outcome: { enum: [...HASIL_JAWABAN] },
            grounds: { type: 'array', items: HURUF_17 },
            holder: { type: 'string' },
            consequence: {
              type: 'string',
              description:
                'jawab: konsekuensi bila dibuka (uji konsekuensi); tidak ada pada jawaban yang dicatat sebelum diwajibkan / jawab: the consequence of disclosure (consequence test); absent from answers recorded before it was required',
            },
            otherLaw: {
              type: 'string',
              description:
                'jawab dengan Pasal 17 huruf j: undang-undang lain yang melarang dibuka / jawab on Article 17(j): the other law forbidding disclosure',
            },
            reason: { type: 'string' },
            note: { type: 'string' },
            number: {
              type: 'string',
              description:
                'keberatan, dan putusan-keberatan pada permohonan: nomor keberatannya / keberatan, and putusan-keberatan on a request: the objection’s number',
            },
            decision: { enum: [...PUTUSAN_KEBERATAN] },
            decidedBy: { type: 'string' },
            late: { type: 'boolean' },
          },
          required: ['at', 'type'],
        },
        PeristiwaStatus: {
          oneOf: [
            {
              type: 'object',
              properties: { type: { const: 'proses' }, note: { type: 'string' } },
              required: ['type'],
            },
            {
              type: 'object',
              properties: { type: { const: 'perpanjang' }, reason: { type: 'string', minLength: 1 } },
              required: ['type', 'reason'],
            },
            {
              type: 'object',
              properties: {
                type: { const: 'jawab' },
                outcome: { enum: [...HASIL_JAWABAN] },
                grounds: {
                  type: 'array',
                  items: HURUF_17,
                  description:
                    'Wajib bila ditolak (Pasal 17); bila dikabulkan sebagian, ini atau note (Pasal 22 ayat 7) / required when refused; when granted in part, these or a note (Article 22(7))',
                },
                holder: { type: 'string', description: 'Wajib bila tidak dikuasai / required when not held' },
                consequence: {
                  type: 'string',
                  maxLength: DASAR_PENOLAKAN.consequence.maxLength,
                  description:
                    'Konsekuensi bila informasinya dibuka (uji konsekuensi); wajib bila ditolak, 422 answer.consequence / the consequence of disclosure (consequence test); required when refused, 422 answer.consequence',
                },
                otherLaw: {
                  type: 'string',
                  maxLength: DASAR_PENOLAKAN.otherLaw.maxLength,
                  description:
                    'Undang-undang lain yang melarang dibuka; wajib bila grounds memuat j, 422 answer.other-law / the other law forbidding disclosure; required when grounds include j, 422 answer.other-law',
                },
                note: { type: 'string' },
              },
              required: ['type', 'outcome'],
            },
            {
              type: 'object',
              properties: { type: { const: 'keberatan' }, number: { type: 'string' } },
              required: ['type', 'number'],
            },
            {
              type: 'object',
              description:
                'Putusan Atasan PPID, hanya pada rekaman keberatan; ikut dicatat pada permohonan yang tertaut dalam transaksi yang sama (permohonan → selesai) / The Atasan PPID’s decision, on an objection record only; also recorded on the linked request in the same transaction (request → selesai)',
              properties: {
                type: { const: 'putusan-keberatan' },
                decision: {
                  enum: [...PUTUSAN_KEBERATAN],
                  description: 'dikabulkan = keberatan diterima / upheld; ditolak = rejected',
                },
                reason: { type: 'string', minLength: 1, maxLength: BATAS_PANJANG.information },
                decidedBy: {
                  type: 'string',
                  minLength: 1,
                  maxLength: BATAS_PANJANG.name,
                  description: 'Nama dan jabatan Atasan PPID / the Atasan PPID’s name and position',
                },
              },
              required: ['type', 'decision', 'reason', 'decidedBy'],
            },
            {
              type: 'object',
              properties: { type: { const: 'selesai' }, note: { type: 'string' } },
              required: ['type'],
            },
          ],
        },
        StatusPengajuan: {
          type: 'object',
          properties: {
            number: { type: 'string' },
            kind: { enum: ['permintaan', 'keberatan'] },
            status: STATUS,
            deadline: { type: 'string', format: 'date' },
            deadlineKind: {
              enum: Object.keys(ATURAN_TENGGAT),
              description: 'What the current deadline is for / Untuk apa tenggat saat ini',
            },
            receivedAt: { type: 'string', format: 'date-time' },
            timeZone: {
              enum: ZONA_INDONESIA.map((z) => z.zona),
              description:
                "The agency's time zone (WIB, WITA, WIT), in which its office shows these times / Zona waktu badan publik",
            },
            events: { type: 'array', items: ref('Peristiwa') },
            window: {
              type: 'object',
              description:
                'Present when the running deadline passed unanswered: the last day to object (Pasal 35 ayat 1 huruf c) or to bring a dispute to the Komisi Informasi / Ada bila tenggat lewat tanpa jawaban',
              properties: {
                kind: { enum: ['keberatan', 'sengketa'] },
                basedOn: { enum: ['tidak-ditanggapi'] },
                from: { type: 'string', format: 'date' },
                due: { type: 'string', format: 'date' },
                workingDays: { type: 'integer' },
                open: { type: 'boolean', description: 'false once `due` has passed' },
                grounds: { type: 'array', items: { enum: ['c'] } },
                basis: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      instrument: { type: 'object' },
                      article: { type: 'string' },
                      verified: { type: 'boolean' },
                      note: TEKS,
                    },
                  },
                },
              },
              required: ['kind', 'basedOn', 'from', 'due', 'workingDays', 'open', 'basis'],
            },
          },
          required: ['number', 'kind', 'status', 'deadline', 'receivedAt', 'timeZone', 'events'],
        },
        RingkasanPengajuan: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            number: { type: 'string' },
            kind: { enum: ['permintaan', 'keberatan'] },
            agency: { type: 'string' },
            receivedAt: { type: 'string', format: 'date-time' },
            receivedOn: { type: 'string', format: 'date' },
            status: STATUS,
            deadline: { type: 'string', format: 'date' },
            deadlineKind: { enum: Object.keys(ATURAN_TENGGAT) },
            revision: {
              type: 'integer',
              description:
                'Jumlah peristiwa riwayat; kirim kembali bersama peristiwa; tidak ada bila riwayat tak terbaca / the number of history events; send it back with an event; absent when the history cannot be read',
            },
            overdue: { type: 'boolean' },
            allowedEvents: {
              type: 'array',
              items: { type: 'string' },
              description:
                'The events that may be recorded now, by the SDK at the server clock / peristiwa yang dapat dicatat sekarang',
            },
            objectionWindowOpen: {
              type: 'boolean',
              description:
                "A request: answered and the requester's objection window still runs / permohonan: masa keberatan masih berjalan",
            },
            requestNumber: {
              type: 'string',
              description: 'An objection: its request / keberatan: nomor permohonannya',
            },
            linked: {
              type: 'boolean',
              description:
                'An objection: recorded on that request here; absent when that request’s history cannot be read / keberatan: tertaut ke permohonan itu; tidak ada bila riwayat permohonan itu tak terbaca',
            },
            requesterName: { type: 'string' },
            summary: { type: 'string' },
            problems: {
              type: 'array',
              description:
                'Nilai tersimpan yang tak terbaca (waktu, tanggal terima, riwayat); riwayat tak terbaca: tanpa revision, allowedEvents kosong / Stored values that cannot be read (a time, the date of receipt, the history); a history that cannot be read: no revision, allowedEvents empty',
              items: {
                type: 'object',
                properties: {
                  field: { type: 'string', examples: ['history', 'receivedOn', 'history.events[1].at'] },
                  value: { type: 'string' },
                },
                required: ['field', 'value'],
              },
            },
          },
          required: ['id', 'number', 'kind', 'agency', 'receivedAt', 'status', 'deadline', 'overdue'],
        },
        RincianPengajuan: {
          allOf: [ref('RingkasanPengajuan')],
          properties: {
            request: { oneOf: [ref('Permintaan'), ref('Keberatan')] },
            receipt: ref('TandaBukti'),
            history: {
              type: 'object',
              properties: {
                status: STATUS,
                deadline: { type: 'string', format: 'date' },
                events: { type: 'array', items: ref('Peristiwa') },
              },
            },
          },
        },
        LaporanAkses: {
          type: 'object',
          description: 'UU KIP Pasal 12; berkala huruf e / yearly access report',
          properties: {
            format: { const: 'terbuka-laporan-akses' },
            version: { const: 1 },
            agency: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
            year: { type: 'integer' },
            asOf: { type: 'string', format: 'date' },
            requests: {
              type: 'object',
              properties: Object.fromEntries(
                ['received', 'answered', 'pending', 'extended', 'answeredLate'].map((k) => [
                  k,
                  { type: 'integer' },
                ]),
              ),
            },
            timeTaken: {
              type: 'object',
              description: 'Hari kerja dari diterima sampai dijawab / working days from receipt to answer',
              properties: Object.fromEntries(
                ['medianWorkingDays', 'averageWorkingDays', 'maxWorkingDays'].map((k) => [
                  k,
                  { type: ['number', 'null'] },
                ]),
              ),
            },
            outcomes: {
              type: 'object',
              properties: Object.fromEntries(
                ['granted', 'grantedPartly', 'refused', 'notHeld'].map((k) => [k, { type: 'integer' }]),
              ),
            },
            refusalGrounds: {
              type: 'array',
              items: {
                type: 'object',
                properties: { letter: HURUF_17, title: ref('Teks'), count: { type: 'integer' } },
              },
            },
            objections: {
              type: 'object',
              description:
                'Keberatan dan putusan Atasan PPID; `decided` juga menghitung keberatan yang dijawab dengan `jawab` (data lama) / Objections and the Atasan PPID’s decisions; `decided` also counts one answered with `jawab` (older data)',
              properties: Object.fromEntries(
                ['received', 'decided', 'upheld', 'rejected', 'pending', 'decidedLate'].map((k) => [
                  k,
                  { type: 'integer' },
                ]),
              ),
            },
            problems: {
              type: 'array',
              description:
                'Nilai tersimpan yang tak terbaca: catatan dihitung sejauh bisa. Waktu: tidak masuk waktu layanan dan keterlambatan; tanggal terima: tidak masuk waktu layanan; riwayat: dihitung diterima, dan dijawab/diputus menurut kolom status, tanpa hasil, alasan, perpanjangan, waktu layanan dan keterlambatan / Stored values that cannot be read: the record is counted where it can be. A time: left out of time taken and lateness; the date of receipt: left out of time taken; the history: counted as received, and answered/decided by the status column, without outcome, grounds, extension, time taken and lateness',
              items: {
                type: 'object',
                properties: {
                  number: { type: 'string' },
                  field: {
                    type: 'string',
                    examples: ['history.events[1].at', 'receivedAt', 'receivedOn', 'history'],
                  },
                  value: { type: 'string' },
                },
                required: ['number', 'field', 'value'],
              },
            },
          },
          required: [
            'format',
            'version',
            'agency',
            'year',
            'requests',
            'timeTaken',
            'outcomes',
            'refusalGrounds',
            'problems',
          ],
        },
      },
    },
  };
}

export const BERKAS_OPENAPI = fileURLToPath(new URL('../openapi.json', import.meta.url));
/** The file's text, formatted as the repository's Prettier settings format JSON. */
export async function teksOpenAPI(): Promise<string> {
  const opsi = await prettier.resolveConfig(BERKAS_OPENAPI);
  return prettier.format(teksJSON(buatOpenAPI()), { ...opsi, parser: 'json' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(BERKAS_OPENAPI, await teksOpenAPI());
  console.log(`ditulis / written: ${BERKAS_OPENAPI}`);
}
