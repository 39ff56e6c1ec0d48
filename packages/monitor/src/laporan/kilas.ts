import type { Bahasa, ZonaWaktu } from '@terbuka/sdk';
import { html, type HTMLAman } from './html.js';
import { formatSkor, formatTanggal } from './format.js';
import { KATA } from './kata.js';

const LEBAR = 240;
const TINGGI = 48;
const TEPI = 4;

/**
 * The score history as an inline SVG sparkline (time on x, 0–100 on y). It carries its own text
 * alternative; the page also lists every point in a table.
 */
export function garisKilas(
  titik: readonly { at: string; score: number }[],
  id: string,
  zona?: ZonaWaktu,
  b: Bahasa = 'id',
): HTMLAman {
  if (titik.length === 0) return html``;
  const t = titik.map((p) => Date.parse(p.at));
  const awal = Math.min(...t);
  const rentang = Math.max(...t) - awal || 1;
  const xy = titik.map((p, i) => {
    const x = titik.length === 1 ? LEBAR / 2 : TEPI + ((t[i]! - awal) / rentang) * (LEBAR - 2 * TEPI);
    const y = TEPI + (1 - p.score / 100) * (TINGGI - 2 * TEPI);
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as const;
  });
  const pertama = titik[0]!;
  const akhir = titik[titik.length - 1]!;
  const [ax, ay] = xy[xy.length - 1]!;
  const skor = (n: number): string => formatSkor(n, b);
  const tanggal = (iso: string): string => formatTanggal(iso, zona, b);
  const teks =
    titik.length === 1
      ? KATA.kilasSatu[b](skor(akhir.score), tanggal(akhir.at))
      : KATA.kilasBanyak[b](
          titik.length,
          skor(pertama.score),
          tanggal(pertama.at),
          skor(akhir.score),
          tanggal(akhir.at),
          skor(Math.min(...titik.map((p) => p.score))),
          skor(Math.max(...titik.map((p) => p.score))),
        );
  return html`<svg
    class="kilas"
    xmlns="http://www.w3.org/2000/svg"
    width="${LEBAR}"
    height="${TINGGI}"
    viewBox="0 0 ${LEBAR} ${TINGGI}"
    role="img"
    aria-labelledby="${id}"
  >
    <title id="${id}">${teks}</title>
    <rect x="0.5" y="0.5" width="${LEBAR - 1}" height="${TINGGI - 1}" fill="#ffffff" stroke="#d9e2ec" />
    <polyline
      points="${xy.map(([x, y]) => `${x},${y}`).join(' ')}"
      fill="none"
      stroke="#0b4f8a"
      stroke-width="2"
      stroke-linejoin="round"
      stroke-linecap="round"
    />
    <circle cx="${ax}" cy="${ay}" r="3" fill="#0b4f8a" />
  </svg>`;
}
