import { kutip } from '../dip/kutip.js';
import type { Masalah } from '../dip/types.js';
import type { Teks } from '../i18n/teks.js';
import { PASAL_35 } from '../standard/pasal.js';
import type { HurufPasal35 } from '../standard/types.js';
import { BATAS_PANJANG, panjangTeks } from './aturan.js';
import { normalisasiEmail } from './email.js';
import { labelPengajuan } from './label.js';
import { periksaNIK } from './nik.js';
import { bersihkanTeks } from './teks-bersih.js';
import { normalisasiTelepon } from './telepon.js';
import {
  CARA_MEMPEROLEH,
  CARA_SALINAN,
  CARA_SALINAN_DIMINTA,
  JENIS_PEMOHON,
  KEBERATAN_FORMAT,
  KEBERATAN_VERSION,
  PERMINTAAN_FORMAT,
  PERMINTAAN_VERSION,
  SURAT_KUASA,
  type CaraMemperoleh,
  type CaraSalinan,
  type HasilValidasi,
  type JenisPemohon,
  type Keberatan,
  type Kuasa,
  type Pemohon,
  type Permintaan,
  type SuratKuasa,
} from './types.js';

type Obyek = Record<string, unknown>;
const obyek = (x: unknown): x is Obyek => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A Masalah whose message names the field in plain words: "NIK: harus 16 angka; …". */
function masalah(code: string, path: string, problem: Teks): Masalah {
  const label = labelPengajuan(path);
  return {
    severity: 'error',
    code,
    path,
    message: { id: `${label.id}: ${problem.id}`, en: `${label.en}: ${problem.en}` },
  };
}

function jenisNilai(x: unknown): Teks {
  if (x === null) return { id: 'null', en: 'null' };
  if (Array.isArray(x)) return { id: 'daftar', en: 'a list' };
  if (typeof x === 'number') return { id: 'angka', en: 'a number' };
  if (typeof x === 'boolean') return { id: 'benar/salah', en: 'true/false' };
  if (typeof x === 'object') return { id: 'objek', en: 'an object' };
  return { id: typeof x, en: typeof x };
}

/**
 * A refused value quoted for a message (kutip: control characters a space, never half an emoji, format
 * characters such as U+202E named, not let turn the sentence around), cut at 40 characters. Always as
 * text in quotation marks, as these messages have always shown it: `versi "2"`.
 */
const kutipNilai = (x: unknown): string => kutip(String(x), 40);

const kosong = (x: unknown): boolean =>
  x === undefined || x === null || (typeof x === 'string' && x.trim() === '');

interface OpsiTeks {
  readonly wajib: boolean;
  readonly max: number;
  /** Said after "wajib diisi" when the requirement depends on something. */
  readonly kapan?: Teks;
}

/**
 * A trimmed text field without control characters (bersihkanTeks), counted as kept; undefined when absent
 * (an error when required) or invalid.
 */
function teks(masukan: unknown, path: string, opsi: OpsiTeks, errors: Masalah[]): string | undefined {
  // Cleaned first: a field of nothing but control characters is an empty one.
  const x = typeof masukan === 'string' ? bersihkanTeks(masukan) : masukan;
  if (kosong(x)) {
    if (opsi.wajib)
      errors.push(
        masalah('field.required', path, {
          id: opsi.kapan ? `wajib diisi ${opsi.kapan.id}.` : 'wajib diisi.',
          en: opsi.kapan ? `required ${opsi.kapan.en}.` : 'required.',
        }),
      );
    return undefined;
  }
  if (typeof x !== 'string') {
    const j = jenisNilai(x);
    errors.push(
      masalah('field.type', path, {
        id: `harus berupa teks; yang diisi ${j.id}.`,
        en: `must be text; got ${j.en}.`,
      }),
    );
    return undefined;
  }
  const t = x.trim();
  const n = panjangTeks(t);
  if (n > opsi.max) {
    errors.push(
      masalah('field.too-long', path, {
        id: `paling banyak ${opsi.max} karakter; yang diisi ${n} karakter.`,
        en: `at most ${opsi.max} characters; ${n} were entered.`,
      }),
    );
    return undefined;
  }
  return t;
}

/** One value of a fixed list; trimmed and lower-cased first, so `Perorangan ` is read too. */
function pilihan<T extends string>(
  x: unknown,
  path: string,
  daftar: readonly T[],
  wajib: boolean,
  errors: Masalah[],
): T | undefined {
  if (kosong(x)) {
    if (wajib) errors.push(masalah('field.required', path, { id: 'wajib dipilih.', en: 'required.' }));
    return undefined;
  }
  const t = typeof x === 'string' ? x.trim().toLowerCase() : x;
  if ((daftar as readonly unknown[]).includes(t)) return t as T;
  const semua = daftar.join(', ');
  errors.push(
    masalah('field.choice', path, {
      id: `pilih salah satu dari: ${semua}; yang diisi ${kutipNilai(x)}.`,
      en: `choose one of: ${semua}; got ${kutipNilai(x)}.`,
    }),
  );
  return undefined;
}

/** One or more values of a fixed list, without repeats, in the list's order. A lone value is read as one. */
function pilihanBanyak<T extends string>(
  x: unknown,
  path: string,
  daftar: readonly T[],
  errors: Masalah[],
): T[] | undefined {
  const nilai = typeof x === 'string' ? [x] : x;
  if (kosong(x) || (Array.isArray(nilai) && nilai.length === 0)) {
    errors.push(
      masalah('field.required', path, { id: 'pilih paling sedikit satu.', en: 'choose at least one.' }),
    );
    return undefined;
  }
  if (!Array.isArray(nilai)) {
    const j = jenisNilai(x);
    errors.push(
      masalah('field.type', path, {
        id: `harus berupa daftar pilihan; yang diisi ${j.id}.`,
        en: `must be a list of choices; got ${j.en}.`,
      }),
    );
    return undefined;
  }
  const dipilih = new Set<T>();
  let sah = true;
  nilai.forEach((n: unknown, i) => {
    const p = pilihan(n, `${path}[${i}]`, daftar, true, errors);
    if (p === undefined) sah = false;
    else dipilih.add(p);
  });
  return sah ? daftar.filter((d) => dipilih.has(d)) : undefined;
}

const UNTUK: Record<JenisPemohon, Teks> = {
  perorangan: { id: 'untuk pemohon perorangan', en: 'for an individual requester' },
  'badan-hukum': { id: 'untuk pemohon badan hukum', en: 'for a legal entity' },
  kelompok: {
    id: 'untuk pemohon kelompok (NIK orang yang mewakili kelompok)',
    en: 'for a group (the NIK of the person acting for the group)',
  },
};

function pemohon(x: unknown, errors: Masalah[]): Pemohon | undefined {
  if (!obyek(x)) {
    if (kosong(x))
      errors.push(masalah('field.required', 'requester', { id: 'wajib diisi.', en: 'required.' }));
    else
      errors.push(
        masalah('field.type', 'requester', {
          id: `harus berupa objek; yang diisi ${jenisNilai(x).id}.`,
          en: `must be an object; got ${jenisNilai(x).en}.`,
        }),
      );
    return undefined;
  }
  const awal = errors.length;
  const kind = pilihan(x['kind'], 'requester.kind', JENIS_PEMOHON, true, errors);
  const name = teks(x['name'], 'requester.name', { wajib: true, max: BATAS_PANJANG.name }, errors);

  let nik: string | undefined;
  const nikWajib = kind === 'perorangan' || kind === 'kelompok';
  if (kosong(x['nik'])) {
    if (nikWajib && kind)
      errors.push(
        masalah('field.required', 'requester.nik', {
          id: `wajib diisi ${UNTUK[kind].id}.`,
          en: `required ${UNTUK[kind].en}.`,
        }),
      );
  } else {
    const h = periksaNIK(x['nik']);
    if (h.ok) nik = h.nik;
    else errors.push(masalah(h.code, 'requester.nik', h.problem));
  }

  const registration = teks(
    x['registration'],
    'requester.registration',
    { wajib: kind === 'badan-hukum', max: BATAS_PANJANG.registration, kapan: UNTUK['badan-hukum'] },
    errors,
  );
  const address = teks(
    x['address'],
    'requester.address',
    { wajib: true, max: BATAS_PANJANG.address },
    errors,
  );
  const occupation = teks(
    x['occupation'],
    'requester.occupation',
    { wajib: kind === 'perorangan', max: BATAS_PANJANG.occupation, kapan: UNTUK.perorangan },
    errors,
  );

  let phone: string | undefined;
  if (!kosong(x['phone'])) {
    phone = normalisasiTelepon(x['phone']);
    if (phone === undefined)
      errors.push(
        masalah('phone.invalid', 'requester.phone', {
          id: `${kutipNilai(x['phone'])} bukan nomor telepon Indonesia; tulis seperti 0812-3456-7890, (021) 1234567 atau +62 812 3456 7890.`,
          en: `${kutipNilai(x['phone'])} is not an Indonesian phone number; write it like 0812-3456-7890, (021) 1234567 or +62 812 3456 7890.`,
        }),
      );
  }
  let email: string | undefined;
  if (!kosong(x['email'])) {
    email = normalisasiEmail(x['email']);
    if (email === undefined)
      errors.push(
        masalah('email.invalid', 'requester.email', {
          id: `${kutipNilai(x['email'])} bukan alamat e-mail yang sah; contoh: nama@contoh.id.`,
          en: `${kutipNilai(x['email'])} is not a valid e-mail address; for example: name@example.id.`,
        }),
      );
  }
  if (kosong(x['phone']) && kosong(x['email']))
    errors.push(
      masalah('contact.required', 'requester.phone', {
        id: 'isi nomor telepon atau e-mail (paling sedikit satu) agar PPID dapat menghubungi Anda.',
        en: 'give a phone number or an e-mail address (at least one) so the PPID can reach you.',
      }),
    );

  if (errors.length > awal || !kind || name === undefined || address === undefined) return undefined;
  return {
    kind,
    name,
    ...(nik !== undefined ? { nik } : {}),
    ...(registration !== undefined ? { registration } : {}),
    address,
    ...(occupation !== undefined ? { occupation } : {}),
    ...(phone !== undefined ? { phone } : {}),
    ...(email !== undefined ? { email } : {}),
  };
}

function kuasa(x: unknown, errors: Masalah[]): Kuasa | undefined {
  if (!obyek(x)) {
    errors.push(
      masalah('field.type', 'proxy', {
        id: `harus berupa objek (nama penerima kuasa dan surat kuasa); yang diisi ${jenisNilai(x).id}.`,
        en: `must be an object (the proxy's name and power of attorney); got ${jenisNilai(x).en}.`,
      }),
    );
    return undefined;
  }
  const name = teks(x['name'], 'proxy.name', { wajib: true, max: BATAS_PANJANG.name }, errors);
  const powerOfAttorney = pilihan<SuratKuasa>(
    x['powerOfAttorney'],
    'proxy.powerOfAttorney',
    SURAT_KUASA,
    true,
    errors,
  );
  return name !== undefined && powerOfAttorney !== undefined ? { name, powerOfAttorney } : undefined;
}

function kepala(input: Obyek, format: string, version: number, errors: Masalah[]): void {
  if (input['format'] !== undefined && input['format'] !== format)
    errors.push(
      masalah('format.unknown', 'format', {
        id: `harus "${format}"; yang diisi ${kutipNilai(input['format'])}.`,
        en: `must be "${format}"; got ${kutipNilai(input['format'])}.`,
      }),
    );
  if (input['version'] !== undefined && input['version'] !== version)
    errors.push(
      masalah('version.unsupported', 'version', {
        id: `versi ${kutipNilai(input['version'])} tidak didukung; SDK ini membaca versi ${version}.`,
        en: `version ${kutipNilai(input['version'])} is not supported; this SDK reads version ${version}.`,
      }),
    );
}

function bukanObyek(input: unknown, jenis: Teks): Masalah {
  return masalah('document.type', '', {
    id: `${jenis.id} harus berupa objek JSON; yang diterima ${jenisNilai(input).id}.`,
    en: `${jenis.en} must be a JSON object; received ${jenisNilai(input).en}.`,
  });
}

/**
 * Checks a request as a form or a server receives it, and returns it normalised: strings trimmed, the
 * phone in E.164, the e-mail lower-case, choices without repeats, unknown fields dropped, `format` and
 * `version` filled in when absent. Every problem is reported; nothing throws, whatever the input.
 */
export function validasiPermintaan(input: unknown): HasilValidasi<Permintaan> {
  try {
    return periksaPermintaan(input);
  } catch {
    // A getter or proxy in hand-built input can throw; the contract is a result, never an exception.
    return { ok: false, errors: [bukanObyek(undefined, { id: 'Permohonan', en: 'The request' })] };
  }
}

function periksaPermintaan(input: unknown): HasilValidasi<Permintaan> {
  if (!obyek(input))
    return { ok: false, errors: [bukanObyek(input, { id: 'Permohonan', en: 'The request' })] };
  const errors: Masalah[] = [];
  kepala(input, PERMINTAAN_FORMAT, PERMINTAAN_VERSION, errors);
  const requester = pemohon(input['requester'], errors);
  const proxy = kosong(input['proxy']) ? undefined : kuasa(input['proxy'], errors);
  const information = teks(
    input['information'],
    'information',
    { wajib: true, max: BATAS_PANJANG.information },
    errors,
  );
  const purpose = teks(input['purpose'], 'purpose', { wajib: true, max: BATAS_PANJANG.purpose }, errors);
  const obtain = pilihanBanyak<CaraMemperoleh>(input['obtain'], 'obtain', CARA_MEMPEROLEH, errors);
  const salinan = obtain?.some((o) => CARA_SALINAN_DIMINTA.includes(o)) ?? false;
  // Without a copy the delivery method means nothing: a hidden field's stale value is dropped, not an error.
  let delivery: CaraSalinan | undefined;
  if (salinan) {
    delivery = pilihan<CaraSalinan>(input['delivery'], 'delivery', CARA_SALINAN, false, errors);
    if (delivery === undefined && kosong(input['delivery']))
      errors.push(
        masalah('delivery.required', 'delivery', {
          id: 'wajib dipilih bila Anda meminta salinan (hardcopy atau softcopy).',
          en: 'required when you ask for a copy (hardcopy or softcopy).',
        }),
      );
    if (delivery === 'email' && obyek(input['requester']) && kosong(input['requester']['email']))
      errors.push(
        masalah('email.required-for-delivery', 'requester.email', {
          id: 'wajib diisi bila salinan dikirim melalui e-mail.',
          en: 'required when the copy is sent by e-mail.',
        }),
      );
  }
  if (errors.length > 0 || !requester || information === undefined || purpose === undefined || !obtain)
    return { ok: false, errors };
  const value: Permintaan = {
    format: PERMINTAAN_FORMAT,
    version: PERMINTAAN_VERSION,
    requester,
    ...(proxy ? { proxy } : {}),
    information,
    purpose,
    obtain,
    ...(delivery ? { delivery } : {}),
  };
  return { ok: true, value, errors };
}

const HURUF_35 = PASAL_35.map((p) => p.letter);

/**
 * Checks an objection (keberatan) and returns it normalised, like validasiPermintaan: the grounds are
 * Pasal 35 ayat (1) letters a–g, one or more. Never throws.
 */
export function validasiKeberatan(input: unknown): HasilValidasi<Keberatan> {
  try {
    return periksaKeberatan(input);
  } catch {
    return { ok: false, errors: [bukanObyek(undefined, { id: 'Keberatan', en: 'The objection' })] };
  }
}

function periksaKeberatan(input: unknown): HasilValidasi<Keberatan> {
  if (!obyek(input))
    return { ok: false, errors: [bukanObyek(input, { id: 'Keberatan', en: 'The objection' })] };
  const errors: Masalah[] = [];
  kepala(input, KEBERATAN_FORMAT, KEBERATAN_VERSION, errors);
  const requestNumber = teks(
    input['requestNumber'],
    'requestNumber',
    { wajib: true, max: BATAS_PANJANG.requestNumber },
    errors,
  );
  const requester = pemohon(input['requester'], errors);
  const proxy = kosong(input['proxy']) ? undefined : kuasa(input['proxy'], errors);
  const purpose = teks(input['purpose'], 'purpose', { wajib: true, max: BATAS_PANJANG.purpose }, errors);
  const grounds = pilihanBanyak<HurufPasal35>(input['grounds'], 'grounds', HURUF_35, errors);
  const caseSummary = teks(
    input['caseSummary'],
    'caseSummary',
    { wajib: true, max: BATAS_PANJANG.caseSummary },
    errors,
  );
  if (
    errors.length > 0 ||
    requestNumber === undefined ||
    !requester ||
    purpose === undefined ||
    !grounds ||
    caseSummary === undefined
  )
    return { ok: false, errors };
  const value: Keberatan = {
    format: KEBERATAN_FORMAT,
    version: KEBERATAN_VERSION,
    requestNumber,
    requester,
    ...(proxy ? { proxy } : {}),
    purpose,
    grounds,
    caseSummary,
  };
  return { ok: true, value, errors };
}
