// Plain text, adopted by the list elements without Lit (internal/elemen-tetap.ts).
/** Only what the panel adds to the shared list engine. */
export const INFORMASI_BERKALA_CSS = `
  .periksa ol {
    margin: 0;
    padding-left: 1.5em;
  }
  .periksa ol li {
    padding-left: 0.25em;
    border-left: 0;
  }
`;
