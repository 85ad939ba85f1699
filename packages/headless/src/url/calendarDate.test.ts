import { describe, expect, it } from 'vitest';
import { boundsInOrder, calendarDate } from './calendarDate.ts';
import { queryFromSearch } from './queryFromSearch.ts';

describe('calendarDate', () => {
  it.each([
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['0001-01-01T00:00:00-01:00', '0001-01-01T01:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['9999-12-31T23:30:00+01:00', '9999-12-31T22:30:00.000Z'],
    // Year 0 (1 BC), written in a link: no year before 0001 is read, whatever its zone makes of it.
    ['0000-02-28T23:59:59.999Z', undefined],
    ['0000-03-01T02:00:00+05:00', undefined],
    ['0000-12-31T23:00:00-02:00', undefined],
    ['0000-01-01', undefined],
    // Dates whose zone moves them out of the years 0001 to 9999, which `toISOString` writes as ±YYYYYY.
    ['9999-12-31T23:30:00-01:00', undefined],
    ['0001-01-01T00:30:00+01:00', undefined],
  ])('reads %s as %s (years 0001 to 9999 only)', (text, expected) => {
    expect(calendarDate(text)).toBe(expected);
  });

  it('reads a date alone as the end of its whole UTC day when it ends a range, so the day is in it', () => {
    expect(calendarDate('2026-03-29', 'end')).toBe('2026-03-29T23:59:59.999Z');
    expect(calendarDate('9999-12-31', 'end')).toBe('9999-12-31T23:59:59.999Z');
    expect(calendarDate('2026-03-29', 'start')).toBe('2026-03-29T00:00:00.000Z');
    // A date and time names its instant whichever end it is (the URL writer writes `to` so, to the millisecond).
    expect(calendarDate('2026-03-29T23:59:59.999Z', 'end')).toBe('2026-03-29T23:59:59.999Z');
    expect(calendarDate('2026-03-29T10:00', 'end')).toBe('2026-03-29T10:00:00.000Z');
    expect(calendarDate('2026-02-30', 'end')).toBeUndefined();
  });

  it('opens a link with a date-only range on every event of its days, as the search text does', () => {
    expect(queryFromSearch('?audit.from=2026-03-29&audit.to=2026-03-29').time).toEqual({
      from: '2026-03-29T00:00:00.000Z',
      to: '2026-03-29T23:59:59.999Z',
    });
    expect(queryFromSearch('?audit.to=2026-03-31').time).toEqual({ to: '2026-03-31T23:59:59.999Z' });
  });

  it('orders bounds by time, not by their text', () => {
    expect(boundsInOrder('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')).toBe(true);
    expect(boundsInOrder('2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe(false);
    expect(boundsInOrder('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe(true);
    // As text `+` sorts before `9`, and `+02:00` after `Z`: only the instants say which comes first.
    expect(boundsInOrder('+010000-01-01T00:30:00.000Z', '9999-12-31T23:59:00.000Z')).toBe(false);
    expect(boundsInOrder('2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00Z')).toBe(true);
    expect(boundsInOrder('2026-01-01T10:00:00Z', '2026-01-01T11:00:00+02:00')).toBe(false);
    expect(boundsInOrder(undefined, '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(boundsInOrder('2026-01-01T00:00:00.000Z', undefined)).toBe(true);
  });

  it('drops from a link a bound outside the years 0001 to 9999, so no inverted range is read', () => {
    expect(queryFromSearch('?audit.to=0000-02-28T23:59:59.999Z').time).toBeNull();
    expect(queryFromSearch('?audit.from=0000-03-01T02:00:00%2B05:00').time).toBeNull();
    expect(
      queryFromSearch('?audit.from=9999-12-31T23:30:00-01:00&audit.to=9999-12-31T23:59:00Z').time,
    ).toEqual({ to: '9999-12-31T23:59:00.000Z' });
  });
});
