import {
  dijawabTerlambat,
  isHariKerja,
  PASAL_17,
  tambahHari,
  tanggalDiZona,
  validasiDIP,
  type HasilBaca,
  type HurufPasal17,
  type ItemDIP,
  type OpsiKalender,
  type Tanggal,
  type Teks,
} from '@terbuka/sdk';
import { STATUS_TERBUKA, type Baris } from './db/penyimpanan.js';
import type { AgensiKonfigurasi } from './konfigurasi.js';
import { opsiKalender } from './konfigurasi.js';
import { dataRusak, riwayatBaris, waktuRusak, type DataRusak } from './data-rusak.js';

export const LAPORAN_FORMAT = 'terbuka-laporan-akses';

/** The yearly access report (UU KIP Pasal 12; berkala item e, "ringkasan laporan akses informasi"). */
export interface LaporanAkses {
  readonly format: typeof LAPORAN_FORMAT;
  readonly version: 1;
  readonly agency: { readonly id: string; readonly name: string };
  readonly year: number;
  /** The date the figures were taken; requests still open then count as pending. */
  readonly asOf: Tanggal;
  readonly requests: {
    readonly received: number;
    readonly answered: number;
    readonly pending: number;
    readonly extended: number;
    /** Answered after their (possibly extended) deadline. */
    readonly answeredLate: number;
  };
  /** Working days from receipt (day zero) to the written answer. */
  readonly timeTaken: {
    readonly medianWorkingDays: number | null;
    readonly averageWorkingDays: number | null;
    readonly maxWorkingDays: number | null;
  };
  readonly outcomes: {
    readonly granted: number;
    readonly grantedPartly: number;
    readonly refused: number;
    readonly notHeld: number;
  };
  /** Refusals (and partial grants) by Pasal 17 ground; one request may cite several. */
  readonly refusalGrounds: readonly {
    readonly letter: HurufPasal17;
    readonly title: Teks;
    readonly count: number;
  }[];
  /**
   * Objections received in the year and the Atasan PPID's decisions on them (putusan-keberatan): `decided`
   * also counts an objection answered with `jawab` before the decision had its own event, which is neither
   * `upheld` nor `rejected`; `decidedLate` after the Atasan's 30 working days.
   */
  readonly objections: {
    readonly received: number;
    readonly decided: number;
    readonly upheld: number;
    readonly rejected: number;
    readonly pending: number;
    readonly decidedLate: number;
  };
  /**
   * The stored values of the year's records that cannot be read (dataRusak): record number, field, value as
   * stored. Such a record is still counted where it can be. A time that is no time: counted (received,
   * answered, outcomes, grounds, decided), only its working days and whether it was late left out. A date of
   * receipt that is no date: only its working days left out. A history that cannot be read: counted as
   * received, and as answered (an objection: decided) when its status column says the office owes no answer
   * any more; its outcome, grounds, extension, working days and lateness are not known, so the outcomes may
   * add up to fewer than `answered`. A request body or receipt that cannot be read: counted in full (the
   * report reads neither). Empty when every value reads.
   */
  readonly problems: readonly DataRusak[];
}

interface PeristiwaJawab {
  readonly at: string;
  readonly type: 'jawab';
  readonly outcome: 'dikabulkan' | 'dikabulkan-sebagian' | 'ditolak' | 'tidak-dikuasai';
  readonly grounds?: readonly HurufPasal17[];
  /** Set by the SDK when the answer came after the due date in force. */
  readonly late?: boolean;
}

/** Working days after `dari` up to and including `sampai` (0 when answered on the day of receipt). */
export function hariKerjaAntara(dari: Tanggal, sampai: Tanggal, opsi: OpsiKalender): number {
  let n = 0;
  for (let t = tambahHari(dari, 1); t <= sampai; t = tambahHari(t, 1)) if (isHariKerja(t, opsi)) n++;
  return n;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const bulat1 = (x: number) => Math.round(x * 10) / 10;

export function hitungLaporan(
  agensi: AgensiKonfigurasi,
  tahun: number,
  baris: readonly Baris[],
  sekarang: Date,
): LaporanAkses {
  const opsi = opsiKalender(agensi);
  const permintaan = baris.filter(
    (b) => b.kind === 'permintaan' && b.agency === agensi.id && b.year === tahun,
  );
  const lama: number[] = [];
  let jumlahJawab = 0;
  const hasil = { granted: 0, grantedPartly: 0, refused: 0, notHeld: 0 };
  const alasan = new Map<HurufPasal17, number>();
  let diperpanjang = 0;
  let terlambat = 0;
  const masalah: DataRusak[] = [];
  // Without a history, the status column alone says whether the office still owes the answer.
  const dijawabMenurutStatus = (b: Baris) => !(STATUS_TERBUKA as readonly string[]).includes(b.status);
  for (const b of permintaan) {
    const r = riwayatBaris(b);
    const rusak = dataRusak(b);
    masalah.push(...rusak);
    if (!r) {
      if (dijawabMenurutStatus(b)) jumlahJawab++;
      continue;
    }
    // A time that is no time: counted as answered, but no working days or lateness guessed for it; a date of
    // receipt that is no date: no working days (lateness needs only the history's due dates).
    const waktuBaik = !rusak.some(waktuRusak);
    const events = r.events as readonly { type: string; at: string }[];
    if (events.some((e) => e.type === 'perpanjang')) diperpanjang++;
    const jawab = events.find((e) => e.type === 'jawab') as PeristiwaJawab | undefined;
    if (!jawab) continue;
    jumlahJawab++;
    if (waktuBaik && !rusak.some((w) => w.field === 'receivedOn')) {
      const pada = tanggalDiZona(new Date(jawab.at), agensi.timeZone);
      lama.push(hariKerjaAntara(b.receivedOn, pada, opsi));
    }
    // The SDK's judgement, not the stored flag: an extension recorded after the due date does not count.
    if (waktuBaik && dijawabTerlambat(r, opsi) === true) terlambat++;
    if (jawab.outcome === 'dikabulkan') hasil.granted++;
    else if (jawab.outcome === 'dikabulkan-sebagian') hasil.grantedPartly++;
    else if (jawab.outcome === 'ditolak') hasil.refused++;
    else hasil.notHeld++;
    for (const g of jawab.grounds ?? []) alasan.set(g, (alasan.get(g) ?? 0) + 1);
  }
  const terjawab = jumlahJawab;
  const diukur = lama.length;
  const keberatan = { received: 0, decided: 0, upheld: 0, rejected: 0, pending: 0, decidedLate: 0 };
  for (const b of baris) {
    if (b.kind !== 'keberatan' || b.agency !== agensi.id || b.year !== tahun) continue;
    keberatan.received++;
    const rusak = dataRusak(b);
    masalah.push(...rusak);
    const riwayat = riwayatBaris(b);
    if (!riwayat) {
      // Decided or not by its status column; upheld or rejected is not known.
      if (dijawabMenurutStatus(b)) keberatan.decided++;
      else keberatan.pending++;
      continue;
    }
    const waktuBaik = !rusak.some(waktuRusak);
    // The row's kind decides whose answer it is (a history need not carry its kind).
    const r = { ...riwayat, kind: 'keberatan' as const };
    const putusan = r.events.find((e) => e.type === 'putusan-keberatan');
    if (!putusan && !r.events.some((e) => e.type === 'jawab')) {
      keberatan.pending++;
      continue;
    }
    keberatan.decided++;
    if (putusan?.decision === 'dikabulkan') keberatan.upheld++;
    else if (putusan?.decision === 'ditolak') keberatan.rejected++;
    if (waktuBaik && dijawabTerlambat(r, opsi) === true) keberatan.decidedLate++;
  }
  return {
    format: LAPORAN_FORMAT,
    version: 1,
    agency: { id: agensi.id, name: agensi.name },
    year: tahun,
    asOf: tanggalDiZona(sekarang, agensi.timeZone),
    requests: {
      received: permintaan.length,
      answered: terjawab,
      pending: permintaan.length - terjawab,
      extended: diperpanjang,
      answeredLate: terlambat,
    },
    timeTaken: {
      medianWorkingDays: median(lama),
      averageWorkingDays: diukur === 0 ? null : bulat1(lama.reduce((a, b) => a + b, 0) / diukur),
      maxWorkingDays: diukur === 0 ? null : Math.max(...lama),
    },
    outcomes: hasil,
    refusalGrounds: PASAL_17.filter((p) => alasan.has(p.letter)).map((p) => ({
      letter: p.letter,
      title: p.title,
      count: alasan.get(p.letter)!,
    })),
    objections: keberatan,
    problems: masalah,
  };
}

function kalimat(l: LaporanAkses): string {
  const { requests: r, timeTaken: w, outcomes: o } = l;
  const bagian = [
    `Tahun ${l.year}: ${r.received} permintaan informasi diterima, ${r.answered} dijawab, ${r.pending} belum dijawab per ${l.asOf}.`,
    w.medianWorkingDays === null
      ? 'Belum ada permintaan yang dijawab.'
      : `Waktu layanan: median ${w.medianWorkingDays} hari kerja, rata-rata ${w.averageWorkingDays} hari kerja.`,
    `Dikabulkan seluruhnya ${o.granted}, dikabulkan sebagian ${o.grantedPartly}, ditolak ${o.refused}, tidak dikuasai ${o.notHeld}.`,
  ];
  if (l.refusalGrounds.length > 0) {
    bagian.push(
      `Alasan penolakan: ${l.refusalGrounds.map((g) => `Pasal 17 huruf ${g.letter} (${g.title.id}) ${g.count}`).join('; ')}.`,
    );
  }
  const k = l.objections;
  bagian.push(
    `Keberatan diterima: ${k.received}; diputus Atasan PPID ${k.decided} (dikabulkan ${k.upheld}, ditolak ${k.rejected}), belum diputus ${k.pending}.`,
  );
  return bagian.join(' ');
}

/**
 * The report as a DIP entry (berkala, fulfilling `berkala.laporan-akses-informasi`), with the SDK's own
 * validation of a one-item document of the agency, so the office can publish it as it is.
 */
export function itemDIPLaporan(
  agensi: AgensiKonfigurasi,
  l: LaporanAkses,
): { item: ItemDIP; validation: Pick<HasilBaca, 'ok' | 'errors' | 'warnings'> } {
  const item: ItemDIP = {
    id: `laporan-akses-informasi-${l.year}`,
    title: `Laporan Akses Informasi Publik Tahun ${l.year}`,
    summary: kalimat(l),
    category: 'berkala',
    fulfils: ['berkala.laporan-akses-informasi'],
    unit: `PPID ${agensi.name}`,
    responsible: `PPID ${agensi.name}`,
    made: { year: l.year, date: l.asOf },
    formats: ['digital'],
    media: ['website'],
    updated: l.asOf,
  };
  const v = validasiDIP({
    format: 'terbuka-dip',
    version: 1,
    agency: { id: agensi.id, name: agensi.name, kind: agensi.kind, timeZone: agensi.timeZone },
    items: [item],
  });
  return { item, validation: { ok: v.ok, errors: v.errors, warnings: v.warnings } };
}
