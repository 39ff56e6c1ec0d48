// What the fixture sites serve: DIPs (JSON, CSV) in deliberate variants, news feeds (WordPress REST, RSS,
// Atom, sitemap) and social feeds (YouTube-like Atom, Mastodon-like RSS). Every date is relative to the
// world's injected `now`, so a scan on that `now` always finds the same things.
import { itemWajib, keTanggal } from '@terbuka/sdk';
import type { DokumenDIP, ItemDIP, JenisBadanPublik, Tanggal } from '@terbuka/sdk';

const HARI_MS = 86_400_000;

/** How a DIP is made, so the DIP part of the score lands in a known place. */
export type VarianDIP =
  /** Every mandatory periodic item, renewed 10 days ago, an SK DIP and a complete DIK entry. */
  | 'lengkap'
  /** Only the first half (rounded down) of the mandatory items; otherwise like `lengkap`. */
  | 'separuh'
  /** Every mandatory item, but all renewed 400 days ago (past twice the 6-month cadence, past 12 months). */
  | 'basi'
  /** Like `lengkap` without any dikecualikan entry. */
  | 'tanpa-dik';

export const VARIAN_DIP: readonly VarianDIP[] = ['lengkap', 'separuh', 'basi', 'tanpa-dik'];

/** Posting rhythms; each is a list of post ages in days (half days, so no post sits on a 30/90-day edge). */
export type PolaAktivitas = 'harian' | 'mingguan' | 'bulanan' | 'jarang' | 'tidak-ada';

export const POLA_AKTIVITAS: readonly PolaAktivitas[] = ['harian', 'mingguan', 'bulanan', 'jarang'];

export function usiaPos(pola: PolaAktivitas): number[] {
  switch (pola) {
    case 'harian':
      return Array.from({ length: 45 }, (_, k) => k + 0.5);
    case 'mingguan':
      return Array.from({ length: 13 }, (_, k) => 2.5 + 7 * k);
    case 'bulanan':
      return Array.from({ length: 4 }, (_, k) => 10.5 + 30 * k);
    case 'jarang':
      return [200.5, 400.5];
    case 'tidak-ada':
      return [];
  }
}

/** The post instants of a rhythm, newest first. */
export function tanggalPos(pola: PolaAktivitas, now: Date): Date[] {
  return usiaPos(pola).map((u) => new Date(now.getTime() - u * HARI_MS));
}

export function hariSebelum(now: Date, hari: number): Tanggal {
  return keTanggal(new Date(now.getTime() - hari * HARI_MS));
}

export interface AgensiDIP {
  readonly id: string;
  readonly name: string;
  readonly kind: JenisBadanPublik;
  readonly website: string;
}

/** The entries of a DIP of one variant; their count and dates are what the expectations are derived from. */
export function itemDIP(varian: VarianDIP, kind: JenisBadanPublik, now: Date): ItemDIP[] {
  const wajib = itemWajib(kind);
  const dipakai = varian === 'separuh' ? wajib.slice(0, Math.floor(wajib.length / 2)) : wajib;
  const diperbarui = hariSebelum(now, varian === 'basi' ? 400 : 10);
  const items: ItemDIP[] = dipakai.map((k, i) => ({
    id: `dip-${i + 1}`,
    title: k.title.id,
    summary: `Ringkasan: ${k.title.id}.`,
    category: 'berkala',
    fulfils: [k.id],
    unit: 'Sekretariat',
    responsible: 'Sekretaris',
    made: { year: Number(diperbarui.slice(0, 4)), place: 'Sukamaju' },
    formats: ['digital'],
    retention: '5 tahun',
    media: ['Website'],
    updated: diperbarui,
  }));
  items.push({
    id: 'dip-sm',
    title: 'Prosedur evakuasi bencana banjir',
    category: 'serta-merta',
    unit: 'Sekretariat',
    updated: diperbarui,
  });
  items.push({
    id: 'dip-ss',
    title: 'Daftar seluruh informasi publik',
    category: 'setiap-saat',
    unit: 'PPID',
    updated: diperbarui,
  });
  if (varian !== 'tanpa-dik')
    items.push({
      id: 'dip-dik',
      title: 'Data pribadi pegawai',
      category: 'dikecualikan',
      unit: 'Subbagian Kepegawaian',
      exclusion: {
        grounds: ['h'],
        consequence: 'Membuka data pribadi dapat mengungkap rahasia pribadi pegawai.',
        period: 'Selama pegawai aktif',
        decisionNumber: 'SK PPID 01/2026',
        decisionDate: hariSebelum(now, 60),
      },
    });
  return items;
}

export function dokumenDIP(varian: VarianDIP, agensi: AgensiDIP, now: Date): DokumenDIP {
  return {
    format: 'terbuka-dip',
    version: 1,
    agency: { id: agensi.id, name: agensi.name, kind: agensi.kind, website: agensi.website },
    decision: { number: `SK PPID ${agensi.id}/2026`, date: hariSebelum(now, 30) },
    items: itemDIP(varian, agensi.kind, now),
  };
}

const KOLOM_CSV = [
  'No',
  'Judul Informasi',
  'Ringkasan Isi Informasi',
  'Pejabat/Unit/Satker yang Menguasai Informasi',
  'Kategori',
  'Kode Item Wajib',
  'Tanggal Pembaruan',
  'Dasar Pengecualian (Pasal 17 UU KIP)',
  'Konsekuensi',
  'Jangka Waktu Pengecualian',
  'Nomor SK Pengecualian',
  'Tanggal SK Pengecualian',
];

const KATEGORI_CSV: Record<ItemDIP['category'], string> = {
  berkala: 'Informasi Berkala',
  'serta-merta': 'Informasi Serta Merta',
  'setiap-saat': 'Informasi Setiap Saat',
  dikecualikan: 'Informasi Dikecualikan',
};

/**
 * The same entries as an Excel-exported CSV (semicolons, `DD/MM/YYYY`); `tanggalRusak` writes 31/02 as the
 * excluded entry's decision date (an error: an impossible update date only leaves its entry undated).
 */
export function csvDIP(varian: VarianDIP, kind: JenisBadanPublik, now: Date, tanggalRusak = false): string {
  const tgl = (t: Tanggal | undefined): string =>
    t ? `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}` : '';
  const sel = (s: string): string => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const baris = [KOLOM_CSV.join(';')];
  itemDIP(varian, kind, now).forEach((it, i) => {
    const e = it.exclusion;
    baris.push(
      [
        String(i + 1),
        it.title,
        it.summary ?? '',
        it.unit ?? '',
        KATEGORI_CSV[it.category],
        (it.fulfils ?? []).join(', '),
        tgl(it.updated),
        e ? `Pasal 17 huruf ${e.grounds.join(', ')}` : '',
        e?.consequence ?? '',
        e?.period ?? '',
        e?.decisionNumber ?? '',
        e && tanggalRusak ? `31/02/${now.getUTCFullYear()}` : tgl(e?.decisionDate),
      ]
        .map(sel)
        .join(';'),
    );
  });
  return baris.join('\r\n') + '\r\n';
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** WordPress REST `/wp-json/wp/v2/posts`: newest first, `per_page` honoured (WordPress caps it at 100). */
export function wpPosts(tanggal: readonly Date[], dasar: string, perPage: number, page: number): unknown[] {
  const n = Math.min(Math.max(1, perPage || 10), 100);
  return tanggal.slice((page - 1) * n, page * n).map((d, i) => {
    const gmt = d.toISOString().slice(0, 19);
    // The site's local time (WIB) in `date`, as WordPress does; `date_gmt` is UTC without a zone.
    const lokal = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
    const id = tanggal.length - ((page - 1) * n + i);
    return {
      id,
      date: lokal,
      date_gmt: gmt,
      modified: lokal,
      modified_gmt: gmt,
      link: `${dasar}/?p=${id}`,
      title: { rendered: `Berita ke-${id}` },
    };
  });
}

export function rss(judul: string, dasar: string, tanggal: readonly Date[]): string {
  const items = tanggal
    .map(
      (d, i) =>
        `<item><title>${xml(`${judul}: kabar ${i + 1}`)}</title><link>${xml(`${dasar}/berita/${i + 1}`)}</link>` +
        `<guid>${xml(`${dasar}/berita/${i + 1}`)}</guid><pubDate>${d.toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xml(judul)}</title>` +
    `<link>${xml(dasar)}/</link><description>Berita</description>\n${items}\n</channel></rss>\n`
  );
}

export function atom(judul: string, dasar: string, tanggal: readonly Date[]): string {
  const terbaru = tanggal[0]?.toISOString() ?? '2000-01-01T00:00:00Z';
  const entries = tanggal
    .map(
      (d, i) =>
        `<entry><title>${xml(`${judul}: kabar ${i + 1}`)}</title><id>${xml(`${dasar}/berita/${i + 1}`)}</id>` +
        `<link href="${xml(`${dasar}/berita/${i + 1}`)}"/><published>${d.toISOString()}</published>` +
        `<updated>${d.toISOString()}</updated></entry>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(judul)}</title>` +
    `<id>${xml(dasar)}/</id><updated>${terbaru}</updated>\n${entries}\n</feed>\n`
  );
}

/** A YouTube channel feed: Atom with the yt and media namespaces. */
export function youtube(kanal: string, dasar: string, tanggal: readonly Date[]): string {
  const entries = tanggal
    .map(
      (d, i) =>
        `<entry><id>yt:video:${kanal}-${i}</id><yt:videoId>${kanal}-${i}</yt:videoId>` +
        `<yt:channelId>${kanal}</yt:channelId><title>Video ${i + 1}</title>` +
        `<link rel="alternate" href="${xml(`${dasar}/watch?v=${kanal}-${i}`)}"/>` +
        `<published>${d.toISOString()}</published><updated>${d.toISOString()}</updated>` +
        `<media:group><media:title>Video ${i + 1}</media:title></media:group></entry>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" ` +
    `xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">` +
    `<id>yt:channel:${kanal}</id><yt:channelId>${kanal}</yt:channelId><title>${kanal}</title>\n${entries}\n</feed>\n`
  );
}

/** A Mastodon account's `.rss`: RSS 2.0 with the webfeeds namespace, items without titles. */
export function mastodon(akun: string, dasar: string, tanggal: readonly Date[]): string {
  const items = tanggal
    .map(
      (d, i) =>
        `<item><guid isPermaLink="true">${xml(`${dasar}/@${akun}/${1000 + i}`)}</guid>` +
        `<link>${xml(`${dasar}/@${akun}/${1000 + i}`)}</link><pubDate>${d.toUTCString()}</pubDate>` +
        `<description>&lt;p&gt;Kabar ${i + 1}&lt;/p&gt;</description></item>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0">` +
    `<channel><title>${akun}</title><link>${xml(`${dasar}/@${akun}`)}</link>\n${items}\n</channel></rss>\n`
  );
}

export function sitemap(dasar: string, tanggal: readonly Date[]): string {
  const urls = tanggal
    .map(
      (d, i) =>
        `<url><loc>${xml(`${dasar}/halaman/${i + 1}`)}</loc><lastmod>${d.toISOString()}</lastmod></url>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  );
}

export function beranda(nama: string, isi = ''): string {
  return (
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${xml(nama)}</title></head>` +
    `<body><h1>${xml(nama)}</h1><p>Selamat datang di situs resmi ${xml(nama)}.</p>${isi}</body></html>\n`
  );
}
