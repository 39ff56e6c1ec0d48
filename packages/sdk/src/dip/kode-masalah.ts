// The one list of the problem codes a DIP reading gives (validator, JSON reader, CSV importer, encoding):
// the type `KodeMasalahDIP` comes from it, so a new code is a type error until it is listed here, and the
// docs' code tables are tested against it (kode-masalah.test.ts). Nothing reads the array at run time in
// the SDK itself: a bundle that does not use it leaves it out.

/**
 * Every stable machine code a DIP reading (`validasiDIP`, `bacaDIP`, `imporCSV`, `dekodeBerkas`'s warning)
 * can give in `Masalah.code`, so a program can switch on them exhaustively. docs/en/dip-format.md
 * ("Problem codes") says what each one means; a new code is added here and there together.
 */
export const KODE_MASALAH_DIP = [
  // The document as a whole.
  'document.type',
  'document.unreadable',
  'json.syntax',
  'format.unknown',
  'version.unsupported',
  // The schema's checks of one field.
  'field.required',
  'field.empty',
  'field.type',
  'field.value',
  'field.invalid',
  'date.invalid',
  'year.invalid',
  'email.invalid',
  'link.scheme',
  'link.web',
  'exclusion.missing',
  // The rules across fields and items.
  'field.unknown',
  'items.empty',
  'item.duplicate-id',
  'item.no-date',
  'item.no-link',
  'exclusion.unexpected',
  'exclusion.other-law-missing',
  'fulfils.unknown',
  'fulfils.other-category',
  // The CSV importer.
  'csv.empty',
  'csv.not-csv',
  'csv.header-not-found',
  'csv.column-missing',
  'csv.quote',
  'csv.unknown-column',
  'csv.links-from-column',
  'csv.duplicate-column',
  'csv.cells-outside-header',
  'csv.agency-missing',
  'csv.row-skipped',
  'csv.duplicate-row',
  'csv.filled-from-above',
  'csv.title-from-summary',
  'csv.category-missing',
  'csv.category-unknown',
  'csv.date-invalid',
  'csv.date-unreadable',
  'csv.date-month-only',
  'csv.date-month-first',
  'csv.date-order-mixed',
  'csv.format-unknown',
  'csv.link-https-added',
  'csv.link-space',
  'csv.grounds-unreadable',
  'csv.formula-error',
  'csv.decision-unreadable',
  // A file read in an encoding that is not Unicode.
  'file.encoding',
] as const;

/** A problem code of a DIP reading: one of `KODE_MASALAH_DIP`. */
export type KodeMasalahDIP = (typeof KODE_MASALAH_DIP)[number];
