export * from './types.js';
export * from './kunci/index.js';
