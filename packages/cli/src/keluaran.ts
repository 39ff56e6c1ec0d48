import { pilihTeks, type Bahasa, type Teks } from '@terbuka/sdk';

/** Where a command writes: stdout for results, stderr for problems and diagnostics. */
export interface Keluaran {
  readonly bahasa: Bahasa;
  readonly json: boolean;
  /** stdout is a terminal (a table for people), else a pipe or a file (lines for programs). */
  readonly tty: boolean;
  /** The terminal's width in characters, when stdout is one. */
  readonly kolom: number | undefined;
  tulis(baris: string): void;
  /** Writes bytes (or text) to stdout as they are: a CSV with its byte order mark. */
  mentah(isi: string | Uint8Array): void;
  galat(baris: string): void;
  teks(t: Teks): string;
  /** Prints a value as stable JSON on stdout. */
  cetakJSON(nilai: unknown): void;
}

export interface Aliran {
  write(s: string | Uint8Array): unknown;
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
    tty: (stdout as { isTTY?: boolean }).isTTY === true,
    kolom: (stdout as { columns?: number }).columns,
    tulis: (b) => void stdout.write(`${b}\n`),
    mentah: (isi) => void stdout.write(isi),
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
