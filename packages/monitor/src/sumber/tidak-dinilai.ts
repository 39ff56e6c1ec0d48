// When a scan cannot assess a site: the monitor did not read the DIP because robots.txt kept it out (and,
// usually, of the home page too), or because the DIP's address resolved to a local or private network
// address that the monitor's own guard refuses. Such a scan is not a score of 0 (the monitor did not look at
// the DIP), so the record says why, in words, with what to do. The one rule, used when a scan is recorded
// and when a history line is read back (lines written before `notAssessed` was kept are read by it too).
import { TOKEN_ROBOTS } from '../ambil/index.js';
import { TINDAKAN_ALAMAT_TERLARANG } from '../ambil/kegagalan.js';
import type { CatatanPindai, Kegagalan, Pengamatan, TidakDinilai } from '../types.js';

/**
 * robots.txt answered 5xx. Records written before the `server` reason (and `robotsTxt`) was kept stored
 * it as reason `robots` with robots.txt's status.
 */
const robotsServer = (f: Kegagalan): boolean =>
  f.status !== undefined && f.status >= 500 && (f.reason === 'server' || f.reason === 'robots');

/**
 * The robots.txt that kept the monitor from this observation's address, when that is why it failed.
 * A failure names it (`robotsTxt`); one recorded before it was kept (reason `robots`, a disallow or a
 * robots.txt 5xx) does not, and the address's origin gives it.
 */
export function robotsPenghalang(o: Pengamatan): string | undefined {
  const f = o.failure;
  if (!f) return undefined;
  if (f.robotsTxt !== undefined) return f.robotsTxt;
  if (f.reason !== 'robots') return undefined;
  try {
    return `${new URL(o.url).origin}/robots.txt`;
  } catch {
    return undefined;
  }
}

/** The path robots.txt rules match for `url` (path and query, as RFC 9309 §2.2.2). */
function jalur(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/** The monitor's own guard refused this observation's address as local or private (`alamat-terlarang`). */
const ditolakLokal = (o: Pengamatan): boolean => o.failure?.reason === 'alamat-terlarang';

/**
 * The reason the scan could not assess the site, when every expected DIP observation failed because the
 * monitor did not look: robots.txt (its disallow, or its 5xx) or the local/private address guard;
 * undefined when anything else happened (a DIP that answered, one that is missing or down): those are the
 * site's results. The home page being kept out too makes it the whole site; otherwise only the DIP files
 * are named, with the exact robots.txt lines that let them be read. `userAgent` is what the monitor sent;
 * unknown for a record read back from before it was kept.
 */
export function sebabTidakDinilai(
  observations: readonly Pengamatan[],
  userAgent: string | undefined,
  token: string = TOKEN_ROBOTS,
): TidakDinilai | undefined {
  const inti = observations.filter((o) => (o.kind === 'beranda' || o.kind === 'dip') && !o.optional);
  const dip = inti.filter((o) => o.kind === 'dip');
  if (dip.length === 0 || !dip.every((o) => robotsPenghalang(o) !== undefined || ditolakLokal(o)))
    return undefined;
  // A refused address is named first: robots.txt lines would not let the monitor read it.
  if (dip.some(ditolakLokal)) return tidakDinilaiAlamatLokal(inti, dip);
  const situs = inti.every((o) => robotsPenghalang(o) !== undefined);
  // The home page is observed first: its robots.txt is the site's. Only the DIP kept out: the DIP's.
  const pertama = situs ? inti[0]! : dip[0]!;
  const f = pertama.failure!;
  const robotsTxt = robotsPenghalang(pertama)!;
  const blocked = (situs ? inti : dip).map((o) => o.url);
  const izinkan = (b: 'id' | 'en'): string =>
    userAgent !== undefined
      ? `"${userAgent}"`
      : b === 'id'
        ? `yang diawali "${token}/"`
        : `starting with "${token}/"`;
  const sebut = (b: 'id' | 'en'): string =>
    userAgent === undefined
      ? ''
      : b === 'id'
        ? ` Pemantau mengirim User-Agent "${userAgent}".`
        : ` The monitor sends the User-Agent "${userAgent}".`;
  const dasar = {
    robotsTxt,
    scope: situs ? ('site' as const) : ('dip' as const),
    blocked,
    ...(userAgent !== undefined ? { userAgent } : {}),
    token,
  };
  if (robotsServer(f))
    return {
      reason: 'server',
      ...dasar,
      status: f.status!,
      message: situs
        ? {
            id: `Server galat: ${robotsTxt} menjawab HTTP ${f.status}. Sesuai RFC 9309 pemantau lalu tidak mengambil apa pun dari situs ini, jadi beranda dan DIP tidak dibaca dan situs tidak dapat dinilai.`,
            en: `Server error: ${robotsTxt} answered HTTP ${f.status}. As RFC 9309 asks, the monitor then fetches nothing of the site, so its home page and DIP were not read and the site cannot be assessed.`,
          }
        : {
            id: `Server galat: ${robotsTxt} menjawab HTTP ${f.status}. Sesuai RFC 9309 pemantau lalu tidak mengambil apa pun dari server itu, jadi DIP (${blocked.join(', ')}) tidak dibaca dan situs tidak dapat dinilai: DIP adalah inti penilaian.`,
            en: `Server error: ${robotsTxt} answered HTTP ${f.status}. As RFC 9309 asks, the monitor then fetches nothing of that server, so the DIP (${blocked.join(', ')}) was not read and the site cannot be assessed: the DIP is the core of the score.`,
          },
      action: {
        id: `Perbaiki server agar ${robotsTxt} menjawab 200 dengan aturannya, atau 404 bila situs tidak punya aturan. Bila firewall atau CDN yang menjawab galat itu kepada pemantau, izinkan User-Agent ${izinkan('id')}.`,
        en: `Fix the server so that ${robotsTxt} answers 200 with its rules, or 404 when the site has none. If a firewall or CDN gives the monitor that error, allow the User-Agent ${izinkan('en')}.`,
      },
    };
  // Whole site: one Allow for everything. DIP only: an Allow per DIP file kept out, so nothing else the site
  // closes changes; in a group of its own (or added to an existing `User-agent: TerbukaMonitor` group,
  // which RFC 9309 combines with it), the longer Allow wins over the Disallow that matched.
  const lines = [
    `User-agent: ${token}`,
    ...(situs
      ? ['Allow: /']
      : dip.filter((o) => robotsPenghalang(o) === robotsTxt).map((o) => `Allow: ${jalur(o.url)}`)),
  ];
  const baris = lines.map((l) => `"${l}"`).join(', ');
  return {
    reason: 'robots',
    ...dasar,
    lines,
    message: situs
      ? {
          id: `robots.txt situs ini (${robotsTxt}) melarang pemantau membaca beranda dan DIP-nya, jadi situs tidak dapat dinilai. Ini bukan skor 0: warga tetap dapat membuka situsnya, hanya pemantau yang tidak diizinkan membacanya.`,
          en: `The site's robots.txt (${robotsTxt}) disallows the monitor from reading its home page and DIP, so the site cannot be assessed. This is not a score of 0: citizens can still open the site; only the monitor is not allowed to read it.`,
        }
      : {
          id: `robots.txt (${robotsTxt}) melarang pemantau membaca DIP di ${blocked.join(', ')}, jadi situs tidak dapat dinilai: DIP adalah inti penilaian. Ini bukan skor 0: warga tetap dapat membuka DIP-nya, hanya pemantau yang tidak diizinkan membacanya.`,
          en: `robots.txt (${robotsTxt}) disallows the monitor from reading the DIP at ${blocked.join(', ')}, so the site cannot be assessed: the DIP is the core of the score. This is not a score of 0: citizens can still open the DIP; only the monitor is not allowed to read it.`,
        },
    action: situs
      ? {
          id: `Izinkan pemantau di robots.txt: tambahkan kelompok "User-agent: ${token}" dengan baris "Allow: /" (aturan untuk perayap lain tetap berlaku).${sebut('id')} Situs dinilai lagi pada pemindaian berikutnya.`,
          en: `Allow the monitor in robots.txt: add a group "User-agent: ${token}" with the line "Allow: /" (the rules for other crawlers stay as they are).${sebut('en')} The site is assessed again at the next scan.`,
        }
      : {
          id: `Izinkan pemantau membaca DIP: tambahkan ke ${robotsTxt} baris ${baris} (aturan lain tetap berlaku).${sebut('id')} Situs dinilai lagi pada pemindaian berikutnya.`,
          en: `Allow the monitor to read the DIP: add to ${robotsTxt} the lines ${baris} (every other rule stays as it is).${sebut('en')} The site is assessed again at the next scan.`,
        },
  };
}

/**
 * The DIP (with the home page, or alone) refused as a local/private address: the monitor did not look, so
 * no score; what to do is Dinkominfo's (its scan options, or the body's DNS), not the site administrator's.
 */
function tidakDinilaiAlamatLokal(inti: readonly Pengamatan[], dip: readonly Pengamatan[]): TidakDinilai {
  const situs = inti.every(ditolakLokal);
  const blocked = (situs ? inti : dip.filter(ditolakLokal)).map((o) => o.url);
  const daftar = blocked.join(', ');
  return {
    reason: 'alamat-terlarang',
    scope: situs ? 'site' : 'dip',
    blocked,
    message: situs
      ? {
          id: `Alamat beranda dan DIP situs ini (${daftar}) mengarah ke alamat jaringan lokal atau privat, dan pemantau tidak mengambil alamat seperti itu agar situs yang dipantau tidak dapat menyuruhnya membaca layanan internal; jadi situs tidak dapat dinilai. Ini bukan skor 0: pemantau tidak membaca DIP-nya, jadi tidak dapat menyatakan apa isinya.`,
          en: `The addresses of the site's home page and DIP (${daftar}) resolved to a local or private network address, and the monitor does not fetch those, so that a monitored site cannot make it read internal services; so the site cannot be assessed. This is not a score of 0: the monitor did not read its DIP, so it cannot say what it holds.`,
        }
      : {
          id: `Alamat DIP (${daftar}) mengarah ke alamat jaringan lokal atau privat, dan pemantau tidak mengambil alamat seperti itu agar situs yang dipantau tidak dapat menyuruhnya membaca layanan internal; jadi situs tidak dapat dinilai: DIP adalah inti penilaian. Ini bukan skor 0: pemantau tidak membaca DIP-nya, jadi tidak dapat menyatakan apa isinya.`,
          en: `The DIP's address (${daftar}) resolved to a local or private network address, and the monitor does not fetch those, so that a monitored site cannot make it read internal services; so the site cannot be assessed: the DIP is the core of the score. This is not a score of 0: the monitor did not read the DIP, so it cannot say what it holds.`,
        },
    action: {
      id: `${TINDAKAN_ALAMAT_TERLARANG.id} Situs dinilai lagi pada pemindaian berikutnya.`,
      en: `${TINDAKAN_ALAMAT_TERLARANG.en} The site is assessed again at the next scan.`,
    },
  };
}

/**
 * A history line as a new scan would have recorded it: one written before `notAssessed` was kept (or
 * before the DIP alone being kept out, or a refused local address, counted) whose observations show the
 * monitor was kept out of the DIP carries it now, so `publish` and the report never show its 0 as a result.
 */
export function denganTidakDinilai(c: CatatanPindai): CatatanPindai {
  if (c.notAssessed || !Array.isArray(c.observations)) return c;
  const notAssessed = sebabTidakDinilai(c.observations, undefined);
  return notAssessed ? { ...c, notAssessed } : c;
}
