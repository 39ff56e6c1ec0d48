import type { Teks } from '../i18n/teks.js';
import type { HurufPasal17, JenisBadanPublik, Kategori } from '../standard/types.js';
import type { KodeMasalahDIP } from './kode-masalah.js';

/** The version of the DIP document format this SDK reads and writes. */
export const DIP_FORMAT = 'terbuka-dip';
export const DIP_VERSION = 1;

/** A calendar date `YYYY-MM-DD` (no time, no zone: a date in the agency's own time zone). */
export type Tanggal = string;

/** IANA time zones of Indonesia: WIB, WITA, WIT. */
export type ZonaWaktu = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

export interface KontakPPID {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: string;
}

/** An official channel, so citizens can tell the real accounts from fakes. */
export interface KanalResmi {
  readonly platform:
    'website' | 'facebook' | 'instagram' | 'x' | 'youtube' | 'tiktok' | 'mastodon' | 'whatsapp' | 'lainnya';
  readonly url: string;
  readonly handle?: string;
}

export interface BadanPublik {
  readonly id: string;
  readonly name: string;
  readonly kind: JenisBadanPublik;
  readonly parentId?: string;
  readonly website?: string;
  readonly ppid?: KontakPPID;
  /** Default `Asia/Jakarta`. */
  readonly timeZone?: ZonaWaktu;
  readonly channels?: readonly KanalResmi[];
}

export interface Tautan {
  readonly label: string;
  /** http, https, mailto or tel only. */
  readonly url: string;
}

/** What a `dikecualikan` entry must carry after its uji konsekuensi (Perki 1/2021 Pasal 49). */
export interface Pengecualian {
  readonly grounds: readonly HurufPasal17[];
  readonly otherBasis?: string;
  readonly consequence: string;
  readonly period: string;
  readonly decisionNumber: string;
  readonly decisionDate: Tanggal;
}

export type BentukInformasi = 'cetak' | 'digital';

export interface ItemDIP {
  readonly id: string;
  /** Judul / ringkasan isi informasi. */
  readonly title: string;
  readonly summary?: string;
  readonly category: Kategori;
  /** Catalog item ids this entry fulfils, e.g. `berkala.laporan-keuangan`. */
  readonly fulfils?: readonly string[];
  /** Pejabat/unit/satuan kerja yang menguasai informasi. */
  readonly unit?: string;
  /** Penanggung jawab pembuatan atau penerbitan informasi. */
  readonly responsible?: string;
  /** Waktu dan tempat pembuatan informasi. */
  readonly made?: {
    readonly date?: Tanggal;
    readonly year?: number;
    readonly place?: string;
    readonly text?: string;
  };
  readonly formats?: readonly BentukInformasi[];
  /** Jangka waktu penyimpanan (retensi arsip), as written. */
  readonly retention?: string;
  /** Jenis media yang memuat informasi (website, papan pengumuman, media sosial …). */
  readonly media?: readonly string[];
  readonly links?: readonly Tautan[];
  readonly updated?: Tanggal;
  /** Required when `category` is `dikecualikan`. */
  readonly exclusion?: Pengecualian;
}

/** The Daftar Informasi Publik of one public body. */
export interface DokumenDIP {
  readonly format: typeof DIP_FORMAT;
  readonly version: typeof DIP_VERSION;
  readonly agency: BadanPublik;
  /** The PPID decision that set this DIP, e.g. "SK DIP Nomor 5 Tahun 2024". */
  readonly decision?: { readonly number: string; readonly date?: Tanggal };
  readonly items: readonly ItemDIP[];
}

/**
 * A problem before it is worded: what `Masalah` holds but the message, and the values its sentence names
 * (`nilai`: the quoted value, `diharapkan`: what the schema expected, …). See dip/kata-validasi.ts.
 */
export interface MasalahMentah {
  readonly severity: 'error' | 'warning';
  readonly code: KodeMasalahDIP;
  readonly path: string;
  readonly row?: number;
  readonly column?: string;
  readonly isi?: Readonly<Record<string, string | number>>;
}

/**
 * One problem found in a document: errors make it invalid, warnings do not. `K` is the set of its codes:
 * a DIP reading gives `MasalahDIP` (codes of `KODE_MASALAH_DIP`); the other formats that share this
 * shape (requests, the monitor's registry) keep `string`.
 */
export interface Masalah<K extends string = string> {
  readonly severity: 'error' | 'warning';
  /** Stable machine code, e.g. `link.scheme`, `date.invalid`, `csv.unknown-column`. */
  readonly code: K;
  /** Path into the JSON document, e.g. `items[12].links[0].url`. */
  readonly path: string;
  /** For CSV input: the spreadsheet row (the record's 1-based number, title rows and header included; a cell's line breaks do not count) and the header of the column. */
  readonly row?: number;
  readonly column?: string;
  readonly message: Teks;
}

/** A problem of a DIP reading: its `code` is one of `KODE_MASALAH_DIP`, so a `switch` can be exhaustive. */
export type MasalahDIP = Masalah<KodeMasalahDIP>;

/**
 * The outcome of reading or checking a DIP, problems typed `M`: `ok` (no error) always with its
 * `document` — `if (r.ok) r.document.items` needs no `!` —, and without it only a reading that keeps
 * one (the public reading's valid entries, the CSV importer's refused links).
 */
export type Hasil<M> =
  | {
      readonly ok: true;
      readonly document: DokumenDIP;
      readonly errors: M[];
      readonly warnings: M[];
    }
  | {
      readonly ok: false;
      readonly document?: DokumenDIP;
      readonly errors: M[];
      readonly warnings: M[];
    };
