// The module behind `@terbuka/sdk/kata-kunci`: the Badan Publik core with its berkala phrases, which the
// widgets import() only for a register with a berkala entry without `fulfils`. A re-export, not the module
// that defines it (inti-berkala-badan-publik.ts), because the SDK's index re-exports that one too: a module
// both import()ed and re-exported by a module a page loads up front is, to Rolldown (Vite 8), loaded up
// front, and a consumer's Vite build put the phrases into the chunks every page loads. This module is
// reached by import() alone, so the phrases stay a lazy chunk; the value is the same object either way.
export { katalogIntiBerkalaBadanPublik } from './inti-berkala-badan-publik.js';
