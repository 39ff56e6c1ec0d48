import type { Teks } from '../i18n/teks.js';
import type { HURUF_PASAL_17, KODE_KATEGORI } from './kode.js';

/** A category of public information. */
export type Kategori = (typeof KODE_KATEGORI)[number];

/**
 * The kinds of public body that keep a DIP. `desa` follows Perki 1/2018; every other kind Perki 1/2021.
 * A value, not only a type, so schemas and hand-written checks list the same kinds (this module stays tiny:
 * the badge imports it).
 */
export const JENIS_BADAN_PUBLIK = ['opd', 'kecamatan', 'kelurahan', 'desa', 'lainnya'] as const;

/** The kind of public body that keeps a DIP. */
export type JenisBadanPublik = (typeof JENIS_BADAN_PUBLIK)[number];

/** Which catalog of mandatory items applies. */
export type JenisKatalog = 'badan-publik' | 'desa';

/**
 * Where a rule comes from. Citations are data: when an article number turns out wrong it is corrected
 * here, never in logic. `verified: false` marks what could not be confirmed against the text.
 */
export interface DasarHukum {
  readonly instrument: string;
  readonly article?: string;
  readonly verified: boolean;
  readonly note?: Teks;
}

/** A kind of threat of informasi serta-merta as matching needs it; serta-merta.ts adds its title. */
export interface AncamanSertaMertaInti {
  /** Stable id: `bencana-alam`. The catalog's sub-items are `serta-merta.ancaman.<id>`. */
  readonly id: string;
  readonly keywords: readonly string[];
}

/** Letters of UU KIP Pasal 17 (exceptions) and Pasal 35 ayat 1 (objection grounds). */
export type HurufPasal17 = (typeof HURUF_PASAL_17)[number];
export type HurufPasal35 = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

/** A part of a catalog item, e.g. the LHKPN within the profile. May carry its own legal basis. */
export interface SubItemKatalog {
  /** Stable id under its item: `berkala.profil.lhkpn`. */
  readonly id: string;
  readonly title: Teks;
  readonly basis?: readonly DasarHukum[];
  /** Phrases that point at this part specifically; they are also listed in the item's `keywords`. */
  readonly keywords?: readonly string[];
}

/**
 * One entry of the standard: what a body must publish or hold. `verified` says whether the entry's
 * place in the standard was confirmed; each citation in `basis` carries its own `verified` flag, so
 * an entry can be confirmed while its article number is not.
 */
export interface ItemKatalog {
  /** Stable id, `kategori.slug`: `berkala.profil`. Never reused for another meaning. */
  readonly id: string;
  readonly category: Kategori;
  /** The letter in the regulation's list, when known. */
  readonly letter?: string;
  readonly title: Teks;
  readonly description?: Teks;
  readonly subItems: readonly SubItemKatalog[];
  readonly basis: readonly DasarHukum[];
  /** Counted when asking which duties a DIP leaves uncovered. */
  readonly mandatory: boolean;
  readonly verified: boolean;
  /** Why the entry or its citation is not confirmed, or where it was confirmed. */
  readonly note?: Teks;
  readonly cadenceMonths?: number;
  /**
   * Normalised Indonesian (and common English) phrases that identify the entry in a register's
   * titles, matched as whole words. Kept narrow: a wrong match inflates a score.
   */
  readonly keywords: readonly string[];
  /** Every DIP entry of this category fulfils the item (used for the DIK list). */
  readonly coversCategory?: boolean;
}

/** The mandatory-item catalog for one kind of body, with the version its ids belong to. */
export interface Katalog {
  readonly kind: JenisKatalog;
  readonly version: string;
  readonly items: readonly ItemKatalog[];
}

/** A sub-item as matching needs it: its id and the phrases that point at it. */
export interface SubItemKatalogInti {
  readonly id: string;
  readonly keywords?: readonly string[];
}

/**
 * The core of a catalog item: what matching, coverage and display need (no descriptions, legal
 * bases or sub-item titles). Every `ItemKatalog` is one; the widgets load only the cores.
 */
export interface ItemKatalogInti {
  readonly id: string;
  readonly category: Kategori;
  readonly letter?: string;
  readonly title: Teks;
  readonly subItems: readonly SubItemKatalogInti[];
  readonly mandatory: boolean;
  readonly verified: boolean;
  readonly cadenceMonths?: number;
  readonly keywords: readonly string[];
  readonly coversCategory?: boolean;
}

/** A catalog of cores; every `Katalog` is one. */
export interface KatalogInti {
  readonly kind: JenisKatalog;
  readonly version: string;
  readonly items: readonly ItemKatalogInti[];
}

/** The details of a catalog item, kept apart from its core and keyed by its id. */
export interface RincianItem {
  readonly description?: Teks;
  readonly basis: readonly DasarHukum[];
  readonly note?: Teks;
  /** Title and own basis of each sub-item, by sub-item id. */
  readonly subItems?: Readonly<
    Record<string, { readonly title: Teks; readonly basis?: readonly DasarHukum[] }>
  >;
}

/** A lettered ground of a UU KIP article (Pasal 17 exceptions, Pasal 35 objections). */
export interface HurufPasal<H extends string = string> {
  readonly letter: H;
  readonly title: Teks;
  readonly basis: DasarHukum;
}
