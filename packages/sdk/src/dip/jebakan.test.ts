// Inputs from a hostile page for the readings' "never throw" tests (dip/sah-pasti.test.ts,
// dip-publik/item-sah.test.ts): objects that throw when read. No tests of its own.

/** A proxy of `o` that throws on every read. */
export function proksiJebakan<T extends object>(o: T): T {
  const jebakan = (): never => {
    throw new Error('jebakan');
  };
  return new Proxy(o, { get: jebakan, ownKeys: jebakan, has: jebakan });
}

/** `o` with `kunci` read once as it is, then throwing (a getter, as a hostile page's object may have). */
export function terbacaSekali<T extends object>(o: T, kunci: string): T {
  const salinan: Record<string, unknown> = { ...(o as Record<string, unknown>) };
  const nilai = salinan[kunci];
  let kali = 0;
  Object.defineProperty(salinan, kunci, {
    enumerable: true,
    get: () => {
      if (kali++ > 0) throw new Error('sekali saja');
      return nilai;
    },
  });
  return salinan as T;
}
