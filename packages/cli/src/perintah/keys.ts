import { Option, type Command } from 'commander';
import {
  buatKunci,
  GalatKunci,
  putarKunci,
  MASA_TUMPANG_TINDIH_HARI,
  MASA_TUMPANG_TINDIH_MAKS_HARI,
  type KunciBaru,
} from '@terbuka/monitor';
import { isiTeks } from '@terbuka/sdk';
import { GalatPengguna, type Keluaran } from '../keluaran.js';

type Jalankan = (kerja: (out: Keluaran) => Promise<number> | number) => Promise<void>;

function cetakKunci(
  k: KunciBaru,
  out: Keluaran,
  pensiun: readonly string[] = [],
  sampai?: string,
  diakhiri: readonly string[] = [],
): void {
  if (out.json) {
    out.cetakJSON({
      kid: k.kid,
      x: k.x,
      privateKey: k.path,
      retired: pensiun,
      ...(sampai && pensiun.length > 0 ? { retiredSignUntil: sampai } : {}),
      ...(diakhiri.length > 0 ? { coSigningEnded: diakhiri } : {}),
    });
    return;
  }
  out.tulis(out.teks({ id: `Kunci aktif baru: ${k.kid}`, en: `New active key: ${k.kid}` }));
  out.tulis(
    out.teks({
      id: `Kunci privat (jaga kerahasiaannya): ${k.path}`,
      en: `Private key (keep it secret): ${k.path}`,
    }),
  );
  // Until when the retired key co-signs: after that, a badge still pinned to it shows "not verified".
  const tanggal = sampai?.slice(0, 10);
  for (const kid of pensiun)
    out.tulis(
      out.teks(
        sampai && Date.parse(sampai) > Date.now()
          ? {
              id: `Kunci ${kid} pensiun; tetap ikut menandatangani sampai ${tanggal}. Sebelum tanggal itu, ganti key= di lencana setiap situs dengan kunci baru di bawah.`,
              en: `Key ${kid} retired; it keeps co-signing until ${tanggal}. Before then, replace key= in every site's badge with the new key below.`,
            }
          : {
              id: `Kunci ${kid} pensiun dan tidak lagi ikut menandatangani: lencana yang masih memakainya tampil "tidak terverifikasi" sampai key= diganti.`,
              en: `Key ${kid} retired and no longer co-signs: badges still pinned to it show "not verified" until key= is replaced.`,
            },
      ),
    );
  // --overlap-days 0 also ends an earlier rotation's overlap: only the new key signs from now on.
  for (const kid of diakhiri)
    out.tulis(
      out.teks({
        id: `Kunci ${kid} (pensiun sebelumnya) juga berhenti ikut menandatangani: sejak sekarang hanya ${k.kid} yang menandatangani feed.`,
        en: `Key ${kid} (retired earlier) also stops co-signing: from now on only ${k.kid} signs the feed.`,
      }),
    );
  out.tulis('');
  out.tulis(out.teks({ id: 'Kunci publik (x):', en: 'Public key (x):' }));
  out.tulis(`  ${k.x}`);
  out.tulis('');
  out.tulis(
    out.teks({
      id: 'Sematkan kunci ini di lencana situs badan publik:',
      en: 'Pin this key in the agency site’s badge:',
    }),
  );
  // Right before the badge and without `defer`, as docs/en/widgets.md advises for a badge-only page and the
  // demo's configurator writes it: the badge is built as it is parsed, so nothing below it moves.
  out.tulis('  <script src="https://…/terbuka-lencana.min.js"></script>');
  out.tulis(`  <ppid-badge feed="https://…/feed.json" agency="ID-BADAN-PUBLIK" key="${k.x}"></ppid-badge>`);
}

/** A key error that is the command's input (a path that is no key folder): a usage error, exit 2. */
const sebagaiPenggunaan = (e: unknown): never => {
  throw e instanceof GalatKunci && e.penggunaan ? new GalatPengguna(e.teks) : e;
};

const OPSI_KUNCI = '--kunci <folder>';
const BANTUAN_KUNCI = 'folder kunci (sama dengan monitor publish --kunci) / key folder';

/**
 * The key folder: `--kunci`, the same name as `monitor publish --kunci`. `--dir`, its first spelling,
 * still works but is no longer shown in the help.
 */
function folderKunci(opsi: { kunci?: string; dir?: string }): string {
  const folder = opsi.kunci ?? opsi.dir;
  if (folder === undefined)
    throw new GalatPengguna({
      id: 'Opsi --kunci <folder> wajib diisi.',
      en: 'Option --kunci <folder> is required.',
    });
  return folder;
}

const opsiDirLama = (): Option =>
  new Option('--dir <folder>', 'nama lama --kunci / old name of --kunci').hideHelp();

/** `terbuka keys generate|rotate --kunci <d>`: the monitor's Ed25519 signing keys. */
export function daftarPerintahKunci(program: Command, jalankan: Jalankan): void {
  const keys = program
    .command('keys')
    .description('kunci Ed25519 penanda tangan feed pemantauan / Ed25519 keys that sign the monitoring feed');
  keys
    .command('generate')
    .description('buat pasangan kunci pertama / make the first key pair')
    .option(OPSI_KUNCI, BANTUAN_KUNCI)
    .addOption(opsiDirLama())
    .action((opsi: { kunci?: string; dir?: string }) =>
      jalankan(async (out) => {
        cetakKunci(await buatKunci(folderKunci(opsi)).catch(sebagaiPenggunaan), out);
        return 0;
      }),
    );
  keys
    .command('rotate')
    .description('ganti kunci aktif; kunci lama ikut menandatangani selama peralihan / rotate the active key')
    .option(OPSI_KUNCI, BANTUAN_KUNCI)
    .addOption(opsiDirLama())
    .option(
      '--overlap-days <n>',
      `hari kunci lama ikut menandatangani, 0–${MASA_TUMPANG_TINDIH_MAKS_HARI} (bawaan ${MASA_TUMPANG_TINDIH_HARI}) / days the old key co-signs, 0–${MASA_TUMPANG_TINDIH_MAKS_HARI}`,
    )
    .action((opsi: { kunci?: string; dir?: string; overlapDays?: string }) =>
      jalankan(async (out) => {
        const folder = folderKunci(opsi);
        const hari = opsi.overlapDays === undefined ? undefined : Number(opsi.overlapDays);
        if (
          hari !== undefined &&
          !(Number.isInteger(hari) && hari >= 0 && hari <= MASA_TUMPANG_TINDIH_MAKS_HARI)
        )
          throw new GalatPengguna(
            isiTeks(
              {
                id: '--overlap-days "{v}" harus bilangan bulat 0–{maks}: kunci pensiun yang terus ikut menandatangani berarti kunci itu tidak pernah benar-benar diganti; {maks} hari cukup untuk mengganti key= di setiap situs.',
                en: '--overlap-days "{v}" must be an integer 0–{maks}: a retired key that keeps co-signing is never really replaced; {maks} days is time enough to change key= on every site.',
              },
              { v: String(opsi.overlapDays), maks: String(MASA_TUMPANG_TINDIH_MAKS_HARI) },
            ),
          );
        const k = await putarKunci(folder, hari === undefined ? {} : { overlapDays: hari }).catch(
          sebagaiPenggunaan,
        );
        cetakKunci(k, out, k.retired, k.signUntil, k.ended);
        return 0;
      }),
    );
}
