import type { Teks } from '../i18n/teks.js';

// The bands as every badge draws them: codes, names and colours. scoring/band.ts adds each band's score
// range and legal basis (BAND_MONEV); apart so that a feed badge carries no scoring rule or legal text.

/** Band codes, highest first. */
export type KodeBand =
  'informatif' | 'menuju-informatif' | 'cukup-informatif' | 'kurang-informatif' | 'tidak-informatif';

/** A band's name and its badge colours. */
export interface RupaBand {
  readonly code: KodeBand;
  readonly label: Teks;
  /** Badge fill and text colour; every pair meets WCAG AA (contrast ≥ 4.5:1). */
  readonly colour: { readonly fill: string; readonly text: string };
}

/** Highest band first. */
export const RUPA_BAND: readonly RupaBand[] = [
  {
    code: 'informatif',
    label: { id: 'Informatif', en: 'Informative' },
    colour: { fill: '#1B5E20', text: '#FFFFFF' },
  },
  {
    code: 'menuju-informatif',
    label: { id: 'Menuju Informatif', en: 'Towards Informative' },
    colour: { fill: '#7CB342', text: '#000000' },
  },
  {
    code: 'cukup-informatif',
    label: { id: 'Cukup Informatif', en: 'Fairly Informative' },
    colour: { fill: '#FFC107', text: '#000000' },
  },
  {
    code: 'kurang-informatif',
    label: { id: 'Kurang Informatif', en: 'Less Informative' },
    colour: { fill: '#C2410C', text: '#FFFFFF' },
  },
  {
    code: 'tidak-informatif',
    label: { id: 'Tidak Informatif', en: 'Not Informative' },
    colour: { fill: '#B71C1C', text: '#FFFFFF' },
  },
];

/** Band codes, highest first: read from RUPA_BAND, so every badge carries each code once. */
export const KODE_BAND: readonly KodeBand[] = RUPA_BAND.map((b) => b.code);
