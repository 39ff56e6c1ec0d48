// The loopback fixture world: many fake agency sites, each a real node:http server on 127.0.0.1 with its
// own port (so per-host limits apply per site), plus two social platforms. Dates come from the injected
// `now`, so the expected outcome of every agency is known before the scan.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REGISTRI_FORMAT, REGISTRI_VERSION, type AkunResmi, type Agensi, type Registri } from '../types.js';
import { itemDIP, mastodon, tanggalPos, youtube } from './konten.js';
import { JUMLAH_PER_PUTARAN, harapan, rencanaSitus, type Harapan, type RencanaSitus } from './rencana.js';
import { PATH, Situs, dipPath, type CatatanPermintaan } from './situs.js';

export interface OpsiDunia {
  /** Number of agency sites; at least 50 by default. */
  readonly jumlah?: number;
  readonly now: Date;
  /** How long the slow site waits; keep it above the scan's timeout. Default 15 s. */
  readonly lambatMs?: number;
  /** Size of the huge responses; keep it above the scan's cap. Default 6 MiB. */
  readonly besarBytes?: number;
  /** Keep a log of every request (default true; the benchmark turns it off). */
  readonly catat?: boolean;
}

export interface Dunia {
  readonly registri: Registri;
  /** The expected outcome per agency id. */
  readonly harapan: ReadonlyMap<string, Harapan>;
  readonly rencana: ReadonlyMap<string, RencanaSitus>;
  /** Requests each site received (empty for dead hosts), when `catat` is on. */
  log(agencyId: string): readonly CatatanPermintaan[];
  /** Requests the social platforms received. */
  readonly logPlatform: readonly CatatanPermintaan[];
  /** Moves the world's clock (the moving dates of `curang` and `berubah`) for a later re-scan. */
  setelJam(waktu: Date): void;
  tutup(): Promise<void>;
}

const NAMA_JENIS: Record<string, string> = {
  opd: 'Dinas',
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  desa: 'Desa',
};

async function dengar(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer({ keepAliveTimeout: 5000 }, handler);
  await new Promise<void>((ok, gagal) => {
    server.once('error', gagal);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return server;
}

const port = (s: Server): number => (s.address() as AddressInfo).port;

/** A port nothing listens on: bound, then released. Taken after the live sites, so none of them gets it. */
async function portMati(): Promise<number> {
  const s = await dengar(() => undefined);
  const p = port(s);
  await new Promise<void>((ok) => s.close(() => ok()));
  return p;
}

/** Starts the world. Close it with `tutup()`. */
export async function mulaiDunia(opsi: OpsiDunia): Promise<Dunia> {
  const jumlah = opsi.jumlah ?? 50;
  let jam = opsi.now;
  const opsiSitus = {
    now: opsi.now,
    jam: () => jam,
    lambatMs: opsi.lambatMs ?? 15_000,
    besarBytes: opsi.besarBytes ?? 6 * 1024 * 1024,
    catat: opsi.catat ?? true,
  };
  const servers: Server[] = [];
  const situs = new Map<string, Situs>();
  const rencana = new Map<string, RencanaSitus>();
  const logPlatform: CatatanPermintaan[] = [];

  // The social platforms: one host each, serving every agency's feed by its path.
  const feedPlatform = new Map<string, string>();
  const platform = await dengar((req, res) => {
    const path = req.url ?? '/';
    const body = feedPlatform.get(path);
    res.on('finish', () => {
      if (opsiSitus.catat)
        logPlatform.push({
          method: req.method ?? 'GET',
          path,
          ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
          conditional: req.headers['if-none-match'] !== undefined,
          status: res.statusCode,
        });
    });
    if (body === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('Tidak ditemukan');
    else
      res
        .writeHead(200, {
          'content-type': path.endsWith('.rss') ? 'application/rss+xml' : 'application/atom+xml',
          'content-length': Buffer.byteLength(body),
        })
        .end(body);
  });
  servers.push(platform);
  const yt = `http://127.0.0.1:${port(platform)}/yt`;
  const mastodonDasar = `http://127.0.0.1:${port(platform)}/mastodon`;
  const instagram = `http://127.0.0.1:${port(platform)}/instagram`;

  try {
    for (let i = 0; i < jumlah; i++) {
      const r = rencanaSitus(i);
      rencana.set(r.id, r);
      if (r.jenis === 'mati' || r.jenis === 'dns') continue;
      const s = new Situs(r, `${NAMA_JENIS[r.kind]} Contoh ${i + 1}`, opsiSitus);
      const server = await dengar(s.handle);
      servers.push(server);
      s.dasar = `http://127.0.0.1:${port(server)}`;
      situs.set(r.id, s);
    }
    // Dead hosts and dead endpoints only once every live server has its port.
    const mati = new Map<string, number>();
    for (const r of rencana.values())
      if (r.jenis === 'mati' || r.endpoint === 'mati') mati.set(r.id, await portMati());

    const agencies: Agensi[] = [];
    const harapanPer = new Map<string, Harapan>();
    for (const r of rencana.values()) {
      const nama = situs.get(r.id)?.nama ?? `${NAMA_JENIS[r.kind]} Contoh ${r.indeks + 1}`;
      const dasar =
        r.jenis === 'dns'
          ? `http://${r.id}.invalid`
          : r.jenis === 'mati'
            ? `http://127.0.0.1:${mati.get(r.id)}`
            : situs.get(r.id)!.dasar;
      const social: AkunResmi[] = [];
      if (r.jenis === 'sosial-youtube') {
        const feed = `/yt/feeds/videos.xml?channel_id=UC${r.indeks}`;
        feedPlatform.set(feed, youtube(`UC${r.indeks}`, yt, tanggalPos(r.pola, opsi.now)));
        social.push({
          platform: 'youtube',
          url: `${yt}/channel/UC${r.indeks}`,
          feedUrl: `${yt}${feed.slice(3)}`,
        });
        social.push({ platform: 'instagram', url: `${instagram}/${r.id}` });
      }
      if (r.jenis === 'sosial-mastodon') {
        const feed = `/mastodon/@${r.id}.rss`;
        feedPlatform.set(feed, mastodon(r.id, mastodonDasar, tanggalPos(r.pola, opsi.now)));
        social.push({
          platform: 'mastodon',
          url: `${mastodonDasar}/@${r.id}`,
          feedUrl: `${mastodonDasar}${feed.slice('/mastodon'.length)}`,
        });
      }
      const feedUrl =
        r.jenis === 'rss' || r.jenis === 'dip-rusak'
          ? `${dasar}${PATH.rss}`
          : r.jenis === 'atom' || r.jenis === 'dip-hilang'
            ? `${dasar}${PATH.atom}`
            : undefined;
      agencies.push({
        id: r.id,
        name: nama,
        kind: r.kind,
        // Later rounds hang under the first site, so the registry has a hierarchy.
        ...(r.indeks >= JUMLAH_PER_PUTARAN ? { parent: rencanaSitus(0).id } : {}),
        website: `${dasar}/`,
        dipUrls: [`${dasar}${dipPath(r)}`],
        ...(feedUrl ? { feedUrl } : {}),
        wordpress: r.jenis === 'wordpress' || r.jenis === 'dip-csv-rusak',
        ...(r.endpoint === 'ada'
          ? { requestEndpoint: `${dasar}${PATH.endpoint}` }
          : r.endpoint === 'mati'
            ? { requestEndpoint: `http://127.0.0.1:${mati.get(r.id)}${PATH.endpoint}` }
            : {}),
        social,
        timeZone: 'Asia/Jakarta',
      });
      harapanPer.set(
        r.id,
        harapan(r, (v) => itemDIP(v, r.kind, opsi.now).length),
      );
    }

    return {
      registri: { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies },
      harapan: harapanPer,
      rencana,
      log: (id) => situs.get(id)?.log ?? [],
      logPlatform,
      setelJam: (w) => {
        jam = w;
      },
      tutup: () => tutupSemua(servers, situs),
    };
  } catch (e) {
    await tutupSemua(servers, situs);
    throw e;
  }
}

async function tutupSemua(servers: readonly Server[], situs: ReadonlyMap<string, Situs>): Promise<void> {
  for (const s of situs.values()) for (const t of s.timers) clearTimeout(t);
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((ok) => {
          s.close(() => ok());
          s.closeAllConnections();
        }),
    ),
  );
}
