import type { Teks } from './teks.js';

// The one check of a public function's argument type, for JavaScript callers (TypeScript's types stop a
// TypeScript caller, not `bacaDIP(readFileSync(path))` or `el.getAttribute('src')` being null). A
// function whose contract is "undefined for anything else" (the parsers) returns undefined instead; the
// others throw GalatArgumen, built here so that every such message is worded alike.

/** How a message names a value that was given: `undefined`, `null`, `number 42`, `array`, `Uint8Array`. */
export function jenisNilai(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') {
    const nama = (v as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof nama === 'string' && nama !== 'Object' ? nama : 'object';
  }
  return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${String(v)}` : typeof v;
}

/** What a parameter takes, in both languages; `TEKS` for a string. */
export const TEKS: Teks = { id: 'teks (string)', en: 'a string' };

/**
 * The sentence of a wrong argument, in id/en: the function, the parameter, what it takes, what was
 * given, and what to do when `saran` says it. `GalatArgumen`'s `teks`; `verifikasiFeed` returns it too.
 */
export function teksArgumen(
  fungsi: string,
  parameter: string,
  nilai: unknown,
  harus: Teks,
  saran?: Teks,
): Teks {
  const diberi = jenisNilai(nilai);
  return {
    id: `${fungsi}: ${parameter} harus ${harus.id}, bukan ${diberi}.${saran ? ` ${saran.id}` : ''}`,
    en: `${fungsi}: ${parameter} must be ${harus.en}, not ${diberi}.${saran ? ` ${saran.en}` : ''}`,
  };
}

/** `${id} / ${en}`: the message of the SDK's bilingual errors (GalatArgumen, GalatMasukanKalender). */
export const pesanGalat = (teks: Teks): string => `${teks.id} / ${teks.en}`;

/**
 * A public function called with an argument of the wrong type: a TypeError naming the function and the
 * parameter (`fungsi`, `parameter`), with its message in Indonesian and English (`teks.id`, `teks.en`;
 * `message` is both), as GalatMasukanKalender carries its own.
 */
export class GalatArgumen extends TypeError {
  override readonly name = 'GalatArgumen';
  readonly teks: Teks;
  readonly fungsi: string;
  readonly parameter: string;
  constructor(fungsi: string, parameter: string, nilai: unknown, harus: Teks, saran?: Teks) {
    const teks = teksArgumen(fungsi, parameter, nilai, harus, saran);
    super(pesanGalat(teks));
    this.teks = teks;
    this.fungsi = fungsi;
    this.parameter = parameter;
  }
}

/**
 * Bytes as the SDK reads them: a Uint8Array (a Node Buffer is one) as it is, an ArrayBuffer
 * (`res.arrayBuffer()`) or another view of one (DataView, Int8Array …) as a Uint8Array over the same
 * memory; undefined for anything else, a string included (text is not bytes).
 */
export function sebagaiByte(x: unknown): Uint8Array | undefined {
  return x instanceof Uint8Array
    ? x
    : x instanceof ArrayBuffer
      ? new Uint8Array(x)
      : ArrayBuffer.isView(x)
        ? new Uint8Array(x.buffer, x.byteOffset, x.byteLength)
        : undefined;
}

/** What a parameter of bytes takes, in both languages. */
export const BYTE: Teks = {
  id: 'byte (Uint8Array, Buffer atau ArrayBuffer)',
  en: 'bytes (a Uint8Array, Buffer or ArrayBuffer)',
};

/** Throws GalatArgumen (with these words) unless `ok`: the one form of every check that throws. */
export function periksaArgumen(
  ok: boolean,
  fungsi: string,
  parameter: string,
  nilai: unknown,
  harus: Teks,
  saran?: Teks,
): void {
  if (!ok) throw new GalatArgumen(fungsi, parameter, nilai, harus, saran);
}
