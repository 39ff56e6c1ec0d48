import type { JenisTenggat } from '../calendar/types.js';
import type { Masalah, Tanggal, ZonaWaktu } from '../dip/types.js';
import { isiTeks, type Teks } from '../i18n/teks.js';
import { normalisasiEmail } from './email.js';
import type { CatatanPeristiwa, JendelaTerbuka, StatusPermintaan } from './status.js';
import { ringkasPengajuan } from './ringkas.js';
import { normalisasiTelepon } from './telepon.js';
import { buangKarakterFormat, rapikanNomor } from './teks-bersih.js';
import type { JenisPengajuan, Keberatan, Permintaan, TandaBukti } from './types.js';
import { validasiKeberatan, validasiPermintaan } from './validasi.js';
import { teksJSON } from './teks-json.js';

/** Key–value storage: `localStorage` fits as it is; an IndexedDB adapter may return promises. */
export interface PenyimpananKunci {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** The part of a fetch Response the client reads. */
export interface JawabanHttp {
  readonly status: number;
  readonly headers?: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of `fetch` the client calls; pass `globalThis.fetch.bind(globalThis)` or a wrapper. */
export type AmbilHttp = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    signal?: AbortSignal;
  },
) => Promise<JawabanHttp>;

/** Timers; the platform's own by default. */
export interface Pewaktu {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OpsiKlien {
  /** The intake server's base address, e.g. `https://ppid.sukamajukab.go.id/api`. */
  readonly endpoint: string;
  readonly fetch: AmbilHttp;
  /** Where queued submissions wait; `localStorage` in a browser. */
  readonly storage: PenyimpananKunci;
  /** The clock. */
  readonly sekarang: () => Date;
  /** A random number in [0, 1) for idempotency keys, ids and jitter (`Math.random` or a crypto source). */
  readonly acak: () => number;
  /** Whether the device believes it is online (`() => navigator.onLine`); when false, submit queues at once. */
  readonly daring?: () => boolean;
  /** Per attempt. Default 15 000 ms. */
  readonly timeoutMs?: number;
  /** Attempts per send, the first included. Default 4. */
  readonly percobaan?: number;
  /** Backoff before attempt n+1: random in [0, min(jedaMaksMs, jedaDasarMs · 2^(n−1))]. Defaults 500 / 8 000 ms. */
  readonly jedaDasarMs?: number;
  readonly jedaMaksMs?: number;
  /** The storage key of the queue. Default `terbuka.antrean.v1`. */
  readonly kunciAntrean?: string;
  readonly pewaktu?: Pewaktu;
}

/** A submission waiting on the device. `body` holds the NIK only while the entry is queued. */
export interface EntriAntrean {
  readonly id: string;
  /** Made once per submission and sent with every attempt, so the server records it once. */
  readonly key: string;
  readonly kind: JenisPengajuan;
  readonly body: Permintaan | Keberatan;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly attempts: number;
  readonly lastError?: Teks;
  /**
   * The server holds another submission under this key (409): most likely this one, received before its
   * answer was lost, its details since changed (a NIK entered again differently). Kept, not sent again
   * by kirimAntrean, until `lepasKonflik` or `hapusDariAntrean`.
   */
  readonly konflik?: true;
}

/** What a UI may show of a queued submission: no personal data. */
export interface RingkasanAntrean {
  readonly id: string;
  readonly key: string;
  readonly kind: JenisPengajuan;
  readonly createdAt: string;
  readonly attempts: number;
  readonly lastError?: Teks;
  /** See EntriAntrean.konflik. */
  readonly konflik?: true;
  readonly summary: string;
}

/**
 * The server's word, with an objection's receipt (`POST /v1/keberatan`), on the request the objection
 * names: recorded on it, or stored unlinked (a paper request, another contact, a number not held there)
 * for the officer to match by hand — the same words whatever the cause.
 */
export interface TautanPermintaan {
  /** The request's registration number as the objection gave it. */
  readonly number: string;
  readonly linked: boolean;
  /** The server's sentence for it. */
  readonly message: Teks;
  /**
   * Why it is not linked, given only to the request's own contact: the status rule that refused it (the
   * request still within its time to answer …), in the SDK's words.
   */
  readonly reason?: Teks;
}

/** A receipt as the server answers a submission; an objection's says whether it reached its request. */
export type TandaBuktiDiterima = TandaBukti & { readonly requestLink?: TautanPermintaan };

export type HasilKirim =
  /** Delivered; `replayed` when the server had it already (a retry of the same key). */
  | {
      readonly status: 'terkirim';
      readonly id: string;
      readonly key: string;
      readonly receipt: TandaBuktiDiterima;
      readonly replayed: boolean;
    }
  /** Not delivered yet; kept on the device and sent by kirimAntrean. */
  | { readonly status: 'antre'; readonly id: string; readonly key: string; readonly reason: Teks }
  /** Refused by the server (4xx): fix and submit again; it is no longer queued. */
  | {
      readonly status: 'ditolak';
      readonly id: string;
      readonly key: string;
      readonly httpStatus: number;
      readonly errors: readonly Masalah[];
    }
  /**
   * The server already holds a different submission under this key (409): probably this one, received
   * earlier. Kept on the device, not sent again; `reason` says what to do (check the status, ask the PPID).
   */
  | { readonly status: 'konflik'; readonly id: string; readonly key: string; readonly reason: Teks }
  /** Refused before sending: the form has errors. */
  | { readonly status: 'tidak-sah'; readonly errors: readonly Masalah[] }
  /** Neither sent nor kept (storage refused and the server unreachable). */
  | { readonly status: 'gagal'; readonly reason: Teks };

export interface HasilAntrean {
  readonly terkirim: readonly {
    readonly id: string;
    readonly key: string;
    readonly receipt: TandaBuktiDiterima;
  }[];
  readonly ditolak: readonly {
    readonly id: string;
    readonly key: string;
    readonly httpStatus: number;
    readonly errors: readonly Masalah[];
  }[];
  /** Entries this run found held by a key conflict (see HasilKirim `konflik`); they stay queued. */
  readonly konflik: readonly { readonly id: string; readonly key: string; readonly reason: Teks }[];
  /** Entries still waiting to be sent (those held by a key conflict not counted). */
  readonly tersisa: number;
}

type BidangJendela = 'kind' | 'basedOn' | 'from' | 'due' | 'workingDays' | 'open' | 'basis';

/**
 * What a deadline passed unanswered opened, as `POST /v1/status` gives it: the SDK's `jendelaTerbuka`
 * computed at lookup time, without its skipped days and warnings. `kind: 'keberatan'`: the requester may
 * object (Pasal 35 ayat 1 huruf c, in `grounds`) until `due`; `'sengketa'`: bring the unanswered objection
 * to the Komisi Informasi until `due`. `open` is false once `due` has passed.
 */
export type JendelaStatus =
  | Pick<Extract<JendelaTerbuka, { kind: 'keberatan' }>, BidangJendela | 'grounds'>
  | Pick<Extract<JendelaTerbuka, { kind: 'sengketa' }>, BidangJendela>;

/** What the server tells about one submission (`POST /v1/status`). */
export interface StatusPengajuan {
  readonly number: string;
  readonly kind: JenisPengajuan;
  readonly status: StatusPermintaan;
  readonly deadline: Tanggal;
  /** What the current deadline is for (answer, extension, objection response…), when known. */
  readonly deadlineKind?: JenisTenggat;
  /** ISO 8601 instant of receipt. */
  readonly receivedAt?: string;
  /** The agency's time zone, in which its office shows these times (the receipt's too). */
  readonly timeZone?: ZonaWaktu;
  readonly events: readonly CatatanPeristiwa[];
  /** Present once a deadline passed unanswered (see JendelaStatus). */
  readonly window?: JendelaStatus;
}

export type HasilStatus =
  | { readonly status: 'ditemukan'; readonly value: StatusPengajuan }
  | { readonly status: 'tidak-ditemukan'; readonly message: Teks }
  | { readonly status: 'gagal'; readonly httpStatus?: number; readonly message: Teks };

const PESAN = {
  luring: {
    id: 'Belum terkirim: perangkat sedang luring. Pengajuan disimpan di perangkat ini dan akan dikirim otomatis saat tersambung.',
    en: 'Not sent yet: this device is offline. The submission is kept on this device and will be sent automatically once connected.',
  },
  takTerjangkau: {
    id: 'Belum terkirim: server PPID tidak dapat dihubungi. Pengajuan disimpan di perangkat ini dan akan dikirim otomatis.',
    en: 'Not sent yet: the PPID server cannot be reached. The submission is kept on this device and will be sent automatically.',
  },
  sibuk: {
    id: 'Belum terkirim: server PPID sedang sibuk atau bermasalah. Pengajuan disimpan di perangkat ini dan akan dikirim otomatis.',
    en: 'Not sent yet: the PPID server is busy or failing. The submission is kept on this device and will be sent automatically.',
  },
  gagalSimpan: {
    id: 'Pengajuan tidak terkirim dan tidak dapat disimpan di perangkat ini. Salin isian Anda dan coba lagi nanti.',
    en: 'The submission was not sent and could not be kept on this device. Copy your entries and try again later.',
  },
  konflik: {
    id: 'Pengajuan ini kemungkinan sudah diterima sebelumnya, tetapi isinya kini berbeda (misalnya NIK yang diisi ulang). Pengajuan tetap disimpan dan tidak dikirim dua kali. Periksa NIK Anda, lihat halaman status, atau hubungi PPID.',
    en: 'This submission was probably already received, but its details now differ (for example a NIK entered again). It is kept and not sent twice. Check your NIK, look at the status page, or contact the PPID.',
  },
  statusTidakDitemukan: {
    id: 'Nomor pendaftaran dan kontak tidak cocok dengan pengajuan mana pun.',
    en: 'The registration number and contact do not match any submission.',
  },
  // A lookup queues nothing and submits nothing: its failures have their own words.
  statusGagalJaringan: {
    id: 'Status tidak dapat diperiksa karena sambungan bermasalah. Coba lagi.',
    en: 'The status could not be checked because of a connection problem. Try again.',
  },
  statusGagalServer: {
    id: 'Status tidak dapat diperiksa: server PPID sedang bermasalah (menjawab {status}). Coba beberapa saat lagi.',
    en: 'The status could not be checked: the PPID server has a problem (it answered {status}). Try again shortly.',
  },
  statusTerlaluSering: {
    id: 'Terlalu banyak pemeriksaan status dari sambungan ini. Tunggu sebentar, lalu coba lagi.',
    en: 'Too many status lookups from this connection. Wait a moment, then try again.',
  },
  statusDitolak: {
    id: 'Status tidak dapat diperiksa: server PPID menolak pemeriksaan ini (HTTP {status}). Bila terus terjadi, hubungi PPID.',
    en: 'The status could not be checked: the PPID server refused this lookup (HTTP {status}). If it keeps happening, contact the PPID.',
  },
} as const satisfies Record<string, Teks>;

type Percobaan =
  | { readonly jenis: 'ok'; readonly httpStatus: number; readonly data: unknown }
  | { readonly jenis: 'tolak'; readonly httpStatus: number; readonly errors: readonly Masalah[] }
  | { readonly jenis: 'sementara'; readonly httpStatus?: number; readonly reason: Teks };

const obyek = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function bacaJSON(teks: string): unknown {
  try {
    return JSON.parse(teks) as unknown;
  } catch {
    return undefined;
  }
}

/** The server's `{ errors: Masalah[] }`, or one Masalah that says the status. */
function galatDari(httpStatus: number, data: unknown): Masalah[] {
  const errors = obyek(data) && Array.isArray(data['errors']) ? data['errors'] : [];
  const sah = errors.filter(
    (e): e is Masalah =>
      obyek(e) &&
      typeof e['code'] === 'string' &&
      obyek(e['message']) &&
      typeof e['message']['id'] === 'string',
  );
  if (sah.length > 0) return sah;
  return [
    {
      severity: 'error',
      code: `http.${httpStatus}`,
      path: '',
      message: {
        id: `Server PPID menolak pengajuan (HTTP ${httpStatus}).`,
        en: `The PPID server refused the submission (HTTP ${httpStatus}).`,
      },
    },
  ];
}

const teks = (x: unknown): x is Teks =>
  obyek(x) && typeof x['id'] === 'string' && typeof x['en'] === 'string';

/** The server's receipt; a `requestLink` not of its shape (an older or foreign server) is left out. */
function tandaBuktiDiterima(data: unknown): TandaBuktiDiterima {
  const tb = data as TandaBuktiDiterima;
  const t: unknown = tb.requestLink;
  if (t === undefined) return tb;
  if (obyek(t) && typeof t['number'] === 'string' && typeof t['linked'] === 'boolean' && teks(t['message'])) {
    if (t['reason'] === undefined || teks(t['reason'])) return tb;
    const { reason: _alasan, ...tautan } = tb.requestLink!;
    return { ...tb, requestLink: tautan };
  }
  const { requestLink: _tautan, ...tanpa } = tb;
  return tanpa;
}

/** The server's status answer; a `window` not of its shape (an older or foreign server) is left out. */
function statusDari(d: Record<string, unknown>): StatusPengajuan {
  const s = d as unknown as StatusPengajuan;
  const w: unknown = d['window'];
  if (w === undefined) return s;
  if (
    obyek(w) &&
    (w['kind'] === 'keberatan' || w['kind'] === 'sengketa') &&
    typeof w['from'] === 'string' &&
    typeof w['due'] === 'string' &&
    typeof w['workingDays'] === 'number' &&
    typeof w['open'] === 'boolean'
  )
    return s;
  const { window: _jendela, ...tanpa } = s;
  return tanpa;
}

/** A queued body comes back from storage another script could have touched: never let it throw. */
function ringkasanAman(body: Permintaan | Keberatan): string {
  try {
    return ringkasPengajuan(body);
  } catch {
    return '';
  }
}

const ABJAD = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Sends requests and objections to the intake server without ever losing or doubling one. Each
 * submission gets an Idempotency-Key once and is written to the queue before the first attempt; an
 * entry leaves the queue only on the server's final answer (2xx, or a 4xx refusal). Network errors,
 * timeouts, 408, 429 and 5xx are retried with exponential backoff and jitter, then left queued for
 * kirimAntrean — which resends the same key, so a retry after a crash is recorded once.
 */
export class KlienPermintaan {
  readonly #o: OpsiKlien;
  readonly #kunci: string;
  readonly #dasar: string;
  /** Ids being sent by this instance: kirimAntrean leaves them to the send already running. */
  readonly #sedang = new Set<string>();
  #antreanBerjalan: Promise<HasilAntrean> | undefined;

  constructor(opsi: OpsiKlien) {
    this.#o = opsi;
    this.#kunci = opsi.kunciAntrean ?? 'terbuka.antrean.v1';
    this.#dasar = opsi.endpoint.replace(/\/+$/, '');
  }

  /** Validates, queues, sends. The result says whether it arrived, waits on the device, or was refused. */
  async kirim(pengajuan: unknown, jenis?: JenisPengajuan): Promise<HasilKirim> {
    const kind: JenisPengajuan =
      jenis ?? (obyek(pengajuan) && pengajuan['format'] === 'terbuka-keberatan' ? 'keberatan' : 'permintaan');
    const v = kind === 'keberatan' ? validasiKeberatan(pengajuan) : validasiPermintaan(pengajuan);
    if (!v.ok || !v.value) return { status: 'tidak-sah', errors: v.errors };
    const entri: EntriAntrean = {
      id: this.#acak(12),
      key: `tb-${this.#acak(26)}`,
      kind,
      body: v.value,
      createdAt: this.#o.sekarang().toISOString(),
      attempts: 0,
    };
    // Written before the first attempt: if the page dies mid-send, the same key goes out again later.
    const tersimpan = await this.#ubahAntrean((a) => [...a, entri]);
    this.#sedang.add(entri.id);
    try {
      if (this.#o.daring && !this.#o.daring()) {
        if (!tersimpan) return { status: 'gagal', reason: PESAN.gagalSimpan };
        await this.#catatGagal(entri.id, PESAN.luring);
        return { status: 'antre', id: entri.id, key: entri.key, reason: PESAN.luring };
      }
      return await this.#selesaikan(entri, tersimpan);
    } finally {
      this.#sedang.delete(entri.id);
    }
  }

  /**
   * Sends the queued submissions in order, each with its own key. Stops at the first one the server
   * cannot take now (the rest keep their order); refused ones are removed and reported. Calls made
   * while one runs share it.
   */
  kirimAntrean(): Promise<HasilAntrean> {
    this.#antreanBerjalan ??= this.#kirimAntrean().finally(() => {
      this.#antreanBerjalan = undefined;
    });
    return this.#antreanBerjalan;
  }

  /** The queued submissions, without their personal data. */
  async antrean(): Promise<RingkasanAntrean[]> {
    return (await this.#bacaAntrean()).map((e) => ({
      id: e.id,
      key: e.key,
      kind: e.kind,
      createdAt: e.createdAt,
      attempts: e.attempts,
      ...(e.lastError ? { lastError: e.lastError } : {}),
      ...(e.konflik ? { konflik: true as const } : {}),
      summary: ringkasanAman(e.body),
    }));
  }

  /** Drops a queued submission (the requester cancelled it). True when it was there. */
  async hapusDariAntrean(id: string): Promise<boolean> {
    let ada = false;
    await this.#ubahAntrean((a) => {
      ada = a.some((e) => e.id === id);
      return a.filter((e) => e.id !== id);
    });
    return ada;
  }

  /** A held entry (`konflik`) may be sent again: its details were corrected. True when it was there. */
  async lepasKonflik(id: string): Promise<boolean> {
    let ada = false;
    await this.#ubahAntrean((a) =>
      a.map((e) => {
        if (e.id !== id) return e;
        ada = true;
        const { konflik: _k, ...lepas } = e;
        return lepas;
      }),
    );
    return ada;
  }

  /** Looks a submission up by its number and the e-mail or phone given with it. */
  async status(nomor: string, kontak: string): Promise<HasilStatus> {
    const contact =
      normalisasiTelepon(kontak) ?? normalisasiEmail(kontak) ?? buangKarakterFormat(kontak).trim();
    // A 429 is final here: the lookup limit is per person and minute, and a retry would only use it up.
    const h = await this.#kirimDenganUlang(
      '/v1/status',
      teksJSON({ number: rapikanNomor(nomor), contact }),
      {},
      false,
    );
    const gagal = (pesan: Teks, httpStatus = h.httpStatus): HasilStatus =>
      httpStatus === undefined
        ? { status: 'gagal', message: pesan }
        : { status: 'gagal', httpStatus, message: isiTeks(pesan, { status: httpStatus }) };
    if (h.jenis === 'ok') {
      const d = h.data;
      if (
        obyek(d) &&
        typeof d['number'] === 'string' &&
        typeof d['status'] === 'string' &&
        Array.isArray(d['events'])
      )
        return { status: 'ditemukan', value: statusDari(d) };
      return gagal(PESAN.statusGagalServer);
    }
    if (h.jenis === 'tolak' && h.httpStatus === 404)
      return { status: 'tidak-ditemukan', message: h.errors[0]?.message ?? PESAN.statusTidakDitemukan };
    // The server's own words for what it refused (a missing number, 422), as written; else a lookup's.
    if (h.jenis === 'tolak')
      return h.errors[0]!.code === `http.${h.httpStatus}`
        ? gagal(PESAN.statusDitolak)
        : { status: 'gagal', httpStatus: h.httpStatus, message: h.errors[0]!.message };
    if (h.httpStatus === 429) return gagal(PESAN.statusTerlaluSering);
    return gagal(h.httpStatus === undefined ? PESAN.statusGagalJaringan : PESAN.statusGagalServer);
  }

  async #kirimAntrean(): Promise<HasilAntrean> {
    const terkirim: { id: string; key: string; receipt: TandaBuktiDiterima }[] = [];
    const ditolak: { id: string; key: string; httpStatus: number; errors: readonly Masalah[] }[] = [];
    const konflik: { id: string; key: string; reason: Teks }[] = [];
    for (const entri of await this.#bacaAntrean()) {
      // A held entry would only get the same 409 again.
      if (this.#sedang.has(entri.id) || entri.konflik) continue;
      this.#sedang.add(entri.id);
      try {
        const h = await this.#selesaikan(entri, true);
        if (h.status === 'terkirim') terkirim.push({ id: h.id, key: h.key, receipt: h.receipt });
        else if (h.status === 'ditolak')
          ditolak.push({ id: h.id, key: h.key, httpStatus: h.httpStatus, errors: h.errors });
        else if (h.status === 'konflik') konflik.push({ id: h.id, key: h.key, reason: h.reason });
        else break;
      } finally {
        this.#sedang.delete(entri.id);
      }
    }
    const tersisa = (await this.#bacaAntrean()).filter((e) => !e.konflik).length;
    return { terkirim, ditolak, konflik, tersisa };
  }

  /** Sends one entry with retries and settles the queue by the outcome. */
  async #selesaikan(entri: EntriAntrean, tersimpan: boolean): Promise<HasilKirim> {
    const h = await this.#kirimDenganUlang(`/v1/${entri.kind}`, teksJSON(entri.body), {
      'Idempotency-Key': entri.key,
    });
    if (h.jenis === 'ok') {
      await this.#hapus(entri.id);
      return {
        status: 'terkirim',
        id: entri.id,
        key: entri.key,
        receipt: tandaBuktiDiterima(h.data),
        replayed: h.httpStatus !== 201,
      };
    }
    // The server's 409 on a submission means its key is taken by a different body: the request was most
    // likely received before (its answer lost). Dropping it would lose it from the citizen's view.
    // A 409 `record.unreadable` (a record it needs cannot be read on the server now, e.g. a retry's stored
    // receipt): held the same way — nothing lost — in the server's words (whom to contact).
    if (h.jenis === 'tolak' && h.httpStatus === 409 && tersimpan) {
      const g = h.errors[0];
      const reason = g?.code === 'record.unreadable' ? g.message : PESAN.konflik;
      await this.#ubahAntrean((a) =>
        a.map((e) =>
          e.id === entri.id
            ? { ...e, attempts: e.attempts + 1, lastError: reason, konflik: true as const }
            : e,
        ),
      );
      return { status: 'konflik', id: entri.id, key: entri.key, reason };
    }
    if (h.jenis === 'tolak') {
      await this.#hapus(entri.id);
      return { status: 'ditolak', id: entri.id, key: entri.key, httpStatus: h.httpStatus, errors: h.errors };
    }
    if (!tersimpan) return { status: 'gagal', reason: PESAN.gagalSimpan };
    await this.#catatGagal(entri.id, h.reason);
    return { status: 'antre', id: entri.id, key: entri.key, reason: h.reason };
  }

  async #kirimDenganUlang(
    jalur: string,
    body: string,
    kepala: Record<string, string>,
    ulangPada429 = true,
  ): Promise<Percobaan> {
    const n = Math.max(1, this.#o.percobaan ?? 4);
    let h: Percobaan = { jenis: 'sementara', reason: PESAN.takTerjangkau };
    for (let i = 1; i <= n; i++) {
      h = await this.#coba(jalur, body, kepala);
      if (h.jenis !== 'sementara' || i === n || (!ulangPada429 && h.httpStatus === 429)) return h;
      const batas = Math.min(this.#o.jedaMaksMs ?? 8000, (this.#o.jedaDasarMs ?? 500) * 2 ** (i - 1));
      await this.#tunggu(this.#o.acak() * batas);
    }
    return h;
  }

  /** One attempt: a 2xx with a JSON body, a final refusal, or something worth retrying. */
  async #coba(jalur: string, body: string, kepala: Record<string, string>): Promise<Percobaan> {
    const g = globalThis as { AbortController?: typeof AbortController };
    const pengendali = g.AbortController ? new g.AbortController() : undefined;
    const pewaktu = this.#pewaktu();
    let habis: unknown;
    const batasWaktu = new Promise<never>((_, tolak) => {
      habis = pewaktu.setTimeout(() => {
        pengendali?.abort();
        tolak(new Error('timeout'));
      }, this.#o.timeoutMs ?? 15_000);
    });
    try {
      const jawab = await Promise.race([
        this.#o.fetch(`${this.#dasar}${jalur}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...kepala },
          body,
          ...(pengendali ? { signal: pengendali.signal } : {}),
        }),
        batasWaktu,
      ]);
      const teks = await Promise.race([jawab.text(), batasWaktu]);
      const data = bacaJSON(teks);
      const s = jawab.status;
      // A 2xx whose body cannot be read is retried: the same key brings the same receipt back.
      if (s >= 200 && s < 300)
        return data === undefined
          ? { jenis: 'sementara', httpStatus: s, reason: PESAN.sibuk }
          : { jenis: 'ok', httpStatus: s, data };
      if (s >= 400 && s < 500 && s !== 408 && s !== 429)
        return { jenis: 'tolak', httpStatus: s, errors: galatDari(s, data) };
      return { jenis: 'sementara', httpStatus: s, reason: PESAN.sibuk };
    } catch {
      return { jenis: 'sementara', reason: PESAN.takTerjangkau };
    } finally {
      pewaktu.clearTimeout(habis);
      batasWaktu.catch(() => undefined);
    }
  }

  #pewaktu(): Pewaktu {
    if (this.#o.pewaktu) return this.#o.pewaktu;
    const g = globalThis as unknown as Pewaktu;
    return { setTimeout: (f, ms) => g.setTimeout(f, ms), clearTimeout: (h) => g.clearTimeout(h) };
  }

  #tunggu(ms: number): Promise<void> {
    return new Promise((selesai) => this.#pewaktu().setTimeout(selesai, ms));
  }

  #acak(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += ABJAD[Math.floor(this.#o.acak() * ABJAD.length) % ABJAD.length];
    return s;
  }

  async #bacaAntrean(): Promise<EntriAntrean[]> {
    try {
      const teks = await this.#o.storage.getItem(this.#kunci);
      const data = teks ? bacaJSON(teks) : [];
      return Array.isArray(data)
        ? data.filter(
            (e): e is EntriAntrean => obyek(e) && typeof e['id'] === 'string' && typeof e['key'] === 'string',
          )
        : [];
    } catch {
      return [];
    }
  }

  /** Read, change, write (read again each time: another tab may have changed it). False if storage failed. */
  async #ubahAntrean(ubah: (a: EntriAntrean[]) => EntriAntrean[]): Promise<boolean> {
    try {
      const baru = ubah(await this.#bacaAntrean());
      if (baru.length === 0) await this.#o.storage.removeItem(this.#kunci);
      else await this.#o.storage.setItem(this.#kunci, teksJSON(baru));
      return true;
    } catch {
      return false;
    }
  }

  async #hapus(id: string): Promise<void> {
    await this.#ubahAntrean((a) => a.filter((e) => e.id !== id));
  }

  async #catatGagal(id: string, reason: Teks): Promise<void> {
    await this.#ubahAntrean((a) =>
      a.map((e) => (e.id === id ? { ...e, attempts: e.attempts + 1, lastError: reason } : e)),
    );
  }
}
