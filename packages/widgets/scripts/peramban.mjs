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
 * data: V8 before 98 mishandles static fields named `name` or `length` (this code has none), and Safari 15
 * has a class-field initializer scope bug (WebKit 236843) that Babel works around by wrapping some
 * initializers. Here the only field initializers left in the output are private fields' (public ones are
 * constructor assignments: `useDefineForClassFields` is off); Safari 15 runs private fields natively, and
 * the tests cannot run Safari 15 itself. What the browsers above cannot parse at all, class static blocks
 * (Safari 16.4, Chrome 94), this target lowers; the test checks that none is left.
 */
export const SASARAN_BUILD = ['chrome100', 'edge100', 'firefox90', 'safari16', 'ios16'];
