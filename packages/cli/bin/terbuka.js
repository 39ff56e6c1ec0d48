#!/usr/bin/env node
// The built CLI; `npm install` builds it through the root `prepare` script.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
