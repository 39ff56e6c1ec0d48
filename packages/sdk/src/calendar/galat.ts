import { pesanGalat as pesan } from '../i18n/argumen.js';
import type { Teks } from '../i18n/teks.js';

/** A RangeError that also carries its message in both languages, for UIs that show one. */
export class GalatMasukanKalender extends RangeError {
  override readonly name = 'GalatMasukanKalender';
  readonly teks: Teks;
  constructor(teks: Teks) {
    super(pesan(teks));
    this.teks = teks;
  }
}

/** Thrown in strict mode when a count reaches a year whose holidays the SDK does not know. */
export class DataLiburTidakTersedia extends Error {
  override readonly name = 'DataLiburTidakTersedia';
  readonly teks: Teks;
  readonly year: number;
  constructor(teks: Teks, year: number) {
    super(pesan(teks));
    this.teks = teks;
    this.year = year;
  }
}
