/** Registers every display element: the entry of `terbuka.min.js` and of `@terbuka/widgets/define`. */
import './informasi-berkala/define.js';
import './daftar-informasi/define.js';
import './badge/define.js';
