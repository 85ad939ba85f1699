/**
 * The 32-bit FNV-1a hash of a text's UTF-16 code units, unsigned. Written here rather than taken from a package:
 * it is five lines, and the stand-in ids and view ids it makes are stored by users, so it must never change.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
