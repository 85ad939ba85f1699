import { describe, expect, it } from 'vitest';
import { boundedCache } from './boundedCache.ts';
import { formatTimestamp } from './formatTimestamp.ts';
import { isValidTimeZone } from './resolveTimeZone.ts';

describe('boundedCache', () => {
  it('builds a value once per key and forgets the oldest key past its limit', () => {
    const cache = boundedCache<object>(2);
    let built = 0;
    const make = () => ({ n: ++built });
    const a = cache('a', make);
    expect(cache('a', make)).toBe(a);
    cache('b', make);
    cache('c', make);
    expect(built).toBe(3);
    expect(cache('a', make)).not.toBe(a);
    expect(built).toBe(4);
  });
});

describe('cached formatting', () => {
  it('keeps zones and locales apart', () => {
    const date = new Date('2026-11-26T01:02:03Z');
    expect(formatTimestamp(date, 'UTC', 'en-US')).toContain('1:02:03');
    expect(formatTimestamp(date, 'Asia/Tokyo', 'en-US')).toContain('10:02:03');
    expect(formatTimestamp(date, 'UTC', 'de-DE')).toContain('01:02:03');
    expect(formatTimestamp(date, 'UTC', 'en-US')).toContain('1:02:03');
  });

  it('remembers an invalid zone as invalid and falls back to UTC', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(formatTimestamp(new Date('2026-11-26T01:02:03Z'), 'Mars/Olympus', 'en-US')).toContain('UTC');
  });
});
