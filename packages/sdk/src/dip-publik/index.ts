export { jsonItemSah, jsonItemSahMentah, csvItemSah, type HasilBacaPublik } from './item-sah.js';
