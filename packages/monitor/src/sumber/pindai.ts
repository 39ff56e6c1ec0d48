// One agency, one scan: every source read through the Pengambil, dates anti-gamed and scored by the SDK.
// Sources are fetched concurrently; the Pengambil's per-host limit keeps that polite. Never throws.
import { TOKEN_ROBOTS, type Pengambil } from '../ambil/index.js';
import type { Agensi, CatatanPindai, Pengamatan } from '../types.js';
import { sumberBeranda } from './beranda.js';
import { catatan } from './catatan.js';
import { sumberDIP } from './dip.js';
import { KOSONG, kunci, type HasilSumber, type Konteks } from './konteks.js';
import { sumberEndpoint } from './layanan-permohonan.js';
import { sumberSitemapSitus } from './peta-situs.js';
import { sebabTidakDinilai } from './tidak-dinilai.js';
import { sumberPos } from './umpan.js';
import { sumberWordPress, urlPostWordPress } from './wordpress.js';

/**
 * Scans one agency: DIP, home page, WordPress posts, RSS/Atom, sitemap, request endpoint and social
 * feeds. `sebelumnya` (the agency's last record) gives the validators for conditional requests and
 * the hashes for anti-gaming. A site that fails gives a record with its reasons; this never throws.
 */
export async function pindaiAgensi(
  agensi: Agensi,
  pengambil: Pengambil,
  sebelumnya: CatatanPindai | undefined,
  now: Date,
): Promise<CatatanPindai> {
  try {
    return await pindai(agensi, pengambil, sebelumnya, now);
  } catch (e) {
    // Only a bug gets here; the run goes on and the record says so.
    const pesan = e instanceof Error ? e.message : String(e);
    return catatan(agensi, now, {
      observations: [],
      tanggal: [],
      dipFailure: {
        id: `Pemindaian gagal karena galat internal pemantau: ${pesan}`,
        en: `The scan failed on an internal monitor error: ${pesan}`,
      },
      unreachable: true,
    });
  }
}

async function pindai(
  agensi: Agensi,
  pengambil: Pengambil,
  sebelumnya: CatatanPindai | undefined,
  now: Date,
): Promise<CatatanPindai> {
  const lama = new Map<string, Pengamatan>();
  if (sebelumnya?.agencyId === agensi.id)
    for (const o of sebelumnya.observations) lama.set(kunci(o.kind, o.url), o);
  const k: Konteks = {
    agensi,
    pengambil,
    now,
    waktu: now.toISOString(),
    lama,
    sitemapDibaca: new Set(),
  };

  const wp = ((): boolean => {
    try {
      return agensi.wordpress && urlPostWordPress(agensi.website) !== '';
    } catch {
      return false;
    }
  })();
  const [dip, beranda, postWP, feed, sitemap, endpoint, ...sosial] = await Promise.all([
    sumberDIP(k),
    sumberBeranda(k),
    wp ? sumberWordPress(k, agensi.website) : KOSONG,
    agensi.feedUrl ? sumberPos(k, 'rss', agensi.feedUrl) : KOSONG,
    sumberSitemapSitus(k),
    agensi.requestEndpoint ? sumberEndpoint(k, agensi.requestEndpoint) : undefined,
    ...agensi.social.filter((s) => s.feedUrl).map((s) => sumberPos(k, 'sosial', s.feedUrl!)),
  ]);
  const sumber: HasilSumber[] = [
    beranda,
    dip,
    postWP,
    feed,
    sitemap,
    ...(endpoint ? [endpoint] : []),
    ...sosial,
  ];
  const observations = sumber.flatMap((s) => s.observations);
  const unreachable = !beranda.ok && !dip.terjangkau;
  const notAssessed = sebabTidakDinilai(observations, pengambil.userAgent, TOKEN_ROBOTS);
  return catatan(agensi, now, {
    observations,
    tanggal: sumber.flatMap((s) => s.tanggal),
    doc: dip.doc,
    dip: dip.ringkas,
    dipFailure: dip.failure?.message,
    endpoint: endpoint?.endpoint,
    unreachable,
    ...(notAssessed ? { notAssessed } : {}),
  });
}
