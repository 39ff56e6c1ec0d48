export {
  jsonItemSah,
  jsonItemSahMentah,
  jsonItemSahMentahDengan,
  csvItemSah,
  type HasilBacaPublik,
} from './item-sah.js';
