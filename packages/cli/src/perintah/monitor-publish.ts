import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { bacaRegistri, GalatKunci, GalatTerbit, periksaPenerbit, terbitkan } from '@terbuka/monitor';
import { bacaBerkas } from '../berkas.js';
import { bacaZona, isiTeks, MASA_BERLAKU_MAKS_HARI } from '@terbuka/sdk';
import { GalatPengguna, type Keluaran } from '../keluaran.js';
import { tolakRegistriKosong } from './registri-kosong.js';

type Jalankan = (kerja: (out: Keluaran) => Promise<number> | number) => Promise<void>;

interface OpsiPublish {
  riwayat: string[];
  keluar: string;
  kunci: string;
  baseUrl: string;
  issuerId: string;
  issuerName: string;
  issuerUrl?: string;
  issuerTimezone?: string;
  validityDays: string;
  now?: string;
  registri?: string;
  kunciBaru?: boolean;
  hapusTanpaRiwayat?: boolean;
}

/**
 * The exit code of a publish that is in place (the new feed, badges and report written) but with an error
 * a person must look at (`riwayat.invalid-record`, `publish.old-files-remain`: the severity `error` in
 * `skipped`). Distinct from 1 (refused: nothing published), so that a copy to the web server can follow it,
 * and from 3 (an internal error of any command: nothing is known of what was written).
 */
export const KODE_TERBIT_PERLU_DILIHAT = 5;

/** A publish or key error that is the command's input (a bad path or address): a usage error, exit 2. */
function sebagaiPenggunaan(e: unknown): unknown {
  return (e instanceof GalatTerbit || e instanceof GalatKunci) && e.penggunaan
    ? new GalatPengguna(e.teks)
    : e;
}

async function publish(opsi: OpsiPublish, out: Keluaran): Promise<number> {
  const hari = Number(opsi.validityDays);
  if (!(Number.isInteger(hari) && hari > 0 && hari <= MASA_BERLAKU_MAKS_HARI))
    throw new GalatPengguna(
      isiTeks(
        {
          id: '--validity-days "{v}" harus bilangan bulat 1–{maks}: feed bertanda tangan dapat diputar ulang sampai kedaluwarsa, jadi hasil paling lama berlaku sebulan.',
          en: '--validity-days "{v}" must be an integer 1–{maks}: a signed feed can be replayed until it expires, so a result stays current a month at most.',
        },
        { v: opsi.validityDays, maks: String(MASA_BERLAKU_MAKS_HARI) },
      ),
    );
  const now = opsi.now === undefined ? new Date() : new Date(opsi.now);
  if (Number.isNaN(now.getTime()))
    throw new GalatPengguna(
      isiTeks(
        { id: '--now "{v}" bukan waktu ISO.', en: '--now "{v}" is not an ISO instant.' },
        { v: String(opsi.now) },
      ),
    );
  const zonaPenerbit = opsi.issuerTimezone === undefined ? undefined : bacaZona(opsi.issuerTimezone);
  if (opsi.issuerTimezone !== undefined && !zonaPenerbit)
    throw new GalatPengguna(
      isiTeks(
        {
          id: '--issuer-timezone "{v}" tidak dikenal; tulis WIB, WITA atau WIT.',
          en: '--issuer-timezone "{v}" is not known; write WIB, WITA or WIT.',
        },
        { v: opsi.issuerTimezone },
      ),
    );
  const issuer = {
    id: opsi.issuerId,
    name: opsi.issuerName,
    ...(opsi.issuerUrl ? { url: opsi.issuerUrl } : {}),
    ...(zonaPenerbit ? { timeZone: zonaPenerbit } : {}),
  };
  try {
    periksaPenerbit(issuer);
  } catch (e) {
    throw sebagaiPenggunaan(e);
  }
  // Only a file that is not there is said here; any other cause (a file in its path, a folder, no right
  // to read it) is said by the history check of `terbitkan` (`periksaBerkasRiwayat`), in words.
  for (const f of opsi.riwayat)
    if (
      await stat(f).then(
        () => false,
        (e: NodeJS.ErrnoException) => e.code === 'ENOENT',
      )
    )
      throw new GalatPengguna({
        id: `Berkas riwayat ${f} tidak ada (periksa --riwayat); tidak ada yang diterbitkan.`,
        en: `History file ${f} does not exist (check --riwayat); nothing was published.`,
      });
  // With the registry: only its agencies (those skipped for errors included), so one taken out leaves.
  let agencies: Set<string> | undefined;
  let wajibRiwayat: Set<string> | undefined;
  if (opsi.registri) {
    const r = bacaRegistri((await bacaBerkas(opsi.registri)).teks);
    const registri = r.registry ?? r.sebagian?.registry;
    if (!registri)
      throw new GalatPengguna({
        id: `Registri ${opsi.registri} tidak terbaca (jalankan "terbuka monitor scan" untuk melihat masalahnya); tidak ada yang diterbitkan.`,
        en: `Registry ${opsi.registri} cannot be read (run "terbuka monitor scan" to see its problems); nothing was published.`,
      });
    agencies = new Set([...registri.agencies.map((a) => a.id), ...(r.sebagian?.dilewati ?? [])]);
    tolakRegistriKosong(opsi.registri, agencies.size, 'publish');
    // Rows in error are not scanned: only the valid ones must have a record.
    wajibRiwayat = new Set(registri.agencies.map((a) => a.id));
  }
  const h = await terbitkan({
    ...(opsi.kunciBaru ? { kunciBaru: true } : {}),
    riwayat: opsi.riwayat,
    keluar: opsi.keluar,
    kunci: opsi.kunci,
    baseUrl: opsi.baseUrl,
    issuer,
    validityDays: hari,
    now,
    ...(agencies ? { agencies } : {}),
    ...(wajibRiwayat ? { wajibRiwayat } : {}),
    ...(opsi.hapusTanpaRiwayat ? { hapusTanpaRiwayat: true } : {}),
    // Said as they arise: a feed in place that does not verify is named before it is replaced.
    laporkan: (m) => out.galat(out.teks(m.message)),
  }).catch((e: unknown) => {
    const g = sebagaiPenggunaan(e);
    // Refused (nothing written, or stopped before the new feed was in place: exit 1, nothing to copy): with
    // --json, said on stdout too, so a script reads `published: false`.
    if (out.json && (e instanceof GalatTerbit || e instanceof GalatKunci) && !(g instanceof GalatPengguna))
      out.cetakJSON({ published: false, output: opsi.keluar, error: out.teks(e.teks) });
    throw g;
  });
  // Published, but an error a person must look at (a history line left out as invalid, old files left):
  // its own exit code, so that the copy to the web server still runs and the run is still flagged.
  const perluDilihat = h.skipped.some((m) => m.severity === 'error');
  const kode = perluDilihat ? KODE_TERBIT_PERLU_DILIHAT : 0;
  if (out.json) {
    out.cetakJSON({
      published: true,
      needsAttention: perluDilihat,
      output: opsi.keluar,
      agencies: h.feed.entries.length,
      generatedAt: h.feed.generatedAt,
      signedBy: h.signedBy,
      files: h.files,
      skipped: h.skipped.map((m) => ({
        code: m.code,
        severity: m.severity,
        path: m.path,
        ...(m.row !== undefined ? { row: m.row } : {}),
        message: out.teks(m.message),
      })),
      removed: h.removed,
    });
    return kode;
  }
  out.tulis(
    out.teks({
      id: `Diterbitkan ke ${opsi.keluar}: ${h.feed.entries.length} badan publik, ${h.files.length} berkas.`,
      en: `Published to ${opsi.keluar}: ${h.feed.entries.length} agencies, ${h.files.length} files.`,
    }),
  );
  out.tulis(
    out.teks({
      id: `Ditandatangani oleh: ${h.signedBy.join(', ')}`,
      en: `Signed by: ${h.signedBy.join(', ')}`,
    }),
  );
  if (h.removed.length > 0)
    out.tulis(
      out.teks({
        id: `Dihapus (badan publik tidak ada lagi di riwayat atau registri, atau lencana badan publik yang tidak ada di feed): ${h.removed.join(', ')}`,
        en: `Removed (agencies no longer in the history or the registry, or badges of agencies not in the feed): ${h.removed.join(', ')}`,
      }),
    );
  return kode;
}

/** `terbuka monitor publish`: the signed feed, the badges and the static report from the history. */
export function daftarMonitorPublish(monitor: Command, jalankan: Jalankan): void {
  monitor
    .command('publish')
    .description(
      'terbitkan feed bertanda tangan, lencana, dan laporan statis / publish the signed feed, badges and report',
    )
    .requiredOption(
      '--riwayat <berkas...>',
      'berkas riwayat JSONL (boleh beberapa shard) / history JSONL files',
    )
    .requiredOption('--keluar <folder>', 'folder keluaran / output folder')
    .requiredOption('--kunci <folder>', 'folder kunci (terbuka keys generate --kunci) / key folder')
    .requiredOption(
      '--base-url <url>',
      'alamat tempat folder keluaran disajikan / where the output is served',
    )
    .requiredOption('--issuer-id <id>', 'id penerbit / issuer id')
    .requiredOption('--issuer-name <nama>', 'nama penerbit / issuer name')
    .option('--issuer-url <url>', 'situs penerbit / issuer website')
    .option(
      '--issuer-timezone <zona>',
      'zona waktu laporan: WIB (bawaan), WITA, WIT / the report’s time zone',
    )
    .option(
      '--validity-days <n>',
      `hari hasil berlaku, 1–${MASA_BERLAKU_MAKS_HARI} / days a result stays current, 1–${MASA_BERLAKU_MAKS_HARI}`,
      '7',
    )
    .option(
      '--registri <berkas>',
      'hanya badan publik di registri ini (yang dikeluarkan ikut hilang dari laporan) / only this registry’s agencies',
    )
    .option(
      '--hapus-tanpa-riwayat',
      'terbitkan walau ada badan publik registri tanpa catatan pindai (halaman dan lencananya dihapus) / publish although registry agencies have no scan record (their pages and badges removed)',
    )
    .option(
      '--kunci-baru',
      'terbitkan walau tak satu pun kuncinya ada di keys.json yang sudah terbit (lencana lama jadi tidak terverifikasi) / publish although none of its keys is in the published keys.json',
    )
    .option('--now <waktu>', 'waktu terbit ISO (untuk uji) / publishing instant (for tests)')
    .addHelpText(
      'after',
      `
Kode keluar / Exit codes:
  0  diterbitkan / published
  1  ditolak, tidak ada yang diterbitkan (atau terhenti sebelum feed baru terpasang) /
     refused, nothing published (or stopped before the new feed was in place)
  2  salah pemakaian, tidak ada yang diterbitkan / usage error, nothing published
  3  galat internal / internal error
  ${KODE_TERBIT_PERLU_DILIHAT}  diterbitkan, tetapi ada galat yang perlu dilihat (disebut di keluaran) /
     published, but with an error to look at (named in the output)
Salin ke server web hanya pada 0 atau ${KODE_TERBIT_PERLU_DILIHAT} / copy to the web server only on 0 or ${KODE_TERBIT_PERLU_DILIHAT}.`,
    )
    .action((opsi: OpsiPublish) => jalankan((out) => publish(opsi, out)));
}
