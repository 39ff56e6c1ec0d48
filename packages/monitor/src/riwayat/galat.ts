import type { Teks } from '@terbuka/sdk';

/** A history file that cannot be opened, read or written; carries its message in both languages. */
export class GalatRiwayat extends Error {
  constructor(readonly teks: Teks) {
    super(teks.en);
    this.name = 'GalatRiwayat';
  }
}

export const kodeGalat = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);
