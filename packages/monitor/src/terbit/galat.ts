import type { Masalah, Teks } from '@terbuka/sdk';

/** Publishing refused: nothing was written. */
export class GalatTerbit extends Error {
  constructor(
    readonly teks: Teks,
    readonly errors: readonly Masalah[] = [],
  ) {
    super(teks.en);
  }
}
