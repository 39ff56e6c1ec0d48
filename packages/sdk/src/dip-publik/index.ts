export {
  jsonItemSah,
  jsonItemSahMentah,
  jsonItemSahMentahDengan,
  csvItemSah,
  type HasilBacaPublik,
} from './item-sah.js';
export { dokumenSahPasti } from './sah-pasti.js';
