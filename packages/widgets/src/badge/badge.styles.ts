/**
 * The badge keeps its exact size in every state (loading, error, empty), so nothing on the page moves
 * when it loads. Its colours are the SDK's band colours (AA-checked); the cards use the theme tokens.
 * Plain text: the badge adopts it without LitElement (see badge.ts). The cards' insides and the retry
 * button are styled by KARTU_CSS, loaded with the problem words.
 */
export const BADGE_CSS = `
  :host {
    display: inline-block;
    vertical-align: middle;
    /* Its size whatever the parent: a footer's flex row must not shrink it. */
    flex: none;
    /* Its texts are anchored left to right, also on an Arabic page (dir="rtl"). */
    direction: ltr;
    width: 200px;
    height: 48px;
    background: transparent !important;
    line-height: 1.2 !important;
  }
  :host([size='kecil']) {
    width: 160px;
    height: 24px;
  }
  .dasar,
  .tautan,
  .lencana,
  .kerangka,
  .kartu {
    display: block;
    width: 100%;
    height: 100%;
  }
  .dasar {
    position: relative;
  }
  .tautan {
    border-radius: 4px;
  }
  .kerangka,
  .kartu {
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
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
