// The entry of terbuka.min.js: the running script's address is read first, while the script executes,
// because the parts it imports on demand (internal/berkas-samping.iife.ts) load from next to it — also
// from code that runs later, inside a part the bundle initialises only when first used.
import './internal/berkas-samping.iife.js';
import './define.js';
