export * from './data.js';
export { lencanaDariNilai } from './mandiri.js';
export * from './tata-letak.js';
export { svgLencana } from './svg.js';
