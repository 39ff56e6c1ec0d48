/** Drops comments and layout whitespace from CSS text; quoted strings are kept exactly as written. */
export function cssRingkas(teks: string): string;
/** Short names for the private `--_*` tokens of these stylesheets, sorted: `--_a`, `--_b`, … */
export function petaToken(teks: readonly string[]): Map<string, string>;
/** The private tokens renamed by `peta`; a name it lacks stays. */
export function ringkasToken(teks: string, peta: ReadonlyMap<string, string>): string;
