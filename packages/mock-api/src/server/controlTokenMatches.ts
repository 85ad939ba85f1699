import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether the `x-mock-control-token` a request carried is the server's control token, in constant time. Both are
 * hashed first so `timingSafeEqual` always compares buffers of equal length: comparing the raw values would need a
 * length check first, and its early answer would tell a caller how long the token is.
 */
export function controlTokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
