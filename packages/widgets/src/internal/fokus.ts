// Its own module: the badge imports it only from its lazy problem card (badge/kata-masalah.ts), so it adds
// nothing to the badge's eager files; the lists import it too.

/**
 * Focus on an element that is no tab stop, for this once (a keyboard user's place while what had the focus
 * goes or is drawn anew): it is no tab stop again after the focus leaves.
 */
export function fokusSekali(el: HTMLElement): void {
  el.tabIndex = -1;
  el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  el.focus();
}
