/**
 * The most a list, or a self-assessed badge, reads of one source: 64 MiB as received (after the browser
 * unpacks gzip or brotli). A register of 100,000 entries is about 70 MB, far beyond any body's; a source past
 * it (a wrong address, a compressed bomb) would only exhaust a phone's memory, so it stops there instead.
 * Its own module: the badge's self-assessed chunk (badge/mandiri.ts) reads it without the lists' fetch.
 */
export const BATAS_BYTE_SUMBER = 64 * 2 ** 20;
