import { riwayatTerbaca, tanggalValid, waktuTerbaca, type Riwayat, type Teks } from '@terbuka/sdk';
import { JsonRusak, type Baris } from './db/penyimpanan.js';

/**
 * A stored value of a record that cannot be read (the SDK's waktuTerbaca, tanggalValid, riwayatTerbaca): the
 * record, the field, the value as stored (a history's text cut at PANJANG_NILAI characters).
 */
export interface DataRusak {
  readonly number: string;
  readonly field: string;
  readonly value: string;
}

/** A history can be kilobytes: its first characters say enough of what is there. */
const PANJANG_NILAI = 200;

/** The record's history when the rules can read it (riwayatTerbaca), else undefined. */
export function riwayatBaris(b: Baris): Riwayat | undefined {
  return riwayatTerbaca(b.history) ? b.history : undefined;
}

/**
 * The stored values of a record that cannot be read: `receivedAt` (no time), `receivedOn` (no date),
 * `history` (no JSON, or JSON that is no history: then its events are not looked at), and each event's `at`
 * by its place in the history (`history.events[1].at`). An export, a report or a listing carries such a
 * record with what can be shown, and lists it here rather than failing on it; the route logs each one.
 */
export function dataRusak(b: Baris): DataRusak[] {
  const hasil: DataRusak[] = [];
  const tambah = (field: string, value: string) => hasil.push({ number: b.number, field, value });
  const waktu = (field: string, v: unknown) => {
    if (!waktuTerbaca(v)) tambah(field, String(v ?? ''));
  };
  waktu('receivedAt', b.receivedAt);
  if (!tanggalValid(b.receivedOn)) tambah('receivedOn', String(b.receivedOn ?? ''));
  const r = riwayatBaris(b);
  if (!r) {
    const teks = b.history instanceof JsonRusak ? b.history.teks : JSON.stringify(b.history);
    tambah('history', teks.length > PANJANG_NILAI ? `${teks.slice(0, PANJANG_NILAI)}…` : teks);
  } else r.events.forEach((e, i) => waktu(`history.events[${i}].at`, e.at));
  return hasil;
}

/** What kind of value it is, by its field: a history, a date (`receivedOn`), else a time. */
export function jenisData(field: string): Teks {
  if (field === 'history') return { id: 'riwayat', en: 'history' };
  if (field === 'receivedOn') return { id: 'tanggal', en: 'date' };
  return { id: 'waktu', en: 'time' };
}

/** Each unreadable stored value as one warning in the server log: which record, which field, what is there. */
export function catatDataRusak(
  log: { warn: (o: object, pesan: string) => void },
  daftar: readonly DataRusak[],
): void {
  for (const w of daftar) {
    const j = jenisData(w.field);
    log.warn(
      { nomor: w.number, field: w.field, value: w.value.slice(0, 100) },
      `${j.id} tersimpan tak terbaca / unreadable stored ${j.en}`,
    );
  }
}
