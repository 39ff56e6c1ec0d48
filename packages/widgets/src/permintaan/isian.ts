import { CARA_SALINAN_DIMINTA, labelPengajuan, teksJSON } from '@terbuka/sdk';
import type { CaraMemperoleh, Masalah, Teks } from '@terbuka/sdk';

/** Which form: a request (permohonan) or an objection (keberatan). */
export type ModeFormulir = 'permintaan' | 'keberatan';

/** What the form holds, as typed: strings and lists of chosen values. The SDK reads and normalises it. */
export interface Isian {
  kind: string;
  name: string;
  nik: string;
  registration: string;
  address: string;
  occupation: string;
  phone: string;
  email: string;
  information: string;
  purpose: string;
  obtain: string[];
  delivery: string;
  proxy: boolean;
  proxyName: string;
  proxyPoa: string;
  requestNumber: string;
  grounds: string[];
  caseSummary: string;
  /** The honeypot: people never see it, so only a robot fills it. */
  website: string;
}

export type KunciIsian = Exclude<keyof Isian, 'proxy' | 'website'>;

export function isianKosong(): Isian {
  return {
    kind: 'perorangan',
    name: '',
    nik: '',
    registration: '',
    address: '',
    occupation: '',
    phone: '',
    email: '',
    information: '',
    purpose: '',
    obtain: [],
    delivery: '',
    proxy: false,
    proxyName: '',
    proxyPoa: '',
    requestNumber: '',
    grounds: [],
    caseSummary: '',
    website: '',
  };
}

export const perluNIK = (i: Isian): boolean => i.kind === 'perorangan' || i.kind === 'kelompok';
export const perluRegistrasi = (i: Isian): boolean => i.kind === 'badan-hukum';
export const perluPekerjaan = (i: Isian): boolean => i.kind !== 'badan-hukum';
export const mintaSalinan = (i: Isian): boolean =>
  i.obtain.some((o) => CARA_SALINAN_DIMINTA.includes(o as CaraMemperoleh));

const isi = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

/**
 * The input the SDK validates: only the fields shown for the choices made (a hidden field's stale value
 * is not sent), empty ones left out. The SDK's validasiPermintaan/validasiKeberatan do every check.
 */
export function keMasukan(i: Isian, mode: ModeFormulir): Record<string, unknown> {
  const requester = {
    kind: i.kind,
    name: i.name,
    nik: perluNIK(i) ? isi(i.nik) : undefined,
    registration: perluRegistrasi(i) ? isi(i.registration) : undefined,
    address: i.address,
    occupation: perluPekerjaan(i) ? isi(i.occupation) : undefined,
    phone: isi(i.phone),
    email: isi(i.email),
  };
  const proxy = i.proxy ? { name: i.proxyName, powerOfAttorney: i.proxyPoa } : undefined;
  if (mode === 'keberatan')
    return {
      requestNumber: i.requestNumber,
      requester,
      proxy,
      purpose: i.purpose,
      grounds: i.grounds,
      caseSummary: i.caseSummary,
    };
  return {
    requester,
    proxy,
    information: i.information,
    purpose: i.purpose,
    obtain: i.obtain,
    delivery: mintaSalinan(i) ? isi(i.delivery) : undefined,
  };
}

/** The form field a problem belongs to, from its SDK path (`grounds[1]` → grounds). */
const FIELD: Readonly<Record<string, KunciIsian>> = {
  'requester.kind': 'kind',
  'requester.name': 'name',
  'requester.nik': 'nik',
  'requester.registration': 'registration',
  'requester.address': 'address',
  'requester.occupation': 'occupation',
  'requester.phone': 'phone',
  'requester.email': 'email',
  proxy: 'proxyName',
  'proxy.name': 'proxyName',
  'proxy.powerOfAttorney': 'proxyPoa',
  information: 'information',
  purpose: 'purpose',
  obtain: 'obtain',
  delivery: 'delivery',
  requestNumber: 'requestNumber',
  grounds: 'grounds',
  caseSummary: 'caseSummary',
};

export function fieldDari(path: string): KunciIsian | undefined {
  return FIELD[path.replace(/\[\d+\]/g, '')];
}

/**
 * Field order on the form, for the error summary: one list for both forms, each skipping the other's
 * fields, so the objection form's grounds and case come before the purpose, as it shows them.
 */
export const URUTAN: readonly KunciIsian[] = [
  'requestNumber',
  'kind',
  'name',
  'nik',
  'registration',
  'address',
  'occupation',
  'phone',
  'email',
  'information',
  'grounds',
  'caseSummary',
  'purpose',
  'obtain',
  'delivery',
  'proxyName',
  'proxyPoa',
];

/** One message per field (the first, as GOV.UK shows one), in form order; problems of no field last. */
export function petakanMasalah(errors: readonly Masalah[]): {
  perField: Map<KunciIsian, Teks>;
  lain: Teks[];
} {
  const perField = new Map<KunciIsian, Teks>();
  const lain: Teks[] = [];
  for (const e of errors) {
    const f = fieldDari(e.path);
    if (!f) lain.push(e.message);
    else if (!perField.has(f)) perField.set(f, e.message);
  }
  const urut = new Map([...perField].sort((a, b) => URUTAN.indexOf(a[0]) - URUTAN.indexOf(b[0])));
  return { perField: urut, lain };
}

/** The visible label of a field: the SDK's own field name, so labels and messages agree. */
export function labelField(k: KunciIsian): Teks {
  const path: Record<KunciIsian, string> = {
    kind: 'requester.kind',
    name: 'requester.name',
    nik: 'requester.nik',
    registration: 'requester.registration',
    address: 'requester.address',
    occupation: 'requester.occupation',
    phone: 'requester.phone',
    email: 'requester.email',
    information: 'information',
    purpose: 'purpose',
    obtain: 'obtain',
    delivery: 'delivery',
    proxyName: 'proxy.name',
    proxyPoa: 'proxy.powerOfAttorney',
    requestNumber: 'requestNumber',
    grounds: 'grounds',
    caseSummary: 'caseSummary',
  };
  return labelPengajuan(path[k]);
}

// --- Draft (sessionStorage): everything but the NIK and the honeypot.

const AWALAN_DRAF = 'terbuka:draf:';

export const kunciDraf = (mode: ModeFormulir, endpoint: string, agency: string): string =>
  `${AWALAN_DRAF}${mode}:${agency}:${endpoint}`;

/** Saves the draft; the NIK is never written (a shared computer must not keep it). */
export function simpanDraf(kunci: string, i: Isian): void {
  const { nik: _nik, website: _website, ...tanpaNIK } = i;
  try {
    sessionStorage.setItem(kunci, teksJSON(tanpaNIK));
  } catch {
    // Storage full or blocked (private mode): the form still works, only the draft is lost.
  }
}

export function bacaDraf(kunci: string): Isian | undefined {
  try {
    const s = sessionStorage.getItem(kunci);
    if (!s) return undefined;
    const d = JSON.parse(s) as Partial<Isian>;
    const kosong = isianKosong();
    const hasil = { ...kosong };
    for (const k of Object.keys(kosong) as (keyof Isian)[]) {
      const v = d[k];
      if (k === 'nik' || k === 'website') continue;
      if (typeof v === typeof kosong[k] && Array.isArray(v) === Array.isArray(kosong[k]))
        (hasil as Record<string, unknown>)[k] = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : v;
    }
    return hasil;
  } catch {
    return undefined;
  }
}

export function hapusDraf(kunci: string): void {
  try {
    sessionStorage.removeItem(kunci);
  } catch {
    // Nothing stored, nothing to delete.
  }
}
