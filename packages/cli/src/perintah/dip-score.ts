import Table from 'cli-table3';
import {
  jelaskan,
  keTanggal,
  nilaiDIP,
  tabelPenjelasan,
  tanggalValid,
  isiTeks,
  type StatusKesegaran,
} from '@terbuka/sdk';
import { GalatPengguna, type Keluaran } from '../keluaran.js';
import { bacaDokumen, type OpsiAgensi } from './dokumen.js';
import { laporanTidakSahJSON, tampilkanMasalah } from './masalah.js';

export interface OpsiSkor extends OpsiAgensi {
  now?: string;
}

/** `terbuka dip score FILE`: the score, its band, the missing mandatory items and every contribution. */
export async function nilaiBerkasDIP(path: string, opsi: OpsiSkor, out: Keluaran): Promise<number> {
  if (opsi.now !== undefined && !tanggalValid(opsi.now)) {
    throw new GalatPengguna(
      isiTeks(
        { id: '--now "{v}" harus tanggal YYYY-MM-DD.', en: '--now "{v}" must be a YYYY-MM-DD date.' },
        { v: opsi.now },
      ),
    );
  }
  const hasil = await bacaDokumen(path, opsi, out);
  const dokumen = hasil.document;
  if (!hasil.ok || !dokumen) {
    if (out.json) out.cetakJSON(laporanTidakSahJSON(hasil, path, out));
    else tampilkanMasalah(hasil, path, out);
    return 1;
  }
  // The SDK never reads the clock; the command decides what "now" is: today in the body's time zone.
  const now = opsi.now ?? keTanggal(new Date(), dokumen.agency.timeZone);
  const nilai = nilaiDIP(dokumen, now);

  if (out.json) {
    const byStatus: Partial<Record<StatusKesegaran, number>> = nilai.counts.byStatus;
    out.cetakJSON({
      file: path,
      valid: true,
      agency: nilai.agency,
      evaluatedAt: nilai.evaluatedOn,
      score: nilai.total,
      band: { code: nilai.band.code, label: out.teks(nilai.band.label) },
      methodVersion: nilai.methodVersion,
      catalogVersion: nilai.catalogVersion,
      missing: nilai.missing.map((m) => ({ id: m.id, title: out.teks(m.title) })),
      contributions: nilai.contributions.map((c) => ({
        id: c.code,
        label: out.teks(c.label),
        weight: c.weight,
        points: c.points,
        reason: out.teks(c.reason),
      })),
      freshness: byStatus,
      warnings: hasil.warnings.length,
    });
    return 0;
  }

  const p = jelaskan(nilai);
  out.tulis(out.teks(p.title));
  const { header, rows, footer } = tabelPenjelasan(nilai, out.bahasa);
  const lebarLayar = process.stdout.columns ?? 100;
  // The number columns as wide as their heading ("Bobot", "Weight", "Points"), at least 7.
  const [, bobot, poin] = header.map((x) => Math.max(7, [...x].length + 2));
  const table = new Table({
    head: header,
    colWidths: [28, bobot!, poin!, Math.max(30, lebarLayar - 38 - bobot! - poin!)],
    wordWrap: true,
    colAligns: ['left', 'right', 'right', 'left'],
    style: { head: [], border: [] },
  });
  for (const r of rows) table.push(r);
  table.push(footer);
  out.tulis(table.toString());
  if (p.missing.length > 0) {
    out.tulis(
      out.teks({ id: 'Item wajib berkala yang belum ada:', en: 'Missing mandatory periodic items:' }),
    );
    for (const m of p.missing) out.tulis(`  - ${out.teks(m.title)} (${m.id})`);
  }
  for (const n of p.notes) out.tulis(out.teks(n));
  if (hasil.warnings.length > 0) {
    out.galat(
      out.teks(
        isiTeks(
          {
            id: '{n} peringatan pada dokumen; jalankan `terbuka dip check` untuk rinciannya.',
            en: '{n} warnings in the document; run `terbuka dip check` for details.',
          },
          { n: hasil.warnings.length },
        ),
      ),
    );
  }
  return 0;
}
