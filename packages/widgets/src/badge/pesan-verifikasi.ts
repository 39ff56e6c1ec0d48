// The SDK's sentences for an unverified feed, loaded with import() only when a badge has to say why.
export { pesanVerifikasi } from '@terbuka/sdk';
