import type { Tanggal } from '../dip/types.js';
import type { Teks } from '../i18n/teks.js';
import { tanggalValid } from '../calendar/tanggal.js';
import type { JenisPengajuan } from './types.js';

/** `001/PPID/DINKOMINFO/PI/2026`: the form most PPID offices use. */
export const TEMPLAT_NOMOR_BAKU = '{seq:3}/PPID/{agency}/{jenis}/{yyyy}';

/** What `{jenis}` becomes. */
export const KODE_JENIS_PENGAJUAN: Readonly<Record<JenisPengajuan, string>> = {
  permintaan: 'PI',
  keberatan: 'KEB',
};

/** The tokens a template may use, with what each stands for (for a configuration screen). */
export const TOKEN_NOMOR: readonly { readonly token: string; readonly meaning: Teks }[] = [
  { token: '{seq}', meaning: { id: 'nomor urut', en: 'sequence number' } },
  {
    token: '{seq:N}',
    meaning: {
      id: 'nomor urut, N angka dengan nol di depan (1–12)',
      en: 'sequence number, N digits zero-padded (1–12)',
    },
  },
  { token: '{agency}', meaning: { id: 'kode badan publik', en: 'agency code' } },
  { token: '{yyyy}', meaning: { id: 'tahun, 4 angka', en: 'year, 4 digits' } },
  { token: '{yy}', meaning: { id: 'tahun, 2 angka', en: 'year, 2 digits' } },
  { token: '{mm}', meaning: { id: 'bulan, 2 angka', en: 'month, 2 digits' } },
  {
    token: '{jenis}',
    meaning: { id: 'PI (permintaan) atau KEB (keberatan)', en: 'PI (request) or KEB (objection)' },
  },
];

/** A template or a value that cannot make a registration number; `teks` says why in both languages. */
export class GalatTemplatNomor extends RangeError {
  override readonly name = 'GalatTemplatNomor';
  readonly teks: Teks;
  constructor(teks: Teks) {
    super(`${teks.id} / ${teks.en}`);
    this.teks = teks;
  }
}

const TOKEN = /\{([^{}]*)\}/g;
const BATAS_TEMPLAT = 100;

/**
 * Everything wrong with a number template (empty when it is usable): unknown tokens, stray braces, no
 * `{seq}` (numbers must never repeat) and no year (`{yyyy}` or `{yy}`: the sequence restarts each year,
 * so without the year next year's numbers would repeat this year's).
 */
export function periksaTemplatNomor(template: unknown): Teks[] {
  if (typeof template !== 'string' || template.trim() === '')
    return [{ id: 'Templat nomor pendaftaran kosong.', en: 'The registration-number template is empty.' }];
  const salah: Teks[] = [];
  if (template.length > BATAS_TEMPLAT)
    salah.push({
      id: `Templat nomor pendaftaran paling panjang ${BATAS_TEMPLAT} karakter.`,
      en: `The registration-number template is at most ${BATAS_TEMPLAT} characters.`,
    });
  const dikenal = TOKEN_NOMOR.map((t) => t.token).join(', ');
  let adaSeq = false;
  let adaTahun = false;
  for (const [utuh, isi = ''] of template.matchAll(TOKEN)) {
    const seq = /^seq(?::(\d{1,2}))?$/.exec(isi);
    if (seq) {
      const n = seq[1] === undefined ? 1 : Number(seq[1]);
      if (n < 1 || n > 12)
        salah.push({
          id: `Token ${utuh}: panjang nomor urut harus 1–12 angka.`,
          en: `Token ${utuh}: the sequence width must be 1–12 digits.`,
        });
      adaSeq = true;
    } else if (isi === 'yyyy' || isi === 'yy') adaTahun = true;
    else if (isi !== 'agency' && isi !== 'mm' && isi !== 'jenis')
      salah.push({
        id: `Token ${utuh} tidak dikenal dalam templat nomor pendaftaran; yang dapat dipakai: ${dikenal}.`,
        en: `Unknown token ${utuh} in the registration-number template; available: ${dikenal}.`,
      });
  }
  if (/[{}]/.test(template.replace(TOKEN, '')))
    salah.push({
      id: 'Templat nomor pendaftaran memuat kurung kurawal { } yang tidak berpasangan.',
      en: 'The registration-number template has an unmatched brace { }.',
    });
  if (!adaSeq)
    salah.push({
      id: 'Templat nomor pendaftaran harus memuat {seq} atau {seq:N}: tanpa nomor urut, nomor akan berulang.',
      en: 'The registration-number template must contain {seq} or {seq:N}: without a sequence, numbers would repeat.',
    });
  if (!adaTahun)
    salah.push({
      id: 'Templat nomor pendaftaran harus memuat tahun ({yyyy} atau {yy}): nomor urut dimulai lagi setiap tahun.',
      en: 'The registration-number template must contain the year ({yyyy} or {yy}): the sequence restarts every year.',
    });
  return salah;
}

// Templates already checked: a server numbers every submission with the same few.
const TEMPLAT_SAH = new Set<string>();

export interface NilaiNomor {
  /** The next number of the agency's sequence for the year (kept by the server, never reused). */
  readonly seq: number;
  /** The agency code as printed, e.g. `DINKOMINFO`. */
  readonly agency: string;
  /** The receipt date in the agency's time zone. */
  readonly tanggal: Tanggal;
  readonly jenis: JenisPengajuan;
}

/**
 * A registration number from a template, e.g. `{seq:3}/PPID/{agency}/{jenis}/{yyyy}` →
 * `001/PPID/DINKOMINFO/PI/2026`. A sequence longer than its width is written in full, never cut.
 * Throws GalatTemplatNomor for a template periksaTemplatNomor refuses or a value that does not fit.
 */
export function buatNomorPendaftaran(template: string, nilai: NilaiNomor): string {
  if (!TEMPLAT_SAH.has(template)) {
    const salah = periksaTemplatNomor(template);
    if (salah.length > 0) throw new GalatTemplatNomor(salah[0]!);
    if (TEMPLAT_SAH.size < 64) TEMPLAT_SAH.add(template);
  }
  const { seq, agency, tanggal, jenis } = nilai;
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new GalatTemplatNomor({
      id: `Nomor urut harus bilangan bulat 1 atau lebih, bukan ${String(seq)}.`,
      en: `The sequence number must be a whole number of 1 or more, not ${String(seq)}.`,
    });
  if (typeof agency !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(agency))
    throw new GalatTemplatNomor({
      id: `Kode badan publik "${String(agency)}" tidak dapat dipakai dalam nomor: gunakan huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 40).`,
      en: `Agency code "${String(agency)}" cannot be used in a number: use letters, digits, dots, underscores or hyphens (at most 40).`,
    });
  if (typeof tanggal !== 'string' || !tanggalValid(tanggal))
    throw new GalatTemplatNomor({
      id: `Tanggal "${String(tanggal)}" tidak sah (YYYY-MM-DD).`,
      en: `Date "${String(tanggal)}" is not valid (YYYY-MM-DD).`,
    });
  if (!Object.prototype.hasOwnProperty.call(KODE_JENIS_PENGAJUAN, jenis))
    throw new GalatTemplatNomor({
      id: `Jenis pengajuan "${String(jenis)}" tidak dikenal: permintaan atau keberatan.`,
      en: `Unknown submission kind "${String(jenis)}": permintaan or keberatan.`,
    });
  return template.replace(TOKEN, (_, isi: string) => {
    if (isi.startsWith('seq')) return String(seq).padStart(Number(isi.slice(4) || '1'), '0');
    if (isi === 'agency') return agency;
    if (isi === 'yyyy') return tanggal.slice(0, 4);
    if (isi === 'yy') return tanggal.slice(2, 4);
    if (isi === 'mm') return tanggal.slice(5, 7);
    return KODE_JENIS_PENGAJUAN[jenis];
  });
}
