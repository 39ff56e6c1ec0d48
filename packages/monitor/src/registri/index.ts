export { bacaRegistri } from './baca.js';
export type { OpsiBacaRegistri } from './baca.js';
export { validasiRegistri } from './validasi.js';
export { imporRegistriCSV, KOLOM_REGISTRI } from './csv.js';
export {
  SkemaRegistri,
  SkemaAgensi,
  SkemaAkunResmi,
  JENIS_AGENSI,
  PLATFORM_SOSIAL,
  POLA_ID,
} from './skema.js';
export { feedAkun } from './sosial.js';
