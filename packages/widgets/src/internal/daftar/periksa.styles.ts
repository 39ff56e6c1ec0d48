// Plain text, added to an element's shadow root when its checklist loads (periksa.ts): the public view
// carries none of it. Its lists of uncovered items are its only <ol>s.
export const PERIKSA_CSS = `
  .periksa {
    overflow-wrap: anywhere;
    padding: var(--_gap);
    border: 2px dashed var(--_due);
    border-radius: calc(var(--_radius) / 2);
  }
  #judul-periksa {
    margin: 0;
    font-size: 1.1em;
  }
  .periksa .sub {
    margin: var(--_gap) 0 0.25em;
    font-size: 1em;
  }
  /* The full DIP's uncovered items, under their category. */
  .periksa .kategori {
    margin: 0.5em 0 0.25em;
    font-size: 0.9375em;
  }
  .periksa .catatan {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .periksa li {
    margin: 0.25em 0;
    padding-left: 0.75em;
    border-left: 3px solid var(--_border);
  }
  .periksa li.error {
    border-left-color: var(--_late);
  }
  .periksa li.warning {
    border-left-color: var(--_due);
  }
  /* The title of the entry a problem is about, under the problem (the SDK names it by number). */
  .periksa .judul-masalah {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A problem said of several entries: its words once, then where it is, one line each. */
  .periksa .tempat-masalah {
    display: block;
    margin-top: 0.25em;
  }
  .periksa .tempat {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .periksa .tempat li {
    margin: 0;
    padding: 0;
    border-left: 0;
  }
  .periksa ol {
    margin: 0;
    padding-left: 1.5em;
  }
  .periksa ol li {
    padding-left: 0.25em;
    border-left: 0;
  }
`;
