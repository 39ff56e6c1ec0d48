import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { PenulisLangsung, PenulisPekerja } from './db/penulis.js';
import { alasanTidakDapatDitulis } from './db/ruang-tulis.js';
import { Penyimpanan } from './db/penyimpanan.js';
import { PESAN_GALAT_KIRIM, type Teks } from '@terbuka/sdk';
import { galat, GalatHttp } from './galat.js';
import { galatKode, STATUS_KODE } from './kode-galat.js';
import type { Jam } from './jam.js';
import type { Konfigurasi } from './konfigurasi.js';
import type { Konteks } from './konteks.js';
import { opsiLog, tujuanLog } from './log.js';
import { rutePengajuan } from './rute/pengajuan.js';
import { rutePetugas } from './rute/petugas.js';
import { ruteStatus } from './rute/status.js';
import type { Database } from 'better-sqlite3';

export interface OpsiAplikasi {
  readonly konfigurasi: Konfigurasi;
  readonly db: Database;
  readonly jam: Jam;
  readonly bangunkanNotifikasi?: () => void;
  /**
   * Where new submissions are written: `pekerja` (default for a database file) on a writer thread with
   * its own connection, `langsung` on this thread (always for an in-memory database).
   */
  readonly penulis?: 'pekerja' | 'langsung';
}

/**
 * A path Fastify refuses while routing (its `frameworkErrors`): one that is not valid percent-encoding
 * (FST_ERR_BAD_URL, e.g. `/v1/petugas/pengajuan/%E0%A4`) or whose path parameter is over 100 characters
 * (FST_ERR_MAX_PARAM_LENGTH) — `request.invalid`, the status from the table (kode-galat.ts).
 */
function galatAlamat(err: FastifyError) {
  return err.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? galat('request.invalid', {
        id: 'Alamat tidak sah: bagian alamat (misalnya nomor id) lebih dari 100 karakter.',
        en: 'The address is not valid: a part of it (such as the id) is over 100 characters.',
      })
    : galat('request.invalid', {
        id: 'Alamat tidak sah: tanda % harus diikuti dua angka heksadesimal yang membentuk UTF-8 (misalnya %20).',
        en: 'The address is not valid: each % must be followed by two hex digits forming UTF-8 (e.g. %20).',
      });
}

/**
 * A request Node's HTTP parser cannot read at all (a malformed request line, a header without its colon, a
 * bad character: its `clientError`, through Fastify's `clientErrorHandler`): `request.invalid` as every
 * error is answered (`{ errors }`, the status from the table), then the connection closed — Node cannot find
 * where the next request would start. A request too slow (408) or with headers too large (431) is answered
 * as Fastify answers it; a connection the client already reset, not at all.
 */
function tanganiGalatKlien(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  let status: number;
  let badan: string;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'HPE_HEADER_OVERFLOW') {
    // Fastify's own answer to these (its defaultClientErrorHandler), left as it was.
    status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 408;
    const pesan = status === 431 ? 'Exceeded maximum allowed HTTP header size' : 'Client Timeout';
    badan = JSON.stringify({ error: STATUS_CODES[status], message: pesan, statusCode: status });
  } else {
    status = STATUS_KODE['request.invalid'];
    badan = JSON.stringify(
      galat('request.invalid', {
        id: 'Permintaan HTTP tidak dapat dibaca: baris permintaan atau salah satu header-nya tidak sah. Periksa klien atau proxy yang mengirimnya.',
        en: 'The HTTP request could not be read: its request line or one of its headers is not valid. Check the client or proxy that sent it.',
      }),
    );
    this.log.info(
      { code: err.code, ip: socket.remoteAddress },
      'permintaan HTTP tak terbaca / unreadable HTTP request',
    );
  }
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  // Written whole, then closed both ways once flushed (a client that never closes its side holds nothing).
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(badan)}\r\nConnection: close\r\n\r\n${badan}`,
    () => socket.destroy(),
  );
}

/** Turns framework errors (bad JSON, too large, rate limited …) into `{ errors }` bodies. */
function tanganiGalat(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | GalatHttp, req, reply) => {
    if (err instanceof GalatHttp) return reply.code(err.statusCode).send(err.badan);
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return reply.code(STATUS_KODE['body.too-large']).send(
        galat('body.too-large', {
          id: 'Isi permohonan terlalu besar. Persingkat teksnya.',
          en: 'The request body is too large. Please shorten the text.',
        }),
      );
    }
    if (status === 415) {
      return reply.code(STATUS_KODE['body.media-type']).send(
        galat('body.media-type', {
          id: 'Isi harus berupa JSON (Content-Type: application/json).',
          en: 'The body must be JSON (Content-Type: application/json).',
        }),
      );
    }
    if (status === 429) {
      return reply.code(STATUS_KODE['rate-limit']).send(
        galat('rate-limit', {
          id: 'Terlalu banyak permintaan dari alamat ini. Coba lagi dalam satu menit.',
          en: 'Too many requests from this address. Please try again in a minute.',
        }),
      );
    }
    if (status >= 400 && status < 500) {
      const json = err.code?.includes('JSON') || err instanceof SyntaxError || /JSON/.test(err.message);
      return reply.code(STATUS_KODE[json ? 'body.invalid-json' : 'request.invalid']).send(
        json
          ? galat('body.invalid-json', {
              id: 'Isi bukan JSON yang sah.',
              en: 'The body is not valid JSON.',
            })
          : galat('request.invalid', {
              id: 'Permintaan HTTP tidak sah: isinya tidak terbaca sampai habis.',
              en: 'The HTTP request is not valid: its body could not be read to its end.',
            }),
      );
    }
    req.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'galat internal');
    return reply.code(500).send(galat('internal', pesanGalatInternal(req.method, req.routeOptions.url)));
  });
  app.setNotFoundHandler((_req, reply) =>
    reply.code(404).send(galat('not-found', { id: 'Alamat tidak ditemukan.', en: 'Not found.' })),
  );
}

/**
 * The words of a 500, by what the request was: a citizen's submission was not stored (send it again), an
 * officer's event was not recorded (record it again), anything else could not be answered (try later). The
 * citizen's sentence (the SDK's PESAN_GALAT_KIRIM) once answered every route, and an officer's failed export
 * read "your submission was not stored".
 */
export function pesanGalatInternal(metode: string, rute: string | undefined): Teks {
  if (metode === 'POST' && (rute === '/v1/permintaan' || rute === '/v1/keberatan')) return PESAN_GALAT_KIRIM;
  if (metode === 'POST' && rute?.startsWith('/v1/petugas/'))
    return {
      id: 'Terjadi galat pada server. Peristiwa belum tercatat; silakan catat ulang. Bila berulang, periksa log server.',
      en: 'The server hit an error. The event was not recorded; please record it again. If it repeats, check the server log.',
    };
  return {
    id: 'Terjadi galat pada server; permintaan ini tidak dapat dijawab. Coba lagi nanti; bila berulang, periksa log server.',
    en: 'The server hit an error and could not answer this request. Try again later; if it repeats, check the server log.',
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies in UTF-8 only, the only charset JSON has (RFC 8259 §8.1): a declared other charset
 * (`iso-8859-1`, `utf-16`) is refused with 415 rather than decoded, since no client of this API sends one
 * and a body read in the wrong charset would be stored with other letters than the citizen typed; bytes
 * that are not UTF-8 are refused with 400, never stored as U+FFFD. Parsing is Fastify's own (prototype
 * poisoning refused); a valid JSON refused for a `__proto__` or `constructor.prototype` key says so.
 */
function bacaJSON(app: FastifyInstance) {
  const uraikan = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, isi, done) => {
    // Nothing here decodes gzip or br (neither the form nor the SDK client compresses a body): a compressed
    // body would be read as its raw bytes, so any coding but identity is refused.
    const pengodean = req.headers['content-encoding'];
    if (pengodean !== undefined && !/^\s*identity\s*$/i.test(pengodean)) {
      done(
        galatKode('body.content-encoding', {
          id: `Content-Encoding ${pengodean.slice(0, 40)} tidak didukung; kirim isi tanpa kompresi.`,
          en: `Content-Encoding ${pengodean.slice(0, 40)} is not supported; send the body uncompressed.`,
        }),
        undefined,
      );
      return;
    }
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers['content-type'] ?? '')?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      done(
        galatKode('body.charset', {
          id: `Isi JSON harus dalam UTF-8; charset=${charset.slice(0, 40)} tidak diterima. Kirim ulang sebagai application/json; charset=utf-8.`,
          en: `A JSON body must be UTF-8; charset=${charset.slice(0, 40)} is not accepted. Send it again as application/json; charset=utf-8.`,
        }),
        undefined,
      );
      return;
    }
    let teks: string;
    try {
      teks = UTF8.decode(isi as Buffer);
    } catch {
      done(
        galatKode('body.encoding', {
          id: 'Isi memuat byte yang bukan UTF-8 (misalnya huruf é dari Latin-1). Kirim ulang dalam UTF-8.',
          en: 'The body holds bytes that are not UTF-8 (such as an é in Latin-1). Send it again in UTF-8.',
        }),
        undefined,
      );
      return;
    }
    uraikan(req, teks, (err, hasil) => {
      if (err && jsonSahDenganKunciTerlarang(teks)) {
        done(
          galatKode('body.forbidden-key', {
            id: 'Isi memuat kunci "__proto__" atau "constructor" berisi "prototype", yang tidak diterima demi keamanan. Hapus kunci itu lalu kirim lagi.',
            en: 'The body holds a "__proto__" key or a "constructor" holding "prototype", refused for safety. Remove that key and send again.',
          }),
          undefined,
        );
        return;
      }
      done(err, hasil);
    });
  });
}

/** True when Fastify refused a text that is valid JSON: only a forbidden key can be why. */
function jsonSahDenganKunciTerlarang(teks: string): boolean {
  try {
    JSON.parse(teks);
    return /"(__proto__|constructor)"/.test(teks);
  } catch {
    return false;
  }
}

/** How often Node checks for overdue requests: a quarter of the shortest timeout, 100 ms to 5 s. */
function intervalPeriksa(headersSeconds: number): number {
  return Math.min(5_000, Math.max(100, (headersSeconds * 1000) / 4));
}

/** The HTTP application, without listening: routes, CORS, limits, logs. */
export async function buatAplikasi(o: OpsiAplikasi): Promise<{ app: FastifyInstance; konteks: Konteks }> {
  const { konfigurasi } = o;
  const tujuan = tujuanLog();
  const app = Fastify({
    logger: opsiLog(konfigurasi.logLevel, tujuan),
    bodyLimit: konfigurasi.bodyLimit,
    trustProxy: konfigurasi.trustProxy as boolean | string | string[],
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // Fastify turns Node's timeouts off (0); a slow-drip client could then keep a connection forever.
    // Node answers 408 and closes when a request or its headers take too long.
    requestTimeout: konfigurasi.timeouts.requestSeconds * 1000,
    keepAliveTimeout: konfigurasi.timeouts.keepAliveSeconds * 1000,
    http: {
      requestTimeout: konfigurasi.timeouts.requestSeconds * 1000,
      headersTimeout: konfigurasi.timeouts.headersSeconds * 1000,
      // Node looks for overdue requests only this often (30 s by default, which could double a timeout).
      connectionsCheckingInterval: intervalPeriksa(konfigurasi.timeouts.headersSeconds),
    },
    // One line per request, written when it is answered (instead of Fastify's two).
    logController: new LogController({ disableRequestLogging: true }),
    // A path Fastify cannot route is answered as every error is (`{ errors }`), not with Fastify's own body.
    frameworkErrors: (err, _req, reply) => {
      void (reply as FastifyReply).code(STATUS_KODE['request.invalid']).send(galatAlamat(err));
    },
    // And a request Node cannot parse at all.
    clientErrorHandler: tanganiGalatKlien,
  });
  app.server.maxConnections = konfigurasi.maxConnections;
  // The API takes JSON only. Fastify also parses text/plain, which would reach validation as a string
  // (422 "received string"): refused as 415 like every other media type.
  app.removeContentTypeParser('text/plain');
  bacaJSON(app);
  // The route may add what happened (a new submission's number); a callback hook, no promise per request.
  app.decorateRequest('catatanLog', undefined);
  app.addHook('onResponse', (req, reply, done) => {
    const catatan = req.catatanLog;
    req.log.info(
      {
        method: req.method,
        path: req.url.split('?')[0],
        ip: req.ip,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        // Undefined fields are left out of the line.
        nomor: catatan?.nomor,
        jenis: catatan?.jenis,
        agency: catatan?.agency,
      },
      catatan ? 'pengajuan diterima' : 'http',
    );
    done();
  });
  tanganiGalat(app);

  const asal = new Set(konfigurasi.agencies.flatMap((a) => a.origins));
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && asal.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
    exposedHeaders: ['Idempotent-Replayed', 'Retry-After'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: true,
    max: konfigurasi.rateLimit.perMinute,
    timeWindow: 60_000,
    allowList: [...konfigurasi.rateLimit.allowList],
    // The x-ratelimit-* headers only on a 429 (beside Retry-After), not on every answer: no client reads
    // them there, and three more headers cost the HTTP thread ~4 µs per request (measured side by side:
    // 50 clients 58 → 54 µs, req/s ×1.08; 200 clients ×1.03).
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    errorResponseBuilder: (_req, ctx) => {
      const e = new Error('rate limited') as FastifyError;
      e.statusCode = ctx.statusCode;
      return e;
    },
  });

  const simpan = new Penyimpanan(o.db);
  const beritahu = Boolean(konfigurasi.notifications.smtp || konfigurasi.notifications.webhook);
  const penulis =
    o.penulis === 'langsung' || o.db.memory
      ? new PenulisLangsung({ simpan, agensi: new Map(konfigurasi.agencies.map((a) => [a.id, a])), beritahu })
      : new PenulisPekerja({ database: o.db.name, agencies: konfigurasi.agencies, beritahu });
  app.addHook('onClose', async () => {
    await penulis.tutup();
    tujuan.tutup();
  });
  const konteks: Konteks = {
    konfigurasi,
    simpan,
    penulis,
    jam: o.jam,
    agensi: new Map(konfigurasi.agencies.map((a) => [a.id, a])),
    bangunkanNotifikasi: o.bangunkanNotifikasi ?? (() => {}),
    log: app.log,
  };
  // Not ok (503) when a submission could not be stored now: an unwritable or nearly full database disk.
  app.get('/v1/kesehatan', { config: { rateLimit: false } }, async (_req, reply) => {
    const alasan = o.db.memory ? undefined : alasanTidakDapatDitulis(o.db.name, konfigurasi.bodyLimit);
    if (alasan) return reply.code(503).send({ ok: false, ...galat('health.database-unwritable', alasan) });
    return { ok: true };
  });
  // The API's OpenAPI document, the file shipped beside dist/ and src/ (scripts/openapi.ts writes it).
  let openapi: string | undefined;
  app.get('/v1/openapi.json', async (_req, reply) => {
    openapi ??= readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(openapi);
  });
  rutePengajuan(app, konteks);
  ruteStatus(app, konteks);
  rutePetugas(app, konteks);
  return { app, konteks };
}
