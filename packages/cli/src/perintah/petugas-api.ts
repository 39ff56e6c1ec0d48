import { isiTeks, PESAN_GALAT_KIRIM, type Teks } from '@terbuka/sdk';
import { GalatPengguna, type Keluaran } from '../keluaran.js';

/**
 * Exit codes of the `petugas` commands, besides 0 (done), 2 (usage: a bad option, no token, a token the
 * server refuses, a filter it refuses, an event missing or mistaking a field — the SDK's or the server's
 * 422 — as the command did not give what the event needs) and 3 (internal): 1 the answer is no (an event
 * the status does not allow, a 409, a number not found); 4 the server could not be reached or failed (5xx,
 * 429, not the Terbuka API): worth trying again later, unlike 1 and 2.
 */
export const KODE_DITOLAK = 1;
export const KODE_SERVER = 4;

/** Where the officer API is and the token it is called with. */
export interface Koneksi {
  /** The API's base, ending in `/`: `v1/petugas/…` is resolved against it. */
  readonly dasar: URL;
  readonly token: string;
  /** The command calling, `petugas ekspor`: named when the server fails it. */
  readonly perintah?: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * `--server`, else TERBUKA_SERVER; the token only from TERBUKA_TOKEN. A token on the command line would be
 * kept in the shell's history and shown to every user of the machine by `ps`; docs/id/server.md has it given
 * "lewat pengelola kata sandi" and never stored in the clear, so the CLI takes no `--token`.
 */
export function bacaKoneksi(
  server: string | undefined,
  out: Keluaran,
  perintah?: string,
  env: NodeJS.ProcessEnv = process.env,
): Koneksi {
  const alamat = (server ?? env.TERBUKA_SERVER ?? '').trim();
  if (alamat === '')
    throw new GalatPengguna({
      id: 'Alamat server belum diberikan: --server https://ppid.contoh.go.id/api atau variabel lingkungan TERBUKA_SERVER.',
      en: 'No server address: give --server https://ppid.example.go.id/api or the TERBUKA_SERVER environment variable.',
    });
  let dasar: URL;
  try {
    dasar = new URL(alamat);
  } catch {
    dasar = new URL('invalid:');
  }
  if (dasar.protocol !== 'http:' && dasar.protocol !== 'https:')
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Alamat server "{a}" bukan alamat http:// atau https://.',
          en: 'The server address "{a}" is not an http:// or https:// address.',
        },
        { a: alamat },
      ),
    );
  // The base as given (a server behind a proxy at /api), with the query and fragment left out.
  dasar.search = '';
  dasar.hash = '';
  if (!dasar.pathname.endsWith('/')) dasar.pathname += '/';
  const token = (env.TERBUKA_TOKEN ?? '').trim();
  if (token === '')
    throw new GalatPengguna({
      id: 'Variabel lingkungan TERBUKA_TOKEN belum diisi dengan token petugas (dari "terbuka serve token"). Token hanya dibaca dari sana, tidak dari baris perintah, agar tidak tersimpan di riwayat shell atau terlihat di daftar proses.',
      en: 'The TERBUKA_TOKEN environment variable does not hold an officer token (from "terbuka serve token"). The token is read only from there, not from the command line, so it is not kept in the shell history or shown in the process list.',
    });
  if (dasar.protocol === 'http:' && !LOOPBACK.test(dasar.hostname))
    out.galat(
      out.teks({
        id: `PERINGATAN  ${dasar.origin} memakai http: token dan data pemohon dikirim tanpa enkripsi. Pakai https://.`,
        en: `WARNING  ${dasar.origin} uses http: the token and the requesters' data travel unencrypted. Use https://.`,
      }),
    );
  return { dasar, token, ...(perintah !== undefined ? { perintah } : {}) };
}

/** The API's error body: `{ errors: [{ code, path, message: { id, en } }] }`. */
interface GalatAPI {
  readonly code: string;
  /** The field at fault (a 422), when named. */
  readonly path: string | undefined;
  readonly message: Teks;
}

function galatDari(badan: unknown): GalatAPI | undefined {
  const e = (badan as { errors?: { code?: unknown; path?: unknown; message?: Partial<Teks> }[] } | null)
    ?.errors?.[0];
  return e &&
    typeof e.code === 'string' &&
    typeof e.message?.id === 'string' &&
    typeof e.message.en === 'string'
    ? {
        code: e.code,
        path: typeof e.path === 'string' && e.path !== '' ? e.path : undefined,
        message: { id: e.message.id, en: e.message.en },
      }
    : undefined;
}

/** The cause of a failed fetch in a word: ECONNREFUSED, ENOTFOUND, a timeout … */
function sebabGagal(e: unknown): string {
  const sebab = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof sebab?.code === 'string') return sebab.code;
  if ((e as { name?: string }).name === 'TimeoutError') return 'timeout';
  return String(sebab?.message ?? (e as Error).message ?? e);
}

/**
 * An error the API answered with: its status, code and the field it names, for the command to say more (a
 * 409 reread, the option that sets a field a 422 names).
 */
export class GalatAPIPetugas extends GalatPengguna {
  constructor(
    pesan: Teks,
    kodeKeluar: number,
    readonly status: number,
    readonly kode: string | undefined,
    readonly jalur?: string,
  ) {
    super(pesan, kodeKeluar);
  }
}

/**
 * One call to the officer API with the node's own fetch: the body as JSON (or bytes for the CSV), or an
 * error said in words — the server's own message when it sent one, the URL when it could not be reached.
 */
export async function panggil(
  k: Koneksi,
  jalur: string,
  o: { method?: 'GET' | 'POST'; body?: unknown; bytes?: boolean } = {},
): Promise<unknown> {
  const url = new URL(jalur, k.dasar);
  const tampil = `${url.origin}${url.pathname}`;
  let r: Response;
  try {
    r = await fetch(url, {
      method: o.method ?? 'GET',
      headers: {
        authorization: `Bearer ${k.token}`,
        accept: o.bytes ? 'text/csv' : 'application/json',
        ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Server {u} tidak dapat dihubungi ({s}). Periksa --server atau TERBUKA_SERVER, dan apakah server berjalan.',
          en: 'The server {u} cannot be reached ({s}). Check --server or TERBUKA_SERVER, and whether the server runs.',
        },
        { u: k.dasar.href, s: sebabGagal(e) },
      ),
      KODE_SERVER,
    );
  }
  if (r.status === 401)
    throw new GalatAPIPetugas(
      isiTeks(
        {
          id: 'Server {u} menolak token (401): TERBUKA_TOKEN salah atau sudah dicabut. Minta token yang berlaku kepada pengelola server.',
          en: 'The server {u} refused the token (401): TERBUKA_TOKEN is wrong or has been revoked. Ask the server’s administrator for a valid one.',
        },
        { u: k.dasar.href },
      ),
      2,
      401,
      'token.invalid',
    );
  const jenis = r.headers.get('content-type') ?? '';
  if (r.ok && o.bytes && jenis.startsWith('text/csv')) return new Uint8Array(await r.arrayBuffer());
  const teks = await r.text();
  let badan: unknown;
  try {
    badan = jenis.includes('json') ? JSON.parse(teks) : undefined;
  } catch {
    badan = undefined;
  }
  if (r.ok && badan !== undefined && !o.bytes) return badan;
  const g = galatDari(badan);
  // A 404 where no record is named is a route the server does not have: a wrong base address.
  const rute = r.status === 404 && !/^v1\/petugas\/pengajuan\/\d+/.test(jalur);
  // The server failed (5xx): said as the command failing, with the status and the code, and where the cause
  // is (only the server's log holds it). The words of an `internal` (a 500) are the server's for that route
  // (an event not recorded, a request not answered), so they are shown as the server's; those of a server
  // from before they depended on the route are a citizen's ("your submission was not stored, send it
  // again", the SDK's PESAN_GALAT_KIRIM, which no officer route of a current server sends), left out. Another
  // code's own message is kept in the line.
  if (r.status >= 500 && g) {
    const internal = g.code === 'internal';
    const sendiri = internal ? undefined : g.message;
    const kataServer =
      internal && g.message.id !== PESAN_GALAT_KIRIM.id && g.message.en !== PESAN_GALAT_KIRIM.en
        ? g.message
        : undefined;
    throw new GalatAPIPetugas(
      isiTeks(
        {
          id: '{p} gagal: server {u} menjawab HTTP {s} ({k}{m}).{w} Sebabnya tercatat di log server: periksa log itu (atau minta pengelola server memeriksanya), lalu coba lagi.',
          en: '{p} failed: the server {u} answered HTTP {s} ({k}{n}).{x} The cause is in the server log: check it (or ask the server’s administrator to), then try again.',
        },
        {
          p: `terbuka ${k.perintah ?? 'petugas'}`,
          u: k.dasar.href,
          s: r.status,
          k: g.code,
          m: sendiri ? `: ${sendiri.id}` : '',
          n: sendiri ? `: ${sendiri.en}` : '',
          w: kataServer ? ` Kata server: "${kataServer.id}"` : '',
          x: kataServer ? ` The server says: "${kataServer.en}"` : '',
        },
      ),
      KODE_SERVER,
      r.status,
      g.code,
      g.path,
    );
  }
  if (!r.ok && g && !rute) {
    const kode =
      r.status === 409 || r.status === 404
        ? KODE_DITOLAK
        : r.status < 500 && r.status !== 429
          ? 2
          : KODE_SERVER;
    throw new GalatAPIPetugas(g.message, kode, r.status, g.code, g.path);
  }
  // Not the Terbuka API's answer: another server at that address, or a wrong base path.
  throw new GalatAPIPetugas(
    isiTeks(
      {
        id: '{u} tidak menjawab sebagai API petugas Terbuka (HTTP {s}). Periksa --server: alamat dasar API, tempat /v1/petugas/… berada.',
        en: '{u} did not answer as the Terbuka officer API (HTTP {s}). Check --server: the API’s base address, where /v1/petugas/… lives.',
      },
      { u: tampil, s: r.status },
    ),
    r.status >= 500 || r.status === 429 ? KODE_SERVER : 2,
    r.status,
    undefined,
  );
}
