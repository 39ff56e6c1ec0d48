/**
 * Registers the request elements, <ppid-permintaan> and <ppid-status-permintaan>: the entry of
 * `terbuka-permintaan.min.js` and of `@terbuka/widgets/define-permintaan`. Apart from `define.ts` so
 * the pages that only display information do not carry the forms.
 */
import './permintaan/define.js';
import './status-permintaan/define.js';
