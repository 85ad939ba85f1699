/**
 * Freezes `value` and every object and array inside it, and returns it: for the plain data this package exports,
 * which every mock on the page (and every test of a run) shares, so one assignment into it changed them all.
 *
 * @example
 * ```ts
 * export const columns = deepFreeze([{ name: 'createdAt', sortable: true }]);
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
