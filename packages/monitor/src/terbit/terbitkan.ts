import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { constants } from 'node:fs';
import {
  access,
  lstat,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  FEED_FORMAT,
  FEED_VERSION,
  tanggalDiZona,
  lencanaDariFeed,
  svgLencana,
  TOLERANSI_MASA_DEPAN_MS,
  MASA_BERLAKU_MAKS_HARI,
  validasiFeed,
  validasiTandaTangan,
  type EntriFeed,
  type FeedPemantauan,
  type Masalah,
  type SetKunci,
  type TandaTanganFeed,
  type Teks,
} from '@terbuka/sdk';
import type { CatatanPindai } from '../types.js';
import { bacaPenanda, bacaSetKunci, jwkPublik, tandatangani } from '../kunci/index.js';
import {
  BAHASA_LAPORAN,
  berkasPeringkat,
  cssLaporan,
  folderBahasa,
  ditolakLokal,
  halamanAgensi,
  halamanMetode,
  halamanPeringkat,
  jenisDisaring,
  JS_URUT,
  SVG_IKON,
  urutkanPeringkat,
  type AgensiLaporan,
  type DataLaporan,
  type TitikRiwayat,
} from '../laporan/index.js';
import { buatFolder, galatBerkasBuatan, teksGalatBerkas } from '../berkas.js';
import { GalatTerbit } from './galat.js';
import type { Penerbit } from '../laporan/kerangka.js';
import { ambilKunciTerbit, berkasKunciTerbit, jalurNyata } from './kunci-terbit.js';
import { lencanaShields, lencanaShieldsTidakDinilai, svgTidakDinilai } from './lencana.js';
import { bacaRiwayatBerletak, GalatRiwayat, periksaBerkasRiwayat } from '../riwayat/index.js';
import { entriDari, issuerFeed, masalahCatatan, periksaPenerbit } from './entri.js';
import { dipTakTerjangkau } from '../sumber/dip-tak-terjangkau.js';

export interface OpsiTerbit {
  /** History files (JSONL); several shards are merged. */
  readonly riwayat: readonly string[];
  /** The output folder (created when missing). */
  readonly keluar: string;
  /** The key folder made by `buatKunci`. */
  readonly kunci: string;
  /** Where the output folder is served, e.g. `https://monitor.sukamajukab.go.id/`. */
  readonly baseUrl: string;
  /** Who publishes; its `timeZone` (WIB by default) is the report pages' (an evidence page: its body's). */
  readonly issuer: Penerbit;
  /** A result stays current this many days after its scan. Default 7, at most MASA_BERLAKU_MAKS_HARI (31). */
  readonly validityDays?: number;
  /** Default: the clock. */
  readonly now?: Date;
  /**
   * Publish only these agencies (the registry's): one taken out of the registry leaves the feed and the
   * report, its files removed. Default: every agency in the history.
   */
  readonly agencies?: ReadonlySet<string>;
  /**
   * Agencies that must have a scan record in `riwayat` (the registry's valid rows). One without a record
   * (a shard's history left out) refuses the publish, since publishing would drop it from the feed and
   * delete its pages and badges, unless `hapusTanpaRiwayat`: then it is a warning and they go.
   */
  readonly wajibRiwayat?: ReadonlySet<string>;
  readonly hapusTanpaRiwayat?: boolean;
  /**
   * Publish although no key of `kunci` is in the `keys.json` already in the output folder (a new key set:
   * every badge pinned to the old keys shows "not verified"). Without it such a publish is refused.
   */
  readonly kunciBaru?: boolean;
  /** Told of each warning as it arises, before any file is replaced (they are in `skipped` too). */
  readonly laporkan?: (m: Masalah) => void;
  /** @internal Tests only: told after each file is renamed into place (to check what a reader sees). */
  readonly diPasang?: (path: string) => void | Promise<void>;
}

export interface HasilTerbit {
  readonly feed: FeedPemantauan;
  /** The exact bytes of `feed.json`. */
  readonly feedBytes: Uint8Array;
  /** Key ids that signed (two during a rotation's overlap). */
  readonly signedBy: readonly string[];
  /** Every file written, relative to the output folder. */
  readonly files: readonly string[];
  /**
   * Warnings: a stale lock taken over (`publish.stale-lock`), records left out (an agency id that cannot be a file name), results already expired
   * (`feed.expired-entries`), agencies not assessed and so not in the feed (`feed.not-assessed`). Errors
   * (severity `error`): the publish is in place, but a person must look — a history line the feed cannot
   * carry, left out (`riwayat.invalid-record`); old files that could not be removed
   * (`publish.old-files-remain`); the final signature file, the staging folder or the lock failing once the
   * new feed was in place (`publish.incomplete`). A publish refused (nothing published), or stopped by a rename
   * failing before the new feed was in place (`publish.partial`: the feed in place still the earlier one), throws
   * instead.
   */
  readonly skipped: readonly Masalah[];
  /**
   * Files of an earlier publish removed because their agency (or kind) is no longer in the history —
   * `lencana/<id>.json|svg`, `agensi/<id>.html`, `jenis-<kind>.html` and their English twins under `en/`;
   * relative to the output folder.
   */
  readonly removed: readonly string[];
}

export { GalatTerbit };

// An id becomes a file name and a URL path segment: letters, digits, dot, dash, underscore only.
const ID_AMAN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const HARI_MS = 86_400_000;

/**
 * The scan is a result: it reached the site and could assess it. A scan that could not (the site down, or
 * its DIP's server not answering, or robots.txt or the local-address guard keeping the monitor out of its
 * DIP, even with the home page read) lets an earlier result stand.
 */
const hasil = (c: CatatanPindai): boolean => !c.unreachable && !c.notAssessed && !dipTakTerjangkau(c);

function urlDasar(baseUrl: string): string {
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    u = new URL('invalid:');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new GalatTerbit(
      {
        id: `--base-url "${baseUrl}" harus alamat http(s).`,
        en: `--base-url "${baseUrl}" must be an http(s) address.`,
      },
      [],
      true,
    );
  // Page paths are appended to it: a query or fragment would make links like `…?x=1/agensi/…`.
  if (u.search !== '' || u.hash !== '' || baseUrl.includes('?') || baseUrl.includes('#'))
    throw new GalatTerbit(
      {
        id: `--base-url "${baseUrl}" tidak boleh memuat ? (kueri) atau # (fragmen): tulis alamat folder saja, mis. https://monitor.contoh.go.id/.`,
        en: `--base-url "${baseUrl}" must not hold a ? (query) or # (fragment): give the folder's address only, e.g. https://monitor.example.go.id/.`,
      },
      [],
      true,
    );
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/**
 * Publishes the latest scan of every agency from the history: the signed feed, the keys, a shields
 * endpoint JSON and a static SVG badge per agency, and the static HTML report. Everything is written to
 * a staging folder first and then renamed into place file by file, so a reader never sees half a file;
 * the signature file always holds a signature of the feed beside it (see `pasang`). One publish at a
 * time per output folder (a lock file `.terbit.lock` inside it); files of agencies no longer in the history are removed.
 */
export async function terbitkan(opsi: OpsiTerbit): Promise<HasilTerbit> {
  const now = opsi.now ?? new Date();
  const hari = opsi.validityDays ?? 7;
  if (!(hari > 0 && hari <= MASA_BERLAKU_MAKS_HARI))
    throw new GalatTerbit({
      id: `validityDays harus > 0 dan paling lama ${MASA_BERLAKU_MAKS_HARI} hari.`,
      en: `validityDays must be > 0 and at most ${MASA_BERLAKU_MAKS_HARI} days.`,
    });
  const dasar = urlDasar(opsi.baseUrl);
  periksaPenerbit(opsi.issuer);
  // A file that is not a history (the registry given by mistake) is refused at once, as scan refuses it,
  // instead of being read line by line into warnings about "torn" lines.
  for (const f of opsi.riwayat)
    await periksaBerkasRiwayat(f).catch((e: unknown) => {
      if (!(e instanceof GalatRiwayat)) throw e;
      throw new GalatTerbit(
        {
          id: `--riwayat: ${e.teks.id} Tidak ada yang diterbitkan.`,
          en: `--riwayat: ${e.teks.en} Nothing was published.`,
        },
        [],
        true,
      );
    });
  // Its real path: a symlink to the folder takes the same lock and stages inside the real folder.
  const keluar = await jalurNyata(resolve(opsi.keluar));
  const jenis = await stat(keluar).then(
    (x) => (x.isDirectory() ? 'folder' : 'berkas'),
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return 'tidak-ada';
      if (e.code === 'ENOTDIR') return 'berkas';
      throw galatTerbitBerkas(e);
    },
  );
  if (jenis === 'berkas')
    throw new GalatTerbit(
      {
        id: `--keluar ${opsi.keluar} bukan folder (berkas sudah ada dengan nama itu, atau bagian jalurnya berkas). Pilih folder keluaran lain.`,
        en: `--keluar ${opsi.keluar} is not a folder (a file already has that name, or part of the path is a file). Choose another output folder.`,
      },
      [],
      true,
    );
  // The lock and the staging folder live inside the output folder, so it is made first; a publish that
  // fails removes the folders it made (when still empty).
  const dibuat = jenis === 'tidak-ada' ? await buatFolder(keluar).catch(keGalatTerbit) : [];
  let selesai = false;
  try {
    // Two publishes into one folder would interleave their renames (a feed of one, a signature of the other).
    const { lepas, diambilAlih } = await ambilKunciTerbit(keluar, now).catch(keGalatTerbit);
    // Interrupted (Ctrl-C, a stopped service): the staging folder and the lock go before the process does.
    const kunciIni = readFileSync(berkasKunciTerbit(keluar), 'utf8');
    const bersih = (): void => {
      try {
        if (readFileSync(berkasKunciTerbit(keluar), 'utf8') === kunciIni) rmSync(berkasKunciTerbit(keluar));
      } catch {
        // already gone
      }
    };
    ikutiSinyal(bersih);
    let h: HasilTerbit;
    try {
      // Swept as soon as the lock is held, before anything can refuse this publish: a copy of the folder
      // (rsync --delete) should find them gone as soon as possible.
      await sapuPanggungLama(keluar).catch(keGalatTerbit);
      const awal: Masalah[] = diambilAlih
        ? [
            {
              severity: 'warning',
              code: 'publish.stale-lock',
              path: berkasKunciTerbit(keluar),
              message: diambilAlih,
            },
          ]
        : [];
      h = await terbitkanTerkunci(opsi, now, hari, dasar, keluar, awal).catch(keGalatTerbit);
      selesai = true;
    } finally {
      lepasSinyal(bersih);
      if (!selesai) await lepas();
    }
    // Published: a lock that cannot be released is said, never thrown (a throw reads as "nothing was published").
    const galatLepas = await lepas().then(
      () => undefined,
      (e: unknown) => e ?? new Error('lepas'),
    );
    if (galatLepas === undefined) return h;
    const m = masalahKunciTertinggal(berkasKunciTerbit(keluar), galatLepas);
    opsi.laporkan?.(m);
    return { ...h, skipped: [...h.skipped, m] };
  } finally {
    if (!selesai) for (const d of [...dibuat].reverse()) await rmdir(d).catch(() => undefined);
  }
}

/**
 * A file-system failure (no right to write the output folder, a read-only disk, a path under /proc) as a
 * usage error naming the path and what to do; any other error as it is.
 */
function galatTerbitBerkas(e: unknown): unknown {
  const t = teksGalatBerkas(e);
  return t
    ? new GalatTerbit(
        { id: `${t.id} Tidak ada yang diterbitkan.`, en: `${t.en} Nothing was published.` },
        [],
        true,
      )
    : e;
}

const keGalatTerbit = (e: unknown): never => {
  throw galatTerbitBerkas(e);
};

/** Staging folders being written by this process (removed on SIGINT/SIGTERM). */
const panggungAktif = new Set<string>();
/** How each running publish releases its lock when the process is interrupted. */
const kunciAktif = new Set<() => void>();
/**
 * Whether the program had a handler of its own for the signal when the first publish began (a `once` one
 * that already ran is no longer counted when ours runs).
 */
const milikProgram: Partial<Record<NodeJS.Signals, boolean>> = {};

/**
 * One SIGINT/SIGTERM handler while any publish runs (several may, into other folders). When it is the
 * signal's only listener, the process would have ended on it: the staging folders and locks go, and the
 * signal is raised again so the process ends as it would have. When the program has a handler of its own,
 * that handler decides (a server's graceful shutdown, say): the publish is left to finish; if the program
 * exits first, the next publish takes over the lock of the ended process and sweeps its staging folder.
 */
function saatSinyal(sinyal: NodeJS.Signals): void {
  if (milikProgram[sinyal] || process.listenerCount(sinyal) > 1) return;
  for (const p of panggungAktif) rmSync(p, { recursive: true, force: true });
  for (const bersih of kunciAktif) bersih();
  kunciAktif.clear();
  process.off('SIGINT', saatSinyal);
  process.off('SIGTERM', saatSinyal);
  process.kill(process.pid, sinyal);
}

function ikutiSinyal(bersih: () => void): void {
  if (kunciAktif.size === 0) {
    for (const s of ['SIGINT', 'SIGTERM'] as const) milikProgram[s] = process.listenerCount(s) > 0;
    process.on('SIGINT', saatSinyal);
    process.on('SIGTERM', saatSinyal);
  }
  kunciAktif.add(bersih);
}

function lepasSinyal(bersih: () => void): void {
  if (!kunciAktif.delete(bersih) || kunciAktif.size > 0) return;
  process.off('SIGINT', saatSinyal);
  process.off('SIGTERM', saatSinyal);
}

/** The staging folder of a publish: `.terbit-<12 hex>` inside the output folder. */
const POLA_PANGGUNG = /^\.terbit-[0-9a-f]{12}$/;

/**
 * Removes staging folders left in the output by a publish that was killed: called as soon as the lock is
 * held, so none of them is being written.
 */
async function sapuPanggungLama(keluar: string): Promise<void> {
  for (const n of await readdir(keluar).catch(() => [] as string[]))
    if (POLA_PANGGUNG.test(n)) await rm(join(keluar, n), { recursive: true, force: true });
}

async function terbitkanTerkunci(
  opsi: OpsiTerbit,
  now: Date,
  hari: number,
  dasar: string,
  keluar: string,
  awal: readonly Masalah[],
): Promise<HasilTerbit> {
  const skipped: Masalah[] = [];
  // Each warning is told as it arises (before the files are replaced), and returned with the result.
  const lapor = (m: Masalah): void => {
    skipped.push(m);
    opsi.laporkan?.(m);
  };
  awal.forEach(lapor);
  // Only the newest full record per agency is kept; older scans only as points of the score history,
  // so memory follows the number of agencies and scans, not the size of the records.
  const perAgensi = new Map<
    string,
    { latest: CatatanPindai; history: TitikRiwayat[]; terjangkau?: CatatanPindai }
  >();
  const dilihat = new Set<string>();
  const issuer = issuerFeed(opsi.issuer);
  for await (const b of bacaRiwayatBerletak(opsi.riwayat, { laporkan: lapor })) {
    const c = b.catatan;
    if (opsi.agencies && !opsi.agencies.has(c.agencyId)) continue;
    dilihat.add(c.agencyId);
    if (!ID_AMAN.test(c.agencyId)) {
      if (!skipped.some((m) => m.code === 'agency.id-unsafe' && m.path === c.agencyId))
        lapor({
          severity: 'warning',
          code: 'agency.id-unsafe',
          path: c.agencyId,
          message: {
            id: `Id badan publik "${c.agencyId}" tidak dapat menjadi nama berkas (hanya huruf, angka, . _ -); dilewati.`,
            en: `Agency id "${c.agencyId}" cannot be a file name (letters, digits, . _ - only); skipped.`,
          },
        });
      continue;
    }
    // A scan dated in the future (a wrong clock on the scanning machine, or a line edited by hand) is not
    // used at all: signed, a badge would show it as current for as long as it stays "in the future", and as
    // the newest record it would hide every correct scan made after the clock was set right.
    if (Date.parse(c.scannedAt) > now.getTime() + TOLERANSI_MASA_DEPAN_MS) {
      lapor({
        severity: 'warning',
        code: 'feed.future-entry',
        path: c.agencyId,
        message: {
          id: `Hasil pindai ${c.agencyId} bertanggal di masa depan (${c.scannedAt}) dan tidak dipakai: periksa jam mesin pemindai, lalu pindai lagi.`,
          en: `The scan of ${c.agencyId} is dated in the future (${c.scannedAt}) and is not used: check the scanning machine's clock, then scan again.`,
        },
      });
      continue;
    }
    // A line the feed cannot carry (edited by hand: a score of 99.99, a band its score is not in) is named
    // and left out, like a line that is not a record: the agency is published from its other scans, the
    // rest of the district goes on, and the command ends with exit 5 (published, to be looked at) so that
    // the line gets looked at.
    const masalah = masalahCatatan(b, hari, dasar, issuer, now);
    if (masalah) {
      lapor(masalah);
      continue;
    }
    const titik: TitikRiwayat = {
      scannedAt: c.scannedAt,
      score: c.score,
      band: c.band,
      methodVersion: c.methodVersion,
      ...(c.notAssessed ? { notAssessed: true } : {}),
    };
    const ada = perAgensi.get(c.agencyId);
    if (!ada)
      perAgensi.set(c.agencyId, { latest: c, history: [titik], ...(hasil(c) ? { terjangkau: c } : {}) });
    else {
      ada.history.push(titik);
      // Of two records at the same instant, the one read last wins (as catatanTerakhir does).
      if (Date.parse(c.scannedAt) >= Date.parse(ada.latest.scannedAt)) ada.latest = c;
      if (hasil(c) && (!ada.terjangkau || Date.parse(c.scannedAt) >= Date.parse(ada.terjangkau.scannedAt)))
        ada.terjangkau = c;
    }
  }
  const tanpaRiwayat = [...(opsi.wajibRiwayat ?? [])].filter((id) => !dilihat.has(id)).sort();
  if (tanpaRiwayat.length > 0) {
    const contoh = tanpaRiwayat.slice(0, 5).join(', ') + (tanpaRiwayat.length > 5 ? ', …' : '');
    const berkas = opsi.riwayat.join(', ');
    if (!opsi.hapusTanpaRiwayat)
      throw new GalatTerbit({
        id: `${tanpaRiwayat.length} badan publik di registri tidak punya catatan pindai di ${berkas} (${contoh}): menerbitkannya akan mengeluarkan mereka dari feed dan menghapus halaman bukti serta lencananya. Riwayat shard lain terlupa? Sertakan semua berkas riwayat (--riwayat a.jsonl b.jsonl …) atau pindai dulu. Bila memang ingin menerbitkan tanpa mereka, ulangi dengan --hapus-tanpa-riwayat. Tidak ada yang diterbitkan.`,
        en: `${tanpaRiwayat.length} registry agencies have no scan record in ${berkas} (${contoh}): publishing would take them out of the feed and delete their evidence pages and badges. Another shard's history left out? Give every history file (--riwayat a.jsonl b.jsonl …) or scan first. To publish without them, run again with --hapus-tanpa-riwayat. Nothing was published.`,
      });
    lapor({
      severity: 'warning',
      code: 'registry.no-scan',
      path: tanpaRiwayat.join(','),
      message: {
        id: `${tanpaRiwayat.length} badan publik di registri tidak punya catatan pindai di ${berkas} dan tidak diterbitkan (halaman dan lencana lamanya dihapus): ${contoh}.`,
        en: `${tanpaRiwayat.length} registry agencies have no scan record in ${berkas} and are not published (their earlier pages and badges removed): ${contoh}.`,
      },
    });
  }
  if (perAgensi.size === 0)
    throw new GalatTerbit({
      id: `Tidak ada catatan pindai di ${opsi.riwayat.join(', ')}; jalankan "terbuka monitor scan" dulu.`,
      en: `No scan records in ${opsi.riwayat.join(', ')}; run "terbuka monitor scan" first.`,
    });

  const agensi: Omit<AgensiLaporan, 'rank'>[] = [];
  const entri: EntriFeed[] = [];
  for (const [id, { latest: terbaru, history: titik, terjangkau }] of [...perAgensi].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    // Shards may be merged in any order: history is ordered by scan time, not by file.
    const history = titik.sort((a, b) => Date.parse(a.scannedAt) - Date.parse(b.scannedAt));
    // A night the site could not be reached (down, its host's firewall) does not publish a signed 0 while
    // the last result that reached it is still valid: that result stands, and the report says the latest
    // scan failed. Past its validity, the failed scan is the result. A scan kept out of the DIP
    // (`notAssessed`: robots.txt, a refused local address) is treated the same way, except that it is never a result: see below.
    const bertahan =
      !hasil(terbaru) &&
      terjangkau !== undefined &&
      Date.parse(terjangkau.scannedAt) + hari * HARI_MS > now.getTime();
    const latest = bertahan ? terjangkau : terbaru;
    const e = entriDari(latest, hari, dasar);
    const expiresAt = e.expiresAt;
    agensi.push({
      id,
      latest,
      history,
      expiresAt,
      ...(bertahan ? { gagalTerakhir: terbaru.scannedAt } : {}),
      ...(bertahan && !terbaru.unreachable && !terbaru.notAssessed ? { dipGagalTerakhir: true } : {}),
      ...(bertahan && ditolakLokal(terbaru).length > 0 ? { ditolakTerakhir: ditolakLokal(terbaru) } : {}),
      ...(terbaru.notAssessed ? { tidakDinilai: terbaru.notAssessed } : {}),
    });
    // Not assessed and no valid earlier result: no signed score at all (a 0 would state something about the
    // DIP that the monitor did not read: robots.txt kept it out, or its guard refused a local address). The feed format has no "not assessed" entry, so the agency
    // is left out of it: its badge says it is not in the feed, and the report says why.
    if (latest.notAssessed) continue;
    entri.push(e);
  }
  // Published all the same (the report keeps its history), but every badge will show "expired": said.
  const basi = entri.filter((e) => Date.parse(e.expiresAt) <= now.getTime()).length;
  if (basi > 0)
    lapor({
      severity: 'warning',
      code: 'feed.expired-entries',
      path: '',
      message: {
        id: `${basi} dari ${entri.length} hasil sudah kedaluwarsa (pemindaian terakhirnya lebih dari ${hari} hari lalu): lencananya tampil "kedaluwarsa". Jalankan "terbuka monitor scan" dulu.`,
        en: `${basi} of ${entri.length} results have expired (their last scan is more than ${hari} days old): their badges show "expired". Run "terbuka monitor scan" first.`,
      },
    });

  const tanpaSkor = agensi.filter((a) => a.latest.notAssessed).map((a) => a.id);
  if (tanpaSkor.length > 0)
    lapor({
      severity: 'warning',
      code: 'feed.not-assessed',
      path: tanpaSkor.join(','),
      message: {
        id: `${tanpaSkor.length} badan publik tidak dapat dinilai (pemantau tidak membaca DIP-nya: robots.txt menutupnya, atau alamatnya lokal/privat) dan tidak punya hasil lain yang masih berlaku: tidak dimasukkan ke feed, lencana statisnya abu-abu "tidak dapat dinilai"; alasannya dan yang perlu dilakukan ada di halaman buktinya: ${tanpaSkor.join(', ')}.`,
        en: `${tanpaSkor.length} agencies could not be assessed (the monitor did not read their DIP: robots.txt closes it, or its address is local/private) and have no other result still valid: left out of the feed, their static badge grey "not assessed"; their evidence pages say why and what to do: ${tanpaSkor.join(', ')}.`,
      },
    });

  const feed: FeedPemantauan = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    issuer,
    generatedAt: now.toISOString(),
    entries: entri,
  };
  // The issuer and every entry were checked before; this is the last guard, and it says what failed.
  const cek = validasiFeed(feed);
  if (!cek.ok) {
    const sebut = (m: Masalah, b: 'id' | 'en'): string => {
      const i = /^entries\[(\d+)\]/.exec(m.path)?.[1];
      return `- ${i === undefined ? '' : `${entri[Number(i)]?.agencyId}: `}${m.message[b]}`;
    };
    throw new GalatTerbit(
      {
        id: `Feed yang akan diterbitkan tidak sah; tidak ada berkas yang ditulis:\n${cek.errors.map((m) => sebut(m, 'id')).join('\n')}`,
        en: `The feed to publish is invalid; no file was written:\n${cek.errors.map((m) => sebut(m, 'en')).join('\n')}`,
      },
      cek.errors,
    );
  }
  const feedBytes = new TextEncoder().encode(`${JSON.stringify(feed, null, 2)}\n`);
  const penanda = await bacaPenanda(opsi.kunci, now, (p) =>
    lapor({ severity: 'warning', code: p.code, path: p.path, message: p.message }),
  );
  const kunciFolder = await bacaSetKunci(opsi.kunci);
  await periksaKunciTerbit(keluar, kunciFolder, opsi.kunci, opsi.kunciBaru === true);
  const tidakCocok = await feedTidakCocok(keluar, kunciFolder);
  if (tidakCocok) lapor(tidakCocok);
  const sig = tandatangani(feedBytes, penanda, 'feed.json');
  const setKunci: SetKunci = { keys: kunciFolder.map(jwkPublik) };

  const data: DataLaporan = {
    issuer: opsi.issuer,
    generatedAt: feed.generatedAt,
    agencies: urutkanPeringkat(agensi),
    methodVersions: [...new Set(agensi.map((a) => a.latest.methodVersion))].sort(),
    baseUrl: dasar,
  };

  // Order matters for readers: assets and pages first, keys before the feed, the signature last.
  const berkas: [string, string | Uint8Array][] = [
    ['aset/laporan.css', cssLaporan()],
    ['aset/urut.js', JS_URUT],
    ['aset/ikon.svg', SVG_IKON],
  ];
  for (const e of entri) {
    const svg = svgLencana(lencanaDariFeed(e, now));
    berkas.push([`lencana/${e.agencyId}.json`, `${JSON.stringify(lencanaShields(e, now), null, 2)}\n`]);
    berkas.push([`lencana/${e.agencyId}.svg`, svg]);
  }
  // A body the monitor could not assess and that has no valid result: a grey badge saying so, so the
  // `<img>` on its site does not break and never shows a number.
  for (const a of agensi)
    if (a.latest.notAssessed && !entri.some((x) => x.agencyId === a.id)) {
      const tanggal = tanggalDiZona(new Date(a.latest.scannedAt), a.latest.agency.timeZone);
      berkas.push([
        `lencana/${a.id}.json`,
        `${JSON.stringify(lencanaShieldsTidakDinilai(a.latest.notAssessed), null, 2)}\n`,
      ]);
      berkas.push([
        `lencana/${a.id}.svg`,
        svgTidakDinilai(a.latest.agency.name, tanggal, a.latest.notAssessed),
      ]);
    }
  // Every page in each language: Indonesian at the root, the same tree in English under `en/`.
  for (const b of BAHASA_LAPORAN) {
    const d = folderBahasa(b);
    for (const a of data.agencies) {
      const e = entri.find((x) => x.agencyId === a.id);
      const svg = e && svgLencana(lencanaDariFeed(e, now), { bahasa: b });
      berkas.push([`${d}agensi/${a.id}.html`, halamanAgensi(data, a, svg, b)]);
    }
    for (const k of jenisDisaring(data)) berkas.push([d + berkasPeringkat(k), halamanPeringkat(data, k, b)]);
    berkas.push([`${d}metode.html`, halamanMetode(data, b)]);
    berkas.push([`${d}index.html`, halamanPeringkat(data, undefined, b)]);
  }
  berkas.push(['keys.json', `${JSON.stringify(setKunci, null, 2)}\n`]);
  const sigTeks = (t: TandaTanganFeed): string => `${JSON.stringify(t, null, 2)}\n`;
  // The bridge: the new signatures plus those of the feed still in place, so a verifier reading the old
  // feed or the new one always finds a matching signature (see `pasang`). It stays as the signature file:
  // a copy to a web server that sends the signature before the feed (rsync, s3 sync) then never serves a
  // feed without its signature. Only the old signatures that hold for the feed in place are carried, so
  // the file does not grow from publish to publish.
  const jembatan = await jembatanTandaTangan(keluar, sig, await bacaSetKunci(opsi.kunci));
  berkas.push(['feed.json', feedBytes]);
  berkas.push(['feed.json.sig', sigTeks(jembatan ?? sig)]);

  const sesudah = await pasang(keluar, berkas, jembatan ? sigTeks(jembatan) : undefined, opsi.diPasang);
  sesudah.forEach(lapor);
  // The publish is in place from here: a file that cannot be removed is said, never thrown (a throw
  // would read as "nothing was published").
  const { dihapus: removed, tertinggal } = await hapusYangHilang(keluar, new Set(berkas.map(([p]) => p)));
  if (tertinggal.length > 0) lapor(masalahTertinggal(tertinggal));
  return {
    feed,
    feedBytes,
    signedBy: sig.signatures.map((s) => s.kid),
    files: berkas.map(([p]) => p),
    skipped,
    removed,
  };
}

/**
 * A key folder that shares no key with the output's current `keys.json` (a mistyped --kunci, a key folder
 * made anew) would publish a feed no pinned badge verifies: refused unless `kunciBaru`. A rotation keeps
 * its retired keys in the folder's `keys.json`, so it passes, even after `--overlap-days 0`.
 */
async function periksaKunciTerbit(
  keluar: string,
  kunci: readonly { readonly kid: string }[],
  folderKunci: string,
  kunciBaru: boolean,
): Promise<void> {
  if (kunciBaru) return;
  const lama = (await kunciSudahTerbit(keluar)).map((k) => k.kid);
  if (lama.length === 0 || kunci.some((k) => lama.includes(k.kid))) return;
  throw new GalatTerbit({
    id: `Tak satu pun kunci di ${folderKunci} tercantum di ${join(keluar, 'keys.json')} yang sudah terbit (${lama.join(', ')}): lencana yang menyematkan kunci itu semuanya akan tampil "tidak terverifikasi". Periksa --kunci (folder kunci yang benar?). Bila memang memulai set kunci baru, ulangi dengan --kunci-baru lalu ganti key= di lencana setiap situs. Tidak ada yang diterbitkan.`,
    en: `No key of ${folderKunci} is listed in the published ${join(keluar, 'keys.json')} (${lama.join(', ')}): every badge pinned to those keys would show "not verified". Check --kunci (the right key folder?). If you really start a new key set, run again with --kunci-baru, then replace key= in every site's badge. Nothing was published.`,
  });
}

/** Whether signature `t` holds for `bytes` under the key of `kunci` that has its kid. */
function sahOleh(
  bytes: Uint8Array,
  t: { readonly kid: string; readonly sig: string },
  kunci: readonly { readonly kid: string; readonly x: string }[],
): boolean {
  const k = kunci.find((x) => x.kid === t.kid);
  if (!k) return false;
  try {
    const publik = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: k.x }, format: 'jwk' });
    return verify(null, bytes, publik, Buffer.from(t.sig, 'base64url'));
  } catch {
    return false;
  }
}

/**
 * `sig` with the signatures of the signature file in place that hold for the feed in place (by a key of
 * `kunci`, retired ones included), or undefined when there are none (a first publish).
 */
async function jembatanTandaTangan(
  keluar: string,
  sig: TandaTanganFeed,
  kunci: readonly { readonly kid: string; readonly x: string }[],
): Promise<TandaTanganFeed | undefined> {
  const lama = await sigLama(keluar);
  const feedLama = lama && (await readFile(join(keluar, 'feed.json')).catch(() => undefined));
  if (!lama || !feedLama) return undefined;
  const baru = new Set(sig.signatures.map((t) => t.sig));
  const berlaku = lama.signatures.filter((t) => !baru.has(t.sig) && sahOleh(feedLama, t, kunci));
  return berlaku.length > 0 ? { ...sig, signatures: [...sig.signatures, ...berlaku] } : undefined;
}

/** The keys (kid and x) of the `keys.json` already in the output folder; none when it does not read. */
async function kunciSudahTerbit(keluar: string): Promise<{ kid: string; x: string }[]> {
  try {
    const isi = JSON.parse(await readFile(join(keluar, 'keys.json'), 'utf8')) as { keys?: unknown };
    return Array.isArray(isi.keys)
      ? isi.keys.filter(
          (k): k is { kid: string; x: string } =>
            typeof (k as { kid?: unknown } | null)?.kid === 'string' &&
            typeof (k as { x?: unknown } | null)?.x === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * A `feed.json` in the output folder that no signature of `feed.json.sig` verifies under any key known
 * (the key folder's, retired included, or those of the `keys.json` published beside it): changed after it
 * was signed (by hand, by a copy that re-encoded it), or its signature file is gone. Said before it is
 * replaced, since a feed the publisher did not sign was being served (or about to be).
 */
async function feedTidakCocok(
  keluar: string,
  kunci: readonly { readonly kid: string; readonly x: string }[],
): Promise<Masalah | undefined> {
  const feedLama = await readFile(join(keluar, 'feed.json')).catch(() => undefined);
  if (!feedLama) return undefined;
  const dikenal = [...kunci, ...(await kunciSudahTerbit(keluar))];
  if ((await sigLama(keluar))?.signatures.some((t) => sahOleh(feedLama, t, dikenal))) return undefined;
  const feed = join(keluar, 'feed.json');
  return {
    severity: 'warning',
    code: 'feed.unverified-in-place',
    path: feed,
    message: {
      id: `${feed} yang ada tidak cocok dengan tanda tangannya (feed.json.sig) untuk kunci mana pun yang dikenal: isinya diubah setelah ditandatangani, atau berkas tanda tangannya hilang. Feed itu akan diganti dengan feed baru yang ditandatangani. Bila bukan Anda yang mengubahnya, periksa siapa yang dapat menulis folder keluaran dan salinannya di server web.`,
      en: `The ${feed} in place does not match its signature (feed.json.sig) under any known key: it was changed after signing, or its signature file is gone. It will be replaced by the new signed feed. If you did not change it, check who can write the output folder and its copy on the web server.`,
    },
  };
}

async function sigLama(keluar: string): Promise<TandaTanganFeed | undefined> {
  let teks: string;
  try {
    teks = await readFile(join(keluar, 'feed.json.sig'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const v = validasiTandaTangan(JSON.parse(teks));
    return v.ok && v.value?.file === 'feed.json' ? v.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes what an earlier publish wrote and this one did not: only files named like this publisher's
 * (`lencana/<id>.json|svg` of agencies no longer in the feed, `agensi/<id>.html` and `en/agensi/<id>.html`
 * of agencies no longer in the history, `jenis-<kind>.html` and `en/jenis-<kind>.html`), never anything else in the folder. Done after the new feed is in
 * place, so the old feed's links held until then.
 */
async function hapusYangHilang(
  keluar: string,
  ditulis: ReadonlySet<string>,
): Promise<{ dihapus: string[]; tertinggal: BerkasTertinggal[] }> {
  const pola: readonly [string, RegExp][] = [
    ['lencana', /^(.+)\.(?:json|svg)$/],
    ...BAHASA_LAPORAN.map((b): [string, RegExp] => [`${folderBahasa(b)}agensi`, /^(.+)\.html$/]),
  ];
  const hapus: string[] = [];
  const daftar = async (d: string): Promise<string[]> => {
    try {
      return await readdir(join(keluar, d));
    } catch {
      return [];
    }
  };
  for (const [d, re] of pola)
    for (const f of await daftar(d)) {
      const id = re.exec(f)?.[1];
      if (id !== undefined && ID_AMAN.test(id) && !ditulis.has(`${d}/${f}`)) hapus.push(`${d}/${f}`);
    }
  for (const b of BAHASA_LAPORAN) {
    const d = folderBahasa(b);
    for (const f of await daftar(d || '.'))
      if (/^jenis-[a-z-]+\.html$/.test(f) && !ditulis.has(d + f)) hapus.push(d + f);
  }
  hapus.sort();
  const dihapus: string[] = [];
  const tertinggal: BerkasTertinggal[] = [];
  for (const p of hapus)
    try {
      // unlink, not rm: only a file is removed; a folder in its place stays and is said (EISDIR).
      await unlink(join(keluar, p));
      dihapus.push(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      const sebab = teksGalatBerkas(e) ?? { id: String(e), en: String(e) };
      tertinggal.push({ path: p, sebab });
    }
  return { dihapus, tertinggal };
}

/** An old file `hapusYangHilang` could not remove, relative to the output folder, and why. */
interface BerkasTertinggal {
  readonly path: string;
  readonly sebab: Teks;
}

/**
 * Old files left after a publish that is in place (`publish.old-files-remain`, an error: published, to be
 * looked at, the CLI's exit 5): they are still served, so they are named with why and what to do.
 */
function masalahTertinggal(tertinggal: readonly BerkasTertinggal[]): Masalah {
  const daftar = (b: 'id' | 'en'): string => tertinggal.map((t) => `${t.path} (${t.sebab[b]})`).join(', ');
  const n = tertinggal.length;
  return {
    severity: 'error',
    code: 'publish.old-files-remain',
    path: tertinggal.map((t) => t.path).join(','),
    message: {
      id: `Penerbitan berhasil (feed, lencana, dan laporan baru sudah terpasang), tetapi ${n} berkas lama tidak dapat dihapus dan masih disajikan: ${daftar('id')}. Hapus sendiri atau perbaiki sebabnya; penerbitan berikutnya mencoba menghapusnya lagi.`,
      en: `The publish succeeded (the new feed, badges and report are in place), but ${n} old ${n === 1 ? 'file' : 'files'} could not be removed and ${n === 1 ? 'is' : 'are'} still served: ${daftar('en')}. Remove ${n === 1 ? 'it' : 'them'} yourself or fix the cause; the next publish tries to remove ${n === 1 ? 'it' : 'them'} again.`,
    },
  };
}

/**
 * Checks, before the first rename, that every file can be put in place: each target folder (or the nearest
 * one above it that exists) is a folder this user may write, and no target is a folder. So a folder left
 * by a publish as another user (`lencana/` owned by root) stops the publish before anything changed,
 * instead of halfway through its renames.
 */
async function periksaTujuan(keluar: string, berkas: readonly [string, unknown][]): Promise<void> {
  const folder = new Set(berkas.map(([p]) => dirname(join(keluar, p))));
  for (const d of folder)
    for (let x = d; ; x = dirname(x)) {
      const s = await stat(x).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      });
      if (!s) continue;
      if (!s.isDirectory()) throw galatBerkasBuatan('ENOTDIR', 'mkdir', d);
      await access(x, constants.W_OK | constants.X_OK);
      break;
    }
  for (const [p] of berkas)
    if ((await lstat(join(keluar, p)).catch(() => undefined))?.isDirectory())
      throw galatBerkasBuatan('EISDIR', 'rename', join(keluar, p));
}

/**
 * Writes every file into a staging folder inside the output (`.terbit-<hex>`: the same file system, so each
 * rename is atomic), then renames each into place: assets and
 * pages, `keys.json`, then the signature bridge as `feed.json.sig` (new and old signatures), `feed.json`,
 * and the final `feed.json.sig` (new signatures only). Each rename is atomic, so at every instant the
 * signature file holds a signature of the feed file beside it: old feed + old or bridge signature, then
 * new feed + bridge or new signature. Without an earlier signature there is no bridge; the new feed is then
 * signature-less (or with the old one) for one rename at most.
 */
async function pasang(
  keluar: string,
  berkas: readonly [string, string | Uint8Array][],
  jembatan: string | undefined,
  diPasang: OpsiTerbit['diPasang'],
): Promise<Masalah[]> {
  const panggung = join(keluar, `.terbit-${randomBytes(6).toString('hex')}`);
  panggungAktif.add(panggung);
  // Once `feed.json` is in place the publish is: what fails after it is said (an error in `skipped`), never
  // thrown, since a throw reads as "nothing was published".
  let terpasang = false;
  let gagal = false;
  const sesudah: Masalah[] = [];
  // Files of this run already renamed into place: when a rename fails before `feed.json`, they are said.
  const dipasang: string[] = [];
  try {
    for (const [p, isi] of berkas) {
      await buatFolder(dirname(join(panggung, p)));
      await writeFile(join(panggung, p), isi);
    }
    if (jembatan !== undefined) await writeFile(join(panggung, 'feed.json.sig.jembatan'), jembatan);
    await periksaTujuan(keluar, berkas);
    for (const [p] of berkas) {
      try {
        if (p === 'feed.json' && jembatan !== undefined) {
          await rename(join(panggung, 'feed.json.sig.jembatan'), join(keluar, 'feed.json.sig'));
          dipasang.push('feed.json.sig');
          await diPasang?.('feed.json.sig');
        }
        await buatFolder(dirname(join(keluar, p)));
        await rename(join(panggung, p), join(keluar, p));
      } catch (e) {
        if (!terpasang)
          throw dipasang.length > 0 ? await galatSebagian(keluar, dipasang, berkas.length, e) : e;
        sesudah.push(masalahSesudahTerpasang(p, e, jembatan !== undefined));
        continue;
      }
      if (p === 'feed.json') terpasang = true;
      else dipasang.push(p);
      await diPasang?.(p);
    }
  } catch (e) {
    gagal = true;
    throw e;
  } finally {
    await rm(panggung, { recursive: true, force: true }).catch((e: unknown) => {
      if (terpasang) sesudah.push(masalahSesudahTerpasang(relative(keluar, panggung), e, true));
      // Else the error of the write (if any) is the one said.
      else if (!gagal) throw e;
    });
    panggungAktif.delete(panggung);
  }
  return sesudah;
}

/**
 * A rename that failed once some files of this run were in place but before `feed.json` was (`dipasang`: those
 * files, in order; the bridge `feed.json.sig` among them when it went in). Not "nothing was published", and
 * not published either: the feed in place is still the earlier one, so it is a refusal (the CLI's exit 1),
 * and the recipes copy nothing to the web server, which keeps serving a whole earlier publish. A copy of
 * this folder would serve new pages and badges beside the earlier feed, and in CI, where the folder holds
 * only the downloaded feed and the files of this run, `--delete` would remove every other file served.
 */
async function galatSebagian(
  keluar: string,
  dipasang: readonly string[],
  total: number,
  e: unknown,
): Promise<GalatTerbit> {
  const sebab = teksGalatBerkas(e) ?? { id: String(e), en: String(e) };
  const n = dipasang.length;
  const contoh = dipasang.slice(0, 5).join(', ') + (n > 5 ? ', …' : '');
  const adaFeed = await lstat(join(keluar, 'feed.json')).then(
    (x) => x.isFile(),
    () => false,
  );
  const feed: Teks = !adaFeed
    ? {
        id: 'Belum ada feed.json (penerbitan pertama), jadi belum ada feed yang disajikan;',
        en: 'There is no feed.json yet (a first publish), so no feed is served;',
      }
    : dipasang.includes('feed.json.sig')
      ? {
          id: 'feed.json tidak terganti, dan feed.json.sig adalah jembatan (tanda tangan baru dan sebelumnya), yang tetap memverifikasi feed sebelumnya;',
          en: 'feed.json was not replaced, and feed.json.sig is the bridge (the new and the earlier signatures), which still verifies the earlier feed;',
        }
      : {
          id: 'feed.json dan feed.json.sig masih yang sebelumnya, jadi feed yang disajikan tidak berubah;',
          en: 'feed.json and feed.json.sig are still the earlier ones, so the feed being served is unchanged;',
        };
  const teks: Teks = {
    id: `Penerbitan terhenti di tengah jalan, sebelum feed baru terpasang: ${sebab.id} ${n} dari ${total} berkas penerbitan ini sudah terpasang di ${keluar} (${contoh}). ${feed.id} berkas yang tidak disebut juga masih yang sebelumnya. Jangan salin folder ini ke server web; perbaiki sebabnya lalu terbitkan lagi: penerbitan berikutnya memasang semua berkas.`,
    en: `The publish stopped partway, before the new feed was in place: ${sebab.en} ${n} of ${total} files of this run are in place in ${keluar} (${contoh}). ${feed.en} the files not listed are the earlier ones too. Do not copy this folder to the web server; fix the cause and publish again: the next publish puts every file in place.`,
  };
  return new GalatTerbit(teks, [
    { severity: 'error', code: 'publish.partial', path: dipasang.join(','), message: teks },
  ]);
}

/** The lock of a publish that is in place could not be removed (`publish.incomplete`, an error). */
function masalahKunciTertinggal(path: string, e: unknown): Masalah {
  const sebab = teksGalatBerkas(e) ?? { id: String(e), en: String(e) };
  return {
    severity: 'error',
    code: 'publish.incomplete',
    path,
    message: {
      id: `Penerbitan berhasil (feed baru sudah terpasang), tetapi kuncinya ${path} tidak dapat dilepas: ${sebab.id} Penerbitan berikutnya di mesin ini mengambil alih kunci proses yang sudah berakhir; dari mesin lain, hapus berkas itu sendiri.`,
      en: `The publish succeeded (the new feed is in place), but its lock ${path} could not be released: ${sebab.en} The next publish on this machine takes over the lock of a process that has ended; from another machine, delete the file yourself.`,
    },
  };
}

/**
 * What could not be done once the new feed was in place (`publish.incomplete`, an error: published, but
 * a person must look): the final signature file, or the staging folder `.terbit-<hex>` left behind.
 */
function masalahSesudahTerpasang(p: string, e: unknown, adaJembatan: boolean): Masalah {
  const sebab = teksGalatBerkas(e) ?? { id: String(e), en: String(e) };
  const akibat: Teks =
    p === 'feed.json.sig'
      ? adaJembatan
        ? {
            id: 'feed.json.sig yang terpasang masih jembatan (tanda tangan baru dan lama), yang juga memverifikasi feed baru; penerbitan berikutnya menulisnya lagi.',
            en: 'The feed.json.sig in place is still the bridge (new and old signatures), which verifies the new feed too; the next publish writes it again.',
          }
        : {
            id: 'feed baru belum punya tanda tangan yang cocok: lencana tampil "tidak terverifikasi" sampai penerbitan berikutnya berhasil. Perbaiki sebabnya lalu terbitkan lagi.',
            en: 'The new feed has no matching signature yet: badges show "not verified" until the next publish succeeds. Fix the cause and publish again.',
          }
      : {
          id: `Folder sementara ${p} tertinggal; penerbitan berikutnya menyapunya (salinan ke server web melewatinya dengan --exclude '.terbit*').`,
          en: `The staging folder ${p} is left behind; the next publish sweeps it (a copy to the web server skips it with --exclude '.terbit*').`,
        };
  return {
    severity: 'error',
    code: 'publish.incomplete',
    path: p,
    message: {
      id: `Penerbitan berhasil (feed baru sudah terpasang), tetapi ${p} gagal: ${sebab.id} ${akibat.id}`,
      en: `The publish succeeded (the new feed is in place), but ${p} failed: ${sebab.en} ${akibat.en}`,
    },
  };
}
