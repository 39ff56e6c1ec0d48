import {
  batasKeberatan,
  peristiwaBolehPada,
  STATUS_PERMINTAAN,
  tanggalDiZona,
  tanggalValid,
  type GalatTransisi,
  type PeristiwaStatus,
  peristiwaDiZona,
  type Riwayat,
  waktuTersimpanDiZona,
} from '@terbuka/sdk';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Baris, Jenis, Saringan } from '../db/penyimpanan.js';
import { STATUS_TERBUKA } from '../db/penyimpanan.js';
import { eksporCSV } from '../ekspor.js';
import { galatHttp } from '../galat.js';
import type { Konteks } from '../konteks.js';
import { tautanKeberatan } from '../db/penerimaan.js';
import { catatPeristiwa, GalatRevisi } from '../db/peristiwa.js';
import { opsiKalender, type PetugasKonfigurasi } from '../konfigurasi.js';
import { galatKode } from '../kode-galat.js';
import { hitungLaporan, itemDIPLaporan } from '../laporan.js';
import {
  CatatanTakTerbaca,
  catatDataRusak,
  dataRusak,
  isiBaris,
  jenisData,
  jsonRusak,
  riwayatBaris,
} from '../data-rusak.js';
import { cariPetugas } from '../petugas/token.js';

declare module 'fastify' {
  interface FastifyRequest {
    petugas?: PetugasKonfigurasi;
  }
}

function agensiBoleh(k: Konteks, p: PetugasKonfigurasi): string[] {
  return p.agencies.length > 0 ? [...p.agencies] : [...k.agensi.keys()];
}

function galatSaringan(path: string, sebab?: { id: string; en: string }) {
  return galatKode(
    'filter.invalid',
    {
      id: `Saringan "${path}" tidak sah${sebab ? `: ${sebab.id}` : ''}.`,
      en: `The filter "${path}" is not valid${sebab ? `: ${sebab.en}` : ''}.`,
    },
    path,
  );
}

/** The list's and the export's query parameters; the list also pages (`limit`, `offset`). */
const SARINGAN = [
  'agency',
  'status',
  'kind',
  'from',
  'to',
  'year',
  'overdue',
  'open',
  'order',
  'number',
  'q',
];
const HALAMAN = ['limit', 'offset'];
const YA_TIDAK = ['true', '1', 'false', '0'];

/**
 * Filters from the query string; an officer sees only their agencies. A parameter the API does not know, one
 * given twice, or a value outside its list is refused (422 naming it): a typo must not return everything or
 * nothing as if it were an answer.
 */
function bacaSaringan(k: Konteks, req: FastifyRequest, halaman = true): Saringan {
  const q = req.query as Record<string, unknown>;
  const dikenal = halaman ? [...SARINGAN, ...HALAMAN] : SARINGAN;
  for (const [nama, v] of Object.entries(q)) {
    if (!dikenal.includes(nama))
      throw galatSaringan(nama, {
        id: `parameter ini tidak dikenal; yang dikenal: ${dikenal.join(', ')}`,
        en: `this parameter is not known; known: ${dikenal.join(', ')}`,
      });
    if (typeof v !== 'string')
      throw galatSaringan(nama, { id: 'diberikan lebih dari sekali', en: 'given more than once' });
  }
  const t = q as Record<string, string | undefined>;
  const boleh = agensiBoleh(k, req.petugas!);
  let agencies = boleh;
  if (t.agency !== undefined) {
    if (!boleh.includes(t.agency)) throw galatSaringan('agency');
    agencies = [t.agency];
  }
  if (t.status !== undefined && !(STATUS_PERMINTAAN as readonly string[]).includes(t.status))
    throw galatSaringan('status', {
      id: `status "${t.status}" tidak dikenal; pilih: ${STATUS_PERMINTAAN.join(', ')}`,
      en: `unknown status "${t.status}"; choose: ${STATUS_PERMINTAAN.join(', ')}`,
    });
  for (const n of ['from', 'to'] as const)
    if (t[n] !== undefined && !tanggalValid(t[n])) throw galatSaringan(n);
  if (t.kind !== undefined && t.kind !== 'permintaan' && t.kind !== 'keberatan') throw galatSaringan('kind');
  if (t.order !== undefined && t.order !== 'newest' && t.order !== 'oldest') throw galatSaringan('order');
  for (const n of ['overdue', 'open'] as const)
    if (t[n] !== undefined && !YA_TIDAK.includes(t[n]))
      throw galatSaringan(n, { id: `pilih: ${YA_TIDAK.join(', ')}`, en: `choose: ${YA_TIDAK.join(', ')}` });
  const nomor = t.number?.trim();
  const cari = t.q?.trim();
  for (const [n, v] of [
    ['number', nomor],
    ['q', cari],
  ] as const)
    if (v !== undefined && (v === '' || v.length > 200))
      throw galatSaringan(n, { id: 'isi 1–200 karakter', en: 'give 1–200 characters' });
  const angka = (s: string | undefined, nama: string, maks: number) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0 || n > maks) throw galatSaringan(nama);
    return n;
  };
  // Overdue is judged per agency time zone; the earliest "today" of the agencies is conservative.
  const hariIni = [...agencies].map((id) => tanggalDiZona(k.jam(), k.agensi.get(id)!.timeZone)).sort()[0];
  return {
    agencies,
    ...(t.status !== undefined ? { status: t.status } : {}),
    ...(t.kind !== undefined ? { kind: t.kind as Jenis } : {}),
    ...(t.from !== undefined ? { from: t.from } : {}),
    ...(t.to !== undefined ? { to: t.to } : {}),
    ...(nomor !== undefined ? { number: nomor } : {}),
    ...(cari !== undefined ? { numberContains: cari } : {}),
    ...(t.overdue === 'true' || t.overdue === '1' ? { overdueOn: hariIni } : {}),
    ...(t.open === 'true' || t.open === '1' ? { open: true } : {}),
    ...(t.order === 'newest' ? { newestFirst: true } : {}),
    ...(t.year !== undefined ? { year: angka(t.year, 'year', 9999) } : {}),
    limit: angka(t.limit, 'limit', 1000) ?? 100,
    offset: angka(t.offset, 'offset', 1e9) ?? 0,
  };
}

function ringkasan(k: Konteks, b: Baris) {
  const isi = isiBaris(b) as {
    requester?: { name?: string };
    information?: string;
    caseSummary?: string;
    requestNumber?: string;
  };
  const zona = k.agensi.get(b.agency)?.timeZone ?? 'Asia/Jakarta';
  const hariIni = tanggalDiZona(k.jam(), zona);
  // A history that cannot be read: the record is listed from its columns, with no revision, nothing to
  // record on it, and its problems named (dataRusak), as are a time or date that cannot be read.
  const r = riwayatBaris(b);
  const deadlineKind = r?.deadlineKind;
  const problems = dataRusak(b).map(({ field, value }) => ({ field, value }));
  // Not known when the request's own history cannot be read: then not said.
  const linked =
    b.kind === 'keberatan' && isi.requestNumber
      ? tautanKeberatan(k.simpan, b.agency, isi.requestNumber, b.number)
      : undefined;
  return {
    id: b.id,
    number: b.number,
    kind: b.kind,
    agency: b.agency,
    // In the receipt's form whatever form it was stored in (an older store: UTC, another offset).
    receivedAt: waktuTersimpanDiZona(b.receivedAt, zona),
    receivedOn: b.receivedOn,
    status: b.status,
    deadline: b.deadline,
    ...(deadlineKind ? { deadlineKind } : {}),
    // The number of events in its history: an event sent back with it is refused (409 status.changed) once
    // another has been recorded since, so two officers cannot act on the same request unawares.
    ...(r ? { revision: r.events.length } : {}),
    overdue: (STATUS_TERBUKA as readonly string[]).includes(b.status) && b.deadline < hariIni,
    // Answered and the requester's 30 working days still run (closed or not): an objection may still come,
    // and is recorded on the request (the SDK's rule, as the status page shows it).
    ...(b.kind === 'permintaan' && r
      ? { objectionWindowOpen: batasKeberatan(r, k.jam(), zona) !== undefined }
      : {}),
    // What may be recorded now, by the SDK's rule at this server's clock (the one it records with).
    allowedEvents: r ? peristiwaBolehPada(r, k.jam(), zona) : [],
    // An objection names its request; unlinked, the officer matches it by hand.
    ...(b.kind === 'keberatan' && isi.requestNumber
      ? {
          requestNumber: isi.requestNumber,
          ...(linked !== undefined ? { linked } : {}),
        }
      : {}),
    requesterName: isi.requester?.name ?? '',
    summary: isi.information ?? isi.caseSummary ?? '',
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/**
 * The record's history, or — when its history, body or receipt cannot be read (jsonRusak: no JSON, or not of
 * its shape) — a worded 409 for this one record (`record.unreadable`, naming the field), logged: nothing can be
 * shown or recorded on it, and it is no failure of the server's (the list and the other records still
 * answer). `tercatat`: the words of an event refused.
 */
function riwayatAtauGalat(req: FastifyRequest, b: Baris, tercatat = false): Riwayat {
  const rusak = jsonRusak(b);
  if (rusak.length === 0) return riwayatBaris(b)!;
  catatDataRusak(req.log, rusak);
  throw galatTakTerbaca(b, rusak[0]!.field, tercatat);
}

function galatTakTerbaca(b: Baris, field: string, tercatat: boolean, untuk?: string) {
  const j = jenisData(field);
  const akibat = tercatat
    ? { id: 'tidak ada yang dicatat', en: 'nothing was recorded' }
    : { id: 'pengajuan ini tidak dapat ditampilkan', en: 'this submission cannot be shown' };
  // The decision on an objection is also recorded on its request: which record it is, said.
  const sebab = untuk
    ? {
        id: ` (permohonan yang dicatat keberatan ${untuk})`,
        en: ` (the request objection ${untuk} is recorded on)`,
      }
    : { id: '', en: '' };
  return galatKode(
    'record.unreadable',
    {
      id: `${j.id[0]!.toUpperCase()}${j.id.slice(1)} pengajuan ${b.number}${sebab.id} tersimpan rusak (bukan ${j.id} yang dapat dibaca), jadi ${akibat.id}; pengajuan lain tidak terpengaruh. Betulkan kolom ${field} catatan itu di basis data; log server menyebutnya.`,
      en: `The stored ${j.en} of submission ${b.number}${sebab.en} is damaged (not a ${j.en} that can be read), so ${akibat.en}; other submissions are not affected. Fix that record's ${field} column in the database; the server log names it.`,
    },
    field,
  );
}

function rinci(k: Konteks, req: FastifyRequest, b: Baris) {
  const r = riwayatAtauGalat(req, b);
  return {
    ...ringkasan(k, b),
    request: b.body,
    receipt: b.receipt,
    // Every event time in the agency's offset, as the receipt and the requester's status lookup show it.
    history: {
      ...r,
      events: peristiwaDiZona(r.events, k.agensi.get(b.agency)?.timeZone ?? 'Asia/Jakarta'),
    },
  };
}

function ambilBoleh(k: Konteks, req: FastifyRequest): Baris {
  const id = Number((req.params as { id: string }).id);
  const b = Number.isInteger(id) ? k.simpan.ambil(id) : undefined;
  if (!b || !agensiBoleh(k, req.petugas!).includes(b.agency)) {
    throw galatHttp(404, 'not-found', { id: 'Pengajuan tidak ditemukan.', en: 'Submission not found.' });
  }
  return b;
}

function bacaTahun(req: FastifyRequest): number {
  const t = Number((req.params as { tahun: string }).tahun);
  if (!Number.isInteger(t) || t < 2000 || t > 9999) throw galatSaringan('tahun');
  return t;
}

function agensiLaporan(k: Konteks, req: FastifyRequest) {
  const q = (req.query as { agency?: string }).agency;
  const boleh = agensiBoleh(k, req.petugas!);
  const id = q ?? (boleh.length === 1 ? boleh[0] : undefined);
  if (id === undefined || !boleh.includes(id)) throw galatSaringan('agency');
  return k.agensi.get(id)!;
}

export function rutePetugas(app: FastifyInstance, k: Konteks): void {
  app.register(async (r) => {
    // Officers work from the same office network as many citizens: a looser limit than the public one.
    const c = { config: { rateLimit: { max: k.konfigurasi.rateLimit.perMinute * 10, timeWindow: 60_000 } } };
    r.addHook('onRequest', async (req, reply) => {
      const p = cariPetugas(k.konfigurasi.officers, req.headers.authorization);
      if (!p) {
        reply.header('www-authenticate', 'Bearer realm="terbuka"');
        throw galatKode('token.invalid', {
          id: 'Token petugas tidak ada atau tidak sah.',
          en: 'The officer token is missing or not valid.',
        });
      }
      req.petugas = p;
    });

    r.get('/v1/petugas/pengajuan', c, async (req) => {
      const { items, total } = k.simpan.daftar(bacaSaringan(k, req));
      // A value that cannot be read is carried on its item (`problems`) and named in the log.
      catatDataRusak(req.log, items.flatMap(dataRusak));
      return { total, items: items.map((b) => ringkasan(k, b)) };
    });

    r.get('/v1/petugas/pengajuan/:id', c, async (req) => {
      const b = ambilBoleh(k, req);
      const h = rinci(k, req, b);
      catatDataRusak(req.log, dataRusak(b));
      return h;
    });

    r.post('/v1/petugas/pengajuan/:id/peristiwa', c, async (req) => {
      const b = ambilBoleh(k, req);
      riwayatAtauGalat(req, b, true);
      const p = (req.body ?? {}) as PeristiwaStatus & { revision?: unknown };
      // `revision`: the one the officer read (optional); not part of the event itself.
      const { revision, ...isi } = p;
      if (revision !== undefined && !(Number.isInteger(revision) && (revision as number) >= 0))
        throw galatHttp(
          422,
          'event.revision',
          {
            id: '"revision" harus bilangan bulat ≥ 0: jumlah peristiwa riwayat yang dibaca.',
            en: '"revision" must be an integer ≥ 0: the number of history events read.',
          },
          'revision',
        );
      const agensi = k.agensi.get(b.agency)!;
      try {
        const u = catatPeristiwa(k.simpan, agensi, b.id, isi as PeristiwaStatus, k.jam(), revision as number);
        req.log.info({ nomor: b.number, peristiwa: p.type, petugas: req.petugas!.name }, 'status diubah');
        return rinci(k, req, u!);
      } catch (e) {
        if (e instanceof GalatRevisi) {
          const { nomor, dibaca, kini, status } = e;
          throw galatHttp(
            409,
            'status.changed',
            {
              id: `Pengajuan ${nomor} sudah diubah sejak dibaca (revisi ${dibaca}, sekarang ${kini}; status sekarang "${status}"); tidak ada yang dicatat. Baca lagi, lalu ulangi bila masih perlu.`,
              en: `Submission ${nomor} has changed since it was read (revision ${dibaca}, now ${kini}; status now "${status}"); nothing was recorded. Read it again, then repeat if still needed.`,
            },
            'revision',
          );
        }
        // The request the decision is also recorded on cannot be read: named, nothing written (one transaction).
        if (e instanceof CatatanTakTerbaca) {
          const rusak = jsonRusak(e.baris);
          catatDataRusak(req.log, rusak);
          throw galatTakTerbaca(e.baris, rusak[0]?.field ?? 'history', true, b.number);
        }
        const g = e as GalatTransisi;
        if (g.name === 'GalatTransisi' && g.teks) {
          // The SDK's checks: an event wrong in itself (an unknown type, a missing reason …) is invalid input,
          // naming its field; one the stored status refuses (e.g. another officer got there first) a conflict.
          if (g.path) throw galatHttp(422, g.code, g.teks, g.path);
          throw galatHttp(409, 'status.transition', g.teks, 'type');
        }
        throw e;
      }
    });

    r.get('/v1/petugas/ekspor.csv', c, async (req, reply) => {
      const { items } = k.simpan.daftar({ ...bacaSaringan(k, req, false), limit: undefined, offset: 0 });
      // A stored value that cannot be read is carried in the file (eksporCSV) and named in the log.
      catatDataRusak(req.log, items.flatMap(dataRusak));
      return (
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="register-permohonan.csv"')
          // Each agency's zone and calendar (an agency no longer configured: WIB, the national calendar).
          .send(
            eksporCSV(items, (id) => {
              const a = k.agensi.get(id);
              return a ? opsiKalender(a) : {};
            }),
          )
      );
    });

    r.get('/v1/petugas/laporan/:tahun', c, async (req) => {
      const tahun = bacaTahun(req);
      const a = agensiLaporan(k, req);
      const l = hitungLaporan(a, tahun, k.simpan.daftar({ agencies: [a.id], year: tahun }).items, k.jam());
      catatDataRusak(req.log, l.problems);
      return l;
    });

    r.get('/v1/petugas/laporan/:tahun/dip', c, async (req) => {
      const tahun = bacaTahun(req);
      const a = agensiLaporan(k, req);
      const l = hitungLaporan(a, tahun, k.simpan.daftar({ agencies: [a.id], year: tahun }).items, k.jam());
      catatDataRusak(req.log, l.problems);
      return { report: l, ...itemDIPLaporan(a, l) };
    });
  });
}
