// What the panel loads with import() when an entry it lists carries an exclusion. A module of its own:
// pengecualian.ts is also in the full DIP's static files, and a chunk both imports would need a namespace
// object (and the bundler's runtime) in the full DIP's files.
export { rincianPengecualian } from './pengecualian.js';
