export { terbitkan, GalatTerbit, type OpsiTerbit, type HasilTerbit } from './terbitkan.js';
export { lencanaShields, type LencanaShields } from './lencana.js';
export { tulisAtomik } from './tulis-atomik.js';
