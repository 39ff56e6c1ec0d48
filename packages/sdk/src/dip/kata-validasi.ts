import { periksaArgumen } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';
import { buatMasalah } from './masalah.js';
import { KATA_SKEMA_UMUM, teksMasalahSkema } from './masalah-skema.js';
import { DIP_VERSION } from './types.js';
import type { MasalahDIP, MasalahMentah } from './types.js';

// The words of the DIP validator (periksa.ts): a sentence per problem code, and the field's name and
// place from label.ts. Loaded only where problems are shown; the codes of the schema (MASALAH_SKEMA) and
// of the rules (KALIMAT) are distinct.

const MASALAH_SKEMA: Readonly<Record<string, Teks>> = {
  ...KATA_SKEMA_UMUM,
  'format.unknown': {
    id: 'berisi {nilai}; dokumen DIP harus bertanda "terbuka-dip".',
    en: 'is {nilai}; a DIP document must say "terbuka-dip".',
  },
  'date.invalid': {
    id: '{nilai} bukan tanggal yang sah. Tulis sebagai TTTT-BB-HH, misalnya 2026-03-05.',
    en: '{nilai} is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-05.',
  },
  'year.invalid': {
    id: '{nilai} bukan tahun yang sah. Tulis tahunnya dengan empat angka, mis. 2026.',
    en: '{nilai} is not a valid year. Write the year in four digits, e.g. 2026.',
  },
  'email.invalid': {
    id: '{nilai} bukan alamat surel yang sah. Tulis satu alamat saja, mis. ppid@sukamajukab.go.id.',
    en: '{nilai} is not a valid e-mail address. Write one address only, e.g. ppid@sukamajukab.go.id.',
  },
  'link.scheme': {
    id: '{nilai} tidak diizinkan. Tautan harus diawali http://, https://, mailto: atau tel:, tanpa spasi.',
    en: '{nilai} is not allowed. A link must start with http://, https://, mailto: or tel:, with no spaces.',
  },
  'link.web': {
    id: '{nilai} tidak diizinkan. Alamat harus diawali http:// atau https://, tanpa spasi.',
    en: '{nilai} is not allowed. The address must start with http:// or https://, with no spaces.',
  },
  'exclusion.missing': {
    id: 'wajib ada untuk informasi yang dikecualikan: dasar Pasal 17, konsekuensi, jangka waktu, serta nomor dan tanggal penetapan.',
    en: 'is required for exempt information: Article 17 grounds, consequence, period, and decision number and date.',
  },
};

type Isi = Readonly<Record<string, string | number>>;
const s = (x: string | number | undefined): string => String(x ?? '');

/** The rules' own problems (not the schema's), each said of the field, from the values they keep. */
const KALIMAT: Readonly<Record<string, (isi: Isi) => Teks>> = {
  'field.unknown': () => ({
    id: 'kolom ini tidak dikenal dalam format DIP dan diabaikan.',
    en: 'this field is not part of the DIP format and is ignored.',
  }),
  'items.empty': () => ({ id: 'daftar belum memuat satu item pun.', en: 'the register has no items yet.' }),
  'item.duplicate-id': (i) => ({
    id: `kode ${s(i['nilai'])} sudah dipakai item ke-${s(i['ke'])}. Setiap item harus punya kode unik.`,
    en: `id ${s(i['nilai'])} is already used by item ${s(i['ke'])}. Every item needs its own id.`,
  }),
  'item.no-date': () => ({
    id: 'belum diisi; tanpa tanggal pembaruan, kebaruan informasi tidak dapat dinilai.',
    en: 'is empty; without it, nobody can tell whether the information is current.',
  }),
  'item.no-link': () => ({
    id: 'kosong; informasi berkala sebaiknya memuat tautan ke dokumennya.',
    en: 'are empty; periodic information should link to its document.',
  }),
  'exclusion.unexpected': () => ({
    id: 'diisi, padahal kategori item ini bukan "dikecualikan". Periksa kategorinya.',
    en: 'is filled in although this item is not "dikecualikan". Check its category.',
  }),
  'exclusion.other-law-missing': () => ({
    id: 'kosong, padahal alasannya Pasal 17 huruf j (informasi yang dilarang dibuka oleh undang-undang lain). Sebutkan undang-undang dan pasalnya, mis. "UU 36/2009 tentang Kesehatan Pasal 57".',
    en: 'is empty although the ground is Article 17 letter j (information another law forbids disclosing). Name that law and its article, e.g. "UU 36/2009 tentang Kesehatan Pasal 57".',
  }),
  'fulfils.unknown': (i) => ({
    id: `${s(i['nilai'])} bukan kode item wajib yang dikenal katalog, jadi diabaikan. Periksa ejaannya (mis. berkala.laporan-keuangan), atau kosongkan kolom ini agar item wajibnya dikenali dari judul.`,
    en: `${s(i['nilai'])} is not an item id the catalog knows, so it is ignored. Check its spelling (e.g. berkala.laporan-keuangan), or leave this field empty to have the mandatory item recognised from the title.`,
  }),
  'fulfils.other-category': (i) => ({
    id: `${s(i['nilai'])} adalah item wajib kategori "${s(i['kategoriItem'])}", sedangkan item informasi ini berkategori "${s(i['kategori'])}". Item wajib itu tetap dihitung terpenuhi dalam nilai, tetapi item informasi ini ditampilkan di daftar "${s(i['kategori'])}", bukan "${s(i['kategoriItem'])}". Ubah kategorinya menjadi "${s(i['kategoriItem'])}", atau hapus kode ini.`,
    en: `${s(i['nilai'])} is a mandatory item of category "${s(i['kategoriItem'])}", but this entry's category is "${s(i['kategori'])}". The item counts as fulfilled in the score, yet this entry is listed under "${s(i['kategori'])}", not "${s(i['kategoriItem'])}". Set this entry's category to "${s(i['kategoriItem'])}", or remove this id.`,
  }),
  'document.unreadable': () => ({ id: 'Dokumen tidak dapat dibaca.', en: 'The document cannot be read.' }),
  'document.type': (i) => ({
    id: `Dokumen DIP harus berupa objek JSON ({ … }), bukan ${s(i['jenis'])}.`,
    en: `A DIP document must be a JSON object ({ … }), not ${s(i['jenis'])}.`,
  }),
  'version.unsupported': (i) => ({
    id: `versi ${s(i['nilai'])} tidak didukung; SDK ini membaca versi ${DIP_VERSION}. Perbarui @terbuka/sdk atau ubah dokumennya.`,
    en: `version ${s(i['nilai'])} is not supported; this SDK reads version ${DIP_VERSION}. Update @terbuka/sdk or convert the document.`,
  }),
};

/**
 * A problem of the DIP validator in words: where (item n, link m), which field, and what. Anything but such
 * a problem (an object with its `code`) throws GalatArgumen.
 */
export function uraikanMasalah(m: MasalahMentah): MasalahDIP {
  periksaArgumen(typeof m?.code === 'string', 'uraikanMasalah', 'm', m, {
    id: 'masalah mentah validator DIP ({ severity, code, path, isi? })',
    en: 'a raw problem of the DIP validator ({ severity, code, path, isi? })',
  });
  const isi = m.isi ?? {};
  const kalimat = KALIMAT[m.code];
  const problem = kalimat
    ? kalimat(isi)
    : teksMasalahSkema(
        m.code,
        s(isi['nilai']),
        isi['diharapkan'] === undefined ? undefined : s(isi['diharapkan']),
        MASALAH_SKEMA,
      );
  return buatMasalah({
    severity: m.severity,
    code: m.code,
    path: m.path,
    problem,
    ...(m.row !== undefined ? { row: m.row } : {}),
    ...(m.column !== undefined ? { column: m.column } : {}),
  });
}

/** `H` with its problems worded, each member of a union on its own (`ok: true` keeps its document). */
export type Terurai<H> = H extends unknown
  ? Omit<H, 'errors' | 'warnings'> & { errors: MasalahDIP[]; warnings: MasalahDIP[] }
  : never;

/** A result with its problems worded (`uraikanMasalah`); everything else as it was. */
export function uraikanHasil<
  H extends { readonly errors: readonly MasalahMentah[]; readonly warnings: readonly MasalahMentah[] },
>(h: H): Terurai<H> {
  const terurai = { ...h, errors: h.errors.map(uraikanMasalah), warnings: h.warnings.map(uraikanMasalah) };
  // The spread keeps every other field, `ok` and `document` together: the member H was.
  return terurai as unknown as Terurai<H>;
}
