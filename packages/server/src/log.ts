import type { FastifyServerOptions } from 'fastify';

/** What a route adds to its request's one log line: a new submission's number (never its contents). */
export interface CatatanLog {
  readonly nomor: string;
  readonly jenis: string;
  readonly agency: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    catatanLog: CatatanLog | undefined;
  }
}

/**
 * Keys whose values never reach a log line, at any depth. Request bodies are never logged at all; this
 * catches a careless `log.info({ requester })` too. The tests grep captured logs for the NIK, phone and
 * e-mail.
 */
export const KUNCI_RAHASIA: ReadonlySet<string> = new Set([
  'authorization',
  'cookie',
  'body',
  'requester',
  'contact',
  'nik',
  'phone',
  'email',
]);

const SENSOR = '[disembunyikan]';
/** Deeper than any log object the server writes; a cycle stops here too. */
const KEDALAMAN = 8;

function adaRahasia(x: unknown, dalam: number): boolean {
  if (x === null || typeof x !== 'object' || dalam > KEDALAMAN) return false;
  if (Array.isArray(x)) return x.some((v) => adaRahasia(v, dalam + 1));
  for (const k in x) {
    if (KUNCI_RAHASIA.has(k.toLowerCase())) return true;
    if (adaRahasia((x as Record<string, unknown>)[k], dalam + 1)) return true;
  }
  return false;
}

function salinTersensor(x: unknown, dalam: number): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (dalam > KEDALAMAN) return SENSOR;
  if (Array.isArray(x)) return x.map((v) => salinTersensor(v, dalam + 1));
  const hasil: Record<string, unknown> = {};
  for (const k in x) {
    hasil[k] = KUNCI_RAHASIA.has(k.toLowerCase())
      ? SENSOR
      : salinTersensor((x as Record<string, unknown>)[k], dalam + 1);
  }
  return hasil;
}

/**
 * The log object with every secret key's value censored (a copy; the caller's object is untouched).
 * A walk over the keys instead of pino's path-based redaction: it covers any depth, and the usual line —
 * a flat object with no secret key — costs one pass over a few keys instead of ~10 µs of path matching.
 */
export function sensorRahasia<T extends object>(obj: T): T {
  return adaRahasia(obj, 0) ? (salinTersensor(obj, 0) as T) : obj;
}

export function opsiLog(level: string, stream?: TujuanLog): Exclude<FastifyServerOptions['logger'], boolean> {
  return {
    level,
    ...(stream ? { stream } : {}),
    // Top-level paths are cheap for pino and also cover a child logger's bindings; the walk covers depth.
    redact: { paths: [...KUNCI_RAHASIA], censor: SENSOR },
    formatters: { log: sensorRahasia },
    serializers: {
      // Only what is needed to follow a request: no headers, no query string (filters may hold dates
      // only, but a habit of logging them would not stay harmless), no body.
      req: (req: { method: string; url: string; ip?: string; id?: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
        ip: req.ip,
      }),
    },
  };
}

/** Where the server's log lines go: one write per turn of the event loop, not one per line. */
export interface TujuanLog {
  write(baris: string): void;
  /** Writes what is waiting and stops watching for the process's exit (the server closing). */
  tutup(): void;
}

/** Destinations with lines waiting, written when the process exits (one listener for all). */
const belumTertulis = new Set<() => void>();
let pendengarKeluar = false;

/**
 * Standard output, gathered per turn of the event loop: the writer thread answers a group commit at once,
 * so a turn sends many responses, and a write() per line was the HTTP thread's largest log cost. Lines
 * still leave within the turn (nothing waits for a buffer to fill); what waits at exit is written then.
 */
export function tujuanLog(keluar: { write(s: string): unknown } = process.stdout): TujuanLog {
  let antre = '';
  const tuntaskan = () => {
    belumTertulis.delete(tuntaskan);
    if (antre === '') return;
    const s = antre;
    antre = '';
    keluar.write(s);
  };
  if (!pendengarKeluar) {
    pendengarKeluar = true;
    process.once('exit', () => {
      for (const t of belumTertulis) t();
    });
  }
  return {
    write(baris) {
      if (antre === '') {
        belumTertulis.add(tuntaskan);
        setImmediate(tuntaskan);
      }
      antre += baris;
    },
    tutup: tuntaskan,
  };
}
