import { waktuTerbaca } from '@terbuka/sdk';
import type { Baris } from './db/penyimpanan.js';

/** A stored time that is no time (the SDK's waktuTerbaca): the record, the field, the value as stored. */
export interface WaktuRusak {
  readonly number: string;
  readonly field: string;
  readonly value: string;
}

/**
 * The stored times of a record that are no time: `receivedAt`, and each event's `at` by its place in the
 * history (`history.events[1].at`). An export or a report carries such a record, its value as stored, and
 * lists it here rather than failing on it; the route logs each one.
 */
export function waktuRusak(b: Baris): WaktuRusak[] {
  const hasil: WaktuRusak[] = [];
  const tambah = (field: string, v: unknown) => {
    if (!waktuTerbaca(v)) hasil.push({ number: b.number, field, value: String(v ?? '') });
  };
  tambah('receivedAt', b.receivedAt);
  const events = (b.history as { events?: readonly { at?: unknown }[] }).events ?? [];
  events.forEach((e, i) => tambah(`history.events[${i}].at`, e.at));
  return hasil;
}

/** Each unreadable stored time as one warning in the server log: which record, which field, what is there. */
export function catatWaktuRusak(
  log: { warn: (o: object, pesan: string) => void },
  daftar: readonly WaktuRusak[],
): void {
  for (const w of daftar)
    log.warn(
      { nomor: w.number, field: w.field, value: w.value.slice(0, 100) },
      'waktu tersimpan tak terbaca / unreadable stored time',
    );
}
