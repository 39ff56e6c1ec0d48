import type { Masalah, Teks } from '@terbuka/sdk';

/**
 * Publishing refused: nothing was written; or stopped by a rename failing before the new feed was in place
 * (`errors` holds `publish.partial`, naming the files of the run already in place beside the earlier feed).
 * Either way the feed in place is not this run's: nothing to copy to the web server. `penggunaan`: the command
 * was given something wrong (a bad address, an output path that is a file), a usage error for the CLI.
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
