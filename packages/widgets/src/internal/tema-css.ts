import { TEMA_INTI_CSS } from './tema-inti-css.js';

// The design tokens of the lists and forms on top of every element's (tema-inti-css.ts): the freshness
// chips, muted text, background, accent text, radius, spacing, height, link colour, and form controls in the element's font (the badge's retry
// button, in kartu.styles.ts, sets its own; the plain card shown when those styles did not load keeps the
// browser's button font). Apart from the core so that the badge does not carry them;
// the same selectors as the core's, so dark and print apply to them alike.
const TERANG = `
  --_muted: var(--ppid-color-muted, #525a63);
  --_bg: var(--ppid-color-background, #ffffff);
  --_accent-text: var(--ppid-color-accent-text, #ffffff);
  --_fresh: var(--ppid-color-fresh, #116329);
  --_fresh-bg: var(--ppid-color-fresh-background, #dff5e3);
  --_due: var(--ppid-color-due, #7a4b00);
  --_due-bg: var(--ppid-color-due-background, #fff1c7);
  --_late: var(--ppid-color-overdue, #a1151f);
  --_late-bg: var(--ppid-color-overdue-background, #ffe3e3);
`;
const GELAP = `
  --_muted: var(--ppid-color-muted, #a4afba);
  --_bg: var(--ppid-color-background, #12161b);
  --_accent-text: var(--ppid-color-accent-text, #0b1320);
  --_fresh: var(--ppid-color-fresh, #8ee3a0);
  --_fresh-bg: var(--ppid-color-fresh-background, #103a1b);
  --_due: var(--ppid-color-due, #ffd479);
  --_due-bg: var(--ppid-color-due-background, #3d2e05);
  --_late: var(--ppid-color-overdue, #ffaaa8);
  --_late-bg: var(--ppid-color-overdue-background, #4a1114);
`;

/** Every element's tokens and host hardening, and those of the lists and forms. */
export const TEMA_CSS = `${TEMA_INTI_CSS}
  :host {
    ${TERANG}
    /* A reader's text-spacing tool (WCAG 1.4.12) sets letter and word spacing on the page: the lists and
       forms take them, and their text wraps. Line height stays the core's. */
    letter-spacing: inherit !important;
    word-spacing: inherit !important;
    --_radius: var(--ppid-radius, 8px);
    --_gap: var(--ppid-spacing, 12px);
    --_height: var(--ppid-height, auto);
  }
  /* Links in text are the lists' and forms': the badge's one link wraps its SVG. */
  a {
    color: var(--_accent);
  }
  :host([theme='gelap']) {
    ${GELAP}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='otomatis']) {
      ${GELAP}
    }
  }
  /* Paper is white whatever the site's own colours: muted text, edges and chips take their light defaults
     (a dark site's --ppid-* values printed at 1.4–2.2:1), links the text's colour (their address follows).
     Written out, the same values as TERANG's here and tema-inti-css.ts's: sharing them through constants
     measured +40 B (the template is then joined at run time); tata-letak.test.ts checks the muted and
     fresh ones. */
  @media print {
    :host,
    :host([theme]) {
      ${TERANG}
      --_muted: #525a63;
      --_border: #c9d1d9;
      --_fresh: #116329;
      --_due: #7a4b00;
      --_late: #a1151f;
    }
    a {
      color: inherit;
    }
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
`;
