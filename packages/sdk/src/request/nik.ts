import { periksaArgumen, TEKS } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';
import { buatTanggal } from '../calendar/tanggal.js';
import { KODE_PROVINSI } from './wilayah.js';

/** A NIK that passed every check, with what its digits say. */
export interface NIKSah {
  readonly ok: true;
  /** 16 digits, separators removed. */
  readonly nik: string;
  readonly province: { readonly code: string; readonly name: string };
  /** The birth-date part: day (1–31, the +40 for women removed), month, and the two-digit year. */
  readonly birth: { readonly day: number; readonly month: number; readonly year2: string };
  /** The day part carries +40. */
  readonly female: boolean;
}

/** Why a NIK cannot be right; `problem` is said of the field (the caller puts "NIK: " in front). */
export interface NIKTidakSah {
  readonly ok: false;
  readonly code:
    | 'nik.type'
    | 'nik.digits'
    | 'nik.length'
    | 'nik.province'
    | 'nik.region'
    | 'nik.birth-date'
    | 'nik.serial';
  readonly problem: Teks;
}

export type HasilNIK = NIKSah | NIKTidakSah;

// People copy a NIK with spaces or dots from a scan or a spreadsheet; the KTP prints 16 plain digits.
const PEMISAH = /[\s.-]+/g;

const rapikan = (nik: string): string => nik.replace(PEMISAH, '');

/**
 * Separators removed; anything else is left for periksaNIK to judge. A non-string throws GalatArgumen (the
 * check of JavaScript callers, here only: periksaNIK, in the request form, judges any value itself).
 */
export function rapikanNIK(nik: string): string {
  periksaArgumen(typeof nik === 'string', 'rapikanNIK', 'nik', nik, TEKS);
  return rapikan(nik);
}

const gagal = (code: NIKTidakSah['code'], id: string, en: string): NIKTidakSah => ({
  ok: false,
  code,
  problem: { id, en },
});

/**
 * Checks a Nomor Induk Kependudukan: 16 digits — province (a real province code), kabupaten/kota,
 * kecamatan, birth date DDMMYY (DD + 40 for women) and a serial number. Spaces, dots and dashes between
 * digits are ignored. It cannot tell whether the NIK was issued; only whether it could have been.
 */
export function periksaNIK(s: unknown): HasilNIK {
  if (typeof s !== 'string') return gagal('nik.type', 'harus berupa teks angka.', 'must be text of digits.');
  const nik = rapikan(s.trim());
  if (nik === '') return gagal('nik.length', 'wajib diisi (16 angka).', 'required (16 digits).');
  if (!/^\d+$/.test(nik)) return gagal('nik.digits', 'hanya boleh berisi angka.', 'may contain digits only.');
  if (nik.length !== 16)
    return gagal(
      'nik.length',
      `harus 16 angka; yang diisi ${nik.length} angka.`,
      `must be 16 digits; ${nik.length} ${nik.length === 1 ? 'was' : 'were'} entered.`,
    );
  const kodeProvinsi = nik.slice(0, 2);
  const provinsi = Object.prototype.hasOwnProperty.call(KODE_PROVINSI, kodeProvinsi)
    ? KODE_PROVINSI[kodeProvinsi]
    : undefined;
  if (provinsi === undefined)
    return gagal(
      'nik.province',
      `dua angka pertama (${kodeProvinsi}) bukan kode provinsi yang ada.`,
      `the first two digits (${kodeProvinsi}) are not a province code.`,
    );
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00')
    return gagal(
      'nik.region',
      'kode kabupaten/kota (angka ke-3–4) dan kecamatan (angka ke-5–6) tidak boleh 00.',
      'the kabupaten/kota code (digits 3–4) and the kecamatan code (digits 5–6) cannot be 00.',
    );
  const ddAsli = Number(nik.slice(6, 8));
  const female = ddAsli > 40;
  const day = female ? ddAsli - 40 : ddAsli;
  const month = Number(nik.slice(8, 10));
  const year2 = nik.slice(10, 12);
  // The century is not in the NIK: a day that exists in either 19yy or 20yy is plausible (29 Feb 00).
  const ada =
    buatTanggal(1900 + Number(year2), month, day) !== undefined ||
    buatTanggal(2000 + Number(year2), month, day) !== undefined;
  if (!ada)
    return gagal(
      'nik.birth-date',
      `angka ke-7–12 (${nik.slice(6, 12)}) harus tanggal lahir DDMMYY yang ada; bagi perempuan tanggalnya ditambah 40.`,
      `digits 7–12 (${nik.slice(6, 12)}) must be a real birth date DDMMYY; for women the day has 40 added.`,
    );
  if (nik.slice(12) === '0000')
    return gagal(
      'nik.serial',
      'empat angka terakhir (nomor urut) tidak boleh 0000.',
      'the last four digits (serial number) cannot be 0000.',
    );
  return {
    ok: true,
    nik,
    province: { code: kodeProvinsi, name: provinsi },
    birth: { day, month, year2 },
    female,
  };
}
