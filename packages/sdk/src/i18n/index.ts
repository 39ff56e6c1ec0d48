export * from './teks.js';
