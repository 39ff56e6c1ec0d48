import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  bacaBagian,
  bacaRegistri,
  periksaBerkasRiwayat,
  pindaiRegistri,
  tabelRingkasan,
} from '@terbuka/monitor';
import type { AgensiDilewati, Bagian } from '@terbuka/monitor';
import { isiTeks } from '@terbuka/sdk';
import type { Teks } from '@terbuka/sdk';
import { bacaBerkas, bukanFolder } from '../berkas.js';
import { GalatPengguna, type Keluaran } from '../keluaran.js';
import { tolakRegistriKosong } from './registri-kosong.js';
import { laporanTidakSahJSON, masalahJSON, tampilkanMasalah } from './masalah.js';

type Jalankan = (kerja: (out: Keluaran) => Promise<number> | number) => Promise<void>;

interface OpsiScan {
  riwayat: string;
  sebelumnya: string[];
  shard?: string;
  concurrency: string;
  timeout: string;
  userAgent?: string;
  izinkanAlamatLokal?: boolean;
  now?: string;
}

function bilangan(nilai: string, opsi: string, min: number, max: number): number {
  const n = Number(nilai);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new GalatPengguna(
      isiTeks(
        {
          id: '{opsi} "{v}" harus bilangan bulat {min}–{max}.',
          en: '{opsi} "{v}" must be an integer {min}–{max}.',
        },
        { opsi, v: nilai, min, max },
      ),
    );
  return n;
}

function bagian(teks: string | undefined): Bagian | undefined {
  if (teks === undefined) return undefined;
  try {
    return bacaBagian(teks);
  } catch (e) {
    throw new GalatPengguna((e as { teks: Teks }).teks);
  }
}

/**
 * A skipped row as the summary names it: its line (or place in a JSON registry) and id; a duplicate whose
 * id is scanned from its first row says so, so the id is not read as left out.
 */
function sebutBaris(b: AgensiDilewati): Teks {
  const letak: Teks =
    b.row !== undefined
      ? isiTeks({ id: 'baris {r}', en: 'line {r}' }, { r: b.row })
      : { id: `agencies[${b.index}]`, en: `agencies[${b.index}]` };
  return b.idDipindai
    ? isiTeks(
        {
          id: '{l}: id "{id}" ganda, baris pertama id itu dipindai',
          en: '{le}: duplicate id "{id}", that id’s first row is scanned',
        },
        { l: letak.id, le: letak.en, id: b.id },
      )
    : { id: `${letak.id}: ${b.id}`, en: `${letak.en}: ${b.id}` };
}

/** A history file given by `opsi` is one (`periksaBerkasRiwayat`), or the run stops before anything is scanned (exit 2). */
async function periksaRiwayat(opsi: string, path: string): Promise<void> {
  try {
    await periksaBerkasRiwayat(path);
  } catch (e) {
    const teks = (e as { teks?: Teks }).teks;
    if (!teks) throw e;
    throw new GalatPengguna({ id: `${opsi}: ${teks.id}`, en: `${opsi}: ${teks.en}` });
  }
}

/** The same file under two names (a symlink, `./x`), as far as the file system can tell. */
async function berkasSama(a: string, b: string): Promise<boolean> {
  const nyata = async (p: string): Promise<string> => {
    try {
      return await realpath(p);
    } catch {
      return resolve(p);
    }
  };
  return (await nyata(a)) === (await nyata(b));
}

/**
 * `--riwayat` is appended to, so a wrong path must be refused before it is written: not the registry
 * itself, and, when it already has content, a history (else a registry, a key set or a feed would get
 * scan records appended and break whatever reads it next). A new or empty file is a new history. Each
 * `--sebelumnya` must exist and be a history. Usage errors (exit 2), before anything is scanned.
 */
async function periksaBerkasRun(registri: string, opsi: OpsiScan): Promise<void> {
  if (registri !== '-' && (await berkasSama(registri, opsi.riwayat)))
    throw new GalatPengguna(
      isiTeks(
        {
          id: '--riwayat {p} adalah registri yang dipindai; riwayat harus berkas lain (mis. riwayat.jsonl).',
          en: '--riwayat {p} is the registry being scanned; the history must be another file (e.g. riwayat.jsonl).',
        },
        { p: opsi.riwayat },
      ),
    );
  await bukanFolder(opsi.riwayat, '--riwayat');
  if (existsSync(opsi.riwayat)) await periksaRiwayat('--riwayat', opsi.riwayat);
  for (const path of opsi.sebelumnya) {
    await bukanFolder(path, '--sebelumnya');
    await periksaRiwayat('--sebelumnya', path);
  }
}

/**
 * `terbuka monitor scan REGISTRI --riwayat FILE`: exit 0 when the run finished (failing sites are
 * recorded outcomes, not errors), 1 when the registry has errors (the agencies in error are skipped, the
 * others scanned; a problem of the file itself scans none) or the run was interrupted, 2 for a usage
 * error.
 */
async function scan(berkas: string, opsi: OpsiScan, out: Keluaran): Promise<number> {
  const shard = bagian(opsi.shard);
  const concurrency = bilangan(opsi.concurrency, '--concurrency', 1, 1000);
  const timeoutMs = bilangan(opsi.timeout, '--timeout', 100, 600_000);
  const now = opsi.now === undefined ? undefined : new Date(opsi.now);
  if (now && Number.isNaN(now.getTime()))
    throw new GalatPengguna(
      isiTeks(
        { id: '--now "{v}" bukan waktu ISO.', en: '--now "{v}" is not an ISO instant.' },
        { v: String(opsi.now) },
      ),
    );
  await periksaBerkasRun(berkas, opsi);

  const hasil = bacaRegistri((await bacaBerkas(berkas)).teks);
  // Rows in error are left out and the others scanned, so one bad row does not stop a district (its
  // badges would all go stale); the run still ends with exit 1 and names what it left out.
  const registri = hasil.registry ?? hasil.sebagian?.registry;
  const dilewati = hasil.ok ? [] : (hasil.sebagian?.dilewati ?? []);
  const barisDilewati = hasil.ok ? [] : (hasil.sebagian?.barisDilewati ?? []);
  if (!registri) {
    if (out.json) out.cetakJSON(laporanTidakSahJSON(hasil, berkas, out));
    else tampilkanMasalah(hasil, berkas, out);
    return 1;
  }
  tolakRegistriKosong(berkas, registri.agencies.length + barisDilewati.length, 'scan');
  if (!out.json && (!hasil.ok || hasil.warnings.length > 0)) tampilkanMasalah(hasil, berkas, out);
  if (!out.json && barisDilewati.length > 0)
    out.galat(
      out.teks(
        isiTeks(
          {
            id: '{n} baris registri dilewati karena galat ({daftar}); {m} badan publik dipindai. Perbaiki barisnya agar ikut dipindai.',
            en: '{n} registry rows skipped for errors ({daftar}); {m} agencies are scanned. Fix those rows to have them scanned.',
          },
          {
            n: barisDilewati.length,
            daftar: barisDilewati.map((b) => out.teks(sebutBaris(b))).join('; '),
            m: registri.agencies.length,
          },
        ),
      ),
    );

  // Ctrl-C: no new agency is started; those in flight are written, then the summary says it stopped.
  const henti = new AbortController();
  const padaSigint = (): void => henti.abort();
  process.once('SIGINT', padaSigint);
  try {
    const r = await pindaiRegistri(registri, {
      riwayat: opsi.riwayat,
      sebelumnya: opsi.sebelumnya,
      concurrency,
      pengambil: {
        timeoutMs,
        ...(opsi.userAgent ? { userAgent: opsi.userAgent } : {}),
        ...(opsi.izinkanAlamatLokal ? { izinkanAlamatLokal: true } : {}),
      },
      bahasa: out.bahasa,
      signal: henti.signal,
      laporkan: (m) => out.galat(out.teks(m.message)),
      ...(shard ? { shard } : {}),
      ...(now ? { now } : {}),
    }).catch((e: unknown) => {
      // A history that cannot be opened, read or written (no right to its folder, a full disk) is the
      // user's file to fix, said in both languages (exit 2), not an internal error nor a "no" (exit 1).
      const teks = (e as { name?: string; teks?: Teks } | null)?.teks;
      if ((e as Error | null)?.name === 'GalatRiwayat' && teks) throw new GalatPengguna(teks);
      throw e;
    });
    if (out.json)
      out.cetakJSON({
        file: berkas,
        ...(hasil.ok
          ? {}
          : {
              errors: hasil.errors.map((m) => masalahJSON(m, out)),
              skippedAgencies: dilewati,
              skippedRows: barisDilewati.map((b) => ({
                agencyId: b.id,
                index: b.index,
                ...(b.row !== undefined ? { row: b.row } : {}),
                idScanned: b.idDipindai,
              })),
            }),
        warnings: hasil.warnings.map((m) => masalahJSON(m, out)),
        ...r,
      });
    else out.tulis(tabelRingkasan(r, out.bahasa));
    // Refused local/private addresses are the monitor's setting, not the sites' fault: say how to allow
    // them when the registry's sites really are on the district's own network.
    const ditolak = r.failures['alamat-terlarang'] ?? 0;
    if (ditolak > 0)
      out.galat(
        out.teks(
          isiTeks(
            {
              id: '{n} badan publik tidak diambil karena alamatnya menuju jaringan lokal/privat. Bila situs-situs itu memang di jaringan internal Pemda, pindai dengan --izinkan-alamat-lokal; bila mestinya publik, periksa DNS-nya.',
              en: '{n} agencies not fetched: their addresses lead to a local/private network. If those sites really are on the district’s internal network, scan with --izinkan-alamat-lokal; if they should be public, check their DNS.',
            },
            { n: ditolak },
          ),
        ),
      );
    return r.stopped || !hasil.ok ? 1 : 0;
  } finally {
    process.off('SIGINT', padaSigint);
  }
}

/** `terbuka monitor scan`: scans the registry's agencies and appends the records to the history. */
export function daftarMonitorScan(monitor: Command, jalankan: Jalankan): void {
  monitor
    .command('scan')
    .description(
      'pindai situs badan publik dalam registri, tambahkan hasil ke riwayat / scan the registry’s agency sites, append to the history',
    )
    .argument('<registri>', 'registri badan publik (JSON atau CSV) / agencies registry (JSON or CSV)')
    .requiredOption(
      '--riwayat <berkas>',
      'berkas riwayat JSONL yang ditambah / history JSONL file to append to',
    )
    .option(
      '--sebelumnya <berkas>',
      'riwayat lain untuk mencari catatan sebelumnya (mis. yang diunduh), boleh berulang / another history to find previous records in (e.g. a downloaded one), repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--shard <i/n>', 'hanya bagian i dari n (mis. 1/4) / only shard i of n (e.g. 1/4)')
    .option('--concurrency <n>', 'badan publik yang dipindai sekaligus / agencies scanned at once', '8')
    .option('--timeout <ms>', 'batas waktu tiap permintaan / timeout per request', '10000')
    .option('--user-agent <teks>', 'User-Agent (sebutkan situs Anda) / User-Agent (name your site)')
    .option(
      '--izinkan-alamat-lokal',
      'ambil juga alamat loopback/privat/link-local (intranet, uji) / also fetch loopback, private and link-local addresses (intranet, tests)',
    )
    .option('--now <waktu>', 'jam penilaian ISO (untuk uji) / evaluation clock ISO (for tests)')
    .action((registri: string, opsi: OpsiScan) => jalankan((out) => scan(registri, opsi, out)));
}
