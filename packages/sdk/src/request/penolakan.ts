import type { Teks } from '../i18n/teks.js';
import { INSTRUMEN, pasalBelumTerverifikasi, pasalTerverifikasi } from '../standard/dasar-hukum.js';
import type { DasarHukum } from '../standard/types.js';
import { BATAS_PANJANG } from './aturan.js';
import { LABEL_PENOLAKAN } from './label.js';

/** One thing a refusal records beyond its Pasal 17 letters: its name, its limit and the law that asks for it. */
export interface IsianPenolakan {
  /** The event's field. */
  readonly field: 'consequence' | 'otherLaw';
  /** The error code when it is missing or too long. */
  readonly code: string;
  /** Its name on a form or a register (LABEL_PENOLAKAN). */
  readonly label: Teks;
  /** At most this many characters (panjangTeks). */
  readonly maxLength: number;
  /** The law that asks for it; each citation with its own `verified` flag. */
  readonly basis: readonly DasarHukum[];
}

const BELUM_DICOCOKKAN: Teks = {
  id: 'Dikutip dari teks UU 14/2008; belum dicocokkan dengan naskah resmi di proyek ini.',
  en: 'Quoted from the text of UU 14/2008; not yet checked against the official text in this project.',
};

/**
 * What an answer refusing a request (`jawab`, outcome `ditolak`) must record besides its Pasal 17 letters. The
 * consequence: the harm disclosure would cause, as the consequence test (uji konsekuensi) found it — the
 * exclusion rests on that test, not on the letter alone. The other law: ground j is "information another law
 * forbids disclosing", which says nothing until that law is named. Both are checked when an answer is
 * recorded (terapkanPeristiwa), never when a stored history is read.
 */
export const DASAR_PENOLAKAN: Readonly<Record<IsianPenolakan['field'], IsianPenolakan>> = {
  consequence: {
    field: 'consequence',
    code: 'answer.consequence',
    label: LABEL_PENOLAKAN.consequence,
    maxLength: BATAS_PANJANG.information,
    basis: [
      pasalTerverifikasi(INSTRUMEN.perki2021, 'Pasal 49'),
      pasalBelumTerverifikasi(INSTRUMEN.uuKip, 'Pasal 19', BELUM_DICOCOKKAN),
    ],
  },
  otherLaw: {
    field: 'otherLaw',
    code: 'answer.other-law',
    label: LABEL_PENOLAKAN.otherLaw,
    maxLength: BATAS_PANJANG.address,
    basis: [pasalTerverifikasi(INSTRUMEN.uuKip, 'Pasal 17 huruf j')],
  },
};

/** Short names of the instruments as messages cite them. */
const SINGKAT: Readonly<Record<string, string>> = {
  [INSTRUMEN.uuKip]: 'UU KIP',
  [INSTRUMEN.perki2021]: 'Perki 1/2021',
  [INSTRUMEN.perki2018]: 'Perki 1/2018',
};

/**
 * The verified citations of `basis` as a message gives them: `UU KIP Pasal 17 huruf j` / `UU KIP Article
 * 17(j)`, joined with "; ". An unverified citation is left out: a message states only what was checked.
 */
export function sebutDasar(basis: readonly DasarHukum[]): Teks {
  const sah = basis.filter((d) => d.verified && d.article);
  const nama = (d: DasarHukum) => SINGKAT[d.instrument] ?? d.instrument;
  const inggris = (a: string) =>
    a.replace(
      /^Pasal (\d+)(?: ayat \(?(\d+)\)?)?(?: huruf ([a-z]))?$/,
      (_, p: string, ayat?: string, huruf?: string) =>
        `Article ${p}${ayat ? `(${ayat})` : ''}${huruf ? `(${huruf})` : ''}`,
    );
  return {
    id: sah.map((d) => `${nama(d)} ${d.article}`).join('; '),
    en: sah.map((d) => `${nama(d)} ${inggris(d.article!)}`).join('; '),
  };
}
