// Plain text, adopted by the list elements without Lit (internal/elemen-tetap.ts).
/** Layout of the list engine: toolbar, fixed-height body (no layout shift while loading), entries, print. */
export const DAFTAR_CSS = `
  /*
   * Inline-size containment (the container below) gives div.dasar no width of its own, so in a parent
   * that sizes to its content (a layout table, a float, inline-block, a flex row) the list would shrink
   * to its padding. This strut asks for 20em — twenty em spaces on a line of no height — and, as a line
   * of text that may break after each space (a zero-width space follows each: Chromium does not break after
   * an em space alone), never refuses to be narrower (a width would: a flex sidebar or a 1fr grid column
   * would have to grow to it).
   */
  /* Indonesian and English read left to right, also on an Arabic page (dir="rtl"). */
  :host {
    direction: ltr !important;
  }
  :host::before {
    content: '\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B' !important;
    display: block !important;
    height: 0 !important;
    overflow: hidden !important;
    visibility: hidden !important;
  }
  /* div.: the grounds of an exclusion are a ul.dasar too (dasar = base and legal basis). */
  div.dasar {
    container: ppid / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  #judul {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .badan {
    min-height: 1.5em;
    margin: 0.125em 0 0;
    color: var(--_muted);
  }
  /* .cetak: empty on screen (no height), filled for printing. */
  .cetak,
  .kosong {
    margin: 0;
    color: var(--_muted);
  }
  /* On a phone an agency's name ("Dinas … Kabupaten …") takes two lines: keep them while loading. */
  @container ppid (max-width: 30em) {
    .badan {
      min-height: 3em;
    }
  }
  /* In a sidebar three lines. */
  @container ppid (max-width: 16em) {
    .badan {
      min-height: 4.5em;
    }
  }
  .alat {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap);
  }
  .alat label {
    display: flex;
    flex-direction: column;
    /* At 250% text on a 320 px phone the year filter is wider than the element: it narrows instead. */
    max-width: 100%;
    gap: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .alat .cari {
    flex: 1 1 14em;
    /* A large reader font on a phone: the field narrows to the element instead of running past it. */
    min-width: 0;
  }
  .alat .cari input {
    width: 100%;
  }
  input,
  select {
    min-height: 2.5em;
    padding: 0.375em 0.625em;
    /* A field's edge is a control boundary (WCAG 1.4.11: 3:1): the muted text colour, not the border's. */
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_text);
    font-size: var(--_size);
    max-width: 100%;
  }
  .jumlah {
    flex: 1 0 100%;
    margin: 0;
    min-height: 1.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The list grows with the page. While loading the element is one screen tall (at least 47.5em, 760px
     at 16px): the list arriving then grows it below the fold and moves nothing in view. The same height
     is what a page reserves before the script runs (docs: :not(:defined)). An error without a saved copy
     keeps it, so a failure (and each retry) moves nothing either. --ppid-height: scrolls inside. */
  .isi {
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
  }
  /* The admin's preview keeps its checklist in view under a scrolling list. */
  :host([mode='periksa']) {
    --_height: var(--ppid-height, 560px);
  }
  :host([state='loading']) div.dasar:not(.gulir),
  :host([state='error']) div.tanpa-data:not(.gulir) {
    min-height: max(100vh, 47.5em);
  }
  :host([state='loading']) div.dasar:not(.gulir) > .isi,
  :host([state='error']) div.tanpa-data:not(.gulir) > .isi {
    flex: 1 0 0;
  }
  .gulir > .isi {
    height: var(--_height);
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  /* Notices, entries and the loading bars: cards on the surface colour. */
  .pemberitahuan,
  .entri,
  .kerangka {
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .pemberitahuan {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_gap);
    margin: 0 0 var(--_gap);
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_muted);
  }
  .pemberitahuan p {
    margin: 0;
    flex: 1 1 16em;
  }
  .pemberitahuan.galat {
    border-left-color: var(--_late);
  }
  .pemberitahuan.basi {
    border-left-color: var(--_due);
  }
  /* The two buttons: retry (filled) and "show more" (outlined). */
  .ulang,
  .lagi button {
    min-height: 2.5em;
    padding: 0.375em 1em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  .kelompok + .kelompok {
    margin-top: calc(var(--_gap) * 1.5);
  }
  [part='group-title'] {
    margin: 0 0 0.5em;
    font-size: 1.05em;
    line-height: 1.35;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* No lasting content-visibility: auto here (sessions 11-19 had it: a tab click on a budget phone laid out
     50 cards in ~150 ms instead of ~90): Chromium leaves the entries it skips out of the accessibility tree,
     so a screen reader's heading and link lists held only the entries near the screen (28 of 60 headings).
     The lists render at most 25 entries at a time (batas.ts), and only for the frame after a render (.tunda,
     DaftarElement.updated) are the new entries out of view left for the next frame. */
  .entri {
    padding: 0.75em;
    border: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .entri + .entri {
    margin-top: 0.5em;
  }
  /* An entry the last render placed, until that render's frame is drawn: out of view it is laid out in the
     next frame, not in the one that answers the keystroke or tap (on a budget phone the step's layout was
     most of a search's or year change's frame). Then it is rendered whole, in the accessibility tree too. */
  .tunda {
    content-visibility: auto;
    contain-intrinsic-size: 20em;
  }
  .kepala-entri {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .judul-entri {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .ringkasan {
    margin: 0.25em 0 0;
  }
  /* One grid per entry (the row wrappers are display: contents) with a fixed label column, so every
     value of every entry starts at the same x. Narrow: the label above its value, as on phones. */
  .rincian {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 0.75em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .meta {
    display: contents;
  }
  dt {
    color: var(--_muted);
    overflow-wrap: normal;
  }
  .meta ~ .meta > dt {
    margin-top: 0.375em;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  @container ppid (min-width: 26em) {
    .rincian {
      grid-template-columns: 10em minmax(0, 1fr);
      row-gap: 0.125em;
    }
    .meta ~ .meta > dt {
      margin-top: 0;
    }
  }
  /* Short links one under another (PDF, XLSX) keep 24px targets apart (WCAG 2.5.8). */
  .tautan li + li,
  ul.dasar li + li {
    margin-top: 0.375em;
  }
  .chip {
    display: inline-block;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    max-width: 100%;
    background: var(--_surface);
    color: var(--_muted);
    border: 1px solid var(--_border);
  }
  .chip.segar {
    background: var(--_fresh-bg);
    color: var(--_fresh);
    border-color: transparent;
  }
  .chip.jatuh-tempo {
    background: var(--_due-bg);
    color: var(--_due);
    border-color: transparent;
  }
  .chip.terlambat {
    background: var(--_late-bg);
    color: var(--_late);
    border-color: transparent;
  }
  .lagi {
    margin-top: 0.75em;
    text-align: center;
  }
  .lagi button {
    background: var(--_bg);
    color: var(--_accent);
  }
  .memuat {
    display: grid;
    gap: 0.5em;
  }
  .kerangka {
    height: 7em;
  }
  /* The first bar stands for a group heading. */
  .kerangka:first-child {
    width: 60%;
    height: 1.5em;
  }
  .gulir > .isi .memuat {
    overflow: hidden;
    max-height: 100%;
  }
  /* Laid out, not shown, while a list in English waits for its words (DaftarElement's bahasa); and filters
     with nothing to filter: an error with nothing shown (no saved copy), a register with no dated entry. */
  .tunggu,
  :host([state='error']) .tanpa-data label,
  .tanpa-tahun .tahun {
    visibility: hidden;
  }
  @media (prefers-reduced-motion: no-preference) {
    .kerangka {
      animation: denyut 1.4s ease-in-out infinite;
    }
    @keyframes denyut {
      50% {
        opacity: 0.55;
      }
    }
  }
  /* On paper: the whole list (filters set aside) with its count and dates, denser than on screen (a DIP of
     500 entries took 213 A4 pages), headings kept with what follows them. */
  @media print {
    :host {
      --_height: auto;
      color: #000 !important;
      background: #fff !important;
      font-size: 10.5pt !important;
    }
    .alat label,
    .lagi,
    .ulang,
    .kerangka {
      display: none;
    }
    div.dasar {
      min-height: 0 !important;
      border: 0;
      padding: 0;
    }
    .kepala,
    [part='group-title'] {
      break-inside: avoid;
      break-after: avoid;
    }
    /* Chromium moves a heading with its first lines only when it asks for room below it. */
    [part='group-title']::after {
      content: '';
      display: block;
      height: 8em;
      margin-bottom: -8em;
    }
    .isi,
    .gulir > .isi {
      height: auto;
      overflow: visible;
      border: 0;
    }
    .entri {
      break-inside: avoid;
      background: none;
      border: 0;
      border-top: 1px solid;
      border-radius: 0;
      padding: 0.5em 0;
    }
    .entri + .entri {
      margin-top: 0;
    }
    a.berlabel::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
