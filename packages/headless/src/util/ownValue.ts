// Every lookup keyed by data (a URL key, an event's field name, a column name, a message key) goes through here:
// `record[key]` would read `Object.prototype` for `__proto__`, `constructor` or `toString`, and a function or
// object where text was expected has blanked the page (React error #31).

/**
 * The record's own value under `key`, or `undefined` when the record does not itself hold that key (inherited
 * members such as `constructor` and `__proto__` are never returned).
 *
 * @example
 * ```ts
 * ownValue({ email: 'User' }, 'email'); // 'User'
 * ownValue({ email: 'User' }, 'constructor'); // undefined
 * ```
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined;
/** Any object's own field, as `unknown`: events a host typed as an interface, which has no index signature. */
export function ownValue(record: object | null | undefined, key: string): unknown;
export function ownValue(record: object | null | undefined, key: string): unknown {
  return record != null && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
