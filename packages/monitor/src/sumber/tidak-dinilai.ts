// When a scan cannot assess a site at all: robots.txt kept the monitor out of the home page and the DIP.
// Such a scan is not a score of 0 (the site may be open to citizens), so the record says why, in words,
// with what the site's administrator should do.
import type { Pengamatan, TidakDinilai } from '../types.js';

/**
 * The reason the scan could not assess the site, when every expected home page and DIP observation
 * failed because of robots.txt (its disallow, or its 5xx); undefined when anything else happened (a site
 * down, a DIP that answered): those are the site's results, unreachable or scored.
 */
export function sebabTidakDinilai(
  observations: readonly Pengamatan[],
  userAgent: string,
  token: string,
): TidakDinilai | undefined {
  const inti = observations.filter((o) => (o.kind === 'beranda' || o.kind === 'dip') && !o.optional);
  if (inti.length === 0 || !inti.every((o) => o.failure?.robotsTxt !== undefined)) return undefined;
  // The home page is observed first: its robots.txt is the site's.
  const f = inti[0]!.failure!;
  const robotsTxt = f.robotsTxt!;
  if (f.reason === 'server' && f.status !== undefined)
    return {
      reason: 'server',
      robotsTxt,
      status: f.status,
      userAgent,
      token,
      message: {
        id: `Server galat: ${robotsTxt} menjawab HTTP ${f.status}. Sesuai RFC 9309 pemantau lalu tidak mengambil apa pun dari situs ini, jadi beranda dan DIP tidak dibaca dan situs tidak dapat dinilai.`,
        en: `Server error: ${robotsTxt} answered HTTP ${f.status}. As RFC 9309 asks, the monitor then fetches nothing of the site, so its home page and DIP were not read and the site cannot be assessed.`,
      },
      action: {
        id: `Perbaiki server agar ${robotsTxt} menjawab 200 dengan aturannya, atau 404 bila situs tidak punya aturan. Bila firewall atau CDN yang menjawab galat itu kepada pemantau, izinkan User-Agent "${userAgent}".`,
        en: `Fix the server so that ${robotsTxt} answers 200 with its rules, or 404 when the site has none. If a firewall or CDN gives the monitor that error, allow the User-Agent "${userAgent}".`,
      },
    };
  return {
    reason: 'robots',
    robotsTxt,
    userAgent,
    token,
    message: {
      id: `robots.txt situs ini (${robotsTxt}) melarang pemantau membaca beranda dan DIP-nya, jadi situs tidak dapat dinilai. Ini bukan skor 0: warga tetap dapat membuka situsnya, hanya pemantau yang tidak diizinkan membacanya.`,
      en: `The site's robots.txt (${robotsTxt}) disallows the monitor from reading its home page and DIP, so the site cannot be assessed. This is not a score of 0: citizens can still open the site; only the monitor is not allowed to read it.`,
    },
    action: {
      id: `Izinkan pemantau di robots.txt: tambahkan kelompok "User-agent: ${token}" dengan baris "Allow: /" (aturan untuk perayap lain tetap berlaku). Pemantau mengirim User-Agent "${userAgent}". Situs dinilai lagi pada pemindaian berikutnya.`,
      en: `Allow the monitor in robots.txt: add a group "User-agent: ${token}" with the line "Allow: /" (the rules for other crawlers stay as they are). The monitor sends the User-Agent "${userAgent}". The site is assessed again at the next scan.`,
    },
  };
}
