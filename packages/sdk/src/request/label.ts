import type { Teks } from '../i18n/teks.js';
import type { PutusanKeberatan } from './status.js';

/** The field names messages use, by path (array indexes removed): plain words, as on the form. */
export const LABEL_PENGAJUAN: Readonly<Record<string, Teks>> = {
  '': { id: 'Isian', en: 'Submission' },
  format: { id: 'Format', en: 'Format' },
  version: { id: 'Versi', en: 'Version' },
  requester: { id: 'Data pemohon', en: 'Requester details' },
  'requester.kind': { id: 'Jenis pemohon', en: 'Type of requester' },
  'requester.name': { id: 'Nama', en: 'Name' },
  'requester.nik': { id: 'NIK', en: 'NIK (identity number)' },
  'requester.registration': {
    id: 'Nomor akta pendirian atau SK pengesahan badan hukum',
    en: 'Deed of establishment or ratification decree number',
  },
  'requester.address': { id: 'Alamat', en: 'Address' },
  'requester.occupation': { id: 'Pekerjaan', en: 'Occupation' },
  'requester.phone': { id: 'Nomor telepon', en: 'Phone number' },
  'requester.email': { id: 'E-mail', en: 'E-mail' },
  proxy: { id: 'Kuasa', en: 'Proxy' },
  'proxy.name': { id: 'Nama penerima kuasa', en: 'Name of the proxy' },
  'proxy.powerOfAttorney': { id: 'Surat kuasa', en: 'Power of attorney' },
  information: { id: 'Rincian informasi yang dibutuhkan', en: 'Details of the information needed' },
  purpose: { id: 'Tujuan penggunaan informasi', en: 'Purpose of use' },
  obtain: { id: 'Cara memperoleh informasi', en: 'How to obtain the information' },
  delivery: { id: 'Cara mendapatkan salinan', en: 'How to receive the copy' },
  requestNumber: { id: 'Nomor pendaftaran permohonan', en: 'Registration number of the request' },
  grounds: { id: 'Alasan keberatan', en: 'Grounds for the objection' },
  caseSummary: { id: 'Kasus posisi', en: 'Case summary' },
};

/** The label of a path such as `grounds[1]` or `requester.nik`; the path itself when unknown. */
export function labelPengajuan(path: string): Teks {
  const kunci = path.replace(/\[\d+\]/g, '');
  return LABEL_PENGAJUAN[kunci] ?? { id: path, en: path };
}

/**
 * The Atasan PPID's decision on an objection (`putusan-keberatan`'s `decision`) in words, for a history line
 * or a register. Apart from status.ts: a status page shows it without the transition code.
 */
export const LABEL_PUTUSAN_KEBERATAN: Readonly<Record<PutusanKeberatan, Teks>> = {
  dikabulkan: { id: 'Keberatan dikabulkan Atasan PPID', en: 'Objection upheld by the Atasan PPID' },
  ditolak: { id: 'Keberatan ditolak Atasan PPID', en: 'Objection rejected by the Atasan PPID' },
};

/**
 * The names of what a refusal records besides its Pasal 17 letters (a `jawab` event's `consequence` and
 * `otherLaw`; DASAR_PENOLAKAN has the law that asks for them). Apart from penolakan.ts: a status page shows
 * them without the citations.
 */
export const LABEL_PENOLAKAN: Readonly<Record<'consequence' | 'otherLaw', Teks>> = {
  consequence: { id: 'Konsekuensi bila informasi dibuka', en: 'Consequence of disclosure' },
  otherLaw: { id: 'Undang-undang lain yang melarang dibuka', en: 'Other law forbidding disclosure' },
};
