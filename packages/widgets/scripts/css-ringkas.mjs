// The build's CSS-text minifier (scripts/build.mjs), apart so it can be tested without building.

/**
 * Drops comments and layout whitespace from CSS text; quoted strings are kept exactly as written.
 * Only what CSS never needs: spaces around `{ } ; , >`, after `(` and `:`, before `)` and `!important`,
 * and the last `;` of a block.
 */
export function cssRingkas(teks) {
  return teks
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((b, i) =>
      i % 2
        ? b
        : b
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/\( /g, '(')
            .replace(/ \)/g, ')')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Short names for the private `--_*` tokens (`--_accent-text` → `--_b`): the public `--ppid-*` properties
 * feed them (tema-css.ts) and nothing outside the stylesheets reads them, yet each is written many times in
 * every stylesheet a page loads. `teks` is every stylesheet the build may meet, so that all its files agree:
 * the names, sorted, get `a`, `b`, … `z`, `ba`, … in that order.
 */
export function petaToken(teks) {
  const nama = [...new Set(teks.join('\n').match(/--_[\w-]+/g) ?? [])].sort();
  const huruf = (i) => (i < 26 ? '' : huruf(Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));
  return new Map(nama.map((n, i) => [n, `--_${huruf(i)}`]));
}

/** `cssRingkas`'s output with the private tokens renamed by `peta` (petaToken); a name it lacks stays. */
export const ringkasToken = (teks, peta) => teks.replace(/--_[\w-]+/g, (n) => peta.get(n) ?? n);
