// The browsers the shipped files must run in, in one place: the build writes for them (build.mjs) and
// test/dukungan-peramban.test.ts checks every shipped file against them. Documented in docs/en/widgets.md
// ("Browsers") and docs/id/widget.md ("Peramban").
//
// iOS 15 Safari is the floor because it is the last iOS of the iPhone 6s, 7 and first SE (and every
// browser on an iPhone is Safari's engine); Chrome 90 because Samsung Internet 15 and older Android
// WebViews are built on it.

/** The promise, as a browserslist query (es-check reads it). */
export const PERAMBAN =
  'safari >= 15, ios_saf >= 15, chrome >= 90, edge >= 90, and_chr >= 90, samsung >= 15, firefox >= 90';

/**
 * The build target given to Vite (Oxc). Not the list above, on purpose: for Safari 15 and Chrome before
 * 100, Oxc lowers every class field to WeakMaps (+0.5 kB brotli on the badge), following Babel's bugfix
 * data for two engine bugs. V8 before 98 mishandles static fields named `name` or `length`: this code has
 * none. Safari 14.1–15.x may throw a ReferenceError for an outer name in a class field initializer that
 * has parentheses (WebKit 236843): this code sets such values in constructors, or after the class for
 * static members, so no such initializer is left. test/dukungan-peramban.test.ts checks both in every
 * shipped file, and that no class static block (Safari 16.4, Chrome 94) is left either.
 */
export const SASARAN_BUILD = ['chrome100', 'edge100', 'firefox90', 'safari16', 'ios16'];
