import type { Teks } from '@terbuka/sdk';
import { COBA_LAGI } from './pesan-bersama.js';

/**
 * The words of `<ppid-permintaan>` and `<ppid-status-permintaan>`, part of the one catalog (pesan.ts
 * re-exports them) but in their own module, so a page with only the lists or the badge never carries
 * them. Field names and validation messages come from the SDK (`labelPengajuan`, `validasi*`).
 */
export const PESAN_PERMINTAAN = {
  judulPermintaan: { id: 'Permohonan Informasi Publik', en: 'Request for public information' },
  judulKeberatan: { id: 'Pengajuan Keberatan', en: 'Objection' },
  pengantarPermintaan: {
    id: 'Isi formulir ini untuk meminta informasi kepada {agency}. Semua kolom wajib diisi kecuali yang bertanda (tidak wajib).',
    en: 'Fill in this form to request information from {agency}. Every field is required unless marked (optional).',
  },
  pengantarKeberatan: {
    id: 'Ajukan keberatan kepada Atasan PPID {agency} atas permohonan informasi yang sudah Anda ajukan. Semua kolom wajib diisi kecuali yang bertanda (tidak wajib).',
    en: "Object to the Atasan PPID (the PPID's superior) of {agency} about a request you made. Every field is required unless marked (optional).",
  },
  badanPublik: { id: 'badan publik ini', en: 'this public body' },
  tidakWajib: { id: '(tidak wajib)', en: '(optional)' },
  bagianPemohon: { id: 'Data pemohon', en: 'About you' },
  bagianInformasi: { id: 'Informasi yang diminta', en: 'The information you need' },
  bagianKeberatan: { id: 'Keberatan Anda', en: 'Your objection' },
  bagianKuasa: { id: 'Kuasa', en: 'Proxy' },
  jenisPemohon: { id: 'Anda mengajukan sebagai', en: 'You are asking as' },
  jenis: {
    perorangan: { id: 'Perorangan', en: 'An individual' },
    'badan-hukum': { id: 'Badan hukum', en: 'A legal entity' },
    kelompok: { id: 'Kelompok orang', en: 'A group of people' },
  },
  petunjukNama: {
    perorangan: { id: 'Sesuai KTP.', en: 'As on your identity card (KTP).' },
    'badan-hukum': { id: 'Nama badan hukum sesuai akta.', en: 'The name in the deed of establishment.' },
    kelompok: { id: 'Nama kelompok.', en: 'The name of the group.' },
  },
  petunjukNIK: {
    id: '16 angka pada KTP. NIK tidak disimpan di perangkat ini; bila formulir dibuka lagi, NIK perlu diisi ulang.',
    en: 'The 16 digits on the identity card (KTP). The NIK is never stored on this device; if the form is opened again, enter it again.',
  },
  petunjukNIKKelompok: {
    id: 'NIK orang yang mewakili kelompok, 16 angka. Tidak disimpan di perangkat ini.',
    en: 'The NIK of the person acting for the group, 16 digits. Never stored on this device.',
  },
  petunjukRegistrasi: {
    id: 'Contoh: AHU-0012345.AH.01.04.Tahun 2020.',
    en: 'For example: AHU-0012345.AH.01.04.Tahun 2020.',
  },
  petunjukAlamat: { id: 'Alamat lengkap untuk surat-menyurat.', en: 'Full postal address.' },
  petunjukPekerjaan: {
    id: 'Contoh: guru, wiraswasta, mahasiswa.',
    en: 'For example: teacher, trader, student.',
  },
  petunjukTelepon: {
    id: 'Isi telepon atau e-mail, paling sedikit satu. Contoh: 0812-3456-7890.',
    en: 'Give a phone number or an e-mail, at least one. For example: 0812-3456-7890.',
  },
  petunjukEmail: {
    id: 'Wajib bila salinan dikirim melalui e-mail. Contoh: nama@contoh.id.',
    en: 'Required if the copy is sent by e-mail. For example: name@example.id.',
  },
  petunjukRincian: {
    id: 'Tulis sejelas mungkin informasi apa yang Anda butuhkan, misalnya judul dokumen, tahun, atau kegiatan.',
    en: 'Say as clearly as you can what you need, for example a document title, a year or an activity.',
  },
  petunjukTujuan: {
    id: 'Untuk apa informasi ini akan digunakan.',
    en: 'What you will use the information for.',
  },
  petunjukMemperoleh: { id: 'Pilih satu atau lebih.', en: 'Choose one or more.' },
  petunjukSalinan: {
    id: 'Bagaimana salinan informasi sampai kepada Anda.',
    en: 'How the copy reaches you.',
  },
  memperoleh: {
    melihat: { id: 'Melihat', en: 'Viewing' },
    membaca: { id: 'Membaca', en: 'Reading' },
    mendengarkan: { id: 'Mendengarkan', en: 'Listening' },
    mencatat: { id: 'Mencatat', en: 'Taking notes' },
    'salinan-hardcopy': { id: 'Mendapatkan salinan cetak (hardcopy)', en: 'A printed copy (hardcopy)' },
    'salinan-softcopy': {
      id: 'Mendapatkan salinan elektronik (softcopy)',
      en: 'An electronic copy (softcopy)',
    },
  },
  salinan: {
    'mengambil-langsung': { id: 'Mengambil langsung', en: 'Collect it in person' },
    kurir: { id: 'Kurir', en: 'Courier' },
    pos: { id: 'Pos', en: 'Post' },
    faksimili: { id: 'Faksimili', en: 'Fax' },
    email: { id: 'E-mail', en: 'E-mail' },
  },
  adaKuasa: {
    id: 'Permohonan ini diajukan oleh penerima kuasa',
    en: 'A proxy submits this on the requester’s behalf',
  },
  adaKuasaKeberatan: {
    id: 'Keberatan ini diajukan oleh penerima kuasa',
    en: 'A proxy submits this on the requester’s behalf',
  },
  petunjukKuasa: {
    id: 'Hanya bila orang lain mengajukan atas nama pemohon dengan surat kuasa khusus.',
    en: 'Only if someone else submits for the requester with a special power of attorney.',
  },
  // `terlampir` is the SDK's code for a surat kuasa that goes with the submission: this form has no file field,
  // so it goes to the PPID apart from it (the server keeps the code only).
  suratKuasa: {
    terlampir: {
      id: 'Dikirim terpisah ke PPID, lewat e-mail atau diantar ke kantornya',
      en: 'Sent separately to the PPID, by e-mail or to its office',
    },
    dibawa: { id: 'Dibawa saat mengambil informasi', en: 'Brought when collecting the information' },
  },
  petunjukNomor: {
    id: 'Nomor pada tanda bukti permohonan, contoh: 001/PPID/DISKOMINFO/PI/2026.',
    en: 'The number on the receipt of the request, for example: 001/PPID/DISKOMINFO/PI/2026.',
  },
  petunjukAlasan: {
    id: 'Pasal 35 ayat (1) UU 14/2008. Pilih satu atau lebih.',
    en: 'Article 35(1) of Law 14/2008. Choose one or more.',
  },
  petunjukKasus: {
    id: 'Ceritakan apa yang terjadi dengan permohonan Anda dan apa yang Anda harapkan.',
    en: 'Say what happened to your request and what you expect.',
  },
  tenggatKeberatan: {
    id: 'Keberatan diajukan paling lambat 30 hari kerja setelah alasannya ditemukan (misalnya permohonan dijawab, ditolak, atau tenggatnya lewat). Atasan PPID wajib menanggapi dalam 30 hari kerja: bila diajukan hari ini, paling lambat {tanggal}.',
    en: 'An objection is filed at the latest 30 working days after its ground arose (for example the answer, a refusal, or the missed deadline). The Atasan PPID must answer within 30 working days: if you submit today, by {tanggal}.',
  },
  tenggatKeberatanUmum: {
    id: 'Keberatan diajukan paling lambat 30 hari kerja setelah alasannya ditemukan (misalnya permohonan dijawab, ditolak, atau tenggatnya lewat). Atasan PPID wajib menanggapi dalam 30 hari kerja.',
    en: 'An objection is filed at the latest 30 working days after its ground arose (for example the answer, a refusal, or the missed deadline). The Atasan PPID must answer within 30 working days.',
  },
  honeypot: { id: 'Jangan diisi', en: 'Leave empty' },
  kirim: { id: 'Kirim permohonan', en: 'Send the request' },
  kirimKeberatan: { id: 'Kirim keberatan', en: 'Send the objection' },
  mengirim: { id: 'Mengirim…', en: 'Sending…' },
  hapusDraf: { id: 'Hapus draf', en: 'Delete draft' },
  drafDihapus: { id: 'Draf dihapus.', en: 'Draft deleted.' },
  drafDipulihkan: {
    id: 'Isian sebelumnya dipulihkan dari draf di perangkat ini (tanpa NIK).',
    en: 'Your earlier answers were restored from the draft on this device (without the NIK).',
  },
  adaMasalah: { id: 'Ada yang perlu diperbaiki', en: 'There is a problem' },
  galat: { id: 'Galat:', en: 'Error:' },
  mungkinTersedia: {
    id: 'Mungkin informasi ini sudah tersedia',
    en: 'This information may already be published',
  },
  mungkinTersediaPetunjuk: {
    id: 'Informasi berikut sudah diumumkan dan dapat dibuka tanpa permohonan. Anda tetap boleh mengirim permohonan.',
    en: 'The following is already published and can be opened without a request. You may still send your request.',
  },
  // Sending and its outcomes
  galatTerlaluSering: {
    id: 'Terlalu banyak pengajuan dari sambungan ini. Tunggu sebentar, lalu coba lagi.',
    en: 'Too many submissions from this connection. Wait a moment, then try again.',
  },
  galatTanpaEndpoint: {
    id: 'Alamat server PPID belum diatur (atribut endpoint). Hubungi pengelola situs.',
    en: 'The PPID server address is not set (the endpoint attribute). Contact the site administrator.',
  },
  cobaLagi: COBA_LAGI,
  antreJudul: { id: 'Belum terkirim', en: 'Not sent yet' },
  // What the notice promises depends on why it waits: only true promises are made.
  antreLuring: {
    id: 'Perangkat sedang luring. Pengajuan disimpan di perangkat ini dan akan dikirim otomatis saat tersambung, sekali saja. Bila halaman ini ditutup, pengajuan dikirim saat halaman ini dibuka lagi.',
    en: 'This device is offline. The submission is kept on this device and will be sent automatically once connected, only once. If this page is closed, it is sent when the page is opened again.',
  },
  antreServer: {
    id: 'Server PPID belum dapat dihubungi. Pengajuan disimpan di perangkat ini dan dicoba lagi selama halaman ini terbuka, serta saat halaman ini dibuka lagi.',
    en: 'The PPID server cannot be reached yet. The submission is kept on this device and tried again while this page is open, and when it is opened again.',
  },
  antreNIK: {
    id: 'NIK tidak disimpan di perangkat, jadi pengajuan yang menunggu NIK tidak dikirim otomatis. Bila pengajuan itu milik Anda, isi lagi NIK Anda di bawahnya.',
    en: 'The NIK is never stored on the device, so a submission waiting for it is not sent automatically. If it is yours, enter your NIK again below it.',
  },
  kirimSekarang: { id: 'Kirim sekarang', en: 'Send now' },
  // Receipt
  tandaBuktiPermintaan: { id: 'Tanda Bukti Permohonan Informasi', en: 'Receipt of your request' },
  tandaBuktiKeberatan: { id: 'Tanda Bukti Pengajuan Keberatan', en: 'Receipt of your objection' },
  diterimaPesan: {
    id: 'Pengajuan Anda sudah diterima. Simpan atau cetak tanda bukti ini; nomor pendaftaran dipakai untuk menanyakan status.',
    en: 'Your submission has been received. Keep or print this receipt; the registration number is used to check its status.',
  },
  nomorPendaftaran: { id: 'Nomor pendaftaran', en: 'Registration number' },
  badan: { id: 'Badan publik', en: 'Public body' },
  tanggalDiterima: { id: 'Diterima', en: 'Received' },
  tenggat: { id: 'Tenggat jawaban', en: 'Answer due' },
  tenggatKata: { id: '{n} hari kerja, {tanggal}', en: '{n} working days, {tanggal}' },
  ringkasan: { id: 'Ringkasan', en: 'Summary' },
  hariDilewati: { id: 'Hari libur yang tidak dihitung', en: 'Days off not counted' },
  tanpaLibur: {
    id: 'Tidak ada hari libur selain Sabtu dan Minggu dalam rentang ini.',
    en: 'No day off besides Saturdays and Sundays in this period.',
  },
  cetak: { id: 'Cetak tanda bukti', en: 'Print the receipt' },
  pengajuanBaru: { id: 'Ajukan permohonan lain', en: 'Make another request' },
  keberatanBaru: { id: 'Ajukan keberatan lain', en: 'Make another objection' },
  // Status lookup
  judulStatus: { id: 'Status Permohonan Informasi', en: 'Request status' },
  pengantarStatus: {
    id: 'Masukkan nomor pendaftaran dan e-mail atau nomor telepon yang Anda pakai saat mengajukan.',
    en: 'Enter the registration number and the e-mail or phone number you used when submitting.',
  },
  kontak: { id: 'E-mail atau nomor telepon', en: 'E-mail or phone number' },
  petunjukKontak: {
    id: 'Yang Anda isi saat mengajukan.',
    en: 'The one you gave when submitting.',
  },
  cekStatus: { id: 'Lihat status', en: 'Check status' },
  memeriksa: { id: 'Memeriksa…', en: 'Checking…' },
  wajibNomor: { id: 'Nomor pendaftaran: wajib diisi.', en: 'Registration number: required.' },
  wajibKontak: {
    id: 'E-mail atau nomor telepon: wajib diisi.',
    en: 'E-mail or phone number: required.',
  },
  tidakDitemukan: {
    id: 'Nomor pendaftaran dan kontak tidak cocok dengan pengajuan mana pun. Periksa kembali keduanya.',
    en: 'The registration number and contact do not match any submission. Please check both.',
  },
  statusSaatIni: { id: 'Status saat ini', en: 'Current status' },
  tenggatSaatIni: { id: 'Tenggat yang berjalan', en: 'Current deadline' },
  riwayat: { id: 'Riwayat', en: 'History' },
  status: {
    diterima: { id: 'Diterima', en: 'Received' },
    diproses: { id: 'Diproses', en: 'Being processed' },
    diperpanjang: { id: 'Diperpanjang', en: 'Extended' },
    dijawab: { id: 'Dijawab', en: 'Answered' },
    keberatan: { id: 'Keberatan diajukan', en: 'Objection filed' },
    selesai: { id: 'Selesai', en: 'Closed' },
  },
  hasil: {
    dikabulkan: { id: 'dikabulkan', en: 'granted' },
    'dikabulkan-sebagian': { id: 'dikabulkan sebagian', en: 'partly granted' },
    ditolak: { id: 'ditolak', en: 'refused' },
    'tidak-dikuasai': { id: 'informasi tidak dikuasai', en: 'information not held' },
  },
  peristiwa: {
    diterima: { id: 'Pengajuan diterima', en: 'Submission received' },
    proses: { id: 'Mulai diproses', en: 'Processing started' },
    perpanjang: { id: 'Waktu jawaban diperpanjang: {alasan}', en: 'Answer time extended: {alasan}' },
    jawab: { id: 'Dijawab: {hasil}', en: 'Answered: {hasil}' },
    keberatan: { id: 'Keberatan diajukan ({nomor})', en: 'Objection filed ({nomor})' },
    selesai: { id: 'Selesai', en: 'Closed' },
  },
  dasarTolak: { id: 'Dasar: Pasal 17 huruf {huruf} UU KIP', en: 'Grounds: UU KIP Article 17({huruf})' },
  pemegang: { id: 'Informasi dikuasai oleh: {badan}', en: 'The information is held by: {badan}' },
  tenggatBaru: { id: 'tenggat {tanggal}', en: 'due {tanggal}' },
} as const satisfies Record<string, Teks | Record<string, Teks>>;
