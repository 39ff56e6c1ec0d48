#!/usr/bin/env node
// The `terbuka` command: the compiled CLI in dist/ (in the repository, `npm ci` builds it through the root
// `prepare` script; the published package ships it built).
import { main } from '../dist/main.js';

// A closed pipe (`terbuka … | head`) is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
