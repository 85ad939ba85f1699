import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp } from './formatTimestamp.ts';

describe('parseTimestamp', () => {
  it('reads ISO text, Frontegg’s zone-less text (as UTC) and epoch milliseconds', () => {
    expect(parseTimestamp('2026-11-26T01:00:00.000Z')?.toISOString()).toBe('2026-11-26T01:00:00.000Z');
    expect(parseTimestamp('2021-04-07 10:50:40.201')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
    expect(parseTimestamp(Date.UTC(2026, 10, 26))?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });

  it('takes a number no Date can hold (epoch nanoseconds) for no time, so formatting it cannot throw', () => {
    for (const value of [1.7e18, -8.64e15 - 1, 8.64e15 + 1, Number.MAX_VALUE]) {
      expect(parseTimestamp(value)).toBeUndefined();
    }
    // The edge a Date still holds stays a time, and formats.
    const edge = parseTimestamp(8.64e15);
    expect(edge?.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(formatTimestamp(edge!, 'UTC', 'en-US')).toMatch(/275760/);
  });

  it('takes what is not text or a number for no time', () => {
    for (const value of [undefined, null, true, {}, 10n, 'yesterday']) {
      expect(parseTimestamp(value)).toBeUndefined();
    }
  });
});
