export { jsonItemSah, csvItemSah, type HasilBacaPublik } from './item-sah.js';
