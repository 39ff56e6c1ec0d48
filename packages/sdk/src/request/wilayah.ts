import type { DasarHukum } from '../standard/types.js';

/**
 * Province codes of Indonesia (the first two digits of every NIK and of every region code). Data, not
 * logic: a new province is one more line here.
 */
export const KODE_PROVINSI: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

/** Where the codes come from. */
export const SUMBER_KODE_PROVINSI: DasarHukum = {
  instrument:
    'Kepmendagri Nomor 100.1.1-6117 Tahun 2022 (Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau)',
  verified: false,
  note: {
    id: 'Kode 11–96 sesuai daftar kode wilayah Kemendagri yang umum dipakai (38 provinsi, termasuk empat provinsi Papua hasil pemekaran 2022: 93–96); naskah keputusannya belum dicocokkan di sini.',
    en: "Codes 11–96 follow the Kemendagri region-code list in common use (38 provinces, including the four Papuan provinces created in 2022: 93–96); the decree's text was not checked here.",
  },
};
