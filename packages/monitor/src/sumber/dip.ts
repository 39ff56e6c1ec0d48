// The DIP source: the registry's addresses, read through the SDK's bacaDIP.
import { bacaDIP, type DokumenDIP, type HasilBaca } from '@terbuka/sdk';
import type { CatatanPindai, Kegagalan, Pengamatan } from '../types.js';
import { bersih, dasar, type HasilSumber, type Konteks } from './konteks.js';

function formatDIP(url: string, contentType: string | undefined, body: string): 'json' | 'csv' {
  const ct = contentType ?? '';
  if (/json/i.test(ct)) return 'json';
  if (/csv|comma-separated/i.test(ct)) return 'csv';
  const jalur = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  if (/\.json$/i.test(jalur)) return 'json';
  if (/\.csv$/i.test(jalur)) return 'csv';
  return /^\s*[{[]/.test(body.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/** A sentence without its full stop, to be one item of a list that ends with one. */
const tanpaTitik = (t: string): string => t.replace(/\.+$/, '');

/** The first errors of an invalid DIP, as one message. */
function gagalDIP(url: string, baca: HasilBaca): Kegagalan {
  const pertama = baca.errors.slice(0, 3);
  const sisa = baca.errors.length - pertama.length;
  const n = baca.errors.length;
  const daftar = (b: 'id' | 'en'): string =>
    pertama.map((m) => tanpaTitik(m.message[b])).join('; ') +
    (sisa > 0 ? (b === 'id' ? `; dan ${sisa} masalah lain` : `; and ${sisa} more`) : '');
  return {
    reason: 'dip-tidak-sah',
    message: {
      id: `DIP di ${url} tidak sah (${n} masalah): ${daftar('id')}.`,
      en: `The DIP at ${url} is invalid (${n} ${n === 1 ? 'problem' : 'problems'}): ${daftar('en')}.`,
    },
  };
}

export interface HasilDIP extends HasilSumber {
  readonly doc?: DokumenDIP;
  readonly ringkas?: CatatanPindai['dip'];
  readonly failure?: Kegagalan;
  /** Some DIP address answered at all. */
  readonly terjangkau: boolean;
}

/**
 * The DIP: the registry's addresses in order, the first that reads wins. Always fetched in full: the
 * score needs the document, and the history keeps only its counts.
 */
export async function sumberDIP(k: Konteks): Promise<HasilDIP> {
  const observations: Pengamatan[] = [];
  let failure: Kegagalan | undefined;
  let ringkas: CatatanPindai['dip'];
  let terjangkau = false;
  const a = k.agensi;
  for (const url of a.dipUrls) {
    const h = await k.pengambil.ambil(url, {
      kind: 'dip',
      accept: 'application/json,text/csv;q=0.9,*/*;q=0.5',
    });
    const o = dasar(k, 'dip', url, h);
    if (!h.ok) {
      observations.push(o);
      failure ??= h.failure;
      continue;
    }
    terjangkau = true;
    const format = formatDIP(h.url, h.headers.contentType, h.body);
    const baca = bacaDIP(h.body, {
      format,
      ...(h.pengodean ? { pengodean: h.pengodean } : {}),
      agency: bersih({ id: a.id, name: a.name, kind: a.kind, website: a.website, timeZone: a.timeZone }),
    });
    const hitung = { url: h.url, format, errors: baca.errors.length, warnings: baca.warnings.length };
    if (baca.ok && baca.document) {
      observations.push(o);
      return {
        observations,
        tanggal: [],
        doc: baca.document,
        ringkas: { ...hitung, items: baca.document.items.length },
        terjangkau,
      };
    }
    const f = gagalDIP(h.url, baca);
    observations.push({ ...o, failure: f });
    // An invalid document says more than an address that did not answer.
    if (!failure || failure.reason !== 'dip-tidak-sah') failure = f;
    ringkas ??= { ...hitung, items: 0 };
  }
  if (a.dipUrls.length === 0)
    failure = {
      reason: 'isi-tidak-sah',
      message: { id: 'Registri tidak mencantumkan alamat DIP.', en: 'The registry names no DIP address.' },
    };
  return bersih({ observations, tanggal: [], ringkas, failure, terjangkau });
}
