// The CSV chunk: the SDK's importer with the catalog cores passed in (imporCSVIntiDengan, given the lists'
// `intiUntuk`), not `imporCSV`, whose check answers with both cores: that carried the desa core (and its
// phrases) into the chunk, so every CSV page loaded the desa catalog, most of them an OPD's that never uses
// it. A desa's core comes through katalog.ts, requested with this chunk (urai.ts).
export {
  bacaJenisBadan,
  csvItemSah,
  dekodeBerkas,
  denganPengodean,
  imporCSVIntiDengan,
} from '@terbuka/sdk/csv';
