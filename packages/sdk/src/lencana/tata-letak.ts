import { isiTeks, LOKAL_INTL, pilihTeks, type Bahasa, type Teks } from '../i18n/teks.js';
import { potongSkor } from './potong-skor.js';
import { RUPA_BAND } from './band.js';
import type { DataLencana } from './data.js';

export type UkuranLencana = 'normal' | 'kecil';

export interface OpsiLencana {
  readonly bahasa?: Bahasa;
  readonly ukuran?: UkuranLencana;
}

export interface TeksLencana {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly colour: string;
  readonly anchor: 'start' | 'middle';
  /** Width the text must fit in; renderers squeeze longer text into it. */
  readonly maxWidth: number;
}

/**
 * The badge's geometry and words, computed once: the static SVG and the widget both draw from this, so
 * they look alike.
 */
export interface TataLetakLencana {
  readonly width: number;
  readonly height: number;
  readonly split: number;
  readonly fill: string;
  readonly panel: string;
  readonly border: string;
  readonly texts: readonly TeksLencana[];
  /** The whole badge said in one sentence, for `aria-label` and `<title>`. */
  readonly label: string;
}

/** The badge's font stack: the static SVG and the widget name the same one, so they look alike. */
export const HURUF_LENCANA = "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif";

// Grey for any badge that must not look current; white text on it has a contrast of 6.05:1.
const ABU = '#5F6368';
const PANEL = '#FFFFFF';
const TINTA = '#1F2933';

const T = {
  kedaluwarsa: { id: 'Data kedaluwarsa', en: 'Data expired' },
  tidakTerverifikasi: { id: 'Tidak terverifikasi', en: 'Not verified' },
  per: { id: 'per {d}', en: 'as of {d}' },
  terakhir: { id: 'terakhir {d}', en: 'last {d}' },
  mandiri: { id: 'Penilaian mandiri', en: 'Self-assessed' },
  pemantauan: { id: 'Hasil pemantauan', en: 'Monitoring result' },
  label: {
    id: 'Keterbukaan informasi {nama}: skor {skor} dari 100, {band}, per {tanggal}, {sumber}.',
    en: 'Information openness of {nama}: score {skor} of 100, {band}, as of {tanggal}, {sumber}.',
  },
  labelTidakBerlaku: {
    id: 'Keterbukaan informasi {nama}: {keadaan}; penilaian terakhir {tanggal}, {sumber}.',
    en: 'Information openness of {nama}: {keadaan}; last evaluated {tanggal}, {sumber}.',
  },
} satisfies Record<string, Teks>;

/**
 * A score with one decimal, cut rather than rounded: the bands are continuous (89.95 is Menuju Informatif),
 * so a printed "90,0" beside it would contradict the band. Cut, the printed score is never in a higher band
 * than the score. The one formatter of the SVG, the widget and the monitor's pages.
 */
export function formatSkor(skor: number, bahasa: Bahasa): string {
  return new Intl.NumberFormat(LOKAL_INTL[bahasa], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    // Every one-decimal score from 0 to 100 times 10 floors to itself (a test checks them all).
  }).format(potongSkor(skor));
}

/** A badge date: `28 Nov 2026` (short) or `28 November 2026` (long), in id or en. */
export function formatTanggalLencana(t: string, bahasa: Bahasa, bulan: 'short' | 'long'): string {
  return new Intl.DateTimeFormat(LOKAL_INTL[bahasa], {
    day: 'numeric',
    month: bulan,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${t}T00:00:00Z`));
}

export function tataLetakLencana(data: DataLencana, opsi: OpsiLencana = {}): TataLetakLencana {
  const bahasa = opsi.bahasa ?? 'id';
  const band = RUPA_BAND.find((b) => b.code === data.band);
  if (!band) throw new RangeError(`Band tidak dikenal / unknown band: ${data.band}`);
  const berlaku = data.state === 'terkini';
  const fill = berlaku ? band.colour.fill : ABU;
  const tintaBlok = berlaku ? band.colour.text : '#FFFFFF';
  const judul = berlaku
    ? pilihTeks(band.label, bahasa)
    : pilihTeks(data.state === 'kedaluwarsa' ? T.kedaluwarsa : T.tidakTerverifikasi, bahasa);
  const skor = formatSkor(data.score, bahasa);
  const tanggalPendek = formatTanggalLencana(data.asOf, bahasa, 'short');
  const sumber = pilihTeks(data.source === 'mandiri' ? T.mandiri : T.pemantauan, bahasa);
  // One set of values for either sentence; each takes the placeholders it has.
  const label = pilihTeks(
    isiTeks(berlaku ? T.label : T.labelTidakBerlaku, {
      nama: data.agencyName,
      skor,
      band: judul,
      keadaan: judul.toLowerCase(),
      tanggal: formatTanggalLencana(data.asOf, bahasa, 'long'),
      sumber: sumber.toLowerCase(),
    }),
    bahasa,
  );
  // A stale or unverified badge shows no number in the coloured block: it must not look current.
  const angka = berlaku ? skor : '—';
  const baris2 = pilihTeks(isiTeks(berlaku ? T.per : T.terakhir, { d: tanggalPendek }), bahasa);

  if (opsi.ukuran === 'kecil') {
    const width = 160;
    const height = 24;
    const split = 40;
    // Self-assessed: its band over the words that say so, in two small lines (the label).
    const m = data.source === 'mandiri';
    return {
      width,
      height,
      split,
      fill,
      panel: PANEL,
      border: fill,
      label,
      texts: [
        {
          text: angka,
          x: split / 2,
          y: 16,
          size: 12,
          bold: true,
          colour: tintaBlok,
          anchor: 'middle',
          maxWidth: split - 6,
        },
        {
          text: judul,
          x: split + 6,
          y: m ? 11 : 16,
          size: m ? 10 : 11,
          bold: true,
          colour: TINTA,
          anchor: 'start',
          maxWidth: width - split - 10,
        },
        ...(m
          ? [
              {
                text: sumber,
                x: split + 6,
                y: 20,
                size: 8,
                bold: false,
                colour: TINTA,
                anchor: 'start' as const,
                maxWidth: width - split - 10,
              },
            ]
          : []),
      ],
    };
  }
  const width = 200;
  const height = 48;
  const split = 56;
  const kanan = width - split - 12;
  return {
    width,
    height,
    split,
    fill,
    panel: PANEL,
    border: fill,
    label,
    texts: [
      {
        text: angka,
        x: split / 2,
        // Without a score the dash sits in the middle of the block, with no "/100" under it.
        y: berlaku ? 24 : 30,
        size: 17,
        bold: true,
        colour: tintaBlok,
        anchor: 'middle',
        maxWidth: split - 8,
      },
      ...(berlaku
        ? [
            {
              text: '/100',
              x: split / 2,
              y: 38,
              size: 9,
              bold: false,
              colour: tintaBlok,
              anchor: 'middle' as const,
              maxWidth: split - 8,
            },
          ]
        : []),
      {
        text: judul,
        x: split + 8,
        y: 16,
        size: 12,
        bold: true,
        colour: TINTA,
        anchor: 'start',
        maxWidth: kanan,
      },
      {
        text: baris2,
        x: split + 8,
        y: 29,
        size: 10,
        bold: false,
        colour: TINTA,
        anchor: 'start',
        maxWidth: kanan,
      },
      {
        text: sumber,
        x: split + 8,
        y: 41,
        size: 10,
        bold: false,
        colour: TINTA,
        anchor: 'start',
        maxWidth: kanan,
      },
    ],
  };
}

/** A conservative estimate of text width (no DOM to measure): wide enough that text never overflows. */
export function perkiraanLebar(teks: string, size: number, bold: boolean): number {
  return teks.length * size * (bold ? 0.62 : 0.56);
}
