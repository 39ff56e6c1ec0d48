// The entry of terbuka-permintaan.min.js; see define.iife.ts (the DIP suggestions, initialised on first
// use, import the problem sentences from next to the script).
import './internal/berkas-samping.iife.js';
import './define-permintaan.js';
