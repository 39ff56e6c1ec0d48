export * from './types.js';
export * from './kategori.js';
export * from './normalisasi.js';
export * from './dasar-hukum.js';
export * from './pasal.js';
export * from './serta-merta.js';
export * from './katalog.js';
export * from './cakupan.js';
