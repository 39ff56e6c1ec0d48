import Papa from 'papaparse';
import { hitungTenggat, imporCSV, nilaiDIP, validasiDIP, type DokumenDIP, type ItemDIP } from '@terbuka/sdk';
import type { Perbandingan } from './harness.js';

const KATEGORI = ['berkala', 'berkala', 'berkala', 'setiap-saat', 'serta-merta'] as const;
const JUDUL = [
  'Laporan Realisasi Anggaran Triwulan',
  'Rencana Umum Pengadaan',
  'Profil dan Struktur Organisasi',
  'Laporan Kinerja Instansi Pemerintah',
  'Standar Operasional Prosedur Layanan',
];

/** A large, realistic register: every field a real office fills in, dates spread over two years. */
export function dipBesar(n: number): DokumenDIP {
  const items: ItemDIP[] = [];
  for (let i = 0; i < n; i++) {
    const bulan = String((i % 12) + 1).padStart(2, '0');
    items.push({
      id: `item-${i + 1}`,
      title: `${JUDUL[i % JUDUL.length]} ${2025 + (i % 2)} nomor ${i + 1}`,
      summary: 'Ringkasan isi informasi yang dikuasai oleh bidang terkait, tersedia untuk publik.',
      category: KATEGORI[i % KATEGORI.length]!,
      unit: 'Sekretariat',
      responsible: 'Kepala Sub Bagian Umum dan Kepegawaian',
      made: { year: 2025 + (i % 2), place: 'Sukamaju' },
      formats: ['cetak', 'digital'],
      retention: '5 tahun',
      links: [{ label: 'Dokumen', url: `https://ppid.sukamajukab.go.id/dokumen/${i + 1}.pdf` }],
      updated: `${2025 + (i % 2)}-${bulan}-15`,
    });
  }
  return {
    format: 'terbuka-dip',
    version: 1,
    agency: { id: 'diskominfo-sukamaju', name: 'Dinas Komunikasi dan Informatika', kind: 'opd' },
    items,
  };
}

export function keCSV(doc: DokumenDIP): string {
  const baris = doc.items.map((it, i) => [
    String(i + 1),
    it.title,
    it.unit ?? '',
    it.responsible ?? '',
    `${it.made?.place ?? ''} ${it.made?.year ?? ''}`,
    'Cetak, Digital',
    it.retention ?? '',
    it.category === 'serta-merta' ? 'Serta Merta' : it.category === 'setiap-saat' ? 'Setiap Saat' : 'Berkala',
    it.links?.[0]?.url ?? '',
    it.updated ?? '',
  ]);
  const header = [
    'No',
    'Ringkasan Isi Informasi',
    'Pejabat/Unit/Satker yang Menguasai Informasi',
    'Penanggung Jawab Pembuatan/Penerbitan Informasi',
    'Waktu dan Tempat Pembuatan Informasi',
    'Bentuk/Format Informasi',
    'Jangka Waktu Penyimpanan',
    'Kategori',
    'Tautan',
    'Diperbarui',
  ];
  return Papa.unparse([header, ...baris], { delimiter: ';' });
}

export function sdkSuite(): Perbandingan[] {
  const doc = dipBesar(10_000);
  const json = JSON.stringify(doc);
  const csv = keCSV(doc);
  const agency = doc.agency;
  const tanggal = Array.from({ length: 100_000 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 1) + (i % 1000) * 86_400_000);
    return d.toISOString().slice(0, 10);
  });
  const jenis = ['permintaan', 'perpanjangan', 'keberatan', 'tanggapan-keberatan', 'sengketa'] as const;

  // Sanity: the subjects must do the real work, or the ratios mean nothing.
  const cek = validasiDIP(JSON.parse(json));
  if (!cek.ok) throw new Error(`bench DIP invalid: ${JSON.stringify(cek.errors.slice(0, 3))}`);
  const cekCsv = imporCSV(csv, { agency });
  if (!cekCsv.ok || cekCsv.document?.items.length !== 10_000) {
    throw new Error(`bench CSV import failed: ${JSON.stringify(cekCsv.errors.slice(0, 3))}`);
  }

  return [
    {
      name: 'DIP 10,000 items: parse + validate ÷ JSON.parse',
      subject: { name: 'validasiDIP(JSON.parse)', fn: () => validasiDIP(JSON.parse(json)) },
      baseline: { name: 'JSON.parse', fn: () => JSON.parse(json) },
      goalRatio: 3,
    },
    {
      name: 'CSV import 10,000 rows ÷ papaparse alone',
      subject: { name: 'imporCSV', fn: () => imporCSV(csv, { agency }) },
      baseline: { name: 'Papa.parse', fn: () => Papa.parse(csv, { delimiter: ';', skipEmptyLines: true }) },
      goalRatio: 2,
    },
    {
      name: 'scoring 10,000 items',
      subject: { name: 'nilaiDIP', fn: () => nilaiDIP(doc, '2026-11-28') },
      perCall: { calls: 1, unit: 'ms' },
    },
    {
      name: '100,000 deadline computations',
      subject: {
        name: 'hitungTenggat',
        fn: () => {
          for (let i = 0; i < tanggal.length; i++) hitungTenggat(jenis[i % 5]!, tanggal[i]!);
        },
      },
      perCall: { calls: 100_000, unit: 'µs' },
    },
  ];
}
