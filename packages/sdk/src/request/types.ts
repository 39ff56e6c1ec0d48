import type { Masalah, Tanggal, ZonaWaktu } from '../dip/types.js';
import type { Teks } from '../i18n/teks.js';
import type { HariDilewati, JenisTenggat } from '../calendar/types.js';
import type { DasarHukum, HurufPasal35 } from '../standard/types.js';

/** The request format (permohonan informasi publik) this SDK reads and writes. */
export const PERMINTAAN_FORMAT = 'terbuka-permintaan';
export const PERMINTAAN_VERSION = 1;
/** The objection format (keberatan, UU KIP Pasal 35). */
export const KEBERATAN_FORMAT = 'terbuka-keberatan';
export const KEBERATAN_VERSION = 1;
/** The receipt (tanda bukti) the office gives at once (UU KIP Pasal 22 ayat 4–6). */
export const TANDA_BUKTI_FORMAT = 'terbuka-tanda-bukti';
export const TANDA_BUKTI_VERSION = 1;

/** Who asks: a person, a legal entity (badan hukum), or a group of people. */
export const JENIS_PEMOHON = ['perorangan', 'badan-hukum', 'kelompok'] as const;
export type JenisPemohon = (typeof JENIS_PEMOHON)[number];

/** How the requester wants to obtain the information (Perki 1/2021 form). */
export const CARA_MEMPEROLEH = [
  'melihat',
  'membaca',
  'mendengarkan',
  'mencatat',
  'salinan-hardcopy',
  'salinan-softcopy',
] as const;
export type CaraMemperoleh = (typeof CARA_MEMPEROLEH)[number];

/** The ways of obtaining the information that are a copy: they need a delivery method. */
export const CARA_SALINAN_DIMINTA: readonly CaraMemperoleh[] = ['salinan-hardcopy', 'salinan-softcopy'];

/** How a copy reaches the requester. */
export const CARA_SALINAN = ['mengambil-langsung', 'kurir', 'pos', 'faksimili', 'email'] as const;
export type CaraSalinan = (typeof CARA_SALINAN)[number];

/**
 * The surat kuasa khusus of a proxy: `terlampir`, it goes with the submission (an online form without a
 * file field: sent to the PPID separately, by e-mail or to the office); `dibawa`, brought when collecting.
 */
export const SURAT_KUASA = ['terlampir', 'dibawa'] as const;
export type SuratKuasa = (typeof SURAT_KUASA)[number];

/** The requester's identity and contact. Strings are trimmed; the phone is E.164, the e-mail lower-case. */
export interface Pemohon {
  readonly kind: JenisPemohon;
  /** The person's full name, or the name of the legal entity or group. */
  readonly name: string;
  /** 16 digits. Required for `perorangan` and for `kelompok` (the person who signs for the group). */
  readonly nik?: string;
  /** Nomor akta pendirian or SK pengesahan. Required for `badan-hukum`. */
  readonly registration?: string;
  readonly address: string;
  /** Pekerjaan. Required for `perorangan`. */
  readonly occupation?: string;
  /** E.164, e.g. `+6281234567890`. At least one of `phone` and `email`. */
  readonly phone?: string;
  readonly email?: string;
}

/** A proxy acting for the requester, with a surat kuasa khusus. */
export interface Kuasa {
  readonly name: string;
  readonly powerOfAttorney: SuratKuasa;
}

/** A request for public information (UU KIP Pasal 22). */
export interface Permintaan {
  readonly format: typeof PERMINTAAN_FORMAT;
  readonly version: typeof PERMINTAAN_VERSION;
  readonly requester: Pemohon;
  readonly proxy?: Kuasa;
  /** Rincian informasi yang dibutuhkan. */
  readonly information: string;
  /** Tujuan penggunaan informasi. */
  readonly purpose: string;
  /** One or more, without repeats, in the order of CARA_MEMPEROLEH. */
  readonly obtain: readonly CaraMemperoleh[];
  /** Present exactly when a copy is asked for. */
  readonly delivery?: CaraSalinan;
}

/** An objection to the Atasan PPID (UU KIP Pasal 35–36). */
export interface Keberatan {
  readonly format: typeof KEBERATAN_FORMAT;
  readonly version: typeof KEBERATAN_VERSION;
  /** The nomor pendaftaran of the request objected to. */
  readonly requestNumber: string;
  readonly requester: Pemohon;
  readonly proxy?: Kuasa;
  /** Tujuan penggunaan informasi. */
  readonly purpose: string;
  /** Pasal 35 ayat (1) letters, one or more, without repeats, a–g order. */
  readonly grounds: readonly HurufPasal35[];
  /** Kasus posisi. */
  readonly caseSummary: string;
}

/** What a validation returns: `value` (normalised) only when there is no error. */
export interface HasilValidasi<T> {
  readonly ok: boolean;
  readonly value?: T;
  readonly errors: readonly Masalah[];
}

export type JenisPengajuan = 'permintaan' | 'keberatan';

/** The receipt given at once on receipt. */
export interface TandaBukti {
  readonly format: typeof TANDA_BUKTI_FORMAT;
  readonly version: typeof TANDA_BUKTI_VERSION;
  readonly kind: JenisPengajuan;
  /** Nomor pendaftaran. */
  readonly number: string;
  /** The instant of receipt, ISO 8601 with the agency's offset, e.g. `2026-03-06T06:00:00+07:00`. */
  readonly receivedAt: string;
  /** Day zero: the date of receipt in the agency's time zone. */
  readonly receivedOn: Tanggal;
  readonly agency: { readonly id: string; readonly name: string; readonly timeZone: ZonaWaktu };
  /** A short summary of what was asked (no personal data). */
  readonly summary: string;
  readonly deadline: {
    /** `permintaan` (10 working days) or `tanggapan-keberatan` (30 working days). */
    readonly kind: JenisTenggat;
    readonly due: Tanggal;
    readonly workingDays: number;
    readonly skipped: readonly HariDilewati[];
    readonly warnings: readonly Teks[];
    readonly basis: readonly DasarHukum[];
  };
}
