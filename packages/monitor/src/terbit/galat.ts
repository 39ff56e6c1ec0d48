import type { Masalah, Teks } from '@terbuka/sdk';

/**
 * Publishing refused: nothing was written. `penggunaan`: the command was given something wrong (a bad
 * address, an output path that is a file), a usage error for the CLI.
 */
export class GalatTerbit extends Error {
  constructor(
    readonly teks: Teks,
    readonly errors: readonly Masalah[] = [],
    readonly penggunaan = false,
  ) {
    super(teks.en);
  }
}
