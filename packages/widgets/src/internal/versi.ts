/** The version of @terbuka/widgets; a node test keeps it equal to package.json. */
export const VERSI = '0.1.0';
