import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { bacaBahasa, pilihTeks, type Bahasa, type Teks } from '@terbuka/sdk';
import { BantuanDwibahasa, terjemahkanGalat } from './bantuan.js';
import { buatKeluaran, GalatPengguna, type Aliran, type Keluaran } from './keluaran.js';
import { periksaDIP } from './perintah/dip-check.js';
import type { OpsiAgensi } from './perintah/dokumen.js';
import { konversiDIP } from './perintah/dip-convert.js';
import { nilaiBerkasDIP } from './perintah/dip-score.js';
import { backup, serve, token, type OpsiServe } from './perintah/serve.js';
import { JENIS_TENGGAT, tenggat } from './perintah/tenggat.js';
import { daftarPerintahKunci } from './perintah/keys.js';
import { daftarMonitorPublish } from './perintah/monitor-publish.js';
import { daftarMonitorScan } from './perintah/monitor-scan.js';
import { daftarPerintahPetugas } from './perintah/petugas.js';

/** The package's version (`terbuka --version`), read from its package.json, in src/ and in dist/ alike. */
const VERSI = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

interface OpsiGlobal {
  json?: boolean;
  lang: string;
}

/**
 * A CSV's public body for `dip check`, `convert` and `score`: a JSON file, or its parts named as the
 * widgets' attributes (agency → --agency-id, agency-name, agency-kind, agency-timezone); and the PPID
 * decision that set the DIP (SK DIP), over one its title rows name (--decision-number, --decision-date).
 */
function opsiAgensi(perintah: Command): Command {
  return perintah
    .option('--agency <berkas>', 'JSON badan publik untuk CSV / agency JSON for a CSV')
    .option('--agency-id <id>', 'id badan publik untuk CSV / agency id for a CSV')
    .option('--agency-name <nama>', 'nama badan publik untuk CSV / agency name for a CSV')
    .option(
      '--agency-kind <jenis>',
      'opd (bawaan), kecamatan, kelurahan, desa, lainnya untuk CSV / agency kind for a CSV (default opd)',
    )
    .option('--agency-timezone <zona>', 'WIB, WITA atau WIT untuk CSV / time zone for a CSV')
    .option(
      '--decision-number <nomor>',
      'nomor keputusan PPID yang menetapkan DIP (SK DIP) untuk CSV / number of the PPID decision setting the DIP, for a CSV',
    )
    .option(
      '--decision-date <tanggal>',
      'tanggal SK DIP, mis. 2026-01-15 atau "15 Januari 2026" / date of that decision',
    );
}

function bangunProgram(jalankan: (kerja: (out: Keluaran) => Promise<number> | number) => Promise<void>) {
  const program = new Command('terbuka')
    .description(
      'Terbuka — periksa DIP, hitung skor dan tenggat hari kerja layanan informasi publik.\n' +
        'Terbuka — check DIPs, compute scores and working-day deadlines for public-information service.',
    )
    .version(VERSI, '-V, --version', 'versi terbuka / the version of terbuka')
    .option('--json', 'keluaran JSON yang stabil / stable JSON output')
    .addOption(
      new Option('--lang <bahasa>', 'bahasa pesan / message language')
        .choices(['id', 'en'])
        .default(bacaBahasa(process.env.TERBUKA_LANG)),
    )
    .showHelpAfterError('(lihat / see: terbuka --help)')
    .exitOverride();

  const dip = program
    .command('dip')
    .description('Daftar Informasi Publik: periksa, konversi, nilai / check, convert, score');

  opsiAgensi(
    dip
      .command('check')
      .description('periksa dokumen DIP (JSON atau CSV) / validate a DIP document (JSON or CSV)')
      .argument('<berkas>', 'berkas DIP, atau - untuk stdin / DIP file, or - for stdin'),
  ).action((berkas: string, opsi: OpsiAgensi) => jalankan((out) => periksaDIP(berkas, opsi, out)));

  opsiAgensi(
    dip
      .command('convert')
      .description('ubah CSV menjadi DIP JSON / convert a CSV register into DIP JSON')
      .argument('<berkas>', 'berkas CSV / CSV file')
      .option('-o, --output <berkas>', 'berkas keluaran (bawaan: stdout) / output file (default: stdout)'),
  ).action((berkas: string, opsi: OpsiAgensi & { output?: string }) =>
    jalankan((out) => konversiDIP(berkas, opsi, out)),
  );

  opsiAgensi(
    dip
      .command('score')
      .description('nilai DIP: skor, kualifikasi, item wajib yang belum ada / score a DIP')
      .argument('<berkas>', 'berkas DIP (JSON atau CSV) / DIP file (JSON or CSV)')
      .option('--now <tanggal>', 'tanggal penilaian YYYY-MM-DD (bawaan: hari ini) / evaluation date'),
  ).action((berkas: string, opsi: OpsiAgensi & { now?: string }) =>
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

  const srv = program
    .command('serve')
    .description('jalankan server penerima permohonan (SQLite) / run the request intake server (SQLite)')
    .option('--config <berkas>', 'konfigurasi JSON (bawaan: terbuka-server.json) / JSON configuration')
    .option('--db <berkas>', 'berkas basis data SQLite / SQLite database file')
    .option('--host <alamat>', 'alamat dengar (bawaan: 127.0.0.1) / listen address')
    .option('--port <n>', 'port (0 = port bebas acak) / port (0 = any free port)')
    .option('--now <waktu>', 'jam uji ISO, hanya dengan NODE_ENV=test / test clock, NODE_ENV=test only')
    .action((opsi: OpsiServe) => jalankan((out) => serve(opsi, out)));

  srv
    .command('backup')
    .description('cadangan daring basis data (API backup SQLite) / online database backup')
    .argument('<berkas>', 'berkas cadangan baru / new backup file')
    .option('--config <berkas>', 'konfigurasi JSON / JSON configuration')
    .option('--db <berkas>', 'berkas basis data SQLite / SQLite database file')
    // `serve` has the same options and commander gives them to it: read both.
    .action((berkas: string, opsi: OpsiServe) =>
      jalankan((out) => backup(berkas, { ...srv.opts<OpsiServe>(), ...opsi }, out)),
    );

  srv
    .command('token')
    .description('buat token petugas dan sidik SHA-256-nya / create an officer token and its SHA-256')
    .action(() => jalankan((out) => token(out)));

  const monitor = program
    .command('monitor')
    .description('pemantauan situs badan publik: pindai, terbitkan / monitor agency sites: scan, publish');
  daftarMonitorScan(monitor, jalankan);
  daftarMonitorPublish(monitor, jalankan);
  daftarPerintahKunci(program, jalankan);
  daftarPerintahPetugas(program, jalankan);

  return program;
}

/** Errors of the SDK that carry their own message in both languages. */
function teksGalat(e: unknown): Teks | undefined {
  const t = (e as { teks?: Teks } | null)?.teks;
  return t && typeof t.id === 'string' && typeof t.en === 'string' ? t : undefined;
}

/**
 * The `--lang` of the command line, read before commander parses it so that its own errors (a missing
 * option, a bad value) are said in that language too: `--lang en` and `--lang=en`, the last one given,
 * none after `--`.
 */
function bahasaArgumen(argv: readonly string[]): string | undefined {
  let nilai: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') nilai = argv[++i];
    else if (a.startsWith('--lang=')) nilai = a.slice('--lang='.length);
  }
  return nilai;
}

/**
 * Entry of the `terbuka` command. Returns the process exit code and never exits the process itself:
 * 0 done; 1 the answer is no (invalid document, or strict mode refusing a year without holiday data);
 * 2 usage (bad option, unreadable file, unrecognised date); 3 an internal error (a bug: please report it);
 * 4 (`petugas`) the server could not be reached or failed: worth trying again later;
 * 5 (`monitor publish`) published, but with an error a person must look at (named in the output).
 */
export async function main(
  argv: readonly string[],
  stdout: Aliran = process.stdout,
  stderr: Aliran = process.stderr,
): Promise<number> {
  let kode = 0;
  let bahasa: Bahasa = bacaBahasa(bahasaArgumen(argv) ?? process.env.TERBUKA_LANG);
  const program = bangunProgram(async (kerja) => {
    const g = program.opts<OpsiGlobal>();
    bahasa = bacaBahasa(g.lang);
    kode = await kerja(buatKeluaran(bahasa, Boolean(g.json), stdout, stderr));
  });
  const keluaran = {
    writeOut: (s: string) => void stdout.write(s),
    writeErr: (s: string) => void stderr.write(s),
    outputError: (s: string, tulis: (s: string) => void) => tulis(terjemahkanGalat(s, bahasa)),
  };
  for (const c of [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)]) {
    c.configureOutput(keluaran);
    c.helpOption('-h, --help', 'tampilkan bantuan / display help');
    if (c.commands.length > 0)
      c.helpCommand('help [perintah]', 'bantuan suatu perintah / help for a command');
    c.createHelp = () => Object.assign(new BantuanDwibahasa(), c.configureHelp());
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return kode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof GalatPengguna) {
      stderr.write(`${pilihTeks(e.pesan, bahasa)}\n`);
      return e.kodeKeluar;
    }
    const teks = teksGalat(e);
    if (teks) {
      stderr.write(`${pilihTeks(teks, bahasa)}\n`);
      return e instanceof RangeError ? 2 : 1;
    }
    stderr.write(
      `${pilihTeks(
        {
          id: 'Terjadi galat internal pada terbuka. Mohon laporkan beserta perintah yang dijalankan.',
          en: 'terbuka hit an internal error. Please report it with the command you ran.',
        },
        bahasa,
      )}\n${process.env.TERBUKA_DEBUG ? String((e as Error)?.stack ?? e) : String((e as Error)?.message ?? e)}\n`,
    );
    return 3;
  }
}
