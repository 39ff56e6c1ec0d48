// Test helper: a small but complete scan record, for the history and scan-run tests.
import type { KodeBand } from '@terbuka/sdk';
import type { CatatanPindai } from '../types.js';
import { RIWAYAT_FORMAT, RIWAYAT_VERSION } from '../types.js';

export function catatanContoh(
  agencyId: string,
  scannedAt: string,
  ubah: {
    score?: number;
    band?: KodeBand;
    unreachable?: boolean;
    observations?: CatatanPindai['observations'];
  } = {},
): CatatanPindai {
  return {
    format: RIWAYAT_FORMAT,
    version: RIWAYAT_VERSION,
    agencyId,
    agency: { name: `Badan ${agencyId}`, kind: 'opd', website: `https://${agencyId}.go.id`, social: [] },
    scannedAt,
    score: ubah.score ?? 50,
    band: ubah.band ?? 'cukup-informatif',
    methodVersion: 'monev-uji',
    catalogVersion: 'uji',
    contributions: [],
    missing: [{ id: 'berkala.profil', title: { id: 'Profil\nbadan publik', en: 'Profile "of" the body' } }],
    activity: { posts30: 1, posts90: 3, intervalClass: 'bulanan' },
    observations: ubah.observations ?? [],
    unreachable: ubah.unreachable ?? false,
  };
}
