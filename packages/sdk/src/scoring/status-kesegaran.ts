import type { Teks } from '../i18n/teks.js';
import type { StatusKesegaran } from './kesegaran.js';

// Apart from kesegaran.ts: scoring and reports need these, a page showing a chip per entry does not.

export const STATUS_KESEGARAN: Readonly<Record<StatusKesegaran, Teks>> = {
  fresh: { id: 'Terkini', en: 'Fresh' },
  due: { id: 'Segera diperbarui', en: 'Due' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  delinquent: { id: 'Sangat terlambat', en: 'Delinquent' },
  unknown: { id: 'Tanpa tanggal', en: 'Unknown (no date)' },
  'not-applicable': { id: 'Tidak berlaku', en: 'Not applicable' },
};

/** Best first: used to pick the freshest of several entries that cover one catalog item. */
export const URUTAN_KESEGARAN: readonly StatusKesegaran[] = [
  'fresh',
  'due',
  'overdue',
  'delinquent',
  'unknown',
  'not-applicable',
];

/** Statuses still inside the legal cadence: the entry has not missed a renewal yet. */
export function masihBerlaku(status: StatusKesegaran): boolean {
  return status === 'fresh' || status === 'due';
}
