// Plain text, not Lit's `css`: the light elements adopt it without LitElement (tema.styles.ts wraps it for
// Lit). The tokens every element needs; tema-css.ts adds those of the lists and forms (the badge has none
// of their chips, radii or spacing), so that a page with only the badge does not carry them.

/**
 * The colour tokens of the light theme (also used for printing) and of the dark one that the badge itself
 * uses (its loading box, the focus ring, the host's text colour); the muted text and the background are the
 * cards' and the lists' (kartu.styles.ts, tema-css.ts), so a badge that is well does not carry them.
 */
const TERANG = `
  --_text: var(--ppid-color-text, #1b1f24);
  --_surface: var(--ppid-color-surface, #f3f5f7);
  --_border: var(--ppid-color-border, #c9d1d9);
  --_accent: var(--ppid-color-accent, #0a58a8);
`;
const GELAP = `
  --_text: var(--ppid-color-text, #e6edf3);
  --_surface: var(--ppid-color-surface, #1c2229);
  --_border: var(--ppid-color-border, #3a434d);
  --_accent: var(--ppid-color-accent, #77b6ff);
`;

/**
 * Design tokens. Each public `--ppid-*` property feeds a private `--_*` one with a built-in default, so an
 * element looks right with no page CSS. Inherited text properties are set `!important` on the host: in the
 * cascade an important declaration of the shadow tree beats an important one of the page, so a theme's
 * `* { color: red !important }` cannot reach inside.
 */
export const TEMA_INTI_CSS = `
  :host {
    /* The same families as the SDK's HURUF_LENCANA, the static SVG badge's: they look alike (a test checks). */
    --_font: var(
      --ppid-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      Arial,
      sans-serif
    );
    /* medium: the reader's own default size (a browser setting), which the page's html { font-size } cannot change. */
    --_size: var(--ppid-font-size, medium);
    ${TERANG}
    display: block;
    box-sizing: border-box;
    contain: layout;
    color: var(--_text) !important;
    background: var(--_bg) !important;
    font-family: var(--_font) !important;
    font-size: var(--_size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='gelap']) {
    ${GELAP}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='otomatis']) {
      ${GELAP}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Paper is white: print in the light colours whatever the theme. */
  @media print {
    :host,
    :host([theme]) {
      ${TERANG}
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
