export * from './data.js';
export * from './tata-letak.js';
export { svgLencana } from './svg.js';
