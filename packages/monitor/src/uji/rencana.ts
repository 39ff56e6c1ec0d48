// The plan of the fixture world: which kind of site sits at which index, with which DIP and which posting
// rhythm, and what a correct scan must find there. Pure: no servers, so the bench's child process and the
// tests derive the same plan from the same index.
import type { JenisBadanPublik } from '@terbuka/sdk';
import type { AlasanGagal, JenisSumber } from '../types.js';
import { POLA_AKTIVITAS, VARIAN_DIP, type PolaAktivitas, type VarianDIP } from './konten.js';

/** Every kind of site the world serves. */
export type JenisSitus =
  /** WordPress: posts at `/wp-json/wp/v2/posts` with dates. */
  | 'wordpress'
  | 'rss'
  | 'atom'
  /** Only a sitemap (announced in robots.txt) with `lastmod`. */
  | 'sitemap'
  /** A static home page with a fixed `Last-Modified` and an ETag; answers 304 to a conditional request. */
  | 'statis'
  /** A closed port. */
  | 'mati'
  /** A `.invalid` host name (RFC 6761: never resolves). */
  | 'dns'
  /** robots.txt answers at once; everything else only after the timeout. */
  | 'lambat'
  /** Every page redirects to a second one, which redirects back. */
  | 'alihan'
  /** Home page and DIP larger than the size cap. */
  | 'besar'
  /** The DIP is not valid JSON; the site itself is fine (an RSS feed). */
  | 'dip-rusak'
  /** The DIP is a CSV with an impossible exclusion decision date (31/02). */
  | 'dip-csv-rusak'
  /** The DIP URL answers 404. */
  | 'dip-hilang'
  /** robots.txt disallows everything. */
  | 'robots'
  /** Games its date: `Last-Modified` moves on every request while the page stays byte for byte the same. */
  | 'curang'
  /** The honest counterpart: page and `Last-Modified` both change on every request. */
  | 'berubah'
  /** A static site whose activity is its YouTube channel's feed (and an Instagram account without one). */
  | 'sosial-youtube'
  /** A static site whose activity is its Mastodon account's RSS. */
  | 'sosial-mastodon';

/** One round of the world: the kinds, with the DIP and rhythm of round 0; later rounds rotate both. */
const PUTARAN: readonly {
  jenis: JenisSitus;
  dip?: VarianDIP;
  format?: 'json' | 'csv';
  pola?: PolaAktivitas;
}[] = [
  { jenis: 'wordpress', dip: 'lengkap', pola: 'harian' },
  { jenis: 'wordpress', dip: 'separuh', pola: 'mingguan' },
  { jenis: 'wordpress', dip: 'basi', pola: 'jarang' },
  { jenis: 'wordpress', dip: 'tanpa-dik', pola: 'bulanan' },
  { jenis: 'rss', dip: 'lengkap', pola: 'mingguan' },
  { jenis: 'rss', dip: 'separuh', format: 'csv', pola: 'harian' },
  { jenis: 'atom', dip: 'basi', pola: 'bulanan' },
  { jenis: 'atom', dip: 'lengkap', format: 'csv', pola: 'harian' },
  { jenis: 'sitemap', dip: 'tanpa-dik', pola: 'mingguan' },
  { jenis: 'sitemap', dip: 'separuh', format: 'csv', pola: 'jarang' },
  { jenis: 'statis', dip: 'lengkap' },
  { jenis: 'statis', dip: 'basi' },
  { jenis: 'mati' },
  { jenis: 'dns' },
  { jenis: 'lambat' },
  { jenis: 'alihan' },
  { jenis: 'besar' },
  { jenis: 'dip-rusak', pola: 'harian' },
  { jenis: 'dip-csv-rusak', format: 'csv', pola: 'mingguan' },
  { jenis: 'dip-hilang', pola: 'bulanan' },
  { jenis: 'robots' },
  { jenis: 'curang', dip: 'lengkap' },
  { jenis: 'berubah', dip: 'separuh' },
  { jenis: 'sosial-youtube', dip: 'tanpa-dik', pola: 'harian' },
  { jenis: 'sosial-mastodon', dip: 'basi', pola: 'mingguan' },
];

export const JUMLAH_PER_PUTARAN = PUTARAN.length;

const JENIS_BADAN: readonly JenisBadanPublik[] = ['opd', 'kecamatan', 'kelurahan', 'desa'];

/** Round 0 is all OPD (11 mandatory items), so its scores can be derived by hand. */
export function jenisBadan(i: number): JenisBadanPublik {
  return i < PUTARAN.length ? 'opd' : JENIS_BADAN[i % JENIS_BADAN.length]!;
}

/** Days before `now` of the static site's fixed `Last-Modified`. */
export const USIA_STATIS_HARI = 20.5;

/** What a correct scan of one agency finds. */
export interface Harapan {
  readonly jenis: JenisSitus;
  /** Neither the home page nor any DIP could be read. */
  readonly unreachable: boolean;
  /** robots.txt kept the monitor out (the record's `notAssessed.reason`): no score is published. */
  readonly notAssessed?: 'robots' | 'server';
  /** Sources that must fail, with the recorded reason (and the HTTP status for `http`). */
  readonly gagal: Partial<Record<JenisSumber, { readonly reason: AlasanGagal; readonly status?: number }>>;
  /** The DIP that must be read, when one is. */
  readonly dip?: { readonly varian: VarianDIP; readonly format: 'json' | 'csv'; readonly items: number };
  /** The posting rhythm behind the activity; `tidak-ada` when the site offers no dated updates. */
  readonly pola: PolaAktivitas;
  /** Where the activity comes from. */
  readonly sumberAktivitas?: JenisSumber;
  /** Whether the request endpoint must be found answering, when the agency has one. */
  readonly endpoint?: { readonly ok: boolean };
}

export interface RencanaSitus {
  readonly indeks: number;
  readonly id: string;
  readonly jenis: JenisSitus;
  readonly kind: JenisBadanPublik;
  readonly dip?: VarianDIP;
  readonly format: 'json' | 'csv';
  readonly pola: PolaAktivitas;
  /** `ada`: an endpoint on the site that answers; `mati`: one on a closed port. */
  readonly endpoint?: 'ada' | 'mati';
}

const GAGAL_SITUS: Partial<Record<JenisSitus, AlasanGagal>> = {
  mati: 'koneksi',
  dns: 'dns',
  lambat: 'waktu-habis',
  alihan: 'terlalu-banyak-alihan',
  besar: 'terlalu-besar',
  robots: 'robots',
};

export function situsGagal(jenis: JenisSitus): AlasanGagal | undefined {
  return GAGAL_SITUS[jenis];
}

/** The plan of site `i`: round 0 as listed, later rounds rotate the DIP variant and the rhythm by one each. */
export function rencanaSitus(i: number): RencanaSitus {
  const dasar = PUTARAN[i % PUTARAN.length]!;
  const putaran = Math.floor(i / PUTARAN.length);
  const putar = <T>(xs: readonly T[], x: T | undefined): T | undefined =>
    x === undefined ? undefined : xs[(xs.indexOf(x) + putaran) % xs.length];
  const gagal = situsGagal(dasar.jenis) !== undefined;
  return {
    indeks: i,
    id: `situs-${String(i).padStart(4, '0')}-${dasar.jenis}`,
    jenis: dasar.jenis,
    kind: jenisBadan(i),
    ...(dasar.dip ? { dip: putar(VARIAN_DIP, dasar.dip)! } : {}),
    format: dasar.format ?? 'json',
    pola: putar(POLA_AKTIVITAS, dasar.pola) ?? 'tidak-ada',
    // Every third reachable site has an endpoint; one in two of those does not answer.
    ...(!gagal && i % 3 === 0 ? { endpoint: i % 6 === 0 ? ('ada' as const) : ('mati' as const) } : {}),
  };
}

const SUMBER_AKTIVITAS: Partial<Record<JenisSitus, JenisSumber>> = {
  wordpress: 'wordpress',
  rss: 'rss',
  atom: 'atom',
  sitemap: 'sitemap',
  statis: 'beranda',
  curang: 'beranda',
  berubah: 'beranda',
  'dip-rusak': 'rss',
  'dip-csv-rusak': 'wordpress',
  'dip-hilang': 'atom',
  'sosial-youtube': 'sosial',
  'sosial-mastodon': 'sosial',
};

/** What a correct scan of the planned site finds (`itemCount` of its DIP variant is given by the caller). */
export function harapan(r: RencanaSitus, jumlahItem: (v: VarianDIP) => number): Harapan {
  const alasan = situsGagal(r.jenis);
  if (alasan) {
    return {
      jenis: r.jenis,
      unreachable: true,
      ...(alasan === 'robots' ? { notAssessed: 'robots' as const } : {}),
      gagal: { beranda: { reason: alasan }, dip: { reason: alasan } },
      pola: 'tidak-ada',
    };
  }
  const gagal: Harapan['gagal'] =
    r.jenis === 'dip-rusak' || r.jenis === 'dip-csv-rusak'
      ? { dip: { reason: 'dip-tidak-sah' } }
      : r.jenis === 'dip-hilang'
        ? { dip: { reason: 'http', status: 404 } }
        : {};
  return {
    jenis: r.jenis,
    unreachable: false,
    gagal,
    ...(r.dip ? { dip: { varian: r.dip, format: r.format, items: jumlahItem(r.dip) } } : {}),
    pola: r.pola,
    ...(SUMBER_AKTIVITAS[r.jenis] ? { sumberAktivitas: SUMBER_AKTIVITAS[r.jenis]! } : {}),
    ...(r.endpoint ? { endpoint: { ok: r.endpoint === 'ada' } } : {}),
  };
}
