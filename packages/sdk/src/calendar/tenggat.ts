import { INSTRUMEN } from '../standard/dasar-hukum.js';
import type { Tanggal } from '../dip/types.js';
import type { DasarHukum } from '../standard/types.js';
import { GalatMasukanKalender } from './galat.js';
import { hitungHariKerja } from './hari-kerja.js';
import type { AturanTenggat, HitunganHariKerja, JenisTenggat, OpsiKalender, Tenggat } from './types.js';

const UU_KIP = INSTRUMEN.uuKip;

const PASAL_22_AYAT_7: DasarHukum = {
  instrument: UU_KIP,
  article: 'Pasal 22 ayat (7)',
  verified: true,
  note: {
    id: 'Pemberitahuan tertulis paling lambat 10 hari kerja sejak permintaan diterima.',
    en: 'Written notice at the latest 10 working days after the request is received.',
  },
};

const PASAL_22_AYAT_8: DasarHukum = {
  instrument: UU_KIP,
  article: 'Pasal 22 ayat (8)',
  verified: true,
  note: {
    id: 'Dapat diperpanjang satu kali paling lambat 7 hari kerja berikutnya dengan alasan tertulis.',
    en: 'May be extended once by at most 7 further working days, with written reasons.',
  },
};

/**
 * The working-day deadlines of UU KIP. Durations as DOMAIN.md states them; the dispute article is
 * unconfirmed there, so it stays `verified: false` until checked against the law's official text.
 */
export const ATURAN_TENGGAT: Readonly<Record<JenisTenggat, AturanTenggat>> = {
  permintaan: {
    kind: 'permintaan',
    label: { id: 'Pemberitahuan tertulis atas permintaan informasi', en: 'Written notice on a request' },
    from: { id: 'tanggal permintaan diterima', en: 'the date the request was received' },
    workingDays: 10,
    basis: [PASAL_22_AYAT_7],
  },
  perpanjangan: {
    kind: 'perpanjangan',
    label: { id: 'Pemberitahuan tertulis setelah perpanjangan', en: 'Written notice after an extension' },
    from: { id: 'tanggal permintaan diterima', en: 'the date the request was received' },
    workingDays: 17,
    extension: 7,
    basis: [PASAL_22_AYAT_7, PASAL_22_AYAT_8],
  },
  keberatan: {
    kind: 'keberatan',
    label: { id: 'Batas pengajuan keberatan', en: 'Deadline to file an objection' },
    from: {
      id: 'tanggal alasan keberatan ditemukan (Pasal 35 ayat 1)',
      en: 'the date the ground for objection arose (Article 35(1))',
    },
    workingDays: 30,
    basis: [
      {
        instrument: UU_KIP,
        article: 'Pasal 36 ayat (1)',
        verified: true,
        note: {
          id: 'Keberatan diajukan paling lambat 30 hari kerja setelah alasannya ditemukan.',
          en: 'An objection is filed at the latest 30 working days after its ground arose.',
        },
      },
    ],
  },
  'tanggapan-keberatan': {
    kind: 'tanggapan-keberatan',
    label: { id: 'Tanggapan Atasan PPID atas keberatan', en: "The Atasan PPID's answer to an objection" },
    from: { id: 'tanggal keberatan tertulis diterima', en: 'the date the written objection was received' },
    workingDays: 30,
    basis: [
      {
        instrument: UU_KIP,
        article: 'Pasal 36 ayat (2)',
        verified: true,
        note: {
          id: 'Atasan PPID menanggapi paling lambat 30 hari kerja sejak keberatan tertulis diterima.',
          en: 'The Atasan PPID answers at the latest 30 working days after the written objection is received.',
        },
      },
    ],
  },
  sengketa: {
    kind: 'sengketa',
    label: {
      id: 'Batas pengajuan sengketa ke Komisi Informasi',
      en: 'Deadline to bring a dispute to the Komisi Informasi',
    },
    from: {
      id: 'tanggal tanggapan tertulis Atasan PPID diterima',
      en: "the date the Atasan PPID's written answer was received",
    },
    workingDays: 14,
    basis: [
      {
        instrument: UU_KIP,
        article: 'Pasal 37 ayat (2)',
        verified: false,
        note: {
          id: 'Jangka 14 hari kerja umum dipakai; nomor pasalnya belum dicocokkan dengan naskah resmi.',
          en: 'The 14-working-day period is widely used; the article number is not yet checked against the official text.',
        },
      },
    ],
    // An objection left unanswered is a dispute too; DOMAIN.md has no confirmed article for its start.
    unanswered: {
      from: {
        id: 'hari terakhir Atasan PPID wajib menanggapi keberatan, bila tidak ada tanggapan',
        en: "the Atasan PPID's last day to answer the objection, when no answer came",
      },
      basis: [
        {
          instrument: UU_KIP,
          article: 'Pasal 37 ayat (2)',
          verified: false,
          note: {
            id: 'Keberatan yang tidak ditanggapi Atasan PPID dalam 30 hari kerja dapat diajukan sebagai sengketa dalam 14 hari kerja sejak batas tanggapan itu; pasal dan titik awal hitungannya belum dicocokkan dengan naskah resmi.',
            en: 'An objection the Atasan PPID leaves unanswered for 30 working days may be brought as a dispute within 14 working days of that answer deadline; the article and the start of the count are not yet checked against the official text.',
          },
        },
      ],
    },
  },
};

/** The rule for a deadline kind; a RangeError for a kind that does not exist. */
export function aturanTenggat(jenis: JenisTenggat): AturanTenggat {
  const aturan = Object.prototype.hasOwnProperty.call(ATURAN_TENGGAT, jenis)
    ? ATURAN_TENGGAT[jenis]
    : undefined;
  if (!aturan) {
    const semua = Object.keys(ATURAN_TENGGAT).join(', ');
    throw new GalatMasukanKalender({
      id: `Jenis tenggat "${String(jenis)}" tidak dikenal; pilih salah satu: ${semua}.`,
      en: `Unknown deadline kind "${String(jenis)}"; choose one of: ${semua}.`,
    });
  }
  return aturan;
}

/**
 * The due date of a deadline. `diterima` is day zero: a `Tanggal`, or a `Date` read in the agency's zone
 * (06:00 WIB on the 6th is the 6th, though still the 5th in UTC). Day 1 is the next working day.
 */
export function hitungTenggat(jenis: JenisTenggat, diterima: Date | Tanggal, opsi?: OpsiKalender): Tenggat {
  const aturan = aturanTenggat(jenis);
  const h = hitungHariKerja(diterima, aturan.workingDays, opsi);
  return {
    kind: aturan.kind,
    received: h.from,
    due: h.due,
    workingDays: h.workingDays,
    skipped: h.skipped,
    countedDays: h.countedDays,
    warnings: h.warnings,
    basis: aturan.basis,
  };
}

/** An extension counted from the original due date; `from` is that date. */
export interface PerpanjanganTenggat extends HitunganHariKerja {
  readonly basis: readonly DasarHukum[];
}

/**
 * Extends the original request deadline by the extension's working days (7). Because counting adds up,
 * the result equals `hitungTenggat('perpanjangan', received).due` (17 working days after receipt).
 */
export function perpanjangTenggat(jatuhTempoAsal: Date | Tanggal, opsi?: OpsiKalender): PerpanjanganTenggat {
  const aturan = ATURAN_TENGGAT.perpanjangan;
  const h = hitungHariKerja(jatuhTempoAsal, aturan.extension ?? 0, opsi);
  return { ...h, basis: aturan.basis };
}
