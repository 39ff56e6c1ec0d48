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

/** A stored JSON value as its text for a problem: as stored when no JSON, cut at PANJANG_NILAI characters. */
function teksNilai(v: unknown): string {
  const teks = v instanceof JsonRusak ? v.teks : (JSON.stringify(v) ?? String(v));
  return teks.length > PANJANG_NILAI ? `${teks.slice(0, PANJANG_NILAI)}…` : teks;
}

const obyek = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonRusak);

/**
 * The record's request body (what the citizen sent: requester, information …) when it is a JSON object, else
 * an empty one: a listing or an export shows the columns' own values and leaves the body's empty.
 */
export function isiBaris(b: Baris): Record<string, unknown> {
  return obyek(b.body) ? b.body : {};
}

/**
 * The stored JSON values a single record cannot be shown or recorded on without: its history (riwayatTerbaca),
 * its body and its receipt (each a JSON object). Empty when all three read.
 */
export function jsonRusak(b: Baris): DataRusak[] {
  return dataRusak(b).filter((w) => w.field === 'history' || w.field === 'body' || w.field === 'receipt');
}

/** The record's history when the rules can read it (riwayatTerbaca), else undefined. */
export function riwayatBaris(b: Baris): Riwayat | undefined {
  return riwayatTerbaca(b.history) ? b.history : undefined;
}

/**
 * The stored values of a record that cannot be read: `receivedAt` (no time), `receivedOn` (no date),
 * `history` (no JSON, or JSON that is no history: then its events are not looked at), and each event's `at`
 * by its place in the history (`history.events[1].at`), `body` and `receipt` (no JSON, or JSON that is no
 * object). An export, a report or a listing carries such a
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
  if (!r) tambah('history', teksNilai(b.history));
  else r.events.forEach((e, i) => waktu(`history.events[${i}].at`, e.at));
  // The request as sent and its receipt: JSON objects (no JSON, or JSON that is no object, cannot be shown).
  if (!obyek(b.body)) tambah('body', teksNilai(b.body));
  if (!obyek(b.receipt)) tambah('receipt', teksNilai(b.receipt));
  return hasil;
}

/** Whether the problem is a time (`receivedAt`, an event's `at`): then working days and lateness cannot be judged. */
export const waktuRusak = (w: DataRusak): boolean =>
  w.field === 'receivedAt' || w.field.startsWith('history.events[');

/** What kind of value it is, by its field: a history, a body, a receipt, a date (`receivedOn`), else a time. */
export function jenisData(field: string): Teks {
  if (field === 'history') return { id: 'riwayat', en: 'history' };
  if (field === 'body') return { id: 'isi permohonan', en: 'request body' };
  if (field === 'receipt') return { id: 'tanda bukti', en: 'receipt' };
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

/**
 * A record needed for what was asked cannot be read (jsonRusak: its history, body or receipt): thrown where it
 * is found (e.g. the request an objection's decision is also recorded on), answered by the route as a worded
 * 409 `record.unreadable` naming that record; nothing is written.
 */
export class CatatanTakTerbaca extends Error {
  override readonly name = 'CatatanTakTerbaca';
  constructor(readonly baris: Baris) {
    super(`catatan ${baris.number} tak terbaca / record ${baris.number} unreadable`);
  }
}
