import { LOKAL_INTL as LOKAL } from '@terbuka/sdk';

// The Intl locale of each language is the SDK's (LOKAL_INTL), the one its badge and static SVG use.
export { LOKAL };
