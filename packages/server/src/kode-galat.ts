import type { Teks } from '@terbuka/sdk';
import { galatHttp } from './galat.js';

/**
 * The HTTP status of each error code the public routes answer with, in one place: the server throws them
 * through `galatKode` (the status taken from here), scripts/openapi.ts lists each code under its status in the
 * OpenAPI document, and scripts/openapi.test.ts drives every one against a running server.
 */
export const STATUS_KODE = {
  // A JSON body, before any route reads it (aplikasi.ts: bacaJSON and the error handler).
  'body.invalid-json': 400,
  'body.encoding': 400,
  'body.forbidden-key': 400,
  'body.too-large': 413,
  'body.media-type': 415,
  'body.charset': 415,
  'body.content-encoding': 415,
  'rate-limit': 429,
  // An officer route (rute/petugas.ts): no token, or one no officer holds; a filter, year or agency refused.
  'token.invalid': 401,
  'filter.invalid': 422,
  // Any route: a path Fastify cannot route (not valid percent-encoding, FST_ERR_BAD_URL; a path parameter over
  // 100 characters, FST_ERR_MAX_PARAM_LENGTH; aplikasi.ts: frameworkErrors), or another 4xx of Fastify's own
  // that is not about JSON (a body stream that fails before its end; its client is gone by then). Also a
  // request Node's HTTP parser cannot read at all (aplikasi.ts: clientErrorHandler): it reaches no route, so
  // the OpenAPI document lists it under none.
  'request.invalid': 400,
  // A submission (rute/pengajuan.ts); the fields' own codes are the SDK validator's, all 422.
  'idempotency-key': 400,
  'origin.agency': 403,
  'idempotency-key.reused': 409,
  'agency.conflict': 422,
  'agency.unknown': 422,
  honeypot: 422,
  // A stored record the answer needs cannot be read (its history, body or receipt: data-rusak.ts): the
  // officer's record and event (naming it), a citizen's status lookup and a submission sent again whose
  // stored receipt cannot be read (worded for them).
  'record.unreadable': 409,
  // A status lookup (rute/status.ts).
  'status.not-found': 404,
  'number.type': 422,
  'number.required': 422,
  'contact.required': 422,
} as const;

/** The status of an invalid submission's fields, each named with the SDK validator's code. */
export const STATUS_KODE_ISIAN = 422;

export type KodeGalat = keyof typeof STATUS_KODE;

/** The codes a route with a JSON body may answer before its handler runs. */
export const KODE_ISI_JSON = [
  'body.invalid-json',
  'body.encoding',
  'body.forbidden-key',
  'body.too-large',
  'body.media-type',
  'body.charset',
  'body.content-encoding',
  'rate-limit',
] as const satisfies readonly KodeGalat[];

/** The codes of GET /v1/openapi.json: the public rate limit. */
export const KODE_OPENAPI = ['rate-limit'] as const satisfies readonly KodeGalat[];

/** The codes every officer route may answer before its handler runs: the (officer's) rate limit, the token. */
export const KODE_PETUGAS = ['rate-limit', 'token.invalid'] as const satisfies readonly KodeGalat[];

/** The codes of an officer route with a path parameter (`{id}`, `{tahun}`): also a path that cannot be routed. */
export const KODE_PETUGAS_PARAMETER = [
  ...KODE_PETUGAS,
  'request.invalid',
] as const satisfies readonly KodeGalat[];

/** The codes of the yearly report and its DIP item: also a year or an agency refused (`filter.invalid`). */
export const KODE_LAPORAN = [
  ...KODE_PETUGAS_PARAMETER,
  'filter.invalid',
] as const satisfies readonly KodeGalat[];

/** The codes of POST /v1/petugas/pengajuan/{id}/peristiwa besides its own (401, 404, 409, 422). */
export const KODE_PERISTIWA = [
  ...KODE_ISI_JSON,
  'request.invalid',
  'token.invalid',
] as const satisfies readonly KodeGalat[];

/** The codes of POST /v1/permintaan and /v1/keberatan, besides the SDK validator's (422). */
export const KODE_PENGAJUAN = [
  ...KODE_ISI_JSON,
  'idempotency-key',
  'origin.agency',
  'idempotency-key.reused',
  'agency.conflict',
  'agency.unknown',
  'honeypot',
  // A retry whose stored receipt cannot be read (a damaged store).
  'record.unreadable',
] as const satisfies readonly KodeGalat[];

/** The codes of POST /v1/status. */
export const KODE_STATUS = [
  ...KODE_ISI_JSON,
  'status.not-found',
  'number.type',
  'number.required',
  'contact.required',
  'record.unreadable',
] as const satisfies readonly KodeGalat[];

/** An error with the status this catalog gives its code. */
export const galatKode = (code: KodeGalat, message: Teks, path = '') =>
  galatHttp(STATUS_KODE[code], code, message, path);
