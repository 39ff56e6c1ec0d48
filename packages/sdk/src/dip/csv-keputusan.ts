import type { Teks } from '../i18n/teks.js';
import { kutip } from './kutip.js';
import { bacaTanggalRinci } from './tanggal-indonesia.js';
import type { Tanggal } from './types.js';

/**
 * The PPID decision that sets a DIP (SK DIP), as a spreadsheet register writes it above its table: the DIP
 * is the decision's attachment ("LAMPIRAN KEPUTUSAN PPID KABUPATEN SUKAMAJU NOMOR: 045/12/PPID/2026
 * TANGGAL: 15 JANUARI 2026 TENTANG DAFTAR INFORMASI PUBLIK"), or a line says so ("Ditetapkan dengan
 * Keputusan PPID Desa Nomor 5 Tahun 2026 tanggal 15 Januari 2026"), in one cell or split over several
 * cells and rows above the header.
 */
export interface KeputusanJudul {
  /** The decision read: its number as written after "Nomor", and its date when one is given and read. */
  readonly decision?: { readonly number: string; readonly date?: Tanggal };
  /** What could not be read (a number without a digit, a date that is none), and the line index it is on. */
  readonly masalah?: { readonly baris: number; readonly problem: Teks };
}

const SPASI = /\s+/g;
/** "Keputusan", or the "SK" it is shortened to. */
const KEPUTUSAN = /\b(?:keputusan|sk)\b/i;
/** "Nomor"; its short forms ("No.", "Nmr") only on the decision's own row, not an address's "Jl. … No. 5" below. */
const NOMOR = /\bnomor\b\s*:?\s*/i;
const NOMOR_SINGKAT = /\b(?:nomor|nmr|no)\b\.?\s*:?\s*/i;
/** How many rows after the decision's own its number and date may be on (the attachment's layout has three). */
const BARIS_SETELAH = 3;
/** Where the number ends: the words that follow it ("tanggal", "tentang" …), a comma, or its line's end. */
const AKHIR_NOMOR = /\n|,|\s(?:tanggal|tgl\.?|tentang|ditetapkan|pada)\b/i;
const TANGGAL = /\b(?:tanggal|tgl\.?)\s*:?\s*/i;
const AKHIR_TANGGAL = /\n|\s(?:tentang|ditetapkan|oleh)\b/i;
const TEPI = /^[\s:;.,-]+|[\s:;.,-]+$/g;
const ANGKA = /\d/;
const CONTOH: Teks = {
  id: '"Ditetapkan dengan Keputusan PPID Nomor 5 Tahun 2026 tanggal 15 Januari 2026"',
  en: '"Ditetapkan dengan Keputusan PPID Nomor 5 Tahun 2026 tanggal 15 Januari 2026"',
};

/**
 * The decision named in the rows above the header (`baris[0 .. sampai - 1]`, each a row's cells): the first
 * row mentioning "Keputusan" (or "SK"), then the first "Nomor" after it. Nothing without both; a problem
 * when the number holds no digit (the decision is then not set) or a date after "tanggal" cannot be read
 * (the number is kept). Dates as the importer reads them (`bacaTanggalRinci`), day first.
 */
export function bacaKeputusanJudul(baris: readonly (readonly string[])[], sampai: number): KeputusanJudul {
  let awal = -1;
  let teks = '';
  /** Where each row starts in `teks`. */
  const mulai: number[] = [];
  for (let b = 0; b < sampai && (awal < 0 || b <= awal + BARIS_SETELAH); b++) {
    const r = (baris[b] ?? [])
      .map((c) => (c ?? '').trim())
      .filter((c) => c !== '')
      .join(' ')
      .replace(SPASI, ' ');
    if (awal < 0) {
      const k = KEPUTUSAN.exec(r);
      if (!k) continue;
      awal = b;
      teks = r.slice(k.index);
      mulai.push(0);
    } else {
      mulai.push(teks.length + 1);
      teks += `\n${r}`;
    }
  }
  if (awal < 0) return {};
  const barisDi = (i: number): number => {
    let j = 0;
    while (j + 1 < mulai.length && mulai[j + 1]! <= i) j++;
    return awal + j;
  };
  const baris0 = teks.indexOf('\n');
  const singkat = NOMOR_SINGKAT.exec(baris0 < 0 ? teks : teks.slice(0, baris0));
  const n = singkat ?? NOMOR.exec(teks);
  if (!n) return {};
  // "NOMOR :" at a row's end: the number on the next row.
  let i = n.index + n[0].length;
  while (teks[i] === '\n') i++;
  const sisa = teks.slice(i);
  const akhir = AKHIR_NOMOR.exec(sisa);
  const nomor = sisa.slice(0, akhir ? akhir.index : undefined).replace(TEPI, '');
  if (!ANGKA.test(nomor))
    return {
      masalah: {
        baris: barisDi(n.index),
        problem: {
          id: `Keputusan PPID disebut di atas tabel, tetapi nomornya tidak terbaca${nomor !== '' ? ` (${kutip(nomor)})` : ''}, jadi DIP ini tidak mencantumkan keputusan yang menetapkannya (SK DIP). Tulis nomornya di baris itu, misalnya ${CONTOH.id}.`,
          en: `A PPID decision is named above the table, but its number cannot be read${nomor !== '' ? ` (${kutip(nomor)})` : ''}, so this DIP names no decision setting it (SK DIP). Write the number on that line, e.g. ${CONTOH.en}.`,
        },
      },
    };
  const lanjut = i + (akhir ? akhir.index : sisa.length);
  const t = TANGGAL.exec(teks.slice(lanjut));
  if (!t) return { decision: { number: nomor } };
  const j = lanjut + t.index + t[0].length;
  const bagian = teks.slice(j);
  const ujung = AKHIR_TANGGAL.exec(bagian);
  const tulisan = bagian.slice(0, ujung ? ujung.index : undefined).replace(TEPI, '');
  // The date is the longest run of words from the start that reads as one ("15 JANUARI 2026 TENTANG …").
  const kata = tulisan.split(' ');
  for (let k = Math.min(kata.length, 5); k > 0; k--) {
    const b = bacaTanggalRinci(kata.slice(0, k).join(' ').replace(TEPI, ''));
    if (b.jenis === 'tanggal') return { decision: { number: nomor, date: b.tanggal } };
  }
  return {
    decision: { number: nomor },
    masalah: {
      baris: barisDi(lanjut + t.index),
      problem: {
        id: `Tanggal keputusan PPID ${kutip(tulisan)} tidak terbaca sebagai tanggal (atau tidak ada di kalender); nomornya, ${kutip(nomor)}, dipakai tanpa tanggal. Tulis misalnya 15 Januari 2026 atau 15/01/2026.`,
        en: `The PPID decision's date ${kutip(tulisan)} cannot be read as a date (or does not exist in the calendar); its number, ${kutip(nomor)}, is used without a date. Write e.g. 15 Januari 2026 or 15/01/2026.`,
      },
    },
  };
}
