import { UNSHOWABLE_VALUE } from '@auditkit/headless';

/**
 * A JSON field as the clipboard takes it: the recorded payload itself, indented, for pasting into a ticket or
 * a tool as evidence. Not `prettyJson`: what the screen shows marks invisible characters (`⟨U+202E⟩`), which a
 * copy must not write in place of the characters recorded, and a string payload is copied as that text, not as a
 * quoted JSON string. A bigint (a host's own payload may hold one) is written as its digits, as a JSON number.
 * Never throws: a value JSON cannot write (too deep) copies as the panel's placeholder.
 */
export function jsonForClipboard(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch (error) {
    // `JSON.stringify` refuses a bigint with a TypeError (too deep is a RangeError): only then the slower pass
    // that writes bigints, so an ordinary payload is written at full speed.
    if (error instanceof TypeError) return withBigints(value);
    return UNSHOWABLE_VALUE;
  }
}

/**
 * `JSON.stringify` with each bigint as its digits, unquoted: written as a marked string first (a random marker,
 * which no recorded string holds), whose quotes are then taken off.
 */
function withBigints(value: unknown): string {
  const marker = `auditkit-bigint-${Math.random().toString(36).slice(2)}:`;
  try {
    const text = JSON.stringify(
      value,
      (_key, item: unknown) => (typeof item === 'bigint' ? `${marker}${item.toString()}` : item),
      2,
    );
    return (text ?? '').replace(new RegExp(`"${marker}(-?\\d+)"`, 'g'), '$1');
  } catch {
    return UNSHOWABLE_VALUE;
  }
}
