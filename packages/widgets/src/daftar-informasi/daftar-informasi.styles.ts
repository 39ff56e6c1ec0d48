// Plain text, adopted by the list elements without Lit (internal/elemen-tetap.ts).
/**
 * The category tabs (ARIA tabs pattern) on top of the shared list engine: one row where the four fit;
 * short labels where the full ones would not fit (the tab's name stays the full label, visually hidden then,
 * with its count's words; the short label and the shown count are aria-hidden); in a
 * narrow element (a phone) the row wraps, every tab in view, as boxes that fill their rows.
 */
export const DAFTAR_INFORMASI_CSS = `
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0 0 var(--_gap);
    /* Only a single tab wider than the element (a very large font in a tiny column) scrolls. */
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    /* The line under the tabs, drawn inside the scroll box so the open tab can cover it. */
    box-shadow: inset 0 -1px 0 var(--_border);
  }
  [role='tab'] {
    position: relative;
    flex: 0 0 auto;
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0 0;
    background: var(--_surface);
    color: var(--_text);
    white-space: nowrap;
    cursor: pointer;
  }
  [role='tab']:hover {
    background: var(--_bg);
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_bg);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    box-shadow: inset 0 3px 0 var(--_accent);
  }
  /* Forced colours (Windows High Contrast) drop the accent line and colours: the open tab keeps a frame
     inside its border (an outline: no tab changes size) and an underline. */
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      outline: 2px solid;
      outline-offset: -5px;
      text-decoration: underline;
    }
    /* Focused, that frame would hide the focus ring: it grows instead, so focus stays visible. */
    [role='tab'][aria-selected='true']:focus-visible {
      outline-width: 4px;
    }
  }
  /* Inside the tab: the scroll box would cut a ring drawn outside it. */
  [role='tab']:focus-visible {
    outline-offset: -4px;
  }
  .nama-pendek {
    display: none;
  }
  /* Heard, not shown: inline (an absolutely positioned .sr-only part of a name is read after a space, as
     "Informasi Berkala , 26 informasi"), its glyphs with no size. */
  .hitung-kata {
    font-size: 0;
  }
  .hitung {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_bg);
    font-size: 0.85em;
    font-weight: 400;
  }
  [aria-selected='true'] .hitung {
    background: var(--_surface);
  }
  /* Where the four full labels would not fit in one row, the short ones; the full label is then read by
     screen readers only. The full row needs about 62em (id) and 65em (en) of the frame's content width
     in Chromium's default sans-serif, less in narrower fonts; the rest is room for wider ones. A row that
     still does not fit scrolls. */
  @container ppid (max-width: 64em) {
    .nama {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .nama-pendek {
      display: inline;
    }
  }
  @container ppid (max-width: 70em) {
    :host(:lang(en)) .nama {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    :host(:lang(en)) .nama-pendek {
      display: inline;
    }
  }
  /* Narrower than one row of short labels (about 36.5em with counts: 581px at 16px), the tabs are two
     rows of two (one a row where half the width is too narrow for one): every tab in view on a 360px
     phone. They are then boxes, the open one framed in the accent colour, since a tab of the first row
     joins no panel. The arrows still follow the reading order. */
  @container ppid (max-width: 40em) {
    [role='tablist'] {
      box-shadow: none;
    }
    [role='tab'] {
      flex: 1 1 40%;
      flex-wrap: wrap;
      justify-content: center;
      padding: 0.375em 0.625em;
      border-radius: calc(var(--_radius) / 2);
    }
    [role='tab'][aria-selected='true'] {
      border-color: var(--_accent);
    }
  }
  /* A panel is often many screens tall: a Tab from its tab scrolls its top to the top of the screen, where
     a ring drawn outside it was above the screen, and the list area of --ppid-height cut its sides. The
     ring is drawn inside the panel's edge, and the scroll stops a little short of the panel's top. */
  [role='tabpanel'] {
    scroll-margin-top: var(--_gap);
  }
  [role='tabpanel']:focus-visible {
    outline-offset: -3px;
  }
  .keterangan-kategori {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .judul-cetak {
    display: none;
  }
  @media print {
    [role='tablist'] {
      display: none;
    }
    [role='tabpanel'][hidden] {
      display: block;
    }
    [role='tabpanel'] + [role='tabpanel'] {
      margin-top: calc(var(--_gap) * 2);
    }
    .judul-cetak {
      display: block;
      margin: 0 0 0.25em;
      font-size: 1.1em;
      font-weight: 700;
    }
    /* A category's name and description stay with its first entries (see daftar.styles.ts). */
    .judul-cetak,
    .keterangan-kategori {
      break-inside: avoid;
      break-after: avoid;
    }
    .keterangan-kategori::after {
      content: '';
      display: block;
      height: 8em;
      margin-bottom: -8em;
    }
  }
`;
