import Papa from 'papaparse';
import {
  dijawabTerlambat,
  waktuTersimpanDiZona,
  type Keberatan,
  type OpsiKalender,
  type Permintaan,
} from '@terbuka/sdk';
import type { Baris } from './db/penyimpanan.js';
import { dataRusak, isiBaris, jenisData, riwayatBaris, waktuRusak } from './data-rusak.js';

const KOLOM = [
  'Nomor Pendaftaran',
  'Jenis',
  'Badan Publik',
  'Diterima',
  'Tanggal Diterima',
  'Jenis Pemohon',
  'Nama Pemohon',
  'Rincian Informasi / Kasus Posisi',
  'Tujuan Penggunaan',
  'Status',
  'Tenggat',
  'Hasil',
  'Alasan Penolakan (Pasal 17)',
  'Pemegang Informasi',
  'Dijawab',
  'Dijawab Terlambat',
  'Diperpanjang',
  'Alasan Perpanjangan',
  // The Atasan PPID's decision on an objection: on the objection's row, and on the row of the request it
  // was recorded on. Last, so the columns before keep their places.
  'Putusan Keberatan',
  'Alasan Putusan Keberatan',
  'Diputus Oleh',
  'Diputus',
  // What a refusal states besides its Pasal 17 letters (the SDK's DASAR_PENOLAKAN): the consequence of
  // disclosure, and the other law of ground j. Empty on an answer recorded before they were asked for.
  'Konsekuensi',
  'Undang-Undang Lain',
  // The answer's note: for a partial grant, the withheld parts and why (UU KIP Pasal 22 ayat 7) when no
  // Pasal 17 ground says it; else whatever the officer wrote with the answer.
  'Catatan Jawaban',
  // A stored value of the record that cannot be read (dataRusak): which field and its value, as stored. A
  // time or the date of receipt is shown in its column as it is; a history that is no history leaves the
  // columns only it holds (Hasil, Dijawab …) empty. "Dijawab Terlambat" is empty when a time or the history
  // cannot be read: it cannot be judged then (a date of receipt is not needed for it). A request body that is
  // no JSON object leaves its columns (Jenis Pemohon, Nama Pemohon, Rincian …) empty; a receipt is not shown.
  'Catatan Data',
] as const;

/**
 * A cell a spreadsheet could run as a formula: one that starts with = + - @ or a tab, CR or LF (OWASP's
 * CSV-injection list, plus LF), also after leading whitespace, because Excel and LibreOffice trim
 * spaces before they look for a formula and a pasted value often begins with one. Papaparse's own
 * `escapeFormulae: true` is `/^[=+\-@\t\r].*$/` without the `s` flag: `.` does not cross a newline,
 * so `=HYPERLINK(…)⏎text` did not match and went out as a live formula. This test has no `.*`, so a
 * newline anywhere later cannot stop it. The price is a `'` before the odd text that starts with
 * "-" — the register holds no numbers a spreadsheet must add up.
 */
export const RUMUS_SPREADSHEET = /^\s*[=+\-@\t\r\n]/;

/**
 * The register as CSV (papaparse), for the office's own books. Names are in it; NIK, phone and e-mail
 * are not — a spreadsheet travels further than the database. Cells that a spreadsheet would run as a
 * formula (=, +, -, @ …) are escaped. A BOM lets Excel read the UTF-8. `opsi`: each agency's calendar
 * options; every time is written in its zone with the offset (`2026-03-16T09:00:00+07:00`), as the receipt
 * writes the time of receipt, and "Dijawab Terlambat" is the SDK's dijawabTerlambat on its calendar. An
 * objection's row is answered by the Atasan PPID's decision ("Dijawab", "Dijawab Terlambat", and the
 * decision's own columns), or — stored before the decision had its event — by a `jawab`, shown as "Hasil".
 * A stored value that cannot be read (dataRusak: a time, the date of receipt, the history, the body, the
 * receipt) does not stop the export: the record's row carries what can be shown (a time or date as stored;
 * without a readable history, the columns of its events empty; without a readable body, the requester's), "Dijawab Terlambat" empty, and "Catatan Data" names the field and value.
 */
export function eksporCSV(baris: readonly Baris[], opsi: (agency: string) => OpsiKalender): string {
  const data = baris.map((b) => {
    const isi = isiBaris(b) as Partial<Permintaan> & Partial<Keberatan>;
    const riwayat = riwayatBaris(b);
    const o = opsi(b.agency);
    const events = (riwayat?.events ?? []) as readonly {
      type: string;
      at: string;
      outcome?: string;
      grounds?: readonly string[];
      holder?: string;
      reason?: string;
      decision?: string;
      decidedBy?: string;
      consequence?: string;
      otherLaw?: string;
      note?: string;
    }[];
    // The SDK's one normaliser of stored times; a stored value that is no time stays as it is, not a 500.
    const waktu = (at: string | undefined) =>
      at ? waktuTersimpanDiZona(at, o.timeZone ?? 'Asia/Jakarta') : '';
    const jawab = events.find((e) => e.type === 'jawab');
    const perpanjang = events.find((e) => e.type === 'perpanjang');
    const putusan = events.find((e) => e.type === 'putusan-keberatan');
    const rusak = dataRusak(b);
    // The row's kind decides whose answer it is (a history need not carry its kind). Not judged on a value
    // that cannot be read: the SDK's calendar would throw, and the whole register would be lost for one record.
    // The date of receipt is not needed for it (the history holds the due dates).
    const takDinilai = !riwayat || rusak.some(waktuRusak);
    const terlambat = takDinilai ? undefined : dijawabTerlambat({ ...riwayat, kind: b.kind }, o);
    const dijawab = b.kind === 'keberatan' ? (putusan ?? jawab) : jawab;
    return [
      b.number,
      b.kind,
      b.agency,
      waktu(b.receivedAt),
      b.receivedOn,
      isi.requester?.kind ?? '',
      isi.requester?.name ?? '',
      b.kind === 'permintaan'
        ? (isi.information ?? '')
        : `${isi.requestNumber ?? ''}: ${isi.caseSummary ?? ''}`,
      isi.purpose ?? '',
      b.status,
      b.deadline,
      jawab?.outcome ?? '',
      (jawab?.grounds ?? []).join(' '),
      jawab?.holder ?? '',
      waktu(dijawab?.at),
      terlambat === undefined ? '' : terlambat ? 'ya' : 'tidak',
      waktu(perpanjang?.at),
      perpanjang?.reason ?? '',
      putusan?.decision ?? '',
      putusan?.reason ?? '',
      putusan?.decidedBy ?? '',
      waktu(putusan?.at),
      jawab?.consequence ?? '',
      jawab?.otherLaw ?? '',
      jawab?.note ?? '',
      rusak.map((w) => `${jenisData(w.field).id} tak terbaca: ${w.field} = "${w.value}"`).join('; '),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...KOLOM], data }, { escapeFormulae: RUMUS_SPREADSHEET, newline: '\r\n' })}\r\n`;
}
