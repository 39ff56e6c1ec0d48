import { Command, CommanderError, Option } from 'commander';
import { bacaBahasa, pilihTeks, type Bahasa } from '@terbuka/sdk';
import { buatKeluaran, GalatPengguna, type Aliran, type Keluaran } from './keluaran.js';
import { periksaDIP } from './perintah/dip-check.js';
import { konversiDIP } from './perintah/dip-convert.js';
import { nilaiBerkasDIP } from './perintah/dip-score.js';
import { JENIS_TENGGAT, tenggat } from './perintah/tenggat.js';

interface OpsiGlobal {
  json?: boolean;
  lang: string;
}

function bangunProgram(jalankan: (kerja: (out: Keluaran) => Promise<number> | number) => Promise<void>) {
  const program = new Command('terbuka')
    .description(
      'Terbuka — periksa DIP, hitung skor dan tenggat hari kerja layanan informasi publik.\n' +
        'Terbuka — check DIPs, compute scores and working-day deadlines for public-information service.',
    )
    .option('--json', 'keluaran JSON yang stabil / stable JSON output')
    .addOption(
      new Option('--lang <bahasa>', 'bahasa pesan / message language')
        .choices(['id', 'en'])
        .default(bacaBahasa(process.env.TERBUKA_LANG)),
    )
    .showHelpAfterError()
    .exitOverride();

  const dip = program
    .command('dip')
    .description('Daftar Informasi Publik: periksa, konversi, nilai / check, convert, score');

  dip
    .command('check')
    .description('periksa dokumen DIP (JSON atau CSV) / validate a DIP document (JSON or CSV)')
    .argument('<berkas>', 'berkas DIP, atau - untuk stdin / DIP file, or - for stdin')
    .option('--agency <berkas>', 'JSON badan publik untuk CSV / agency JSON for a CSV')
    .action((berkas: string, opsi: { agency?: string }) => jalankan((out) => periksaDIP(berkas, opsi, out)));

  dip
    .command('convert')
    .description('ubah CSV menjadi DIP JSON / convert a CSV register into DIP JSON')
    .argument('<berkas>', 'berkas CSV / CSV file')
    .option('-o, --output <berkas>', 'berkas keluaran (bawaan: stdout) / output file (default: stdout)')
    .option('--agency <berkas>', 'JSON badan publik / agency JSON')
    .action((berkas: string, opsi: { agency?: string; output?: string }) =>
      jalankan((out) => konversiDIP(berkas, opsi, out)),
    );

  dip
    .command('score')
    .description('nilai DIP: skor, kualifikasi, item wajib yang belum ada / score a DIP')
    .argument('<berkas>', 'berkas DIP (JSON atau CSV) / DIP file (JSON or CSV)')
    .option('--now <tanggal>', 'tanggal penilaian YYYY-MM-DD (bawaan: hari ini) / evaluation date')
    .option('--agency <berkas>', 'JSON badan publik untuk CSV / agency JSON for a CSV')
    .action((berkas: string, opsi: { now?: string; agency?: string }) =>
      jalankan((out) => nilaiBerkasDIP(berkas, opsi, out)),
    );

  program
    .command('tenggat')
    .description('tenggat hari kerja sejak tanggal diterima / working-day deadline from the date received')
    .argument('<tanggal>', 'tanggal diterima, mis. 2026-03-05 atau "5 Maret 2026" / date received')
    .addOption(
      new Option('--jenis <jenis>', 'jenis tenggat / deadline kind')
        .choices(JENIS_TENGGAT)
        .default('permintaan'),
    )
    .option(
      '--tanpa-cuti-bersama',
      'hitung cuti bersama sebagai hari kerja / count cuti bersama as working days',
    )
    .option('--zona <zona>', 'zona waktu: WIB, WITA, WIT / time zone', 'WIB')
    .option(
      '--libur <YYYY-MM-DD[:nama]>',
      'libur daerah, boleh berulang / regional day off, repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--ketat', 'galat bila data libur tahun itu tidak ada / error when a year has no holiday data')
    .action((tanggal: string, opsi: Parameters<typeof tenggat>[1]) =>
      jalankan((out) => tenggat(tanggal, opsi, out)),
    );

  return program;
}

/** Entry of the `terbuka` command. Returns the process exit code; never exits the process itself. */
export async function main(
  argv: readonly string[],
  stdout: Aliran = process.stdout,
  stderr: Aliran = process.stderr,
): Promise<number> {
  let kode = 0;
  let bahasa: Bahasa = bacaBahasa(process.env.TERBUKA_LANG);
  const program = bangunProgram(async (kerja) => {
    const g = program.opts<OpsiGlobal>();
    bahasa = bacaBahasa(g.lang);
    kode = await kerja(buatKeluaran(bahasa, Boolean(g.json), stdout, stderr));
  });
  program.configureOutput({ writeOut: (s) => void stdout.write(s), writeErr: (s) => void stderr.write(s) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return kode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof GalatPengguna) {
      stderr.write(`${pilihTeks(e.pesan, bahasa)}\n`);
      return e.kodeKeluar;
    }
    if (e instanceof RangeError) {
      stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
