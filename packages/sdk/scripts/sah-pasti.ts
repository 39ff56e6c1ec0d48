// Writes src/dip/sah-pasti.ts from the DIP schema (src/dip/skema.ts), run by `npm run schema` with the JSON
// Schemas: checks that need no valibot, of the same tree of combinators (sah-pasti-dasar.ts) in two modes.
// Relaxed, of a whole document: true only when the validator would take the document as given (but for the
// order of its keys and the fields it does not know, which it leaves out); the widgets decide with it alone
// for nearly every register and load the validator (valibot and all) only when it says no. Strict, of one
// item (the tree `itemDIP` it exports, walked with sah-persis.ts): true only when the item schema's output
// would be the item itself, keys and their order too; the validator (periksa.ts) then takes the item
// without running valibot on it. It walks the schema's own
// objects, so the rules stay in skema.ts; it fails on any kind of schema or action it does not know,
// rather than guess.
import { format, resolveConfig } from 'prettier';
import { SkemaDokumenDIP, SkemaItemDIP } from '../src/dip/skema.js';
import { tanggalValid } from '../src/calendar/tanggal.js';
import { POLA_TAUTAN } from '../src/dip/tautan.js';
import { POLA_WEB } from '../src/dip/pola-web.js';
import { pengecualianTercatat } from '../src/dip/aturan-item.js';
import { kodeGanda } from '../src/dip/kode-ganda.js';
import { HURUF_PASAL_17, KODE_KATEGORI } from '../src/standard/kode.js';
import { JENIS_BADAN_PUBLIK } from '../src/standard/types.js';
import { BENTUK_INFORMASI, PLATFORM_KANAL, ZONA_WAKTU } from '../src/dip/pilihan.js';

export const BERKAS_SAH_PASTI = new URL('../src/dip/sah-pasti.ts', import.meta.url);

/**
 * Values of the schema the generated module imports rather than copies, by identity: the checks (a
 * function cannot be written out; one not listed here fails the generator), the link patterns and the
 * code lists the SDK already has in valibot-free modules (relative to src/dip/).
 */
const DIRUJUK = new Map<unknown, readonly [nama: string, modul: string]>([
  [tanggalValid, ['tanggalValid', '../calendar/tanggal.js']],
  [pengecualianTercatat, ['pengecualianTercatat', './aturan-item.js']],
  [kodeGanda, ['kodeGanda', './kode-ganda.js']],
  [POLA_TAUTAN, ['POLA_TAUTAN', './tautan.js']],
  [POLA_WEB, ['POLA_WEB', './pola-web.js']],
  [KODE_KATEGORI, ['KODE_KATEGORI', '../standard/kode.js']],
  [HURUF_PASAL_17, ['HURUF_PASAL_17', '../standard/kode.js']],
  [JENIS_BADAN_PUBLIK, ['JENIS_BADAN_PUBLIK', '../standard/types.js']],
  [ZONA_WAKTU, ['ZONA_WAKTU', './pilihan.js']],
  [PLATFORM_KANAL, ['PLATFORM_KANAL', './pilihan.js']],
  [BENTUK_INFORMASI, ['BENTUK_INFORMASI', './pilihan.js']],
]);

/** The parts of a valibot schema or action read here. */
interface Simpul {
  readonly kind: string;
  readonly type: string;
  readonly entries?: Readonly<Record<string, Simpul>>;
  readonly item?: Simpul;
  readonly wrapped?: Simpul;
  readonly pipe?: readonly Simpul[];
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly requirement?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
}

/**
 * A literal or the options of a picklist as code: only values JSON writes back as themselves (a string,
 * a finite number, a boolean, null, lists of them). \`JSON.stringify\` turns NaN and Infinity into null,
 * and -0 into 0: the check would then take a value valibot refuses.
 */
function json(x: unknown, jalur: string): string {
  const sama = (a: unknown, b: unknown): boolean =>
    Array.isArray(a)
      ? Array.isArray(b) && a.length === b.length && a.every((y, i) => sama(y, b[i]))
      : Object.is(a, b);
  const teks = JSON.stringify(x);
  if (teks === undefined || !sama(JSON.parse(teks), x))
    throw new Error(`${jalur}: the value ${String(x)} cannot be written as JSON; see scripts/sah-pasti.ts`);
  return teks;
}

class Penulis {
  readonly impor = new Map<string, Set<string>>();
  readonly konstanta: string[] = [];
  /** Each schema object used more than once becomes one constant. */
  readonly pakai = new Map<Simpul, number>();
  readonly nama = new Map<Simpul, string>();
  /** Schema objects that become a constant of this name however often they are used. */
  readonly benama = new Map<Simpul, string>();
  bernomor = 0;

  rujuk(nilai: unknown): string | undefined {
    const r = DIRUJUK.get(nilai);
    if (!r) return undefined;
    const [nama, modul] = r;
    if (!this.impor.has(modul)) this.impor.set(modul, new Set());
    this.impor.get(modul)!.add(nama);
    return nama;
  }

  hitung(s: Simpul): void {
    const n = (this.pakai.get(s) ?? 0) + 1;
    this.pakai.set(s, n);
    if (n > 1) return;
    // A pipe's first element is the schema itself, with the same entries: not counted again.
    for (const e of Object.values(s.entries ?? {})) this.hitung(e);
    if (s.item) this.hitung(s.item);
    if (s.wrapped) this.hitung(s.wrapped);
  }

  /** A pipe's validation as a `Cek` expression. */
  cek(a: Simpul, jalur: string): string {
    const gagal = (): never => {
      throw new Error(
        `${jalur}: valibot action '${a.type}' (${a.kind}) is not known to scripts/sah-pasti.ts`,
      );
    };
    if (a.kind !== 'validation') return gagal();
    const r = a.requirement;
    switch (a.type) {
      case 'regex':
      case 'email':
      case 'iso_date': {
        if (!(r instanceof RegExp) || /[gy]/.test(r.flags)) return gagal();
        return this.rujuk(r) ?? String(r);
      }
      case 'check':
      case 'partial_check':
        if (typeof r !== 'function') return gagal();
        return this.rujuk(r) ?? gagal();
      case 'integer':
        return 'Number.isInteger';
      case 'min_value':
      case 'max_value':
      case 'min_length':
        if (typeof r !== 'number' || !Number.isFinite(r)) return gagal();
        return a.type === 'min_value'
          ? `(n: number) => n >= ${r}`
          : a.type === 'max_value'
            ? `(n: number) => n <= ${r}`
            : `(x: { length: number }) => x.length >= ${r}`;
      default:
        return gagal();
    }
  }

  /** A schema as a `Uji` expression (a constant's name when it is used more than once). */
  uji(s: Simpul, jalur: string): string {
    const ada = this.nama.get(s);
    if (ada) return ada;
    const isi = this.ujiBaru(s, jalur);
    const tetap = this.benama.get(s);
    if (!tetap && (this.pakai.get(s) ?? 0) < 2) return isi;
    const nama = tetap ?? `u${this.bernomor++}`;
    this.nama.set(s, nama);
    this.konstanta.push(`const ${nama} = ${isi};`);
    return nama;
  }

  ujiBaru(s: Simpul, jalur: string): string {
    const gagal = (apa: string): never => {
      throw new Error(`${jalur}: ${apa} is not known to scripts/sah-pasti.ts`);
    };
    if (s.kind !== 'schema') gagal(`'${s.type}' (${s.kind})`);
    if (s.default !== undefined || s.fallback !== undefined) gagal('a default or fallback');
    // v.pipe(schema, …actions): the schema's own fields, the pipe's first element the schema itself.
    const pipa = s.pipe ?? [];
    if (pipa.length > 0 && pipa[0]?.type !== s.type) gagal(`a pipe that starts with '${pipa[0]?.type}'`);
    if (pipa[0]?.pipe) gagal('a pipe inside a pipe');
    const cek = pipa.slice(1).map((a) => this.cek(a, jalur));
    const ekor = cek.map((c) => `, ${c}`).join('');
    switch (s.type) {
      case 'string':
        return `teks(${cek.join(', ')})`;
      case 'number':
        return `angka(${cek.join(', ')})`;
      case 'literal':
        if (cek.length) gagal('a literal with a pipe');
        return `sama(${this.rujuk(s.literal) ?? json(s.literal, jalur)})`;
      case 'picklist':
        if (cek.length) gagal('a picklist with a pipe');
        return `salahSatu(${this.rujuk(s.options) ?? json(s.options, jalur)})`;
      case 'array':
        return `daftar(${this.uji(s.item!, `${jalur}[]`)}${ekor})`;
      case 'object': {
        const entri = Object.entries(s.entries!).map(([k, e]) => {
          const sub = `${jalur ? `${jalur}.` : ''}${k}`;
          if (e.type !== 'optional') return `${JSON.stringify(k)}: ${this.uji(e, sub)}`;
          if (e.default !== undefined || e.pipe) gagal(`${sub}: an optional with a default or a pipe`);
          return `${JSON.stringify(k)}: opsional(${this.uji(e.wrapped!, sub)})`;
        });
        return `objek({ ${entri.join(', ')} }${ekor})`;
      }
      default:
        return gagal(`schema type '${s.type}'`);
    }
  }
}

/**
 * The text of src/dip/sah-pasti.ts as the current schema makes it (formatted as the repository is); `skema`
 * for the tests, which give it one with a part it does not know.
 */
export async function teksSahPasti(skema: object = SkemaDokumenDIP): Promise<string> {
  const p = new Penulis();
  const akar = skema as Simpul;
  // The item schema the validator runs item by item (periksa.ts): its check of one item.
  const item = SkemaItemDIP as unknown as Simpul;
  p.benama.set(item, 'itemDIP');
  p.hitung(akar);
  const dokumen = p.uji(akar, '');
  if (!p.nama.has(item))
    throw new Error("the document schema's items[] is not SkemaItemDIP, as scripts/sah-pasti.ts expects");
  // The rule across items the validator (periksa.ts) adds to the schema's: no repeated id. It reads the
  // items again, inside `pasti` too: an input that throws when read is a "not sure", never a throw.
  const ganda = p.rujuk(kodeGanda)!;
  const impor = [...p.impor]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([modul, nama]) => `import { ${[...nama].sort().join(', ')} } from '${modul}';`);
  const teks = `// Generated by packages/sdk/scripts/sah-pasti.ts from the DIP schema (skema.ts) — do not edit: run
// \`npm run schema\` (sah-pasti.test.ts fails while this file is not what the generator writes).
import type { DokumenDIP } from './types.js';
import { angka, daftar, objek, opsional, pasti, salahSatu, sama, teks } from './sah-pasti-dasar.js';
${impor.join('\n')}

${p.konstanta.join('\n')}
const dokumen = ${dokumen};

/**
 * True only when \`validasiDIP(x)\` is ok with a document equal to \`x\` itself but for the order of
 * its keys and the fields the format does not know (plain objects, no repeated item id): \`x\` is then
 * that document, and no valibot was needed to know it. False means "not sure": run the validator (so for
 * an input that throws when read: never a throw). Warnings are not looked at (a document can have some,
 * as \`item.no-date\`, and still be this).
 */
export const dipSahPasti = (x: unknown): x is DokumenDIP =>
  pasti((d) => dokumen(d) && !${ganda}((d as DokumenDIP).items), x);

/** One item (SkemaItemDIP), for its strict check: \`itemSahPersis\` (sah-persis.ts). */
export { itemDIP };
`;
  return format(teks, { ...(await resolveConfig(BERKAS_SAH_PASTI)), filepath: BERKAS_SAH_PASTI.pathname });
}
