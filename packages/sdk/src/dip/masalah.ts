import { periksaArgumen } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';
import type { Masalah } from './types.js';
import { labelKolom, lokasiJalur } from './label.js';

export interface RincianMasalah<K extends string = string> {
  readonly severity: Masalah['severity'];
  readonly code: K;
  /** Path into the document; '' for the document as a whole. */
  readonly path: string;
  /** What is wrong, said of the field (the field's name and position are put in front). */
  readonly problem: Teks;
  readonly row?: number;
  readonly column?: string;
  /** Say the problem without naming a field, e.g. for the whole document or a CSV line. */
  readonly tanpaKolom?: boolean;
}

/** Where a problem is, as its message begins: "Baris 5, Item ke-3, tautan ke-2"; '' for the document. */
function depanMasalah(path: string, row: number | undefined, b: 'id' | 'en'): string {
  return [row !== undefined ? (b === 'id' ? `Baris ${row}` : `Row ${row}`) : '', lokasiJalur(path)[b]]
    .filter((s) => s !== '')
    .join(', ');
}

/** Builds a Masalah whose message says where (item n, link m), which field (in words), and what. */
export function buatMasalah<K extends string>(r: RincianMasalah<K>): Masalah<K> {
  const kolom = r.tanpaKolom || r.path === '' ? undefined : labelKolom(r.path);
  const susun = (b: 'id' | 'en'): string => {
    const depan = depanMasalah(r.path, r.row, b);
    const isi = kolom ? `${kolom[b]}: ${r.problem[b]}` : r.problem[b];
    return depan ? `${depan} — ${isi}` : isi;
  };
  return {
    severity: r.severity,
    code: r.code,
    path: r.path,
    ...(r.row !== undefined ? { row: r.row } : {}),
    ...(r.column !== undefined ? { column: r.column } : {}),
    message: { id: susun('id'), en: susun('en') },
  };
}

/** A problem's message split in where it is (empty for the document) and what is wrong there. */
export interface BagianMasalah {
  readonly tempat: Teks;
  readonly isi: Teks;
}

/**
 * Splits a problem's message as buatMasalah composed it (only the SDK's own problems: a message written
 * elsewhere may put " — " anywhere): "Baris 5, Item ke-3" and "Tanggal …: …". A place is
 * in front when the problem has a CSV line or a position in its path (what depanMasalah writes), and no
 * place holds " — ", so the first one ends it. (Without label.js: the admin's checklist loads this alone.)
 */
export function bagianMasalah(m: Masalah<string>): BagianMasalah {
  if (m.row === undefined && !/\w\[\d+\]/.test(m.path)) return { tempat: { id: '', en: '' }, isi: m.message };
  const bagi = (t: string): [string, string] => {
    const i = t.indexOf(' — ');
    return i < 0 ? ['', t] : [t.slice(0, i), t.slice(i + 3)];
  };
  const [ti, ii] = bagi(m.message.id);
  const [te, ie] = bagi(m.message.en);
  return { tempat: { id: ti, en: te }, isi: { id: ii, en: ie } };
}

/** Problems of one kind said the same way of several entries (the entries' fields, not their values). */
export interface KelompokMasalah<K extends string = string> {
  readonly severity: Masalah['severity'];
  readonly code: K;
  /** What is wrong, without a place; for one problem alone, its whole message. */
  readonly isi: Teks;
  /** The problems in the group, in their order; their `tempat` says where each one is. */
  readonly anggota: readonly (Masalah<K> & { readonly tempat: Teks })[];
}

/**
 * Groups the problems whose words are the same but for their place (17 entries without a date: one group
 * of 17), each group where its first problem was; a problem said once stays alone. The order is kept, so
 * a checklist read top to bottom still meets errors before warnings. Anything but a list throws GalatArgumen.
 */
export function kelompokkanMasalah<K extends string>(masalah: readonly Masalah<K>[]): KelompokMasalah<K>[] {
  periksaArgumen(Array.isArray(masalah), 'kelompokkanMasalah', 'masalah', masalah, {
    id: 'daftar masalah (errors atau warnings sebuah hasil)',
    en: "a list of problems (a result's errors or warnings)",
  });
  const hasil: {
    severity: Masalah['severity'];
    code: K;
    isi: Teks;
    anggota: (Masalah<K> & { tempat: Teks })[];
  }[] = [];
  const perKunci = new Map<string, (typeof hasil)[number]>();
  for (const m of masalah) {
    const { tempat, isi } = bagianMasalah(m);
    const kunci = `${m.severity}\u0000${m.code}\u0000${isi.id}\u0000${isi.en}`;
    const ada = tempat.id ? perKunci.get(kunci) : undefined;
    if (ada) {
      ada.anggota.push({ ...m, tempat });
      continue;
    }
    const baru = { severity: m.severity, code: m.code, isi, anggota: [{ ...m, tempat }] };
    hasil.push(baru);
    if (tempat.id) perKunci.set(kunci, baru);
  }
  return hasil.map((k) => (k.anggota.length === 1 ? { ...k, isi: k.anggota[0]!.message } : k));
}
