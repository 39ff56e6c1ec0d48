/** A language the SDK speaks: Bahasa Indonesia first, English second. */
export type Bahasa = 'id' | 'en';

/** Every user-facing string the SDK produces, in both languages. */
export interface Teks {
  readonly id: string;
  readonly en: string;
}

export const BAHASA_BAKU: Bahasa = 'id';

/** Picks the text for a language, falling back to Bahasa Indonesia. */
export function pilihTeks(teks: Teks, bahasa: Bahasa = BAHASA_BAKU): string {
  return teks[bahasa] ?? teks.id;
}

/** Builds a Teks from a template in each language with `{name}` placeholders. */
export function isiTeks(template: Teks, nilai: Readonly<Record<string, string | number>>): Teks {
  const isi = (s: string): string =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => (k in nilai ? String(nilai[k]) : m));
  return { id: isi(template.id), en: isi(template.en) };
}

/** Reads a language tag such as `en-GB` or `id` into a supported Bahasa. */
export function bacaBahasa(tag: string | null | undefined): Bahasa {
  const utama = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return utama === 'en' ? 'en' : 'id';
}
