// Sample submissions shared by the request tests (no tests of its own).

export const contohPermintaan = (): Record<string, unknown> => ({
  format: 'terbuka-permintaan',
  version: 1,
  requester: {
    kind: 'perorangan',
    name: '  Siti Aminah ',
    nik: '3201014509900001',
    address: 'Jl. Merdeka No. 1, Sukamaju',
    occupation: 'Guru',
    phone: '0812-3456-7890',
    email: ' Siti.Aminah@Contoh.ID ',
  },
  information: 'Salinan laporan realisasi APBD 2025 Dinas Kesehatan',
  purpose: 'Bahan kajian kelompok warga',
  obtain: ['membaca', 'salinan-softcopy'],
  delivery: 'email',
});

export const contohKeberatan = (): Record<string, unknown> => ({
  requestNumber: '001/PPID/DINKES/PI/2026',
  requester: {
    kind: 'badan-hukum',
    name: 'Yayasan Warga Terbuka',
    registration: 'AHU-0012345.AH.01.04.Tahun 2020',
    address: 'Jl. Kenanga 5, Sukamaju',
    email: 'info@wargaterbuka.or.id',
  },
  proxy: { name: 'Budi Santoso', powerOfAttorney: 'terlampir' },
  purpose: 'Pengawasan anggaran',
  grounds: ['c', 'a', 'c'],
  caseSummary: 'Permintaan tanggal 2 Maret 2026 tidak ditanggapi sampai batas waktu.',
});
