export * from './teks.js';
export * from './argumen.js';
