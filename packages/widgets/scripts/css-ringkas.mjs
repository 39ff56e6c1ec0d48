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
