import { putuskanKeberatan, terapkanPeristiwa, type PeristiwaStatus, type Riwayat } from '@terbuka/sdk';
import { opsiKalender, type AgensiKonfigurasi } from '../konfigurasi.js';
import { permintaanTertaut } from './penerimaan.js';
import type { Baris, Penyimpanan } from './penyimpanan.js';

/**
 * Records an officer's event on submission `id` under the write lock (the SDK's terapkanPeristiwa on the
 * row as stored now, so a status changed meanwhile refuses it) and returns the row as written; undefined
 * when there is no such row. The Atasan PPID's decision on an objection (`putusan-keberatan`) is also
 * recorded on the request that records the objection (putuskanKeberatan), in the same transaction: both
 * rows are written or neither. Throws the SDK's GalatTransisi when the event is refused.
 */
export function catatPeristiwa(
  simpan: Penyimpanan,
  agensi: AgensiKonfigurasi,
  id: number,
  peristiwa: PeristiwaStatus,
  at: Date,
): Baris | undefined {
  const opsi = opsiKalender(agensi);
  const waktu = at.toISOString();
  return simpan.ubahStatus(
    id,
    (kini) => {
      let r: Riwayat;
      if (kini.kind === 'keberatan' && (peristiwa as { type?: unknown })?.type === 'putusan-keberatan') {
        const asal = permintaanTertaut(simpan, kini);
        const h = putuskanKeberatan(
          { keberatan: kini.history as Riwayat, number: kini.number, permintaan: asal?.history as Riwayat },
          peristiwa,
          at,
          opsi,
        );
        // Written first; the objection's own row after the callback, in the same transaction.
        if (asal && h.permintaan)
          simpan.ubahStatusDalam(asal.id, h.permintaan.status, h.permintaan.deadline, h.permintaan, waktu);
        r = h.keberatan;
      } else r = terapkanPeristiwa(kini.history as Riwayat, peristiwa, at, opsi);
      return { status: r.status, deadline: r.deadline, history: r, hasil: null };
    },
    waktu,
  )?.baris;
}
