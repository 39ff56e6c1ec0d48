import {
  ATURAN_TENGGAT,
  bacaTanggalIndonesia,
  bacaZona,
  hitungTenggat,
  isiTeks,
  tanggalDiterima,
  tanggalValid,
  type JenisTenggat,
  type OpsiKalender,
  type Tanggal,
  type ZonaWaktu,
} from '@terbuka/sdk';
import { GalatPengguna, type Keluaran } from '../keluaran.js';

export const JENIS_TENGGAT = Object.keys(ATURAN_TENGGAT) as JenisTenggat[];

export interface OpsiTenggat {
  jenis: string;
  tanpaCutiBersama?: boolean;
  zona: string;
  libur?: string[];
  ketat?: boolean;
}

/**
 * The day received, as typed: `2026-03-05`, `2026-03-05T06:00` (wall time in the agency's zone),
 * `2026-03-05T06:00+07:00`, or the forms offices write: `5 Maret 2026`, `05/03/2026`, `5-3-2026`.
 */
export function bacaTanggalDiterima(teks: string, zona: ZonaWaktu): Tanggal {
  const t = teks.trim();
  if (/^\d{4}-\d{2}-\d{2}(T|$)/.test(t)) return tanggalDiterima(t, zona);
  const d = bacaTanggalIndonesia(t);
  if (d) return d;
  throw new GalatPengguna(
    isiTeks(
      {
        id: 'Tanggal "{t}" tidak dikenali. Contoh: 2026-03-05, 5 Maret 2026, 05/03/2026.',
        en: 'Date "{t}" is not recognised. Examples: 2026-03-05, 5 Maret 2026, 05/03/2026.',
      },
      { t },
    ),
  );
}

/** `--libur 2026-06-10:Hari Jadi Kabupaten` adds a regional day off. */
function bacaLiburDaerah(nilai: string): { date: Tanggal; name: string } {
  const [tgl = '', ...nama] = nilai.split(':');
  if (!tanggalValid(tgl.trim())) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: '--libur "{v}" harus berbentuk YYYY-MM-DD atau YYYY-MM-DD:Nama.',
          en: '--libur "{v}" must be YYYY-MM-DD or YYYY-MM-DD:Name.',
        },
        { v: nilai },
      ),
    );
  }
  return { date: tgl.trim(), name: nama.join(':').trim() || 'Libur daerah' };
}

export function opsiKalender(opsi: OpsiTenggat): OpsiKalender {
  const zona = bacaZona(opsi.zona);
  if (!zona) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Zona waktu "{z}" tidak dikenal. Pilih WIB, WITA atau WIT.',
          en: 'Unknown time zone "{z}". Choose WIB, WITA or WIT.',
        },
        { z: opsi.zona },
      ),
    );
  }
  return {
    timeZone: zona,
    cutiBersamaLibur: !opsi.tanpaCutiBersama,
    liburTambahan: (opsi.libur ?? []).map(bacaLiburDaerah),
    strict: Boolean(opsi.ketat),
  };
}

/** `terbuka tenggat DATE`: the due date and every day skipped on the way. */
export function tenggat(tanggal: string, opsi: OpsiTenggat, out: Keluaran): number {
  const jenis = opsi.jenis as JenisTenggat;
  if (!JENIS_TENGGAT.includes(jenis)) {
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Jenis tenggat "{j}" tidak dikenal. Pilih: {all}.',
          en: 'Unknown deadline kind "{j}". Choose: {all}.',
        },
        { j: opsi.jenis, all: JENIS_TENGGAT.join(', ') },
      ),
    );
  }
  const kalender = opsiKalender(opsi);
  const hasil = hitungTenggat(
    jenis,
    bacaTanggalDiterima(tanggal, kalender.timeZone ?? 'Asia/Jakarta'),
    kalender,
  );
  if (out.json) {
    out.cetakJSON({
      kind: hasil.kind,
      received: hasil.received,
      due: hasil.due,
      workingDays: hasil.workingDays,
      skipped: hasil.skipped.map((s) => ({ date: s.date, kind: s.kind, reason: out.teks(s.reason) })),
      warnings: hasil.warnings.map((w) => out.teks(w)),
    });
    return 0;
  }
  const tgl = (t: Tanggal) =>
    new Intl.DateTimeFormat(out.bahasa === 'en' ? 'en-GB' : 'id-ID', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${t}T00:00:00Z`));
  for (const w of hasil.warnings)
    out.galat(`${out.teks({ id: 'PERINGATAN', en: 'WARNING' })}  ${out.teks(w)}`);
  out.tulis(
    out.teks(
      isiTeks(
        {
          id: 'Diterima: {r}\nTenggat ({n} hari kerja): {d}',
          en: 'Received: {r}\nDue ({n} working days): {d}',
        },
        { r: tgl(hasil.received), n: hasil.workingDays, d: tgl(hasil.due) },
      ),
    ),
  );
  if (hasil.skipped.length > 0) {
    out.tulis(out.teks({ id: 'Hari yang tidak dihitung:', en: 'Days not counted:' }));
    for (const s of hasil.skipped) out.tulis(`  ${s.date}  ${out.teks(s.reason)}`);
  }
  return 0;
}
