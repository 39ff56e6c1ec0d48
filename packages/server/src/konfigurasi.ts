import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  JENIS_BADAN_PUBLIK,
  jalurIssue,
  KATA_SKEMA_UMUM,
  periksaTemplatNomor,
  tanggalValid,
  teksIssue,
  ZONA_INDONESIA,
  type KatalogMasalahSkema,
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

/**
 * `v.strictObject`: a key the server does not know is refused, not dropped (a `timezone` for `timeZone`
 * would otherwise fall back to WIB in silence). The message carries the nearest known key, if any.
 */
function objek<const T extends v.ObjectEntries>(entries: T) {
  const kunci = Object.keys(entries);
  return v.strictObject(entries, (i) =>
    i.expected === 'never'
      ? `${ASING}${kunciTerdekat(String(i.input), kunci) ?? ''}`
      : i.received === 'undefined' && i.path
        ? 'field.required'
        : 'field.type',
  );
}
const ASING = 'field.unknown:';

/** A known key the unknown one was probably meant to be: the same but for case, or up to two edits away. */
export function kunciTerdekat(salah: string, dikenal: readonly string[]): string | undefined {
  const kecil = salah.toLowerCase();
  let terbaik: string | undefined;
  let jarakTerbaik = 3;
  for (const k of dikenal) {
    const j = k.toLowerCase() === kecil ? 0 : jarakEdit(kecil, k.toLowerCase());
    if (j < jarakTerbaik) [terbaik, jarakTerbaik] = [k, j];
  }
  return jarakTerbaik <= Math.min(2, Math.floor(salah.length / 3)) ? terbaik : undefined;
}

function jarakEdit(a: string, b: string): number {
  let baris = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const baru = [i];
    for (let j = 1; j <= b.length; j++)
      baru[j] = Math.min(baris[j]! + 1, baru[j - 1]! + 1, baris[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    baris = baru;
  }
  return baris[b.length]!;
}

const teks = (maks: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maks));
const hex64 = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[0-9a-f]{64}$/, 'token.sha256'));
const asal = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'origin.invalid'),
);

const SkemaKonfigurasi = objek({
  host: v.optional(v.string(), '127.0.0.1'),
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535)), 8787),
  database: v.optional(teks(4096), 'terbuka.sqlite'),
  agencies: v.pipe(
    v.array(
      objek({
        id: v.pipe(teks(64), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'agency.id')),
        name: teks(300),
        kind: v.optional(v.picklist(JENIS_BADAN_PUBLIK), 'opd'),
        code: v.optional(v.pipe(teks(40), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'agency.code'))),
        timeZone: v.optional(v.picklist(ZONA_INDONESIA.map((z) => z.zona)), 'Asia/Jakarta'),
        numberTemplate: v.optional(
          v.pipe(
            teks(120),
            v.check((t) => periksaTemplatNomor(t).length === 0, 'number-template.invalid'),
          ),
        ),
        origins: v.optional(v.array(asal), []),
        notify: v.optional(v.array(v.pipe(v.string(), v.email())), []),
        cutiBersamaLibur: v.optional(v.boolean(), true),
        liburTambahan: v.optional(
          v.array(
            objek({
              date: v.pipe(v.string(), v.isoDate('date.invalid'), v.check(tanggalValid, 'date.invalid')),
              name: teks(200),
            }),
          ),
          [],
        ),
      }),
    ),
    v.minLength(1, 'agencies.empty'),
  ),
  officers: v.optional(
    v.array(
      objek({
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
      objek({
        requestSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 30),
        headersSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 10),
        // Fastify's own default, above nginx's upstream keepalive_timeout (60 s): with `keepalive` in an
        // nginx upstream block, nginx closes an idle connection first, never sends into a closing one.
        keepAliveSeconds: v.optional(v.pipe(v.number(), v.minValue(1)), 72),
      }),
      v.check((t) => t.headersSeconds <= t.requestSeconds, 'timeouts.headers-longer'),
    ),
    {},
  ),
  maxConnections: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1024),
  trustProxy: v.optional(v.union([v.boolean(), v.string(), v.array(v.string())]), false),
  rateLimit: v.optional(
    objek({
      perMinute: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 30),
      statusPerMinute: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 10),
      allowList: v.optional(v.array(v.string()), []),
    }),
    {},
  ),
  notifications: v.optional(
    objek({
      smtp: v.optional(
        objek({
          host: teks(255),
          port: v.optional(v.pipe(v.number(), v.integer()), 587),
          secure: v.optional(v.boolean(), false),
          user: v.optional(v.string()),
          pass: v.optional(v.string()),
          from: v.pipe(v.string(), v.email()),
        }),
      ),
      webhook: v.optional(
        objek({
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

/** The words of the codes the schema above gives as messages; `{nilai}` is the value as written. */
const MASALAH: KatalogMasalahSkema = {
  ...KATA_SKEMA_UMUM,
  'date.invalid': {
    id: 'berisi {nilai}, bukan tanggal yang ada. Tulis TTTT-BB-HH, misalnya 2026-03-05.',
    en: 'is {nilai}, not a real date. Write YYYY-MM-DD, e.g. 2026-03-05.',
  },
  'agency.id': {
    id: 'berisi {nilai}; id hanya huruf kecil a-z, angka dan - (mis. "diskominfo").',
    en: 'is {nilai}; an id is lowercase a-z, digits and - only (e.g. "diskominfo").',
  },
  'agency.code': {
    id: 'berisi {nilai}; kode hanya huruf, angka, dan . _ - (mis. "DISKOMINFO").',
    en: 'is {nilai}; a code is letters, digits, and . _ - only (e.g. "DISKOMINFO").',
  },
  'agencies.empty': {
    id: 'harus memuat paling sedikit satu badan publik.',
    en: 'must list at least one agency.',
  },
  'origin.invalid': {
    id: 'berisi {nilai}; tulis asal situs saja: skema://host[:port], tanpa jalur (mis. "https://ppid.contoh.go.id").',
    en: 'is {nilai}; write the site origin only: scheme://host[:port], no path (e.g. "https://ppid.contoh.go.id").',
  },
  'token.sha256': {
    id: 'harus SHA-256 token dalam 64 digit heksadesimal (keluaran `terbuka serve token`).',
    en: 'must be the token’s SHA-256 as 64 hex digits (the output of `terbuka serve token`).',
  },
  'timeouts.headers-longer': {
    id: 'tidak sah: headersSeconds tidak boleh lebih lama dari requestSeconds.',
    en: 'is not valid: headersSeconds must not be longer than requestSeconds.',
  },
  email: {
    id: 'berisi {nilai}, bukan alamat surel yang sah.',
    en: 'is {nilai}, not a valid e-mail address.',
  },
  url: {
    id: 'berisi {nilai}, bukan alamat http:// atau https:// yang lengkap.',
    en: 'is {nilai}, not a complete http:// or https:// address.',
  },
  integer: { id: 'berisi {nilai}; harus bilangan bulat.', en: 'is {nilai}; it must be a whole number.' },
};

/** The problem code of a valibot issue of the configuration schema (words in `MASALAH`, or `teksIssue`'s). */
function kodeKonfigurasi(i: v.BaseIssue<unknown>): string {
  if (i.message.startsWith(ASING)) return 'field.unknown';
  if (i.type === 'picklist') return 'field.value';
  if (i.kind === 'schema') return i.message === 'field.required' ? 'field.required' : 'field.type';
  if (i.type === 'starts_with') return 'url';
  if (i.type === 'min_length' && i.message !== 'agencies.empty') return 'field.empty';
  if (['min_value', 'max_value', 'max_length', 'email', 'url', 'integer'].includes(i.type)) return i.type;
  return /^[a-z-]+\.[a-z0-9-]+$/.test(i.message) ? i.message : 'field.invalid';
}

/** What is wrong with one field of the configuration, in both languages. */
function teksMasalah(i: v.BaseIssue<unknown>): Teks {
  const code = kodeKonfigurasi(i);
  const batas = String(i.requirement);
  switch (code) {
    case 'field.unknown': {
      const saran = i.message.slice(ASING.length);
      const huruf = saran.toLowerCase() === String(i.input).toLowerCase();
      return saran
        ? {
            id: `tidak dikenal. Maksud Anda ${saran}?${huruf ? ' (huruf besar dan kecil dibedakan)' : ''}`,
            en: `is not known. Did you mean ${saran}?${huruf ? ' (case matters)' : ''}`,
          }
        : {
            id: 'tidak dikenal dalam konfigurasi server; hapus atau periksa ejaannya.',
            en: 'is not a server configuration key; remove it or check its spelling.',
          };
    }
    case 'number-template.invalid': {
      const t = periksaTemplatNomor(String(i.input))[0];
      return { id: `tidak sah: ${t?.id ?? ''}`, en: `is not valid: ${t?.en ?? ''}` };
    }
    case 'min_value':
      return { id: `harus paling kecil ${batas}.`, en: `must be at least ${batas}.` };
    case 'max_value':
      return { id: `harus paling besar ${batas}.`, en: `must be at most ${batas}.` };
    case 'max_length':
      return {
        id: `terlalu panjang: paling banyak ${batas} karakter.`,
        en: `is too long: at most ${batas} characters.`,
      };
  }
  return teksIssue(code, i, MASALAH);
}

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
      .map((i) => ({ jalur: jalurIssue(i) || '(akar)', t: teksMasalah(i) }));
    throw new GalatKonfigurasi({
      id: `Konfigurasi tidak sah — ${rinci.map((r) => `${r.jalur} ${r.t.id}`).join('; ')}`,
      en: `Invalid configuration — ${rinci.map((r) => `${r.jalur.replace('(akar)', '(root)')} ${r.t.en}`).join('; ')}`,
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
