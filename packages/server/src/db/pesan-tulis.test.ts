import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { HasilTulis, PengajuanSiap } from './penerimaan.js';
import {
  bacaJawaban,
  bukaKiriman,
  kemasJawaban,
  kemasKiriman,
  type JawabanTulis,
  type PesanTulis,
} from './pesan-tulis.js';

const permintaan: PengajuanSiap = {
  key: 'kunci-0001',
  kind: 'permintaan',
  bodyHash: 'ab'.repeat(32),
  agency: 'diskominfo',
  at: Date.parse('2026-03-13T02:00:00Z'),
  ringkasan: 'Salinan laporan realisasi APBD 2025',
  bodyJson: '{"information":"Salinan \\"laporan\\" – APBD"}',
  contactEmail: 'siti@contoh.id',
};
const keberatan: PengajuanSiap = {
  key: 'kunci-0002',
  kind: 'keberatan',
  bodyHash: 'cd'.repeat(32),
  agency: 'dinkes',
  at: 0,
  ringkasan: '',
  bodyJson: '{}',
  contactPhone: '+6281234567890',
  tautan: { requestNumber: '001/PPID/DINKES/PI/2026', phone: '+6281234567890' },
};

describe('messages to and from the writer thread', () => {
  test('every submission of a turn arrives as it was prepared, optional fields absent or present', () => {
    const pesan: PesanTulis = [];
    kemasKiriman(pesan, 7, permintaan);
    kemasKiriman(pesan, 8, keberatan);
    // What the thread receives is a structured clone.
    assert.deepEqual(bukaKiriman(structuredClone(pesan)), [
      { id: 7, s: permintaan },
      { id: 8, s: keberatan },
    ]);
    assert.deepEqual(bukaKiriman([]), []);
  });

  test('every outcome of a group commit comes back with its id: stored, replayed, conflict, error', () => {
    const hasil: [number, HasilTulis | { galat: string }][] = [
      [1, { hasil: 'baru', number: '001/PPID/X/PI/2026', receipt: '{"number":"001/PPID/X/PI/2026"}' }],
      [2, { hasil: 'ulang', number: '002/PPID/X/PI/2026', receipt: '{}' }],
      [3, { hasil: 'konflik' }],
      [4, { galat: 'SQLITE_FULL: database or disk is full' }],
    ];
    const pesan: JawabanTulis = [];
    for (const [id, h] of hasil) kemasJawaban(pesan, id, h);
    const dibaca: [number, HasilTulis | { galat: string }][] = [];
    bacaJawaban(structuredClone(pesan), (id, j) => dibaca.push([id, j]));
    assert.deepEqual(dibaca, hasil);
  });
});
