import { tanggalTeks, type Teks } from '../i18n/teks.js';
import type { BadanPublik, DokumenDIP, ZonaWaktu } from '../dip/types.js';
import { DIP_FORMAT, DIP_VERSION } from '../dip/types.js';
import type { JenisBadanPublik } from '../standard/types.js';
import { katalogUntuk } from '../standard/katalog.js';
import { bandMonev } from '../scoring/band.js';
import { nilaiDIPDengan, type HasilNilai, type KomponenTambahan } from '../scoring/nilai.js';
import { tanggalDiZona, ZONA_BAKU } from '../calendar/zona-tanggal.js';
import { tanggalArgumen } from '../calendar/tanggal-argumen.js';
import { LABEL_KELAS_INTERVAL } from './aktivitas.js';
import {
  AMBANG_KEBARUAN_SITUS,
  BOBOT_AKTIVITAS,
  BOBOT_PEMANTAUAN,
  KODE_AKTIVITAS,
  KOMPONEN_AKTIVITAS,
  METODE_PEMANTAUAN_VERSI,
  NILAI_KELAS_INTERVAL,
} from './bobot.js';
import type { RingkasanAktivitas } from './types.js';

const persen = (x: number): number => Math.round(x * 100);

/** Recency of the last update, 0–1: full up to 30 days, falling linearly to none at 90 days. */
function kebaruanSitus(hari: number | undefined): number {
  const { fullDays, zeroDays } = AMBANG_KEBARUAN_SITUS;
  if (hari === undefined || hari >= zeroDays) return 0;
  return hari <= fullDays ? 1 : (zeroDays - hari) / (zeroDays - fullDays);
}

/** How long ago, in days: today, yesterday, n days ago. */
function hariLalu(n: number): Teks {
  if (n === 0) return { id: 'hari ini', en: 'today' };
  if (n === 1) return { id: 'kemarin', en: 'yesterday' };
  return { id: `${n} hari lalu`, en: `${n} days ago` };
}

const kurung = (t: Teks): Teks => ({ id: ` (${t.id})`, en: ` (${t.en})` });

/**
 * The activity component: half recency of the last update, half regularity (the interval class). The
 * last update is named by its date in the agency's zone, like every date in the DIP reasons.
 */
export function komponenAktivitas(
  aktivitas: RingkasanAktivitas,
  zona: ZonaWaktu = ZONA_BAKU,
): KomponenTambahan {
  const kebaruan = kebaruanSitus(aktivitas.daysSinceLastUpdate);
  const keteraturan = NILAI_KELAS_INTERVAL[aktivitas.intervalClass];
  const { fullDays, zeroDays } = AMBANG_KEBARUAN_SITUS;
  const kelas = LABEL_KELAS_INTERVAL[aktivitas.intervalClass];
  const aturan: Teks = {
    id:
      `kebaruan: penuh bila ≤ ${fullDays} hari, 0 sejak ${zeroDays} hari; keteraturan: harian dan ` +
      'mingguan 100%, bulanan 50%, jarang 0%',
    en:
      `recency: full up to ${fullDays} days, 0 from ${zeroDays} days; regularity: daily and weekly 100%, ` +
      'monthly 50%, rare 0%',
  };
  const terakhir = aktivitas.lastUpdateAt && tanggalDiZona(new Date(aktivitas.lastUpdateAt), zona);
  const hari = aktivitas.daysSinceLastUpdate;
  const lalu = hari === undefined ? { id: '', en: '' } : kurung(hariLalu(hari));
  const reason: Teks =
    terakhir === undefined
      ? {
          id:
            'Tidak ada tanggal pembaruan yang dapat dipastikan dari situs dan kanal resminya (WordPress, ' +
            `RSS/Atom, sitemap, Last-Modified), sehingga komponen ini 0 poin (${aturan.id}).`,
          en:
            'No update date could be established from the site or its official channels (WordPress, ' +
            `RSS/Atom, sitemap, Last-Modified), so this component earns 0 (${aturan.en}).`,
        }
      : {
          id:
            `Pembaruan terakhir ${tanggalTeks(terakhir).id}${lalu.id}: ` +
            `kebaruan ${persen(kebaruan)}%. ${aktivitas.posts30} pembaruan dalam 30 hari dan ` +
            `${aktivitas.posts90} dalam 90 hari, interval ${kelas.id}: keteraturan ${persen(keteraturan)}% ` +
            `(${aturan.id}).`,
          en:
            `Last update ${tanggalTeks(terakhir).en}${lalu.en}: recency ` +
            `${persen(kebaruan)}%. ${aktivitas.posts30} update${aktivitas.posts30 === 1 ? '' : 's'} in 30 days and ${aktivitas.posts90} in ` +
            `90 days, ${kelas.en} interval: regularity ${persen(keteraturan)}% (${aturan.en}).`,
        };
  return {
    code: KODE_AKTIVITAS,
    label: KOMPONEN_AKTIVITAS.label,
    why: KOMPONEN_AKTIVITAS.why,
    weight: BOBOT_AKTIVITAS,
    fraction: (kebaruan + keteraturan) / 2,
    reason,
  };
}

export interface OpsiPemantauan {
  /** The agency as the registry names it: the registry, not the document, decides its catalog. */
  readonly agency: {
    readonly id: string;
    readonly name: string;
    readonly kind: JenisBadanPublik;
    readonly timeZone?: ZonaWaktu;
  };
  /** Why no DIP could be read (fetch failure, invalid document), shown on every DIP component. */
  readonly dipFailure?: Teks;
}

/**
 * The monitor's published score: the SDK's DIP scoring with the monitor's weights plus the activity
 * component, method `METODE_PEMANTAUAN_VERSI`. Without a DIP the DIP components earn 0 and say why. A `now`
 * that is not a valid Date (nor a real `YYYY-MM-DD` date) throws GalatArgumen naming nilaiPemantauan and `now`.
 */
export function nilaiPemantauan(
  doc: DokumenDIP | undefined,
  aktivitas: RingkasanAktivitas,
  now: Date,
  opsi: OpsiPemantauan,
): HasilNilai {
  // Here, so that the error names the function called, not nilaiDIPDengan.
  tanggalArgumen('nilaiPemantauan', 'now', now);
  const { id, name, kind, timeZone } = opsi.agency;
  const dasar: BadanPublik = doc?.agency ?? { id, name, kind };
  const agency: BadanPublik = { ...dasar, id, name, kind, timeZone: timeZone ?? dasar.timeZone };
  const dokumen: DokumenDIP = doc
    ? { ...doc, agency }
    : { format: DIP_FORMAT, version: DIP_VERSION, agency, items: [] };
  const hasil = nilaiDIPDengan(katalogUntuk(kind), dokumen, now, {
    metode: { version: METODE_PEMANTAUAN_VERSI, weights: BOBOT_PEMANTAUAN },
    tambahan: [komponenAktivitas(aktivitas, agency.timeZone)],
  });
  if (doc) return hasil;
  const sebab = opsi.dipFailure ?? { id: 'DIP tidak ditemukan.', en: 'No DIP was found.' };
  const reason: Teks = {
    id: `DIP tidak terbaca, sehingga komponen ini 0 poin. Sebab: ${sebab.id}`,
    en: `The DIP could not be read, so this component earns 0. Cause: ${sebab.en}`,
  };
  const contributions = hasil.contributions.map((c) =>
    c.code === KODE_AKTIVITAS ? c : { ...c, points: 0, fraction: 0, reason },
  );
  // The empty document already earns 0 on each DIP component; the sum is restated for certainty.
  const total = contributions.reduce((n, c) => n + Math.round(c.points * 10), 0) / 10;
  return { ...hasil, contributions, total, band: bandMonev(total) };
}
