import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buatTandaBukti, mulaiRiwayat, terapkanPeristiwa, type Riwayat } from '@terbuka/sdk';
import type { Baris } from './db/penyimpanan.js';
import { periksaKonfigurasi } from './konfigurasi.js';
import { hitungLaporan } from './laporan.js';

const agensi = periksaKonfigurasi({ agencies: [{ id: 'diskominfo', name: 'Dinas Kominfo' }] }).agencies[0]!;

function baris(id: number, history: Riwayat): Baris {
  return {
    id,
    kind: 'permintaan',
    agency: agensi.id,
    year: 2026,
    seq: id,
    number: `n${id}`,
    receivedAt: '2026-03-13T09:00:00+07:00',
    receivedOn: '2026-03-13',
    contactEmail: null,
    contactPhone: null,
    body: {},
    receipt: {},
    status: history.status,
    deadline: history.deadline,
    history,
    updatedAt: history.events.at(-1)!.at,
  };
}

test('answeredLate: an extension stored after the due date (before such extensions were refused) does not make the answer timely', () => {
  // Received 13 March, due 6 April; extended on the due date, answered within the 7 extra working days.
  const awal = mulaiRiwayat(
    buatTandaBukti({
      jenis: 'permintaan',
      nomor: 'n',
      receivedAt: new Date('2026-03-13T02:00:00Z'),
      agency: { id: agensi.id, name: agensi.name },
      ringkasan: 'x',
    }),
  );
  const tepat = terapkanPeristiwa(
    terapkanPeristiwa(awal, { type: 'perpanjang', reason: 'x' }, new Date('2026-04-06T02:00:00Z')),
    { type: 'jawab', outcome: 'dikabulkan' },
    new Date('2026-04-14T02:00:00Z'),
  );
  // The same history as a store may hold it: the extension recorded on 8 April, after the due date.
  const lama: Riwayat = {
    ...tepat,
    events: tepat.events.map((e) => (e.type === 'perpanjang' ? { ...e, at: '2026-04-08T02:00:00.000Z' } : e)),
  };
  const l = hitungLaporan(agensi, 2026, [baris(1, tepat), baris(2, lama)], new Date('2026-05-01T00:00:00Z'));
  assert.deepEqual([l.requests.answered, l.requests.extended, l.requests.answeredLate], [2, 2, 1]);
});
