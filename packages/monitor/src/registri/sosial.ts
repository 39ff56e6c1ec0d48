import type { AkunResmi, PlatformSosial } from '../types.js';

/** Names a spreadsheet may use for a platform, after lowercasing. */
const NAMA_PLATFORM: Readonly<Record<string, PlatformSosial>> = {
  youtube: 'youtube',
  yt: 'youtube',
  mastodon: 'mastodon',
  instagram: 'instagram',
  ig: 'instagram',
  facebook: 'facebook',
  fb: 'facebook',
  x: 'x',
  twitter: 'x',
  tiktok: 'tiktok',
  lainnya: 'lainnya',
  lain: 'lainnya',
};

/** Hosts that name their platform; Mastodon runs on many hosts, so it is only known when written. */
const HOST_PLATFORM: readonly (readonly [RegExp, PlatformSosial])[] = [
  [/(?:^|\.)(?:youtube\.com|youtu\.be)$/, 'youtube'],
  [/(?:^|\.)instagram\.com$/, 'instagram'],
  [/(?:^|\.)(?:facebook\.com|fb\.com)$/, 'facebook'],
  [/(?:^|\.)(?:x\.com|twitter\.com)$/, 'x'],
  [/(?:^|\.)tiktok\.com$/, 'tiktok'],
];

export function bacaPlatform(nama: string): PlatformSosial | undefined {
  return NAMA_PLATFORM[nama.trim().toLowerCase()];
}

export function platformDariUrl(url: string): PlatformSosial {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'lainnya';
  }
  return HOST_PLATFORM.find(([pola]) => pola.test(host))?.[1] ?? 'lainnya';
}

/**
 * The public feed of an account, when the platform publishes one without credentials and the address
 * alone gives it: a YouTube channel (`/channel/UC…` → its videos.xml) and a Mastodon account
 * (`/@name` → `/@name.rss`). Others (a YouTube `@handle`, Instagram, Facebook…) have none.
 */
export function feedAkun(platform: PlatformSosial, url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (platform === 'youtube') {
    const m = /^\/channel\/(UC[A-Za-z0-9_-]{10,})\/?$/.exec(u.pathname);
    return m ? `https://www.youtube.com/feeds/videos.xml?channel_id=${m[1]}` : undefined;
  }
  if (platform === 'mastodon') {
    const m = /^\/(@[A-Za-z0-9_]+)\/?$/.exec(u.pathname);
    return m ? `${u.origin}/${m[1]}.rss` : undefined;
  }
  return undefined;
}

/** The account with its feed filled in when one is known from its address. */
export function lengkapiAkun(a: AkunResmi): AkunResmi {
  if (a.feedUrl !== undefined) return a;
  const feedUrl = feedAkun(a.platform, a.url);
  return feedUrl !== undefined ? { ...a, feedUrl } : a;
}
