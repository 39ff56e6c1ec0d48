import * as v from 'valibot';

/**
 * `v.object` whose entries have no prototype. Valibot walks a schema's entries with `for…in`, which also
 * meets what a host page's script added to Object.prototype as enumerable (old json.js's `toJSONString`, a
 * hand-written `Object.prototype.extend`): every DIP then failed as unreadable in the widgets. The DIP schema
 * the browser runs is built with this, and the SDK's other schemas the same way.
 */
export function objek<const T extends v.ObjectEntries>(entries: T): v.ObjectSchema<T, undefined> {
  return v.object(Object.assign(Object.create(null) as T, entries));
}
