// Object.hasOwn for Safari 15.0–15.3 (and Chrome before 93), which lack it: @noble/hashes calls it while
// its module loads, so the fallback verifier (ed25519-cadangan.ts, loaded on exactly those older
// browsers, which have no WebCrypto Ed25519) would throw before it could verify anything. Imported first
// there, so it runs before noble's modules. It adds the built-in only where it is missing, as the
// standard defines it (ToObject of the target, then an own-property check); it changes nothing else.
if (typeof Object.hasOwn !== 'function')
  Object.defineProperty(Object, 'hasOwn', {
    value: (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k),
    writable: true,
    configurable: true,
  });
