/** Drops comments and layout whitespace from CSS text; quoted strings are kept exactly as written. */
export function cssRingkas(teks: string): string;
