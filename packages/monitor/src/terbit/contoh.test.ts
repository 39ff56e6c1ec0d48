// Scan records for the publishing and report tests (no tests of its own): what `terbuka monitor scan`
// appends, written out by hand; and the registry entry and page reading the scan-and-publish tests share.
import { bandMonev, METODE_PEMANTAUAN_VERSI, type JenisBadanPublik } from '@terbuka/sdk';
import { RIWAYAT_FORMAT, RIWAYAT_VERSION, type Agensi, type CatatanPindai } from '../types.js';

export function catatan(
  agencyId: string,
  name: string,
  kind: JenisBadanPublik,
  score: number,
  scannedAt: string,
  lain: Partial<CatatanPindai> = {},
): CatatanPindai {
  const dip = Math.round(score * 0.8 * 10) / 10;
  return {
    format: RIWAYAT_FORMAT,
    version: RIWAYAT_VERSION,
    agencyId,
    agency: {
      name,
      kind,
      website: `https://${agencyId}.sukamajukab.go.id/`,
      social: [
        {
          platform: 'youtube',
          url: 'https://www.youtube.com/@contoh',
          feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1',
        },
        { platform: 'instagram', url: 'https://www.instagram.com/contoh' },
      ],
    },
    scannedAt,
    score,
    band: bandMonev(score).code,
    methodVersion: METODE_PEMANTAUAN_VERSI,
    catalogVersion: '2026.1',
    contributions: [
      {
        code: 'cakupan-berkala',
        label: { id: 'Cakupan item wajib berkala', en: 'Coverage of mandatory periodic items' },
        why: { id: 'Kewajiban inti UU KIP Pasal 9.', en: 'The core duty of UU KIP Article 9.' },
        weight: 80,
        points: dip,
        fraction: dip / 80,
        reason: { id: '7 dari 11 item wajib berkala tersedia.', en: '7 of 11 mandatory periodic items.' },
      },
      {
        code: 'aktivitas',
        label: { id: 'Keaktifan situs', en: 'Website activity' },
        why: { id: 'Situs yang hidup diperbarui rutin.', en: 'A living site is updated regularly.' },
        weight: 20,
        points: Math.round((score - dip) * 10) / 10,
        fraction: (score - dip) / 20,
        reason: { id: '4 pos dalam 30 hari terakhir.', en: '4 posts in the last 30 days.' },
      },
    ],
    missing: [{ id: 'berkala.lhkpn', title: { id: 'LHKPN pejabat', en: 'Officials’ asset reports' } }],
    dip: {
      url: `https://${agencyId}.sukamajukab.go.id/dip.json`,
      format: 'json',
      items: 24,
      errors: 0,
      warnings: 2,
    },
    activity: {
      lastUpdateAt: scannedAt,
      daysSinceLastUpdate: 3,
      posts30: 4,
      posts90: 11,
      intervalClass: 'mingguan',
    },
    endpoint: { url: `https://${agencyId}.sukamajukab.go.id/api/`, ok: true, status: 200 },
    observations: [
      {
        kind: 'dip',
        url: `https://${agencyId}.sukamajukab.go.id/dip.json`,
        fetchedAt: scannedAt,
        status: 200,
        hash: 'a'.repeat(64),
        claimedAt: scannedAt,
      },
      {
        kind: 'sitemap',
        url: `https://${agencyId}.sukamajukab.go.id/sitemap.xml`,
        fetchedAt: scannedAt,
        status: 404,
        failure: {
          reason: 'http',
          status: 404,
          message: { id: 'HTTP 404: tidak ditemukan.', en: 'HTTP 404: not found.' },
        },
      },
    ],
    unreachable: false,
    ...lain,
  };
}

/** Lines of a history file. */
export const jsonl = (c: readonly CatatanPindai[]): string =>
  c.map((x) => JSON.stringify(x)).join('\n') + '\n';

/** A registry entry: an OPD whose site is `website` (a test server's base), its DIP at /dip.json. */
export const agensiOpd = (
  id: string,
  name: string,
  website: string,
  dipUrl = `${website}/dip.json`,
): Agensi => ({
  id,
  name,
  kind: 'opd',
  website: `${website}/`,
  dipUrls: [dipUrl],
  wordpress: false,
  social: [],
});

/** A published page with its whitespace runs made one space, so tests can look for sentences. */
export const rata = (s: string): string => s.replace(/\s+/g, ' ');
