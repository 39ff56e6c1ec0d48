/**
 * @terbuka/sdk under Node (package.json `exports`, condition `node`): everything the package exports
 * (index.ts), with bersihkanTeks and KlienPermintaan checking their arguments (request/argumen-node.ts:
 * the browser entry leaves that check out of the request form's bundle).
 * @packageDocumentation
 */
export * from './index.js';
export { bersihkanTeks, KlienPermintaan } from './request/argumen-node.js';
