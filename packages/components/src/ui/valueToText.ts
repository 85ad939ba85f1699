/**
 * Any event value as display text. Objects become compact JSON; `null`/`undefined` become ''. Never throws,
 * even on cyclic or exotic values a custom column might carry.
 */
export function valueToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}
