import type { Teks } from '../i18n/teks.js';
import { normalisasi } from './normalisasi.js';
import { KADENSI_KATEGORI } from './kode.js';
import type { DasarHukum, Kategori } from './types.js';
import { INSTRUMEN } from './dasar-hukum.js';

export interface InfoKategori {
  readonly code: Kategori;
  readonly label: Teks;
  /** The label where space is short (tabs on a phone); each is a part of `label`, case aside. */
  readonly shortLabel: Teks;
  readonly description: Teks;
  readonly basis: readonly DasarHukum[];
  /** The category code OpenSID (the village information system) uses. */
  readonly opensidCode: 1 | 2 | 3 | 4;
  /** How often entries must be renewed, when the law sets a cadence. */
  readonly cadenceMonths?: number;
  /** Other ways registers write the category (matched after normalising case, spaces and punctuation). */
  readonly aliases: readonly string[];
}

const UU_KIP = INSTRUMEN.uuKip;

export const KATEGORI: readonly InfoKategori[] = [
  {
    code: 'berkala',
    label: { id: 'Informasi Berkala', en: 'Periodic information' },
    shortLabel: { id: 'Berkala', en: 'Periodic' },
    description: {
      id: 'Wajib diumumkan secara berkala, paling lambat setiap 6 bulan sekali.',
      en: 'Must be published periodically, at the latest every 6 months.',
    },
    basis: [{ instrument: UU_KIP, article: 'Pasal 9', verified: true }],
    opensidCode: 1,
    cadenceMonths: KADENSI_KATEGORI.berkala,
    aliases: [
      'berkala',
      'informasi berkala',
      'ib',
      'wajib diumumkan secara berkala',
      'informasi yang wajib diumumkan secara berkala',
      'informasi yang wajib disediakan dan diumumkan secara berkala',
    ],
  },
  {
    code: 'serta-merta',
    label: { id: 'Informasi Serta-merta', en: 'Immediate information' },
    shortLabel: { id: 'Serta-merta', en: 'Immediate' },
    description: {
      id: 'Wajib diumumkan seketika bila dapat mengancam hajat hidup orang banyak dan ketertiban umum.',
      en: 'Must be announced immediately when it threatens lives or public order.',
    },
    basis: [{ instrument: UU_KIP, article: 'Pasal 10', verified: true }],
    opensidCode: 2,
    aliases: [
      'serta merta',
      'sertamerta',
      'informasi serta merta',
      'ism',
      'wajib diumumkan serta merta',
      'wajib diumumkan secara serta merta',
      'informasi yang wajib diumumkan serta merta',
      'informasi yang wajib diumumkan secara serta merta',
    ],
  },
  {
    code: 'setiap-saat',
    label: { id: 'Informasi Setiap Saat', en: 'Information available at any time' },
    shortLabel: { id: 'Setiap Saat', en: 'Any time' },
    description: {
      id: 'Wajib tersedia setiap saat dan diberikan atas permintaan.',
      en: 'Must be available at any time and given on request.',
    },
    basis: [{ instrument: UU_KIP, article: 'Pasal 11', verified: true }],
    opensidCode: 3,
    aliases: [
      'setiap saat',
      'tersedia setiap saat',
      'informasi setiap saat',
      'iss',
      'wajib tersedia setiap saat',
      'informasi yang wajib tersedia setiap saat',
    ],
  },
  {
    code: 'dikecualikan',
    label: { id: 'Informasi yang Dikecualikan', en: 'Exempt information' },
    shortLabel: { id: 'Dikecualikan', en: 'Exempt' },
    description: {
      id: 'Dikecualikan berdasarkan Pasal 17 UU KIP, hanya setelah uji konsekuensi.',
      en: 'Withheld under Article 17 of the KIP Law, only after a consequence test.',
    },
    basis: [
      { instrument: UU_KIP, article: 'Pasal 17', verified: true },
      { instrument: INSTRUMEN.perki2021, article: 'Pasal 49', verified: true },
    ],
    opensidCode: 4,
    aliases: ['dikecualikan', 'informasi dikecualikan', 'informasi yang dikecualikan', 'dik', 'rahasia'],
  },
];

const normal = normalisasi;

export function infoKategori(code: Kategori): InfoKategori {
  const k = KATEGORI.find((x) => x.code === code);
  if (!k) throw new RangeError(`Kategori tidak dikenal / unknown category: ${code}`);
  return k;
}

/**
 * Reads a category as registers write it: `Berkala`, `serta merta`, `Setiap Saat`, `DIK`,
 * `Dikecualikan`, the codes themselves, or OpenSID's 1–4. Undefined when it is none of these, a value that
 * is not a string too.
 */
export function bacaKategori(teks: string | null | undefined): Kategori | undefined {
  if (typeof teks !== 'string') return undefined;
  const n = normal(teks);
  if (n === '') return undefined;
  for (const k of KATEGORI) {
    if (n === String(k.opensidCode) || n === normal(k.code) || k.aliases.includes(n)) return k.code;
  }
  return undefined;
}
