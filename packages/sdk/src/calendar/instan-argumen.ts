import { periksaArgumen } from '../i18n/argumen.js';

// Its own module (with the argument words only): the public functions of an instant use it, and a
// module is the unit a bundle splits on. A date parameter that also takes `YYYY-MM-DD` is tanggalArgumen's.

/**
 * A public function's instant parameter (`instan`, `now` …): a valid Date, returned as it is. Anything else
 * throws GalatArgumen naming the function and the parameter, in both languages, an invalid Date with
 * `Invalid Date` as given (as tanggalArgumen writes it) — never the engine's bare "Invalid time value".
 */
export function instanArgumen(fungsi: string, parameter: string, nilai: unknown): Date {
  const date = nilai instanceof Date;
  periksaArgumen(
    date && !Number.isNaN(nilai.getTime()),
    fungsi,
    parameter,
    nilai,
    { id: 'Date yang sah', en: 'a valid Date' },
    date ? { id: 'Diberikan: Invalid Date.', en: 'Given: Invalid Date.' } : undefined,
  );
  return nilai as Date;
}
