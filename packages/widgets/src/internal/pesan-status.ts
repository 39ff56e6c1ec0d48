import type { Teks } from '@terbuka/sdk';

/**
 * The status page's own words (not the form's): whose deadline is shown, and what opened when a deadline
 * passed unanswered. Kept apart from PESAN_PERMINTAAN (which the status page also uses) so the request form does not carry them.
 */
export const PESAN_STATUS = {
  // The result's heading, focused after a lookup: what it is, not the bare number.
  judulHasil: { id: 'Status {nomor}', en: 'Status of {nomor}' },
  // Whose deadline it is (the response's deadlineKind): after an answer it is the citizen's own last day.
  jenisTenggat: {
    permintaan: { id: 'Batas PPID menjawab', en: 'The PPID’s deadline to answer' },
    perpanjangan: {
      id: 'Batas PPID menjawab (diperpanjang)',
      en: 'The PPID’s deadline to answer (extended)',
    },
    keberatan: { id: 'Batas Anda mengajukan keberatan', en: 'Your last day to file an objection' },
    'tanggapan-keberatan': { id: 'Batas Atasan PPID menjawab', en: 'The Atasan PPID’s deadline to answer' },
    sengketa: {
      id: 'Batas mengajukan sengketa ke Komisi Informasi',
      en: 'Last day to bring a dispute to the Komisi Informasi',
    },
  },
  // A deadline that passed unanswered opens the citizen's next step (the response's window).
  tidakDijawab: {
    keberatan: {
      id: 'Permohonan Anda tidak dijawab sampai batas {tenggat}.',
      en: 'Your request was not answered by {tenggat}.',
    },
    sengketa: {
      id: 'Atasan PPID tidak menanggapi keberatan Anda sampai batas {tenggat}.',
      en: 'The Atasan PPID did not answer your objection by {tenggat}.',
    },
  },
  bisa: {
    keberatan: {
      id: 'Anda dapat mengajukan keberatan kepada Atasan PPID karena permohonan tidak ditanggapi (UU KIP Pasal 35 ayat 1 huruf c) paling lambat {batas}.',
      en: 'You may file an objection with the Atasan PPID because it was not answered (UU KIP Article 35(1)(c)) until {batas}.',
    },
    sengketa: {
      id: 'Anda dapat mengajukan sengketa informasi ke Komisi Informasi paling lambat {batas}.',
      en: 'You may bring an information dispute to the Komisi Informasi until {batas}.',
    },
  },
  lewat: { id: '{label}: {batas} (sudah lewat).', en: '{label}: {batas} (passed).' },
  // The link to the objection form (objection-url), while the SDK says an objection may still be filed.
  ajukanKeberatan: { id: 'Ajukan keberatan', en: 'File an objection' },
  // The contact's hint when the number came filled in (?nomor=, the nomor attribute).
  petunjukKontakSaja: {
    id: 'Nomor sudah terisi. Tinggal isi e-mail atau telepon yang Anda pakai saat mengajukan.',
    en: 'The number is filled in. Only the e-mail or phone you used when submitting is left.',
  },
} as const satisfies Record<string, Teks | Record<string, Teks>>;
