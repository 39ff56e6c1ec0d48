// The entry of terbuka-lencana.min.js, the badge alone as one classic script (for a page whose only
// element is the badge: the footer of every page of an agency's site). The running script's address is
// read first, while it executes: the badge's parts that load on demand (problem words, the Ed25519
// fallback, the self-assessed mode) are the same side files terbuka.min.js loads, from next to it.
import '../internal/berkas-samping.iife.js';
import './define.js';
