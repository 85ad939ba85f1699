import { UNSHOWABLE_VALUE } from '@auditkit/headless';

/**
 * A JSON field as the clipboard takes it: the recorded payload itself, indented, for pasting into a ticket or
 * a tool as evidence. Not `prettyJson`: what the screen shows marks invisible characters (`⟨U+202E⟩`), which a
 * copy must not write in place of the characters recorded, and a string payload is copied as that text, not as a
 * quoted JSON string. Never throws: a value JSON cannot write (too deep) copies as the panel's placeholder.
 */
export function jsonForClipboard(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return UNSHOWABLE_VALUE;
  }
}
