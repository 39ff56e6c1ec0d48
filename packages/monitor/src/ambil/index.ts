export {
  Pengambil,
  buatUserAgent,
  bacaRetryAfter,
  USER_AGENT_BAKU,
  VERSI_MONITOR,
  TOKEN_ROBOTS,
  type OpsiPengambil,
  type OpsiAmbil,
  type HasilAmbil,
  type HeaderAmbil,
  type StatistikPengambil,
} from './pengambil.js';
export { Semafor } from './semafor.js';
export { klasifikasiGalat } from './kegagalan.js';
export { BATAS_CACHE_ROBOTS, BATAS_SITEMAP_ROBOTS, type InfoRobots } from './robots.js';
