import {
  BAND_MONEV,
  formatSkor,
  formatTanggalLencana,
  lencanaDariFeed,
  svgDariTataLetak,
  tataLetakLencana,
  type EntriFeed,
  type Tanggal,
} from '@terbuka/sdk';
import { SEBAB_TIDAK_DINILAI, sebabTidakDinilai } from '../laporan/kata.js';
import type { TidakDinilai } from '../types.js';

/** The shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export interface LencanaShields {
  readonly schemaVersion: 1;
  readonly label: string;
  readonly message: string;
  /** Hex without `#`, as shields accepts it. */
  readonly color: string;
  readonly labelColor?: string;
  readonly cacheSeconds?: number;
}

// Grey for a result that must not look current (the SDK badge uses the same grey).
const ABU = '5F6368';

/**
 * A shields endpoint JSON for one feed entry. Shields cannot check the signature or the expiry later,
 * so a result already past `expiresAt` (or dated in the future) at publishing time is published as expired,
 * in grey and, like the SVG, without its number: only the date of that last evaluation.
 */
export function lencanaShields(entri: EntriFeed, now: Date): LencanaShields {
  const band = BAND_MONEV.find((b) => b.code === entri.band);
  // The SDK's rule and date, as the widget and the static SVG read them (past expiresAt, or evaluated in
  // the future; the date in the body's zone).
  const data = lencanaDariFeed(entri, now);
  const berlaku = data.state === 'terkini';
  return {
    schemaVersion: 1,
    label: 'keterbukaan informasi',
    message: berlaku
      ? `${formatSkor(entri.score, 'id')} · ${band?.label.id ?? entri.band}`
      : `kedaluwarsa · terakhir ${formatTanggalLencana(data.asOf, 'id', 'short')}`,
    color: berlaku && band ? band.colour.fill.replace('#', '') : ABU,
    cacheSeconds: 3600,
  };
}

/**
 * Shields' endpoint JSON for a body the monitor could not assess: grey, no number, and why in the badge's
 * few words (robots.txt, a refused local address, …).
 */
export function lencanaShieldsTidakDinilai(sebab: TidakDinilai): LencanaShields {
  return {
    schemaVersion: 1,
    label: 'keterbukaan informasi',
    message: `tidak dapat dinilai (${SEBAB_TIDAK_DINILAI[sebabTidakDinilai(sebab)].singkat.id})`,
    color: ABU,
    cacheSeconds: 3600,
  };
}

/**
 * The static badge of a body the monitor could not assess: the SDK's grey layout (no number) with its
 * own words — the date of the scan and why, in the words the report uses — so an `<img>` of it on the
 * body's site says why instead of breaking, and never shows a score.
 */
export function svgTidakDinilai(nama: string, tanggal: Tanggal, sebab: TidakDinilai): string {
  const t = tataLetakLencana({
    agencyName: nama,
    score: 0,
    band: 'tidak-informatif',
    asOf: tanggal,
    source: 'pemantauan',
    state: 'kedaluwarsa',
  });
  const kata = SEBAB_TIDAK_DINILAI[sebabTidakDinilai(sebab)];
  // The layout's words at the right: the heading, the date line, the source.
  const [judul, baris2, sumber] = t.texts.filter((x) => x.anchor === 'start');
  const ganti = new Map([
    [judul, 'Tidak dapat dinilai'],
    [baris2, `dipindai ${formatTanggalLencana(tanggal, 'id', 'short')}`],
    // Not "Hasil pemantauan": there is no result; why, in a few words (the evidence page says it in full).
    [sumber, kata.singkat.id],
  ]);
  return svgDariTataLetak({
    ...t,
    label: `${nama}: keterbukaan informasi tidak dapat dinilai pemantau pada pemindaian ${formatTanggalLencana(tanggal, 'id', 'long')}, karena ${kata.klausa.id}; rinciannya di halaman bukti.`,
    texts: t.texts.map((x) => (ganti.has(x) ? { ...x, text: ganti.get(x)! } : x)),
  });
}
