import { periksaArgumen } from '../i18n/argumen.js';
import { formatTanggal, isiTeks, LOKAL_INTL, pilihTeks, type Bahasa, type Teks } from '../i18n/teks.js';
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
 * than the score. The one formatter of the SVG, the widget and the monitor's pages. A score that is not a
 * finite number (undefined, NaN, a string) throws GalatArgumen, never prints "NaN".
 */
export function formatSkor(skor: number, bahasa: Bahasa): string {
  periksaArgumen(Number.isFinite(skor), 'formatSkor', 'skor', skor, {
    id: 'skor (number 0–100)',
    en: 'a score (a number 0–100)',
  });
  return tulisSkor(skor, bahasa);
}

/** `formatSkor` without its check: the badge's layout passes a score it has checked (feed or nilaiDIP). */
function tulisSkor(skor: number, bahasa: Bahasa): string {
  return new Intl.NumberFormat(LOKAL_INTL[bahasa], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    // Every one-decimal score from 0 to 100 times 10 floors to itself (a test checks them all).
  }).format(potongSkor(skor));
}

/** A badge date: `28 Nov 2026` (short) or `28 November 2026` (long), in id or en (the SDK's one date format). */
export const formatTanggalLencana = formatTanggal;

/**
 * The layout with its source line given: `mandiri`, the self-assessed words (which the 160×24 also shows,
 * under the band), else the monitoring result's. A renderer of feed entries only calls this one and carries
 * no self-assessed words: the widget's badge, whose self-assessed mode (a lazy chunk) passes
 * tataLetakLencana (tata-letak-lencana.ts, a module of its own so that a bundle can leave it out).
 */
export function tataLetakSumber(data: DataLencana, opsi: OpsiLencana = {}, mandiri?: Teks): TataLetakLencana {
  const bahasa = opsi.bahasa ?? 'id';
  const band = RUPA_BAND.find((b) => b.code === data.band);
  if (!band) throw new RangeError(`Band tidak dikenal / unknown band: ${data.band}`);
  const berlaku = data.state === 'terkini';
  const fill = berlaku ? band.colour.fill : ABU;
  const tintaBlok = berlaku ? band.colour.text : '#FFFFFF';
  const judul = berlaku
    ? pilihTeks(band.label, bahasa)
    : pilihTeks(data.state === 'kedaluwarsa' ? T.kedaluwarsa : T.tidakTerverifikasi, bahasa);
  const skor = tulisSkor(data.score, bahasa);
  const tanggalPendek = formatTanggalLencana(data.asOf, bahasa, 'short');
  const sumber = pilihTeks(mandiri ?? T.pemantauan, bahasa);
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

  // One text of the layout: dark words on the panel, left-aligned, unless said otherwise.
  const teks = (
    text: string,
    x: number,
    y: number,
    size: number,
    bold: boolean,
    maxWidth: number,
    colour = TINTA,
    anchor: TeksLencana['anchor'] = 'start',
  ): TeksLencana => ({ text, x, y, size, bold, colour, anchor, maxWidth });
  const bingkai = { fill, panel: PANEL, border: fill, label };

  if (opsi.ukuran === 'kecil') {
    // 160×24, the block 40 wide. Self-assessed: its band over the words that say so, in two small lines
    // (the label).
    const m = !!mandiri;
    return {
      width: 160,
      height: 24,
      split: 40,
      ...bingkai,
      texts: [
        teks(angka, 20, 16, 12, true, 34, tintaBlok, 'middle'),
        teks(judul, 46, m ? 11 : 16, m ? 10 : 11, true, 110),
        ...(m ? [teks(sumber, 46, 20, 8, false, 110)] : []),
      ],
    };
  }
  // 200×48, the block 56 wide: its texts centred at 28 in 48, the panel's from 64 in 132.
  return {
    width: 200,
    height: 48,
    split: 56,
    ...bingkai,
    texts: [
      // Without a score the dash sits in the middle of the block, with no "/100" under it.
      teks(angka, 28, berlaku ? 24 : 30, 17, true, 48, tintaBlok, 'middle'),
      ...(berlaku ? [teks('/100', 28, 38, 9, false, 48, tintaBlok, 'middle')] : []),
      teks(judul, 64, 16, 12, true, 132),
      teks(baris2, 64, 29, 10, false, 132),
      teks(sumber, 64, 41, 10, false, 132),
    ],
  };
}

/** A conservative estimate of text width (no DOM to measure): wide enough that text never overflows. */
export function perkiraanLebar(teks: string, size: number, bold: boolean): number {
  return teks.length * size * (bold ? 0.62 : 0.56);
}
