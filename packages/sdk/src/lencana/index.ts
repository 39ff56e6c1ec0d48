export * from './data.js';
export { lencanaDariNilai } from './mandiri.js';
export * from './tata-letak.js';
export * from './tata-letak-lencana.js';
export { svgDariTataLetak, svgLencana } from './svg.js';
