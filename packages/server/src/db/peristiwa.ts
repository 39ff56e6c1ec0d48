import { putuskanKeberatan, terapkanPeristiwa, type PeristiwaStatus, type Riwayat } from '@terbuka/sdk';
import { opsiKalender, type AgensiKonfigurasi } from '../konfigurasi.js';
import { permintaanTertaut } from './penerimaan.js';
import type { Baris, Penyimpanan } from './penyimpanan.js';

/**
 * Records an officer's event on submission `id` under the write lock (the SDK's terapkanPeristiwa on the
 * row as stored now, so a status changed meanwhile refuses it) and returns the row as written; undefined
 * when there is no such row. The Atasan PPID's decision on an objection (`putusan-keberatan`) is also
 * recorded on the request that records the objection (putuskanKeberatan), in the same transaction: both
 * rows are written or neither. Throws the SDK's GalatTransisi when the event is refused, and GalatRevisi
 * when `revisi` (the number of history events the officer read) is given and another event was recorded
 * since: then nothing is written.
 */
export function catatPeristiwa(
  simpan: Penyimpanan,
  agensi: AgensiKonfigurasi,
  id: number,
  peristiwa: PeristiwaStatus,
  at: Date,
  revisi?: number,
): Baris | undefined {
  const opsi = opsiKalender(agensi);
  const waktu = at.toISOString();
  return simpan.ubahStatus(
    id,
    (kini) => {
      const dibaca = kini.history as Riwayat;
      if (revisi !== undefined && dibaca.events.length !== revisi)
        throw new GalatRevisi(kini.number, revisi, dibaca.events.length, dibaca.status);
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

/** A submission changed since the officer read it (catatPeristiwa's `revisi`): what was read and what is now. */
export class GalatRevisi extends Error {
  override readonly name = 'GalatRevisi';
  constructor(
    readonly nomor: string,
    readonly dibaca: number,
    readonly kini: number,
    readonly status: string,
  ) {
    super(`${nomor}: revision ${dibaca} read, ${kini} now`);
  }
}
