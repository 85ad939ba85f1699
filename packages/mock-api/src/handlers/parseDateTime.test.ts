import { describe, expect, it } from 'vitest';
import { boundMs, compareInstants, parseDateTime, parseInstant } from './parseDateTime.ts';

describe('parseDateTime', () => {
  it('reads dates of years 0000 to 0099 as those years, not as 1900 to 1999', () => {
    expect(parseDateTime('0099-12-31T00:00:00Z')).toBe(Date.parse('0099-12-31T00:00:00Z'));
    expect(new Date(parseDateTime('0099-12-31T00:00:00Z')!).getUTCFullYear()).toBe(99);
    expect(new Date(parseDateTime('0000-01-01T00:00:00Z')!).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(new Date(parseDateTime('0004-02-29T12:30:00+01:00')!).toISOString()).toBe(
      '0004-02-29T11:30:00.000Z',
    );
  });

  it('still refuses days that do not exist, in those years too', () => {
    // Year 3 is not a leap year, year 4 is; 1900 (what `Date.UTC` made of 0) is not either.
    expect(parseDateTime('0003-02-29T00:00:00Z')).toBeUndefined();
    expect(parseDateTime('0099-04-31T00:00:00Z')).toBeUndefined();
    expect(parseDateTime('2026-02-30T00:00:00Z')).toBeUndefined();
  });

  it('keeps reading other years and refusing times without a zone', () => {
    expect(parseDateTime('2026-06-15T12:00:00.5Z')).toBe(Date.UTC(2026, 5, 15, 12, 0, 0, 500));
    expect(parseDateTime('2026-06-15T12:00:00')).toBeUndefined();
  });

  it('keeps what a fraction holds past the millisecond, so a bound rounds to the whole ms it means', () => {
    const at = Date.UTC(2026, 5, 14, 20, 12, 17, 0);
    const half = parseInstant('2026-06-14T20:12:17.0005Z')!;
    expect(half).toEqual({ ms: at, subMsNanos: 500_000 });
    expect(parseInstant('2026-06-14T22:12:17.000000001+02:00')).toEqual({ ms: at, subMsNanos: 1 });
    expect(parseInstant('2026-06-14T20:12:17Z')).toEqual({ ms: at, subMsNanos: 0 });
    // At or after: the next whole ms; at or before: this one; strictly after: the next; strictly before: this one.
    expect([
      boundMs(half, 'from'),
      boundMs(half, 'to'),
      boundMs(half, 'after'),
      boundMs(half, 'before'),
    ]).toEqual([at + 1, at, at + 1, at]);
    const whole = parseInstant('2026-06-14T20:12:17.000Z')!;
    expect([
      boundMs(whole, 'from'),
      boundMs(whole, 'to'),
      boundMs(whole, 'after'),
      boundMs(whole, 'before'),
    ]).toEqual([at, at, at + 1, at - 1]);
    expect(compareInstants(half, parseInstant('2026-06-14T20:12:17.0007Z')!)).toBeLessThan(0);
    expect(compareInstants(half, parseInstant('2026-06-14T20:12:17.00050Z')!)).toBe(0);
  });
});
