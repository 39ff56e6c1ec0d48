import { formatAngka, pilihTeks, tanggalTeks, type Bahasa, type Teks } from '../i18n/teks.js';
import { formatSkor } from '../lencana/tata-letak.js';
import type { Tanggal } from '../dip/types.js';
import type { BandMonev } from './band.js';
import type { ItemKatalogInti } from '../standard/types.js';
import { periksaHasilNilai, type HasilNilai } from './nilai.js';
import { URUTAN_KOMPONEN } from './bobot.js';

/** One row of the evidence: a component, its weight, the points earned and why. */
export interface BarisPenjelasan {
  readonly code: string;
  readonly label: Teks;
  readonly weight: number;
  readonly points: number;
  readonly reason: Teks;
  readonly why: Teks;
}

/** The evidence behind a score, the page a badge links to. */
export interface Penjelasan {
  readonly title: Teks;
  readonly total: number;
  readonly band: BandMonev;
  readonly methodVersion: string;
  readonly catalogVersion: string;
  readonly evaluatedOn: Tanggal;
  readonly rows: readonly BarisPenjelasan[];
  /** Every mandatory berkala item not covered, by catalog id and title. */
  readonly missing: readonly { readonly id: string; readonly title: Teks }[];
  readonly notes: readonly Teks[];
}

export function jelaskan(hasil: HasilNilai<ItemKatalogInti>): Penjelasan {
  periksaHasilNilai('jelaskan', hasil);
  const band = hasil.band;
  // A component beyond the DIP's own (the monitor's website activity) makes it the monitor's score.
  const pemantauan = hasil.contributions.some(
    (c) => !(URUTAN_KOMPONEN as readonly string[]).includes(c.code),
  );
  const nama: Teks = pemantauan
    ? { id: 'Skor keterbukaan', en: 'Openness score' }
    : { id: 'Skor DIP', en: 'DIP score' };
  const oleh: Teks = pemantauan
    ? { id: 'Penilaian pemantauan', en: 'Monitoring assessment' }
    : { id: 'Penilaian mandiri', en: 'Self-assessment' };
  return {
    title: {
      id: `${nama.id} ${hasil.agency.name}: ${formatSkor(hasil.total, 'id')} dari 100 — ${band.label.id}`,
      en: `${nama.en} of ${hasil.agency.name}: ${formatSkor(hasil.total, 'en')} of 100 — ${band.label.en}`,
    },
    total: hasil.total,
    band,
    methodVersion: hasil.methodVersion,
    catalogVersion: hasil.catalogVersion,
    evaluatedOn: hasil.evaluatedOn,
    rows: hasil.contributions.map((c) => ({
      code: c.code,
      label: c.label,
      weight: c.weight,
      points: c.points,
      reason: c.reason,
      why: c.why,
    })),
    missing: hasil.missing.map((k) => ({ id: k.id, title: k.title })),
    notes: [
      {
        id:
          `${oleh.id} dengan metode Terbuka ${hasil.methodVersion} (katalog ${hasil.catalogVersion}) ` +
          `pada ${tanggalTeks(hasil.evaluatedOn).id}; kualifikasi memakai rentang Monev Perki 1/2022, ` +
          'tetapi ini bukan hasil resmi Monev Komisi Informasi.',
        en:
          `${oleh.en} by the Terbuka method ${hasil.methodVersion} (catalog ${hasil.catalogVersion}) ` +
          `on ${tanggalTeks(hasil.evaluatedOn).en}; the qualification uses the Monev bands of Perki 1/2022, ` +
          'but this is not an official Komisi Informasi Monev result.',
      },
    ],
  };
}

/** Rows of strings for a terminal or CSV table: component, weight, points, reason. */
export function tabelPenjelasan(
  hasil: HasilNilai<ItemKatalogInti>,
  bahasa: Bahasa = 'id',
): { header: string[]; rows: string[][]; footer: string[] } {
  const p = jelaskan(hasil);
  const header =
    bahasa === 'en' ? ['Component', 'Weight', 'Points', 'Reason'] : ['Komponen', 'Bobot', 'Poin', 'Alasan'];
  const rows = p.rows.map((r) => [
    pilihTeks(r.label, bahasa),
    formatAngka(r.weight, bahasa),
    formatSkor(r.points, bahasa),
    pilihTeks(r.reason, bahasa),
  ]);
  const footer = [
    bahasa === 'en' ? 'Total' : 'Jumlah',
    formatAngka(
      p.rows.reduce((n, r) => n + r.weight, 0),
      bahasa,
    ),
    formatSkor(p.total, bahasa),
    pilihTeks(p.band.label, bahasa),
  ];
  return { header, rows, footer };
}

/** The explanation as plain text, one component per block, for a terminal or a log. */
export function teksPenjelasan(hasil: HasilNilai<ItemKatalogInti>, bahasa: Bahasa = 'id'): string {
  const p = jelaskan(hasil);
  const { header, rows, footer } = tabelPenjelasan(hasil, bahasa);
  const lebar = Math.max(
    header[0]?.length ?? 0,
    ...rows.map((r) => r[0]?.length ?? 0),
    footer[0]?.length ?? 0,
  );
  const baris = (r: readonly string[]): string =>
    `${(r[0] ?? '').padEnd(lebar)}  ${(r[2] ?? '').padStart(5)} / ${(r[1] ?? '').padStart(3)}`;
  const out = [pilihTeks(p.title, bahasa), ''];
  for (const r of rows) out.push(baris(r), `    ${r[3] ?? ''}`);
  out.push('', baris(footer), '');
  if (p.missing.length > 0) {
    out.push(bahasa === 'en' ? 'Missing mandatory periodic items:' : 'Item wajib berkala yang belum ada:');
    for (const m of p.missing) out.push(`  - ${pilihTeks(m.title, bahasa)} (${m.id})`);
    out.push('');
  }
  for (const n of p.notes) out.push(pilihTeks(n, bahasa));
  return out.join('\n');
}
