import { tautanAman } from '@terbuka/sdk';

/**
 * A page's address (a relative `status.html` is usual) made absolute against the page, carrying the
 * registration number as `?nomor=`: after the query it already has (kept as written, an older `nomor` left
 * out), before its hash. Undefined without an address, or when the SDK's allow-list refuses it. The number
 * only, never a contact: an address goes into the history, referrers and server logs.
 */
export function tautanNomor(url: string | undefined, nomor: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, document.baseURI);
    const q = u.search
      .slice(1)
      .split('&')
      .filter((x) => x && !/^nomor(=|$)/.test(x));
    u.search = [...q, `nomor=${encodeURIComponent(nomor)}`].join('&');
    return tautanAman(u.href) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** This page's `?nomor=` (a receipt's or a status page's link), trimmed; '' when there is none. */
export const nomorDariAlamat = (): string => new URLSearchParams(location.search).get('nomor')?.trim() ?? '';
