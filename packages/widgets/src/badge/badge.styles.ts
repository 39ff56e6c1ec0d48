/**
 * The badge keeps its exact size in every state (loading, error, empty), so nothing on the page moves
 * when it loads. Its colours are the SDK's band colours (AA-checked); the cards use the theme tokens.
 * Plain text: the badge adopts it without LitElement (see badge.ts).
 */
export const BADGE_CSS = `
  :host {
    display: inline-block;
    vertical-align: middle;
    width: 200px;
    height: 48px;
    background: transparent !important;
    line-height: 1.2 !important;
  }
  :host([size='kecil']) {
    width: 160px;
    height: 24px;
  }
  .dasar {
    position: relative;
    width: 100%;
    height: 100%;
  }
  .tautan,
  .lencana {
    display: block;
    width: 100%;
    height: 100%;
  }
  .tautan {
    border-radius: 4px;
  }
  .kerangka,
  .kartu {
    width: 100%;
    height: 100%;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
  }
  .kartu {
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
  @media (prefers-reduced-motion: no-preference) {
    .kerangka {
      animation: denyut 1.6s ease-in-out infinite;
    }
  }
  @keyframes denyut {
    50% {
      opacity: 0.55;
    }
  }
`;
