// Dates as feeds, sitemaps and HTTP headers write them, read into instants (ISO 8601, UTC).
import { awalTanggalAda, bacaTanggalIndonesia, type Instan } from '@terbuka/sdk';

// Indonesian zone names some CMSs put into RFC 822 dates, which Date.parse does not know.
const ZONA: Readonly<Record<string, string>> = { WIB: '+0700', WITA: '+0800', WIT: '+0900' };

/** An instant from ISO 8601 / W3C datetime, RFC 822/1123 (with WIB/WITA/WIT), or an Indonesian date. */
export function keInstan(nilai: unknown): Instan | undefined {
  if (typeof nilai !== 'string') return undefined;
  let s = nilai.trim();
  if (s === '') return undefined;
  // A date-time without a zone (WordPress `date_gmt`) is UTC here, not the monitor's local time.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s = `${s.replace(' ', 'T')}Z`;
  s = s.replace(/\b(WIB|WITA|WIT)$/, (z) => ZONA[z] ?? z);
  // Only forms with an explicit zone go to Date.parse: anything else it reads in the machine's zone.
  const iso = /^\d{4}-\d{2}-\d{2}($|T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$)/i.test(s);
  const rfc822 =
    /^([A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?\s*(GMT|UTC?|Z|[+-]\d{4})$/i.test(
      s,
    );
  // An ISO date on no calendar day (2026-02-30) is no date: Date.parse would roll it over to 2 March.
  let t = (iso && awalTanggalAda(s)) || rfc822 ? Date.parse(s) : NaN;
  if (Number.isNaN(t)) {
    const tanggal = bacaTanggalIndonesia(nilai);
    if (tanggal) t = Date.parse(`${tanggal}T00:00:00+07:00`);
  }
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  const tahun = d.getUTCFullYear();
  return tahun < 1990 || tahun > 9999 ? undefined : d.toISOString();
}

const HARI_MS = 86_400_000;

/**
 * The dates worth keeping in the history: those within 90 days of `now` (what the activity counts),
 * plus the newest one, newest first, at most `batas`.
 */
export function pangkasTanggal(tanggal: readonly Instan[], now: Date, batas = 500): Instan[] {
  const urut = [...new Set(tanggal)].sort((a, b) => Date.parse(b) - Date.parse(a));
  const dari = now.getTime() - 91 * HARI_MS;
  // Dates far in the future are never counted, so they are not kept either.
  const hingga = now.getTime() + HARI_MS;
  const mungkin = urut.filter((t) => Date.parse(t) <= hingga);
  return mungkin.filter((t, i) => i === 0 || Date.parse(t) >= dari).slice(0, batas);
}
