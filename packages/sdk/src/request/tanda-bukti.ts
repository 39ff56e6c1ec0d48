import type { OpsiKalender, Tenggat } from '../calendar/types.js';
import { GalatMasukanKalender } from '../calendar/galat.js';
import { hitungTenggat } from '../calendar/tenggat.js';
import { ZONA_BAKU } from '../calendar/tanggal.js';
import { tanggalDiZona } from '../calendar/zona-tanggal.js';
import type { Tanggal, ZonaWaktu } from '../dip/types.js';
import { ringkas } from './ringkas.js';
import { waktuDiZona } from './waktu.js';
import { TANDA_BUKTI_FORMAT, TANDA_BUKTI_VERSION, type JenisPengajuan, type TandaBukti } from './types.js';

export interface MasukanTandaBukti {
  readonly jenis: JenisPengajuan;
  /** The nomor pendaftaran (buatNomorPendaftaran). */
  readonly nomor: string;
  /** The instant the server stored the submission. */
  readonly receivedAt: Date;
  readonly agency: { readonly id: string; readonly name: string; readonly timeZone?: ZonaWaktu };
  readonly ringkasan: string;
  /** Regional days off, cuti bersama setting, strict mode. The agency's time zone wins over this one's. */
  readonly opsiKalender?: OpsiKalender;
}

/**
 * The receipt given at once: the number, the instant and day of receipt in the agency's zone (06:00 WIB
 * on the 6th is the 6th), and the deadline with the days it skipped — 10 working days for a request
 * (UU KIP Pasal 22 ayat 7), 30 for the Atasan PPID's answer to an objection (Pasal 36 ayat 2).
 */
export function buatTandaBukti(m: MasukanTandaBukti): TandaBukti {
  return pembuatTandaBukti(m.agency, m.opsiKalender).buat(m);
}

/** Plain data every receipt of a day shares (days skipped, bases, the agency): frozen, so editing one
 * receipt cannot change the next. */
function beku<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) beku(v);
  }
  return x;
}

/** Receipts of one agency and calendar (pembuatTandaBukti). */
export interface PembuatTandaBukti {
  /** The day of an instant in the agency's zone: the receipt's `receivedOn`. */
  tanggal(instan: Date): Tanggal;
  /** Exactly buatTandaBukti's receipt for this agency and calendar. */
  buat(m: Omit<MasukanTandaBukti, 'agency' | 'opsiKalender'>): TandaBukti;
  /**
   * The same receipt and its JSON text — exactly `JSON.stringify(tandaBukti)` — with the parts every
   * receipt of a day shares (the agency, the deadline with its days and bases) serialised once: for a
   * server that stores and sends the text.
   */
  buatDenganTeks(m: Omit<MasukanTandaBukti, 'agency' | 'opsiKalender'>): {
    readonly tandaBukti: TandaBukti;
    readonly teks: string;
  };
}

/**
 * Receipts of one agency and calendar, for a server issuing many: the day of receipt is read once per
 * minute (a zone's offset is whole minutes, so a day never changes within one) and each day's deadline is
 * counted once per kind — the deadline depends only on the day.
 */
export function pembuatTandaBukti(
  agency: MasukanTandaBukti['agency'],
  opsiKalender?: OpsiKalender,
): PembuatTandaBukti {
  const timeZone = agency.timeZone ?? opsiKalender?.timeZone ?? ZONA_BAKU;
  const opsi = { ...opsiKalender, timeZone };
  const agensi = beku({ id: agency.id, name: agency.name, timeZone });
  let menit = NaN;
  let hari = '';
  const tenggat = new Map<string, { readonly tenggat: Tenggat; readonly json: string }>();
  const jsonAgensi = JSON.stringify(agensi);
  const tanggal = (instan: Date): Tanggal => {
    const m = Math.floor(instan.getTime() / 60_000);
    if (m !== menit) {
      hari = tanggalDiZona(instan, timeZone);
      menit = m;
    }
    return hari;
  };
  /** The receipt with its day's shared deadline entry. */
  const susun = (m: Parameters<PembuatTandaBukti['buat']>[0]) => {
    if (!(m.receivedAt instanceof Date) || Number.isNaN(m.receivedAt.getTime()))
      throw new GalatMasukanKalender({
        id: 'Waktu diterima tanda bukti bukan waktu yang sah.',
        en: 'The receipt time is not a valid time.',
      });
    if (m.jenis !== 'permintaan' && m.jenis !== 'keberatan')
      throw new GalatMasukanKalender({
        id: `Jenis pengajuan "${String(m.jenis)}" tidak dikenal: permintaan atau keberatan.`,
        en: `Unknown submission kind "${String(m.jenis)}": permintaan or keberatan.`,
      });
    const h = tenggatHari(m.jenis, tanggal(m.receivedAt));
    const t = h.tenggat;
    const tandaBukti: TandaBukti = {
      format: TANDA_BUKTI_FORMAT,
      version: TANDA_BUKTI_VERSION,
      kind: m.jenis,
      number: m.nomor,
      receivedAt: waktuDiZona(m.receivedAt, timeZone),
      receivedOn: t.received,
      agency: agensi,
      summary: ringkas(m.ringkasan),
      deadline: {
        kind: t.kind,
        due: t.due,
        workingDays: t.workingDays,
        skipped: t.skipped,
        warnings: t.warnings,
        basis: t.basis,
      },
    };
    return { tandaBukti, jsonTenggat: h.json };
  };
  /** A day's deadline of one kind, counted once, with its receipt's `deadline` as JSON text. */
  const tenggatHari = (jenis: JenisPengajuan, diterima: Tanggal) => {
    const kunci = `${jenis} ${diterima}`;
    let h = tenggat.get(kunci);
    if (!h) {
      // A server runs for days: keep the days of the last few.
      if (tenggat.size >= 16) tenggat.clear();
      const t = beku(
        hitungTenggat(jenis === 'permintaan' ? 'permintaan' : 'tanggapan-keberatan', diterima, opsi),
      );
      const { kind, due, workingDays, skipped, warnings, basis } = t;
      h = { tenggat: t, json: JSON.stringify({ kind, due, workingDays, skipped, warnings, basis }) };
      tenggat.set(kunci, h);
    }
    return h;
  };
  return {
    tanggal,
    buat: (m) => susun(m).tandaBukti,
    buatDenganTeks(m) {
      const { tandaBukti: tb, jsonTenggat } = susun(m);
      const j = JSON.stringify;
      // The keys in the order buat writes them, so the text is JSON.stringify's (a test holds it so).
      const teks = `{"format":${j(tb.format)},"version":${j(tb.version)},"kind":${j(tb.kind)},"number":${j(
        tb.number,
      )},"receivedAt":${j(tb.receivedAt)},"receivedOn":${j(tb.receivedOn)},"agency":${jsonAgensi},"summary":${j(
        tb.summary,
      )},"deadline":${jsonTenggat}}`;
      return { tandaBukti: tb, teks };
    },
  };
}
