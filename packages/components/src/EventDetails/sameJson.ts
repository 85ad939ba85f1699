import { ownValue } from '@auditkit/headless';

/** Levels compared before two values are taken as different: deeper payloads are marked changed, never a crash. */
const deepest = 500;

/**
 * Whether two JSON values are the same: objects key by key in any order (a service that writes `{zip, city}`
 * after `{city, zip}` changed nothing), arrays item by item. Compared by hand rather than as JSON text, which
 * depends on key order; past `deepest` levels a value counts as changed.
 */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > deepest || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index], depth + 1));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every(
    (key) => Object.hasOwn(right, key) && sameJson(ownValue(left, key), ownValue(right, key), depth + 1),
  );
}
