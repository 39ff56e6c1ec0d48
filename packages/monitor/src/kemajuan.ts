import cliProgress from 'cli-progress';
import { pilihTeks } from '@terbuka/sdk';
import type { Bahasa } from '@terbuka/sdk';

/** Progress of a scan run: a bar with counts and ETA in a terminal, nothing otherwise. */
export interface Kemajuan {
  maju(gagal: boolean): void;
  berhenti(): void;
}

const DIAM: Kemajuan = { maju: () => undefined, berhenti: () => undefined };

export interface OpsiKemajuan {
  readonly total: number;
  readonly bahasa: Bahasa;
  /** Default process.stderr: stdout stays clean for `--json`. */
  readonly aliran?: NodeJS.WriteStream;
  /** Default: only when the stream is a terminal. */
  readonly tampil?: boolean;
}

export function buatKemajuan(opsi: OpsiKemajuan): Kemajuan {
  const aliran = opsi.aliran ?? process.stderr;
  if (!(opsi.tampil ?? aliran.isTTY === true) || opsi.total === 0) return DIAM;
  const label = pilihTeks(
    {
      id: '{bar} {percentage}% | {value}/{total} badan publik | gagal dijangkau {gagal} | sisa {eta_formatted}',
      en: '{bar} {percentage}% | {value}/{total} agencies | unreachable {gagal} | ETA {eta_formatted}',
    },
    opsi.bahasa,
  );
  const bar = new cliProgress.SingleBar(
    {
      format: label,
      stream: aliran,
      hideCursor: true,
      etaBuffer: 100,
      fps: 5,
      // Drawn even when `tampil` forces it on a stream that is not a terminal (tests).
      noTTYOutput: aliran.isTTY !== true,
    },
    cliProgress.Presets.shades_classic,
  );
  let gagal = 0;
  bar.start(opsi.total, 0, { gagal });
  return {
    maju: (g) => {
      if (g) gagal++;
      bar.increment(1, { gagal });
    },
    berhenti: () => bar.stop(),
  };
}
