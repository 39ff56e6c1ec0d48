import type { Teks } from '@terbuka/sdk';

/**
 * Words of the request form only (the waiting notice on a shared device, the receipts kept on the
 * device, an objection not linked to its request): beside PESAN_PERMINTAAN (pesan-permintaan.ts)
 * and re-exported with it, but in a module of their own: the chunk the form shares with the status page
 * does not carry them (~0.6 kB brotli).
 */
export const PESAN_ANTREAN = {
  /** An objection the server stored without linking it to the request it names (`requestLink.linked: false`). */
  belumTertaut: {
    id: 'Keberatan ini tersimpan, tetapi belum tertaut ke permohonan nomor {nomor} (misalnya permohonan yang diajukan di atas kertas, atau dengan kontak yang berbeda). Petugas PPID akan mencocokkannya; simpan nomor pendaftaran keberatan ini.',
    en: "This objection is stored but not yet linked to request {nomor} (for example a request made on paper, or with a different contact). The PPID officer will match it; keep this objection's registration number.",
  },
  belumTertautKarena: {
    id: 'Keberatan ini tersimpan, tetapi belum tertaut ke permohonan nomor {nomor}: {alasan} Petugas PPID akan menindaklanjutinya; simpan nomor pendaftaran keberatan ini.',
    en: "This objection is stored but not linked to request {nomor}: {alasan} The PPID officer will follow it up; keep this objection's registration number.",
  },
  antreDibuat: { id: 'dibuat {waktu}', en: 'made {waktu}' },
  antreTanpaNama: { id: '(tanpa nama)', en: '(no name)' },
  bukanMilikSaya: { id: 'Bukan pengajuan saya — hapus', en: 'Not my submission — delete' },
  hapusYakin: {
    id: 'Hapus pengajuan ini dari perangkat? Pengajuan ini tidak akan dikirim dan tidak dapat dikembalikan.',
    en: 'Delete this submission from the device? It will not be sent and cannot be brought back.',
  },
  yaHapus: { id: 'Ya, hapus', en: 'Yes, delete' },
  batal: { id: 'Batal', en: 'Cancel' },
  dihapus: {
    id: 'Pengajuan dihapus dari perangkat ini.',
    en: 'The submission was deleted from this device.',
  },
  /**
   * A submission delivered (from the waiting notice, or sent directly and answered late) while the reader was
   * elsewhere on the page: said, focus left alone. Not "the waiting one": a direct one never waited.
   */
  terkirimNomor: {
    id: 'Pengajuan sudah terkirim, nomor pendaftaran {nomor}.',
    en: 'The submission was sent, registration number {nomor}.',
  },
  /**
   * Waiting submissions delivered while another view is shown (a new form being filled, or the waiting
   * notice with others still waiting): said in the status region, focus left alone; the numbers are listed.
   */
  terkirimLatar: {
    id: 'Pengajuan yang menunggu di perangkat ini sudah terkirim, nomor pendaftaran {nomor}; nomornya tercatat di “Permohonan Anda sebelumnya”.',
    en: 'The submission waiting on this device was sent, registration number {nomor}; it is listed under “Your earlier requests”.',
  },
  terkirimLatarBanyak: {
    id: '{n} pengajuan yang menunggu di perangkat ini sudah terkirim; nomor pendaftarannya tercatat di “Permohonan Anda sebelumnya”.',
    en: '{n} submissions waiting on this device were sent; their registration numbers are listed under “Your earlier requests”.',
  },
  /** A refusal (or a waiting entry refused) while focus was elsewhere on the page: said, focus left alone. */
  galatLatar: {
    id: '{judul}: belum terkirim, ada yang perlu diperbaiki di formulir.',
    en: '{judul}: not sent, there is a problem to fix in the form.',
  },
  kirimDenganNIK: { id: 'Kirim dengan NIK ini', en: 'Send with this NIK' },
  /** "Kirim sekarang" pressed while the device is offline. */
  kirimLuring: {
    id: 'Belum terkirim: perangkat sedang luring. Pengajuan akan dikirim otomatis saat tersambung.',
    en: 'Not sent yet: this device is offline. The submission will be sent automatically once connected.',
  },
  mengirimAntrean: { id: 'Mengirim…', en: 'Sending…' },
  pengajuanLain: { id: 'Isi formulir baru', en: 'Fill in a new form' },
  adaAntre: {
    id: '{n} pengajuan belum terkirim di perangkat ini.',
    en: '{n} submission(s) not sent yet on this device.',
  },
  lihatAntre: { id: 'Lihat', en: 'Show' },
  // Receipts kept on the device (no personal data)
  sebelumnya: { id: 'Permohonan Anda sebelumnya', en: 'Your earlier requests' },
  sebelumnyaPetunjuk: {
    id: 'Nomor pendaftaran yang pernah diterima di perangkat ini (hanya nomor dan tanggal). Simpan nomornya untuk menanyakan status; di perangkat bersama, hapus dari perangkat ini.',
    en: 'Registration numbers received on this device (numbers and dates only). Keep the number to check the status; on a shared device, delete them from this device.',
  },
  salinNomor: { id: 'Salin nomor', en: 'Copy number' },
  nomorDisalin: { id: 'Nomor {nomor} disalin.', en: 'Number {nomor} copied.' },
  nomorDipilih: {
    id: 'Nomor {nomor} sudah dipilih: salin dengan Ctrl+C, atau tekan lama lalu pilih Salin.',
    en: 'Number {nomor} is selected: copy it with Ctrl+C, or press and hold, then choose Copy.',
  },
  /** The suggestions' live region: the list itself is not re-read on every typing pause. */
  saranSerupa: {
    id: '{n} informasi serupa sudah diumumkan, di bawah kolom ini.',
    en: '{n} similar published item(s), below this field.',
  },
  hitungSisa: { id: 'Sisa {n} karakter.', en: '{n} characters left.' },
  hitungLebih: {
    id: 'Kelebihan {n} karakter: persingkat agar dapat dikirim.',
    en: '{n} characters too many: shorten it so it can be sent.',
  },
  lihatStatus: { id: 'Lihat status', en: 'Check the status' },
  hapusDariPerangkat: { id: 'Hapus dari perangkat ini', en: 'Delete from this device' },
  antreDitolak: {
    id: 'Sebuah pengajuan yang menunggu di perangkat ini ditolak server PPID dan tidak terkirim:',
    en: 'A submission waiting on this device was refused by the PPID server and not sent:',
  },
  tutup: { id: 'Tutup', en: 'Close' },
  // "Hapus draf" can be undone until the next edit.
  urungkan: { id: 'Urungkan', en: 'Undo' },
  drafKembali: { id: 'Isian dikembalikan.', en: 'Your answers are back.' },
} as const satisfies Record<string, Teks>;
