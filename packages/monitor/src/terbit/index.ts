export { terbitkan, GalatTerbit, type OpsiTerbit, type HasilTerbit } from './terbitkan.js';
export { periksaPenerbit } from './entri.js';
export { lencanaShields, type LencanaShields } from './lencana.js';
export { tulisAtomik } from './tulis-atomik.js';
