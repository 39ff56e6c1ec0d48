/**
 * The error and empty cards and the retry button, adopted with the problem words (kata-masalah.ts): a
 * badge that is well never shows them. The card's box itself (size, border) is in BADGE_CSS.
 */
export const KARTU_CSS = `
  /* The cards' tokens, apart from the core (tema-inti-css.ts) like the lists' (tema-css.ts): the same
     selectors, so dark and print apply to them alike. */
  :host {
    --_muted: var(--ppid-color-muted, #525a63);
    --_bg: var(--ppid-color-background, #ffffff);
  }
  :host([theme='gelap']) {
    --_muted: var(--ppid-color-muted, #a4afba);
    --_bg: var(--ppid-color-background, #12161b);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='otomatis']) {
      --_muted: var(--ppid-color-muted, #a4afba);
      --_bg: var(--ppid-color-background, #12161b);
    }
  }
  @media print {
    :host,
    :host([theme]) {
      --_muted: var(--ppid-color-muted, #525a63);
      --_bg: var(--ppid-color-background, #ffffff);
    }
  }
  .kartu {
    /* Its words read left to right, also on an Arabic page (dir="rtl"). */
    direction: ltr;
    display: flex;
    align-items: center;
    padding: 3px 32px 3px 8px;
    color: var(--_text);
    overflow: hidden;
  }
  .teks {
    margin: 0;
    min-width: 0;
    font-size: 11px;
  }
  .teks strong {
    display: block;
    font-weight: 700;
  }
  .alasan {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: 10px;
    color: var(--_muted);
  }
  :host([size='kecil']) .alasan {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  :host([size='kecil']) .kartu {
    padding: 0 28px 0 6px;
  }
  /*
   * 160×24 holds one line: the heading (the reason is in the accessible name) never wraps out of it, and
   * fits whole beside the retry button ("Lencana tidak tersedia", 9.5px bold); a card without the button
   * (empty) gives its room to the text.
   */
  :host([size='kecil']) .teks strong {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 9.5px;
  }
  :host([size='kecil']) .kartu:last-child {
    padding-right: 6px;
  }
  .ulang {
    position: absolute;
    top: 50%;
    right: 4px;
    transform: translateY(-50%);
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  :host([size='kecil']) .ulang {
    right: 0;
    height: 24px;
  }
  /* Over a badge shown from a saved copy: in the bottom-right corner, clear of the texts. */
  .ulang.atas {
    top: auto;
    bottom: 0;
    right: 0;
    transform: none;
    background: #ffffff;
    color: #0a58a8;
    border-color: #5f6368;
  }
`;
