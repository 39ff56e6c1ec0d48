// The scan record: the observations and dates of every source, scored by the SDK's nilaiPemantauan.
import { nilaiPemantauan, ringkasAktivitas, type DokumenDIP, type Instan, type Teks } from '@terbuka/sdk';
import {
  RIWAYAT_FORMAT,
  RIWAYAT_VERSION,
  type Agensi,
  type CatatanPindai,
  type Pengamatan,
} from '../types.js';
import { bersih } from './konteks.js';

export function catatan(
  agensi: Agensi,
  now: Date,
  r: {
    observations: Pengamatan[];
    tanggal: readonly Instan[];
    doc?: DokumenDIP;
    dip?: CatatanPindai['dip'];
    dipFailure?: Teks;
    endpoint?: CatatanPindai['endpoint'];
    unreachable: boolean;
    notAssessed?: CatatanPindai['notAssessed'];
  },
): CatatanPindai {
  const activity = ringkasAktivitas(r.tanggal, now, agensi.timeZone);
  const nilai = nilaiPemantauan(r.doc, activity, now, {
    agency: bersih({ id: agensi.id, name: agensi.name, kind: agensi.kind, timeZone: agensi.timeZone }),
    ...(r.dipFailure ? { dipFailure: r.dipFailure } : {}),
  });
  return bersih({
    format: RIWAYAT_FORMAT,
    version: RIWAYAT_VERSION,
    agencyId: agensi.id,
    agency: bersih({
      name: agensi.name,
      kind: agensi.kind,
      parent: agensi.parent,
      website: agensi.website,
      social: agensi.social,
      timeZone: agensi.timeZone,
    }),
    scannedAt: now.toISOString(),
    score: nilai.total,
    band: nilai.band.code,
    methodVersion: nilai.methodVersion,
    catalogVersion: nilai.catalogVersion,
    contributions: nilai.contributions,
    missing: nilai.missing.map((i) => ({ id: i.id, title: i.title })),
    dip: r.dip,
    activity,
    endpoint: r.endpoint,
    observations: r.observations,
    unreachable: r.unreachable,
    notAssessed: r.notAssessed,
  });
}
