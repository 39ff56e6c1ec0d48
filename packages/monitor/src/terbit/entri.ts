// A scan record as the feed entry it becomes, and whether the SDK's feed rules take it: checked record by
// record as the history is read, so one bad line is named and left out instead of refusing the whole feed.
import {
  FEED_FORMAT,
  FEED_VERSION,
  instanDiZona,
  pesanMasalahFeed,
  periksaFeed,
  type EntriFeed,
  type FeedPemantauan,
  type Masalah,
  type Teks,
} from '@terbuka/sdk';
import type { CatatanPindai } from '../types.js';
import type { CatatanBerletak } from '../riwayat/index.js';
import type { Penerbit } from '../laporan/kerangka.js';
import { GalatTerbit } from './galat.js';

const HARI_MS = 86_400_000;

/** The feed's issuer from who publishes (its zone is the report's, not the feed's). */
export function issuerFeed(p: Penerbit): FeedPemantauan['issuer'] {
  return { id: p.id, name: p.name, ...(p.url ? { url: p.url } : {}) };
}

/**
 * The feed entry of a record. Its times carry the body's offset, so that a badge dates the scan on the
 * body's day (a scan at 00:30 WITA is 23:30 WIB the day before).
 */
export function entriDari(c: CatatanPindai, hari: number, dasar: string): EntriFeed {
  const zona = c.agency.timeZone;
  return {
    agencyId: c.agencyId,
    name: c.agency.name,
    ...(c.agency.kind ? { kind: c.agency.kind } : {}),
    score: c.score,
    band: c.band,
    evaluatedAt: instanDiZona(new Date(c.scannedAt), zona),
    expiresAt: instanDiZona(new Date(Date.parse(c.scannedAt) + hari * HARI_MS), zona),
    methodVersion: c.methodVersion,
    evidenceUrl: `${dasar}agensi/${c.agencyId}.html`,
  };
}

/** The option that gives each issuer field, for a message that says what to change. */
const OPSI_PENERBIT: Readonly<Record<string, string>> = {
  'issuer.id': '--issuer-id',
  'issuer.name': '--issuer-name',
  'issuer.url': '--issuer-url',
};

/**
 * Refuses an issuer the feed cannot carry (an empty name, a URL that is not http(s)) before anything is
 * read or written: a usage error naming each option, by the SDK's feed rules.
 */
export function periksaPenerbit(p: Penerbit): void {
  const feed = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    issuer: issuerFeed(p),
    generatedAt: new Date().toISOString(),
    entries: [],
  };
  const masalah = periksaFeed(feed).errors.map(pesanMasalahFeed);
  if (masalah.length === 0) return;
  const baris = (b: 'id' | 'en'): string =>
    masalah.map((m) => `${OPSI_PENERBIT[m.path] ?? m.path}: ${tanpaAwalan(m.message)[b]}`).join('\n');
  throw new GalatTerbit(
    {
      id: `${baris('id')}\nPerbaiki opsi penerbit itu; tidak ada yang diterbitkan.`,
      en: `${baris('en')}\nFix that issuer option; nothing was published.`,
    },
    masalah,
    true,
  );
}

/** The SDK's feed message without its "Monitoring feed:" opening (the message around it says what). */
function tanpaAwalan(t: Teks): Teks {
  return { id: t.id.replace(/^Feed pemantauan: /, ''), en: t.en.replace(/^Monitoring feed: /, '') };
}

/** Where a feed entry's field comes from in a scan record. */
const FIELD_CATATAN: Readonly<Record<string, string>> = {
  name: 'agency.name',
  kind: 'agency.kind',
  evaluatedAt: 'scannedAt',
  expiresAt: 'scannedAt',
  evidenceUrl: 'agencyId',
};

/**
 * The problem of a history line whose record the feed cannot carry (a score with two decimals, a band
 * its score does not fall in: a line edited by hand), naming the file, line, agency and field, or
 * undefined when the SDK's feed rules take it.
 */
export function masalahCatatan(
  b: CatatanBerletak,
  hari: number,
  dasar: string,
  issuer: FeedPemantauan['issuer'],
  now: Date,
): Masalah | undefined {
  const c = b.catatan;
  const feed = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    issuer,
    generatedAt: now.toISOString(),
    entries: [entriDari(c, hari, dasar)],
  };
  const cek = periksaFeed(feed);
  if (cek.ok) return undefined;
  const sebab = cek.errors.map((m) => {
    const field = m.path.replace(/^entries\[0\]\./, '');
    return tanpaAwalan(pesanMasalahFeed({ ...m, path: FIELD_CATATAN[field] ?? field }).message);
  });
  const id = sebab.map((t) => t.id).join(' ');
  const en = sebab.map((t) => t.en).join(' ');
  return {
    severity: 'error',
    code: 'riwayat.invalid-record',
    path: b.path,
    row: b.row,
    message: {
      id: `${b.path} baris ${b.row}: catatan ${c.agencyId} (pindaian ${c.scannedAt}) tidak dapat diterbitkan: ${id} Baris itu dilewati; ${c.agencyId} diterbitkan dari pindaian sahnya yang lain, bila ada. Riwayat jangan disunting tangan: pindai lagi untuk hasil baru.`,
      en: `${b.path} line ${b.row}: the record of ${c.agencyId} (scanned ${c.scannedAt}) cannot be published: ${en} That line is skipped; ${c.agencyId} is published from its other valid scan, if any. Do not edit the history by hand: scan again for a new result.`,
    },
  };
}
