// Links the allow-list refuses, in the public reading: an entry whose only fault is such a link is still
// shown (the widgets render a refused address as plain text, never as a link), and its problem stays
// reported. Small and free of the validator, so both the JSON reading and the CSV importer use it.

/**
 * Stands in for a refused address while its entry is checked (the schema then judges the rest of the
 * entry), and is replaced by the address as written before the entry is handed out. `.invalid` never
 * resolves (RFC 2606), should one ever escape.
 */
export const TAUTAN_PENGGANTI = 'https://tautan-ditolak.invalid/';

const POLA_TAUTAN_DITOLAK = /^items\[(\d+)\]\.links(?:\[(\d+)\]\.url)?$/;

/** Where a refused link is: the entry, and the link in it (none: a CSV cell that held no address). */
export interface LetakTautan {
  readonly item: number;
  readonly tautan?: number;
}

/**
 * Where the link of a `link.scheme` problem is, or undefined for any other problem: the address of
 * `items[i].links[j].url` is refused by the allow-list, or (CSV) the link cell of entry i holds no address.
 */
export function letakTautanDitolak(m: {
  readonly code: string;
  readonly path: string;
}): LetakTautan | undefined {
  if (m.code !== 'link.scheme') return undefined;
  const cocok = POLA_TAUTAN_DITOLAK.exec(m.path);
  if (!cocok) return undefined;
  return cocok[2] === undefined
    ? { item: Number(cocok[1]) }
    : { item: Number(cocok[1]), tautan: Number(cocok[2]) };
}
