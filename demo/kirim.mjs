// How the demo sends a body it holds in memory (a page, a static file, a generated feed): brotli or gzip
// as the request's Accept-Encoding allows, so the demo shows the widgets' real transfer sizes (the docs
// quote brotli); an ETag per encoding with If-None-Match → 304; HEAD; byte ranges on the uncompressed body.
// The HTTP rules themselves are jshttp's: negotiator (Accept-Encoding), fresh (ETags), range-parser.
// Each body is compressed once per encoding and kept (keyed by its content hash), never per request —
// except a body made for one response (a page with its CSP nonce), compressed quickly and dropped.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import parseRange from 'range-parser';

/** Content types by extension, for the text files the demo serves. */
export const JENIS = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.sig': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Below this many bytes compression saves too little to be worth a variant (and a Vary). */
export const UKURAN_MINIMUM = 1024;

const PEMAMPAT = {
  // Quality 11 is what the docs' sizes are measured with; the cost is paid once per body.
  br: promisify((isi, cb) =>
    brotliCompress(
      isi,
      {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: isi.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      },
      cb,
    ),
  ),
  gzip: promisify((isi, cb) => gzip(isi, { level: 9 }, cb)),
};

/** Compressed bodies by `etag encoding`, oldest first; bounded so a long run cannot grow without end. */
const simpanan = new Map();
const BATAS_SIMPANAN = 512;

function dimampatkan(isi, etag, pengodean) {
  const kunci = `${etag} ${pengodean}`;
  let hasil = simpanan.get(kunci);
  if (!hasil) {
    pemampatan += 1;
    hasil = PEMAMPAT[pengodean](isi);
    simpanan.set(kunci, hasil);
    hasil.catch(() => simpanan.delete(kunci));
    if (simpanan.size > BATAS_SIMPANAN) simpanan.delete(simpanan.keys().next().value);
  }
  return hasil;
}

/**
 * A body made for one response only (a page with that response's nonce): compressed at a quick setting and
 * not kept, as it is never sent again. Brotli 5 takes about a millisecond for a demo page.
 */
const PEMAMPAT_SEKALI = {
  br: promisify((isi, cb) =>
    brotliCompress(
      isi,
      {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: isi.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      },
      cb,
    ),
  ),
  gzip: promisify((isi, cb) => gzip(isi, { level: 6 }, cb)),
};

let pemampatan = 0;
/** How many times a body has been compressed so far (for the tests: proof that it is not per request). */
export const jumlahPemampatan = () => pemampatan;

/** A weak ETag from the content: the same bytes, the same tag, after a restart too. */
export function etagIsi(isi) {
  return `W/"${createHash('sha256').update(isi).digest('base64url').slice(0, 27)}"`;
}

/**
 * The coding to send for an Accept-Encoding header: 'br', 'gzip' or undefined (identity), by the client's
 * q values (negotiator); brotli wins a tie, whatever order the browser lists them in.
 */
export function pilihPengodean(terima) {
  const n = new Negotiator({ headers: { 'accept-encoding': terima } });
  const c = n.encoding(['br', 'gzip'], { preferred: ['br', 'gzip'] });
  return c === 'br' || c === 'gzip' ? c : undefined;
}

/** The ETag of one encoding of a body: `W/"…"` → `W/"…-br"`, so a cache never mixes the two. */
const etagUntuk = (etag, pengodean) => (pengodean ? etag.replace(/"$/, `-${pengodean}"`) : etag);

/**
 * Sends `isi` (a Buffer) for a GET or HEAD: `jenis` its Content-Type, `etag` its weak ETag (etagIsi),
 * `diubah` its Last-Modified (optional). Text of UKURAN_MINIMUM bytes or more goes compressed when the
 * client accepts it; a Range is honoured on the uncompressed body only (a compressed answer is the whole
 * body, 200).
 *
 * `buatBadan` (optional) makes the body sent from `isi` for this response alone — called only when a body
 * goes out (not for a 304), so it may set the headers that belong to that body. `etag` stays the tag of
 * `isi`: what If-None-Match compares is the content the made bodies share. Such a body is compressed for
 * its response, not kept, and a Range gets the whole body (its bytes differ from any earlier response's).
 */
export async function kirim(req, res, { isi, jenis, etag, diubah, buatBadan }) {
  const mampat = isi.length >= UKURAN_MINIMUM && bisaDimampatkan(jenis);
  const pengodean = mampat ? pilihPengodean(req.headers['accept-encoding']) : undefined;
  const tag = etagUntuk(etag, pengodean);
  res.setHeader('Content-Type', jenis);
  res.setHeader('ETag', tag);
  if (diubah) res.setHeader('Last-Modified', diubah.toUTCString());
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  if (mampat) res.setHeader('Vary', 'Accept-Encoding');
  // `fresh`: If-None-Match by weak comparison (RFC 9110 13.1.2), `*`. Only that header is passed: fresh
  // reads a request's `Cache-Control: no-cache` as "never 304", but a browser's reload revalidates with it.
  if (fresh({ 'if-none-match': req.headers['if-none-match'] }, { etag: tag })) {
    res.statusCode = 304;
    res.removeHeader('Content-Type');
    return res.end();
  }
  const head = req.method === 'HEAD';
  if (buatBadan) isi = buatBadan(isi);
  if (pengodean) {
    let badan;
    try {
      badan = await (buatBadan ? PEMAMPAT_SEKALI[pengodean](isi) : dimampatkan(isi, etag, pengodean));
    } catch {
      badan = undefined; // zlib failed (out of memory): the body as it is is still right.
    }
    if (badan) {
      res.setHeader('Content-Encoding', pengodean);
      res.setHeader('Content-Length', badan.length);
      return res.end(head ? undefined : badan);
    }
    res.setHeader('ETag', etag); // sent uncompressed after all: the identity body's tag
  }
  if (buatBadan) {
    res.setHeader('Content-Length', isi.length);
    return res.end(head ? undefined : isi);
  }
  res.setHeader('Accept-Ranges', 'bytes');
  // One plain bytes range (range-parser); several, a malformed one, or If-Range — which needs a strong
  // validator (RFC 9110 13.1.5) and these ETags are weak — get the whole body, as RFC 9110 allows.
  const rentang =
    req.headers.range && !req.headers['if-range']
      ? parseRange(isi.length, req.headers.range, { combine: true })
      : undefined;
  if (rentang === -1) {
    res.statusCode = 416;
    res.setHeader('Content-Range', `bytes */${isi.length}`);
    res.removeHeader('Content-Type');
    return res.end();
  }
  let badan = isi;
  if (Array.isArray(rentang) && rentang.type === 'bytes' && rentang.length === 1) {
    const [{ start, end }] = rentang;
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${isi.length}`);
    badan = isi.subarray(start, end + 1);
  }
  res.setHeader('Content-Length', badan.length);
  return res.end(head ? undefined : badan);
}

function bisaDimampatkan(jenis) {
  return /^(text\/|image\/svg\+xml|application\/([\w.+-]+\+)?(json|xml|javascript)\b)/.test(jenis);
}

/**
 * The text files of `folder` (by the extensions of JENIS) through kirim: each read again only when its
 * size or time changes on disk, so edits show without a restart. Anything else — another type, a folder,
 * a missing file — goes to `lainnya` (sirv, which serves it as it is).
 */
export function pelayanBerkas(folder, lainnya) {
  const akar = resolve(folder) + sep;
  const berkas = new Map();
  return (req, res, berikut) => {
    let jalur;
    try {
      jalur = decodeURIComponent((req.url ?? '/').split('?')[0]);
    } catch {
      return lainnya(req, res, berikut);
    }
    if (jalur.endsWith('/')) jalur += 'index.html';
    const jenis = JENIS[extname(jalur)];
    const abs = join(akar, jalur);
    if (!jenis || !abs.startsWith(akar) || jalur.includes('\0')) return lainnya(req, res, berikut);
    let s;
    try {
      s = statSync(abs);
    } catch {
      return lainnya(req, res, berikut);
    }
    if (!s.isFile()) return lainnya(req, res, berikut);
    let b = berkas.get(abs);
    if (!b || b.mtimeMs !== s.mtimeMs || b.size !== s.size) {
      const isi = readFileSync(abs);
      b = { mtimeMs: s.mtimeMs, size: s.size, isi, etag: etagIsi(isi), diubah: s.mtime };
      berkas.set(abs, b);
    }
    return kirim(req, res, { isi: b.isi, jenis, etag: b.etag, diubah: b.diubah });
  };
}
