/**
 * Loaded by web-test-runner.config.mjs (testRunnerHtml) after the test framework, before any test file.
 *
 * A failing `expect(el).to.equal(other)` hung the run for 120 s (testsFinishTimeout) instead of failing:
 * chai's AssertionError carries the compared values as `actual` and `expected`, the runner's mocha adapter
 * puts them as they are into the session's result, and its `sendMessage` serialises that message with
 * structuredClone, which throws a DataCloneError for a DOM node (or a function, a class instance's private
 * state …). The throw rejects the promise that was to report the session, nothing is reported, and the
 * runner waits out its timeout. Here a failed test's values that cannot be cloned are replaced by their
 * description before the result is collected; the failure's message (chai's, "expected <div> to equal …")
 * is kept as it was.
 */
const kloning = (v: unknown): boolean => {
  try {
    structuredClone(v);
    return true;
  } catch {
    return false;
  }
};

const uraian = (v: unknown): string =>
  v instanceof Element ? `<${v.localName}>` : Object.prototype.toString.call(v);

// The framework's mocha instance (@web/test-runner-mocha sets it on window before any test file loads).
(window as unknown as { mocha: Mocha }).mocha.suite.afterEach(function (this: Mocha.Context) {
  const galat = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!galat) return;
  for (const k of ['actual', 'expected'] as const) if (!kloning(galat[k])) galat[k] = uraian(galat[k]);
});
