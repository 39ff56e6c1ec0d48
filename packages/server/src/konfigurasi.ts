import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  JENIS_BADAN_PUBLIK,
  periksaTemplatNomor,
  ZONA_INDONESIA,
  type JenisBadanPublik,
  type LiburTambahan,
  type OpsiKalender,
  type Teks,
  type ZonaWaktu,
} from '@terbuka/sdk';

/** One agency (Badan Publik) whose requests this server receives. */
export interface AgensiKonfigurasi {
  /** Stable id, sent by the form (`agency="…"`), e.g. `diskominfo`. */
  readonly id: string;
  readonly name: string;
  readonly kind: JenisBadanPublik;
  /** The `{agency}` token of the registration number; default: the id in capitals. */
  readonly code: string;
  readonly timeZone: ZonaWaktu;
  /** Registration-number template; default the SDK's `TEMPLAT_NOMOR_BAKU`. */
  readonly numberTemplate?: string;
  /** Sites allowed to submit for this agency from a browser (CORS), exact origins. */
  readonly origins: readonly string[];
  /** Who is told of new requests and near deadlines (e-mail addresses). */
  readonly notify: readonly string[];
  readonly cutiBersamaLibur: boolean;
  readonly liburTambahan: readonly LiburTambahan[];
}

/** An officer: a bearer token kept only as its SHA-256, optionally limited to some agencies. */
export interface PetugasKonfigurasi {
  readonly name: string;
  readonly tokenSha256: string;
  /** Agency ids the officer may see; empty = all. */
  readonly agencies: readonly string[];
}

export interface Konfigurasi {
  readonly host: string;
  readonly port: number;
  /** The SQLite file; every request lives here (plus its -wal/-shm companions while running). */
  readonly database: string;
  readonly agencies: readonly AgensiKonfigurasi[];
  readonly officers: readonly PetugasKonfigurasi[];
  /** Largest accepted body, bytes. */
  readonly bodyLimit: number;
  /**
   * How long a client may take, so slow or idle connections cannot hold the server (slowloris): the
   * whole request, its headers, and the wait for a next request on a kept-alive connection.
   */
  readonly timeouts: {
    readonly requestSeconds: number;
    readonly headersSeconds: number;
    readonly keepAliveSeconds: number;
  };
  /** Open connections at most; more are closed at once (Node's `server.maxConnections`). */
  readonly maxConnections: number;
  /** Honour X-Forwarded-For from these proxies (for per-IP limits behind nginx): false, true, or addresses. */
  readonly trustProxy: boolean | string | readonly string[];
  readonly rateLimit: {
    /** Requests per IP per minute on the public endpoints. */
    readonly perMinute: number;
    /** Status lookups per IP per minute (guessing numbers and contacts must be slow). */
    readonly statusPerMinute: number;
    readonly allowList: readonly string[];
  };
  readonly notifications: {
    readonly smtp?: {
      readonly host: string;
      readonly port: number;
      readonly secure: boolean;
      readonly user?: string;
      readonly pass?: string;
      readonly from: string;
    };
    readonly webhook?: { readonly url: string; readonly secret?: string };
    /** How often near deadlines are looked for. */
    readonly checkSeconds: number;
    /** Tell the office when the deadline is this many working days away. */
    readonly reminderWorkingDays: number;
    /** Where the officer page lives, for links in messages. */
    readonly officerUrl?: string;
  };
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

const teks = (maks: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maks));
const hex64 = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[0-9a-f]{64}$/));
const asal = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'origin: scheme://host[:port] without a path'),
);

const SkemaKonfigurasi = v.object({
  host: v.optional(v.string(), '127.0.0.1'),
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535)), 8787),
  database: v.optional(teks(4096), 'terbuka.sqlite'),
  agencies: v.pipe(
    v.array(
      v.object({
        id: v.pipe(teks(64), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'id: a-z, 0-9 and -')),
        name: teks(300),
        kind: v.optional(v.picklist(JENIS_BADAN_PUBLIK), 'opd'),
        code: v.optional(
          v.pipe(teks(40), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'code: letters, digits, ., _ and -')),
        ),
        timeZone: v.optional(v.picklist(ZONA_INDONESIA.map((z) => z.zona)), 'Asia/Jakarta'),
        numberTemplate: v.optional(
          v.pipe(
            teks(120),
            v.check(
              (t) => periksaTemplatNomor(t).length === 0,
              (i) => periksaTemplatNomor(i.input)[0]?.en ?? '',
            ),
          ),
        ),
        origins: v.optional(v.array(asal), []),
        notify: v.optional(v.array(v.pipe(v.string(), v.email())), []),
        cutiBersamaLibur: v.optional(v.boolean(), true),
        liburTambahan: v.optional(
          v.array(v.object({ date: v.pipe(v.string(), v.isoDate()), name: teks(200) })),
          [],
        ),
      }),
    ),
    v.minLength(1, 'at least one agency'),
  ),
  officers: v.optional(
    v.array(
      v.object({
        name: teks(200),
        tokenSha256: hex64,
        agencies: v.optional(v.array(v.string()), []),
      }),
    ),
    [],
  ),
  bodyLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1024)), 64 * 1024),
  timeouts: v.optional(
    v.pipe(
      v.object({
        requestSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 30),
        headersSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 10),
        // Fastify's own default, above nginx's upstream keepalive_timeout (60 s): with `keepalive` in an
        // nginx upstream block, nginx closes an idle connection first, never sends into a closing one.
        keepAliveSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 72),
      }),
      v.check(
        (t) => t.headersSeconds <= t.requestSeconds,
        'headersSeconds must not be longer than requestSeconds',
      ),
    ),
    {},
  ),
  maxConnections: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1024),
  trustProxy: v.optional(v.union([v.boolean(), v.string(), v.array(v.string())]), false),
  rateLimit: v.optional(
    v.object({
      perMinute: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 30),
      statusPerMinute: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 10),
      allowList: v.optional(v.array(v.string()), []),
    }),
    {},
  ),
  notifications: v.optional(
    v.object({
      smtp: v.optional(
        v.object({
          host: teks(255),
          port: v.optional(v.pipe(v.number(), v.integer()), 587),
          secure: v.optional(v.boolean(), false),
          user: v.optional(v.string()),
          pass: v.optional(v.string()),
          from: v.pipe(v.string(), v.email()),
        }),
      ),
      webhook: v.optional(
        v.object({
          url: v.pipe(v.string(), v.url(), v.startsWith('http')),
          secret: v.optional(v.string()),
        }),
      ),
      checkSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 3600),
      reminderWorkingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2),
      officerUrl: v.optional(v.pipe(v.string(), v.url())),
    }),
    {},
  ),
  logLevel: v.optional(v.picklist(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
});

/** A configuration that cannot be used; the message names the field. */
export class GalatKonfigurasi extends Error {
  constructor(readonly teks: Teks) {
    super(teks.en);
    this.name = 'GalatKonfigurasi';
  }
}

/**
 * Environment variables, each overriding the file: TERBUKA_DB, TERBUKA_HOST, TERBUKA_PORT,
 * TERBUKA_LOG_LEVEL, TERBUKA_SMTP_HOST/PORT/USER/PASS/FROM, TERBUKA_WEBHOOK_URL/SECRET, and
 * TERBUKA_OFFICER_TOKENS_SHA256 (`name:sha256,…`, officers for every agency).
 */
function dariLingkungan(env: Record<string, string | undefined>, dasar: Record<string, unknown>) {
  const hasil: Record<string, unknown> = { ...dasar };
  if (env.TERBUKA_DB) hasil.database = env.TERBUKA_DB;
  if (env.TERBUKA_HOST) hasil.host = env.TERBUKA_HOST;
  if (env.TERBUKA_PORT) hasil.port = Number(env.TERBUKA_PORT);
  if (env.TERBUKA_LOG_LEVEL) hasil.logLevel = env.TERBUKA_LOG_LEVEL;
  const notif = { ...((dasar.notifications as Record<string, unknown> | undefined) ?? {}) };
  if (env.TERBUKA_SMTP_HOST) {
    notif.smtp = {
      ...((notif.smtp as object | undefined) ?? {}),
      host: env.TERBUKA_SMTP_HOST,
      ...(env.TERBUKA_SMTP_PORT ? { port: Number(env.TERBUKA_SMTP_PORT) } : {}),
      ...(env.TERBUKA_SMTP_USER ? { user: env.TERBUKA_SMTP_USER } : {}),
      ...(env.TERBUKA_SMTP_PASS ? { pass: env.TERBUKA_SMTP_PASS } : {}),
      ...(env.TERBUKA_SMTP_FROM ? { from: env.TERBUKA_SMTP_FROM } : {}),
    };
  }
  if (env.TERBUKA_WEBHOOK_URL) {
    notif.webhook = {
      url: env.TERBUKA_WEBHOOK_URL,
      ...(env.TERBUKA_WEBHOOK_SECRET ? { secret: env.TERBUKA_WEBHOOK_SECRET } : {}),
    };
  }
  hasil.notifications = notif;
  if (env.TERBUKA_OFFICER_TOKENS_SHA256) {
    const tambahan = env.TERBUKA_OFFICER_TOKENS_SHA256.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const i = s.lastIndexOf(':');
        return i < 0
          ? { name: 'petugas', tokenSha256: s }
          : { name: s.slice(0, i), tokenSha256: s.slice(i + 1) };
      });
    hasil.officers = [...((dasar.officers as unknown[] | undefined) ?? []), ...tambahan];
  }
  return hasil;
}

/** Checks and completes a configuration object (file contents merged with the environment). */
export function periksaKonfigurasi(
  masukan: unknown,
  env: Record<string, string | undefined> = {},
): Konfigurasi {
  if (typeof masukan !== 'object' || masukan === null || Array.isArray(masukan)) {
    throw new GalatKonfigurasi({
      id: 'Konfigurasi harus berupa objek JSON.',
      en: 'The configuration must be a JSON object.',
    });
  }
  const hasil = v.safeParse(SkemaKonfigurasi, dariLingkungan(env, masukan as Record<string, unknown>));
  if (!hasil.success) {
    const rinci = hasil.issues
      .slice(0, 5)
      .map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
      .join('; ');
    throw new GalatKonfigurasi({
      id: `Konfigurasi tidak sah — ${rinci}`,
      en: `Invalid configuration — ${rinci}`,
    });
  }
  const k = hasil.output;
  const ids = new Set<string>();
  for (const a of k.agencies) {
    if (ids.has(a.id)) {
      throw new GalatKonfigurasi({
        id: `Konfigurasi tidak sah — agencies: id "${a.id}" dipakai dua kali`,
        en: `Invalid configuration — agencies: id "${a.id}" is used twice`,
      });
    }
    ids.add(a.id);
  }
  for (const o of k.officers) {
    const asing = o.agencies.find((id) => !ids.has(id));
    if (asing !== undefined) {
      throw new GalatKonfigurasi({
        id: `Konfigurasi tidak sah — officers: badan publik "${asing}" tidak dikenal`,
        en: `Invalid configuration — officers: unknown agency "${asing}"`,
      });
    }
  }
  return {
    ...k,
    agencies: k.agencies.map((a) => ({ ...a, code: a.code ?? a.id.toUpperCase() })),
  };
}

/** Reads the JSON configuration file, then applies the environment. */
export function bacaKonfigurasi(berkas: string, env: Record<string, string | undefined> = {}): Konfigurasi {
  let teksBerkas: string;
  try {
    teksBerkas = readFileSync(berkas, 'utf8');
  } catch {
    throw new GalatKonfigurasi({
      id: `Berkas konfigurasi ${berkas} tidak dapat dibaca.`,
      en: `Cannot read the configuration file ${berkas}.`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(teksBerkas);
  } catch (e) {
    throw new GalatKonfigurasi({
      id: `Berkas konfigurasi ${berkas} bukan JSON yang sah: ${(e as Error).message}`,
      en: `The configuration file ${berkas} is not valid JSON: ${(e as Error).message}`,
    });
  }
  return periksaKonfigurasi(json, env);
}

/** The SDK calendar options of an agency. */
export function opsiKalender(a: AgensiKonfigurasi): OpsiKalender {
  return { timeZone: a.timeZone, cutiBersamaLibur: a.cutiBersamaLibur, liburTambahan: a.liburTambahan };
}
