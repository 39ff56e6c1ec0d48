// The report the bahasa and Chromium tests read (no tests of its own): a few scan records published as
// `terbuka monitor publish` would, in both languages, into a fresh temporary folder.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bacaDIP, nilaiPemantauan, type RingkasanAktivitas } from '@terbuka/sdk';
import { buatKunci } from '../kunci/index.js';
import { terbitkan } from '../terbit/index.js';
import { catatan, jsonl } from '../terbit/contoh.test.js';
import type { CatatanPindai } from '../types.js';

/** Where the report says it is published (`--base-url`). */
export const DASAR = 'https://monitor.sukamajukab.go.id/';
/** A registry name that would be markup if the report did not escape it. */
export const NAMA_JAHAT = 'Desa <script>alert(1)</script> & "Mulya"';

/**
 * A record as a scan of the Sukamaju DIP writes it: the SDK's own contributions, with their long reasons
 * that quote the catalog's titles of the mandatory items (the layout of the breakdown is tested with
 * them), and its missing items (`berkala.pengadaan`, `berkala.peringatan-dini`).
 */
export function catatanSukamaju(id: string, nama: string, scannedAt: string): CatatanPindai {
  const dip = readFileSync(new URL('../../../sdk/fixtures/sukamaju/dip.json', import.meta.url));
  const baca = bacaDIP(dip);
  assert.ok(baca.ok, 'the Sukamaju DIP reads');
  const activity: RingkasanAktivitas = { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' };
  const nilai = nilaiPemantauan(baca.document, activity, new Date(scannedAt), {
    agency: { id, name: nama, kind: 'opd' },
  });
  return catatan(id, nama, 'opd', nilai.total, scannedAt, {
    catalogVersion: nilai.catalogVersion,
    contributions: nilai.contributions,
    missing: nilai.missing.map((m) => ({ id: m.id, title: m.title })),
    activity,
  });
}

/** Publishes the example report; `keluar` is its folder, `files` what `terbitkan` wrote there. */
export async function terbitContoh(): Promise<{ keluar: string; files: readonly string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'terbuka-laporan-'));
  // The test files read the folder until they end; it goes with their process, not left in the temp dir.
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const riwayat = join(root, 'riwayat.jsonl');
  await writeFile(
    riwayat,
    jsonl([
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 70.1, '2026-10-01T01:00:00Z'),
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 84.4, '2026-11-01T01:00:00Z'),
      catatan('dinkes', 'Dinas Kesehatan', 'opd', 91.2, '2026-11-27T01:00:00Z'),
      catatanSukamaju('bappeda', 'Badan Perencanaan Pembangunan Daerah', '2026-11-27T01:00:00Z'),
      catatan('kec-barat', 'Kecamatan Barat', 'kecamatan', 62, '2026-11-27T02:00:00Z', {
        unreachable: true,
        activity: { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' },
      }),
      catatan('kel-mekar', 'Kelurahan Mekar', 'kelurahan', 81.7, '2026-11-27T02:00:00Z', {
        agency: {
          name: 'Kelurahan Mekar',
          kind: 'kelurahan',
          parent: 'kec-barat',
          website: 'https://mekar.example.id/',
          social: [],
        },
      }),
      catatan('desa-mulya', NAMA_JAHAT, 'desa', 38.5, '2026-11-27T01:00:00Z'),
      catatan('desa-asri', 'Desa Asri', 'desa', 12, '2026-11-27T01:00:00Z'),
      // robots.txt closes this site's DIP to the monitor: listed last, with no score and no rank; the
      // evidence page names the file and the lines to add (a long one, that must not break the layout).
      catatan('dinas-tertutup', 'Dinas Tertutup', 'opd', 0, '2026-11-27T01:00:00Z', {
        activity: { posts30: 0, posts90: 0, intervalClass: 'tidak-diketahui' },
        notAssessed: {
          reason: 'robots',
          robotsTxt: 'https://tertutup.example.id/robots.txt',
          scope: 'dip',
          blocked: ['https://tertutup.example.id/wp-content/uploads/2026/11/daftar-informasi-publik.json'],
          lines: [
            'User-agent: TerbukaMonitor',
            'Allow: /wp-content/uploads/2026/11/daftar-informasi-publik.json',
          ],
          userAgent: 'TerbukaMonitor/0.1.0 (+https://monitor.sukamajukab.go.id/)',
          token: 'TerbukaMonitor',
          message: { id: 'robots.txt situs ini melarang pemantau.', en: 'robots.txt disallows the monitor.' },
          action: { id: 'Izinkan pemantau di robots.txt.', en: 'Allow the monitor in robots.txt.' },
        },
      }),
    ]),
  );
  await buatKunci(join(root, 'kunci'));
  const keluar = join(root, 'publik');
  const h = await terbitkan({
    riwayat: [riwayat],
    keluar,
    kunci: join(root, 'kunci'),
    baseUrl: DASAR,
    issuer: { id: 'diskominfo-sukamaju', name: 'Diskominfo Kabupaten Sukamaju' },
    now: new Date('2026-11-28T00:00:00Z'),
  });
  return { keluar, files: h.files };
}
