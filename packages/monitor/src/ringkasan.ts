import Table from 'cli-table3';
import { BAND_MONEV, KODE_BAND, formatAngka, formatSkor, isiTeks, pilihTeks } from '@terbuka/sdk';
import type { Bahasa, Instan, KodeBand, Teks } from '@terbuka/sdk';
import type { Bagian } from './bagian.js';
import type { AlasanGagal, CatatanPindai } from './types.js';

/** One agency in the summary: what the slowest-sites table shows. */
export interface BarisPindai {
  readonly agencyId: string;
  readonly name: string;
  readonly website: string;
  readonly score: number;
  readonly band: KodeBand;
  readonly durationMs: number;
  readonly unreachable: boolean;
  /** robots.txt kept the monitor out: not assessed (no score), not unreachable. */
  readonly notAssessed?: boolean;
  readonly failures: readonly AlasanGagal[];
}

/** What one `pindaiRegistri` run did. Its size does not grow with the number of agencies. */
export interface RingkasanPindai {
  /** The history file the records were appended to. */
  readonly riwayat: string;
  readonly shard?: Bagian;
  readonly startedAt: Instan;
  readonly finishedAt: Instan;
  readonly durationMs: number;
  /** Agencies of this shard. */
  readonly total: number;
  /** Records written. Less than `total` only when the run was stopped. */
  readonly scanned: number;
  readonly stopped: boolean;
  /** Agencies whose site could not be reached (down, DNS, timeouts): not those robots.txt kept out. */
  readonly unreachable: number;
  /** Agencies robots.txt kept the monitor out of the DIP of (a disallow, or robots.txt answering 5xx): no score. */
  readonly notAssessed: number;
  /**
   * Agencies per band, of those whose site was read: neither `unreachable` (their record's 0 is no
   * reading of the site, and the summary shows no score for them) nor `notAssessed` (no band). With those
   * two counts, they add up to `scanned`.
   */
  readonly bands: Readonly<Record<KodeBand, number>>;
  /**
   * Agencies with at least one failed expected source (home page, DIP, what the registry declares), per
   * reason (a site can count under several). Optional sources that fail are not counted.
   */
  readonly failures: Readonly<Partial<Record<AlasanGagal, number>>>;
  /** The slowest agencies, slowest first (at most `BARIS_TERLAMBAT`). */
  readonly slowest: readonly BarisPindai[];
  /** HTTP requests sent, retries, robots.txt files fetched. */
  readonly fetches?: { readonly requests: number; readonly retries: number; readonly robotsFetched: number };
}

export const BARIS_TERLAMBAT = 10;

export const LABEL_ALASAN = {
  dns: { id: 'Nama domain tidak ditemukan (DNS)', en: 'Domain name not found (DNS)' },
  koneksi: { id: 'Sambungan gagal', en: 'Connection failed' },
  'waktu-habis': { id: 'Waktu habis', en: 'Timed out' },
  sertifikat: { id: 'Sertifikat TLS tidak sah', en: 'Invalid TLS certificate' },
  http: { id: 'Status HTTP galat', en: 'HTTP error status' },
  server: { id: 'Server galat (HTTP 5xx)', en: 'Server error (HTTP 5xx)' },
  'terlalu-banyak-alihan': { id: 'Terlalu banyak alihan', en: 'Too many redirects' },
  'terlalu-besar': { id: 'Jawaban terlalu besar', en: 'Response too large' },
  robots: { id: 'Dilarang robots.txt', en: 'Disallowed by robots.txt' },
  'alamat-terlarang': { id: 'Alamat lokal/privat ditolak', en: 'Local/private address refused' },
  'dip-tidak-sah': { id: 'DIP tidak sah', en: 'Invalid DIP' },
  'halaman-web': { id: 'Menjawab dengan halaman web', en: 'Answered with a web page' },
  'isi-tidak-sah': { id: 'Isi tidak terbaca', en: 'Unreadable content' },
} as const satisfies Record<AlasanGagal, Teks>;

/** Adds records up as they finish; keeps counts and the few slowest rows, never the records. */
export class PenghitungRingkasan {
  readonly bands = Object.fromEntries(KODE_BAND.map((k) => [k, 0])) as Record<KodeBand, number>;
  readonly failures: Partial<Record<AlasanGagal, number>> = {};
  readonly slowest: BarisPindai[] = [];
  scanned = 0;
  unreachable = 0;
  notAssessed = 0;

  tambah(c: CatatanPindai, durationMs: number): void {
    this.scanned++;
    // A site robots.txt kept the monitor out of has no score: neither a band nor "unreachable". One not
    // reached is counted apart from the bands, as its row shows no score.
    if (c.notAssessed) this.notAssessed++;
    else if (c.unreachable) this.unreachable++;
    else this.bands[c.band] = (this.bands[c.band] ?? 0) + 1;
    const alasan = new Set<AlasanGagal>();
    // An optional source that is absent (no sitemap, no robots.txt) is not a failure of the site.
    for (const o of c.observations) if (o.failure && !o.optional) alasan.add(o.failure.reason);
    for (const a of alasan) this.failures[a] = (this.failures[a] ?? 0) + 1;
    const terakhir = this.slowest[this.slowest.length - 1];
    if (this.slowest.length < BARIS_TERLAMBAT || (terakhir && durationMs > terakhir.durationMs)) {
      const baris: BarisPindai = {
        agencyId: c.agencyId,
        name: c.agency.name,
        website: c.agency.website,
        score: c.score,
        band: c.band,
        durationMs: Math.round(durationMs),
        unreachable: c.unreachable && !c.notAssessed,
        ...(c.notAssessed ? { notAssessed: true } : {}),
        failures: [...alasan],
      };
      const i = this.slowest.findIndex((b) => b.durationMs < baris.durationMs);
      this.slowest.splice(i < 0 ? this.slowest.length : i, 0, baris);
      if (this.slowest.length > BARIS_TERLAMBAT) this.slowest.pop();
    }
  }
}

const tabel = (head: string[]): Table.Table =>
  // No colours: the summary is read in CI logs and piped to files as often as in a terminal.
  new Table({ head, style: { head: [], border: [] } });

/** Seconds with one decimal, as the language writes it (`0,1` in Indonesian, `0.1` in English). */
const detik = (ms: number, bahasa: Bahasa): string =>
  formatAngka(ms / 1000, bahasa, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The end-of-run summary as text tables: per band, failures by reason, slowest sites. */
export function tabelRingkasan(r: RingkasanPindai, bahasa: Bahasa): string {
  const t = (x: Teks): string => pilihTeks(x, bahasa);
  const judul = t(
    isiTeks(
      {
        id: '{n} dari {total} badan publik dipindai dalam {s} detik{shard}; {u} tidak dapat dijangkau{b}. Riwayat: {riwayat}',
        en: '{n} of {total} agencies scanned in {s} s{shard}; {u} unreachable{b}. History: {riwayat}',
      },
      {
        n: r.scanned,
        total: r.total,
        s: detik(r.durationMs, bahasa),
        u: r.unreachable,
        b:
          r.notAssessed > 0
            ? t(
                isiTeks(
                  {
                    id: '; {n} tidak dapat dinilai (pemantau tidak membaca DIP-nya: robots.txt menutupnya, atau alamatnya lokal/privat; tanpa skor)',
                    en: '; {n} not assessed (the monitor did not read the DIP: robots.txt closes it, or its address is local/private; no score)',
                  },
                  { n: r.notAssessed },
                ),
              )
            : '',
        riwayat: r.riwayat,
        shard: r.shard ? ` (${t({ id: 'bagian', en: 'shard' })} ${r.shard.index}/${r.shard.count})` : '',
      },
    ),
  );
  const band = tabel([t({ id: 'Kualifikasi', en: 'Band' }), t({ id: 'Jumlah', en: 'Count' })]);
  for (const b of BAND_MONEV) band.push([t(b.label), String(r.bands[b.code] ?? 0)]);
  // The sites with no score in the rows below, so that the table adds up to the agencies scanned.
  if (r.unreachable > 0)
    band.push([
      t({ id: 'Tidak dapat dijangkau (tanpa skor)', en: 'Unreachable (no score)' }),
      String(r.unreachable),
    ]);
  if (r.notAssessed > 0)
    band.push([
      t({ id: 'Tidak dapat dinilai (tanpa skor)', en: 'Not assessed (no score)' }),
      String(r.notAssessed),
    ]);

  const bagian = [judul, band.toString()];
  const alasan = (Object.keys(LABEL_ALASAN) as AlasanGagal[]).filter((a) => (r.failures[a] ?? 0) > 0);
  if (alasan.length > 0) {
    const gagal = tabel([
      t({ id: 'Alasan gagal', en: 'Failure reason' }),
      t({ id: 'Badan publik', en: 'Agencies' }),
    ]);
    for (const a of alasan) gagal.push([t(LABEL_ALASAN[a]), String(r.failures[a])]);
    bagian.push(gagal.toString());
  }
  if (r.slowest.length > 0) {
    const lambat = tabel([
      t({ id: 'Paling lambat', en: 'Slowest' }),
      t({ id: 'Situs', en: 'Website' }),
      t({ id: 'Detik', en: 'Seconds' }),
      t({ id: 'Skor', en: 'Score' }),
      t({ id: 'Gagal', en: 'Failed' }),
    ]);
    for (const b of r.slowest)
      lambat.push([
        b.agencyId,
        b.website,
        detik(b.durationMs, bahasa),
        b.unreachable || b.notAssessed ? '—' : formatSkor(b.score, bahasa),
        // In words, as the failure table above says them (not the codes of the history).
        // Unreachable with its reasons: a refused local address is Dinkominfo's to fix, a dead site is not.
        b.unreachable
          ? [
              t({ id: 'tak terjangkau', en: 'unreachable' }),
              ...b.failures.map((f) => t(LABEL_ALASAN[f])),
            ].join(', ')
          : [
              ...(b.notAssessed ? [t({ id: 'tidak dapat dinilai', en: 'not assessed' })] : []),
              ...b.failures.map((f) => t(LABEL_ALASAN[f])),
            ].join(', '),
      ]);
    bagian.push(lambat.toString());
  }
  if (r.stopped)
    bagian.push(
      t({
        id: 'Pemindaian dihentikan sebelum selesai; catatan yang sudah ditulis tetap tersimpan.',
        en: 'The scan was stopped before the end; the records already written are kept.',
      }),
    );
  return bagian.join('\n');
}
