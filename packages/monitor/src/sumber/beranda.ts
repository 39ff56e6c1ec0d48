// The home page source.
import { bersih, ambil, dariLama, dasar, type HasilSumber, type Konteks } from './konteks.js';
import { sahkan } from './keabsahan.js';
import { keInstan } from './tanggal.js';

/** The home page: its Last-Modified, counted only when its hash backs it. */
export async function sumberBeranda(k: Konteks): Promise<HasilSumber & { ok: boolean }> {
  const url = k.agensi.website;
  const { h, lama } = await ambil(k, 'beranda', url, { body: false, accept: 'text/html,*/*;q=0.8' });
  let o = dariLama(dasar(k, 'beranda', url, h), lama);
  if (!h.ok) return { ok: false, observations: [o], tanggal: [] };
  const klaim = o.notModified ? o.claimedAt : keInstan(h.headers.lastModified);
  const sah = sahkan(k, lama, o.hash, klaim);
  o = bersih({ ...o, claimedAt: klaim, ...sah });
  return { ok: true, observations: [o], tanggal: sah.validAt ? [sah.validAt] : [] };
}
