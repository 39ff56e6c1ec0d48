import { unsafeCSS } from 'lit';
import { TEMA_CSS } from './tema-css.js';

/** The design tokens and host hardening of every element (tema-css.ts), as a Lit stylesheet. */
export const temaStyles = unsafeCSS(TEMA_CSS);
