import { html } from 'lit';

const GARIS = html`<span class="garis">/</span>`;

/**
 * A registration number (or a text holding one) that a narrow phone wraps after a slash, never inside
 * "2026": each slash is followed by a zero-width space drawn by CSS (`.garis::after` in formulirStyles),
 * which a copy and the accessible name leave out — a <wbr> made the name "001/ PPID/ DISKOMINFO/ …".
 */
export const pecahNomor = (s: string): unknown[] => s.split('/').flatMap((x, i) => (i ? [GARIS, x] : [x]));
