export * from './types.js';
export * from './kunci/index.js';
export * from './registri/index.js';
export * from './terbit/index.js';
export * from './laporan/index.js';
export * from './riwayat/index.js';
