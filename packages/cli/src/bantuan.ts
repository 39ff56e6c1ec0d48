import { Help } from 'commander';
import type { Bahasa, Teks } from '@terbuka/sdk';
import { pilihTeks } from '@terbuka/sdk';

/** Help headings in both languages: help is read before anyone has chosen `--lang`. */
const JUDUL: Record<string, string> = {
  'Usage:': 'Penggunaan / Usage:',
  'Arguments:': 'Argumen / Arguments:',
  'Options:': 'Opsi / Options:',
  'Commands:': 'Perintah / Commands:',
  'Global Options:': 'Opsi umum / Global options:',
};

export class BantuanDwibahasa extends Help {
  override styleTitle(title: string): string {
    return JUDUL[title] ?? title;
  }
}

/** Commander's own error messages, said again in the chosen language. */
const GALAT_COMMANDER: readonly [RegExp, (m: RegExpExecArray) => Teks][] = [
  [
    /unknown command '([^']*)'/,
    (m) => ({ id: `Perintah "${m[1]}" tidak dikenal.`, en: `Unknown command "${m[1]}".` }),
  ],
  [
    /unknown option '([^']*)'/,
    (m) => ({ id: `Opsi "${m[1]}" tidak dikenal.`, en: `Unknown option "${m[1]}".` }),
  ],
  [
    /missing required argument '([^']*)'/,
    (m) => ({ id: `Argumen <${m[1]}> wajib diisi.`, en: `Argument <${m[1]}> is required.` }),
  ],
  [
    /required option '([^']*)' not specified/,
    (m) => ({ id: `Opsi ${m[1]} wajib diisi.`, en: `Option ${m[1]} is required.` }),
  ],
  [
    /option '([^']*)' argument missing/,
    (m) => ({ id: `Opsi ${m[1]} memerlukan nilai.`, en: `Option ${m[1]} needs a value.` }),
  ],
  [
    /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    (m) => ({
      id: `Nilai "${m[2]}" untuk ${m[1]} tidak sah. Pilihan: ${m[3]}.`,
      en: `Value "${m[2]}" for ${m[1]} is not valid. Choices: ${m[3]}.`,
    }),
  ],
  [
    /too many arguments(?: for '([^']*)')?/,
    (m) => ({
      id: `Terlalu banyak argumen${m[1] ? ` untuk "${m[1]}"` : ''}.`,
      en: `Too many arguments${m[1] ? ` for "${m[1]}"` : ''}.`,
    }),
  ],
];

export function terjemahkanGalat(pesan: string, bahasa: Bahasa): string {
  for (const [pola, buat] of GALAT_COMMANDER) {
    const m = pola.exec(pesan);
    if (m) return `${pilihTeks(buat(m), bahasa)}\n`;
  }
  return pesan;
}
