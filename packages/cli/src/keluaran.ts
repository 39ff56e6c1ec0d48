import { pilihTeks, type Bahasa, type Teks } from '@terbuka/sdk';

/** Where a command writes: stdout for results, stderr for problems and diagnostics. */
export interface Keluaran {
  readonly bahasa: Bahasa;
  readonly json: boolean;
  tulis(baris: string): void;
  galat(baris: string): void;
  teks(t: Teks): string;
  /** Prints a value as stable JSON on stdout. */
  cetakJSON(nilai: unknown): void;
}

export interface Aliran {
  write(s: string): unknown;
}

export function buatKeluaran(
  bahasa: Bahasa,
  json: boolean,
  stdout: Aliran = process.stdout,
  stderr: Aliran = process.stderr,
): Keluaran {
  return {
    bahasa,
    json,
    tulis: (b) => void stdout.write(`${b}\n`),
    galat: (b) => void stderr.write(`${b}\n`),
    teks: (t) => pilihTeks(t, bahasa),
    cetakJSON: (nilai) => void stdout.write(`${JSON.stringify(nilai, null, 2)}\n`),
  };
}

/** An error the user caused (bad file, bad option): printed without a stack, with exit code 2 unless said. */
export class GalatPengguna extends Error {
  constructor(
    readonly pesan: Teks,
    readonly kodeKeluar = 2,
  ) {
    super(pesan.en);
  }
}
