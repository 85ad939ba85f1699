import { describe, expect, it } from 'vitest';
import { isoToZonedInput, zonedInputToIso } from './zonedDateTime.ts';

describe('zoned date-time inputs', () => {
  it('reads and writes wall-clock text in the chosen zone, not the machine one', () => {
    expect(zonedInputToIso('2026-11-26T09:30', 'America/New_York')).toBe('2026-11-26T14:30:00.000Z');
    expect(zonedInputToIso('2026-07-01T09:30', 'America/New_York')).toBe('2026-07-01T13:30:00.000Z');
    expect(zonedInputToIso('2026-11-26T09:30', 'Asia/Kolkata')).toBe('2026-11-26T04:00:00.000Z');
    expect(zonedInputToIso('2026-11-26T09:30', 'UTC')).toBe('2026-11-26T09:30:00.000Z');
    expect(isoToZonedInput('2026-11-26T14:30:00.000Z', 'America/New_York')).toBe('2026-11-26T09:30');
    expect(isoToZonedInput('2026-11-26T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-11-27T08:30');
  });

  it('round-trips every half hour around both daylight-saving changes', () => {
    for (const start of [Date.UTC(2026, 2, 28), Date.UTC(2026, 9, 24)]) {
      for (let step = 0; step < 96; step += 1) {
        const iso = new Date(start + step * 1_800_000).toISOString();
        const text = isoToZonedInput(iso, 'Europe/Berlin');
        expect(isoToZonedInput(zonedInputToIso(text, 'Europe/Berlin'), 'Europe/Berlin')).toBe(text);
      }
    }
    // Shown twice when clocks go back: the earlier. Skipped when they go forward: the moment they resume (03:00
    // CEST, 01:00Z), no longer 03:30 as Temporal's 'compatible' rule had it, which dropped the events of 03:00–03:29.
    expect(zonedInputToIso('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedInputToIso('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('finds the clock changes of zones twelve or more hours ahead of UTC (Auckland, Chatham) too', () => {
    for (const timeZone of ['Pacific/Auckland', 'Pacific/Chatham']) {
      for (const start of [Date.UTC(2026, 3, 4), Date.UTC(2026, 8, 26)]) {
        for (let step = 0; step < 96; step += 1) {
          const text = isoToZonedInput(new Date(start + step * 900_000).toISOString(), timeZone);
          expect(isoToZonedInput(zonedInputToIso(text, timeZone), timeZone), `${timeZone} ${text}`).toBe(
            text,
          );
        }
      }
    }
    // Chatham (+12:45, +13:45 in summer): times that exist once, just before each change.
    expect(zonedInputToIso('2026-09-27T02:15', 'Pacific/Chatham')).toBe('2026-09-26T13:30:00.000Z');
    expect(zonedInputToIso('2026-04-05T02:15', 'Pacific/Chatham')).toBe('2026-04-04T12:30:00.000Z');
    // Auckland (+12, +13 in summer): skipped, when the clocks resume (03:00 +13); shown twice, the earlier.
    expect(zonedInputToIso('2026-09-27T02:30', 'Pacific/Auckland')).toBe('2026-09-26T14:00:00.000Z');
    expect(zonedInputToIso('2026-04-05T02:30', 'Pacific/Auckland')).toBe('2026-04-04T13:30:00.000Z');
  });

  it('reads the end of an inclusive range as the last millisecond of the minute (or second) it names', () => {
    expect(zonedInputToIso('2026-11-20T23:59', 'UTC', { bound: 'end' })).toBe('2026-11-20T23:59:59.999Z');
    expect(zonedInputToIso('2026-11-20T23:59:30', 'UTC', { bound: 'end' })).toBe('2026-11-20T23:59:30.999Z');
    expect(zonedInputToIso('2026-11-26T09:30', 'America/New_York', { bound: 'end' })).toBe(
      '2026-11-26T14:30:59.999Z',
    );
    // Skipped by the clocks going forward: just before they jump (01:59:59.999 CET). It was 03:30:59.999 CEST,
    // past the gap, which took in half an hour the To did not name.
    expect(zonedInputToIso('2026-03-29T02:30', 'Europe/Berlin', { bound: 'end' })).toBe(
      '2026-03-29T00:59:59.999Z',
    );
    expect(zonedInputToIso('', 'UTC', { bound: 'end' })).toBeUndefined();
  });

  it('gives nothing for empty or malformed text', () => {
    expect(zonedInputToIso('', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('26/11/2026 09:30', 'UTC')).toBeUndefined();
    expect(isoToZonedInput('not a date', 'UTC')).toBe('');
    expect(isoToZonedInput(undefined, 'UTC')).toBe('');
  });

  it('gives nothing for a date or time that does not exist, instead of rolling it into the next one', () => {
    expect(zonedInputToIso('2026-02-30T10:00', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('2026-04-31T10:00', 'Europe/Paris')).toBeUndefined();
    expect(zonedInputToIso('2026-13-01T10:00', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('2026-11-26T24:00', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('2026-11-26T10:60', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('2028-02-29T10:00', 'UTC')).toBe('2028-02-29T10:00:00.000Z');
  });

  it('reads the years 0 to 99 as themselves, not as 1900 to 1999', () => {
    expect(zonedInputToIso('0001-01-01T10:00', 'UTC')).toBe('0001-01-01T10:00:00.000Z');
    expect(zonedInputToIso('0099-12-31T23:59', 'UTC', { bound: 'end' })).toBe('0099-12-31T23:59:59.999Z');
    expect(isoToZonedInput('0050-06-01T12:00:00.000Z', 'UTC')).toBe('0050-06-01T12:00');
  });
});

// Each side of a range reads a time the clocks skip or show twice so that it leaves out none of the events the
// user asked for: a From at the first instant, a To at the last.
describe('zoned date-time inputs on the nights the clocks change', () => {
  const end = { bound: 'end' } as const;

  it('starts a From in a skipped hour when the clocks resume, and ends a To in it just before they jump', () => {
    // Paris, 2026-03-29: 02:00 CET → 03:00 CEST at 01:00Z.
    expect(zonedInputToIso('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedInputToIso('2026-03-29T02:45', 'Europe/Paris')).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedInputToIso('2026-03-29T02:30', 'Europe/Paris', end)).toBe('2026-03-29T00:59:59.999Z');
    // From 02:45 To 03:10 is a range, 03:00 to 03:10:59.999 CEST, not refused as ending before it starts.
    expect(zonedInputToIso('2026-03-29T03:10', 'Europe/Paris', end)).toBe('2026-03-29T01:10:59.999Z');
    // New York, 2026-03-08: 02:00 EST → 03:00 EDT at 07:00Z; with seconds too.
    expect(zonedInputToIso('2026-03-08T02:30:15', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(zonedInputToIso('2026-03-08T02:30:15', 'America/New_York', end)).toBe('2026-03-08T06:59:59.999Z');
    // Lord Howe's half-hour jump, 2026-10-04: 02:00 +10:30 → 02:30 +11 at 15:30Z.
    expect(zonedInputToIso('2026-10-04T02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    expect(zonedInputToIso('2026-10-04T02:15', 'Australia/Lord_Howe', end)).toBe('2026-10-03T15:29:59.999Z');
  });

  it('starts a From at the first showing of a repeated time, and ends a To with its later one', () => {
    // Paris, 2026-10-25: 03:00 CEST → 02:00 CET at 01:00Z; 02:30 is 00:30Z, then 01:30Z.
    expect(zonedInputToIso('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedInputToIso('2026-10-25T02:30', 'Europe/Paris', end)).toBe('2026-10-25T01:30:59.999Z');
    expect(zonedInputToIso('2026-10-25T02:59:30', 'Europe/Paris', end)).toBe('2026-10-25T01:59:30.999Z');
    // The minute before the repeated hour is shown once.
    expect(zonedInputToIso('2026-10-25T01:59', 'Europe/Paris', end)).toBe('2026-10-24T23:59:59.999Z');
    // New York, 2026-11-01: 02:00 EDT → 01:00 EST at 06:00Z; a To of 01:30 takes in 01:00–01:30 EST.
    expect(zonedInputToIso('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedInputToIso('2026-11-01T01:30', 'America/New_York', end)).toBe('2026-11-01T06:30:59.999Z');
    // Lord Howe, 2026-04-05: 02:00 +11 → 01:30 +10:30 at 15:00Z; 01:45 is 14:45Z, then 15:15Z.
    expect(zonedInputToIso('2026-04-05T01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
    expect(zonedInputToIso('2026-04-05T01:45', 'Australia/Lord_Howe', end)).toBe('2026-04-04T15:15:59.999Z');
  });

  it('gives every instant of the two days around a change a From at or before it and a To at or after it', () => {
    for (const [zone, start] of [
      ['Europe/Paris', Date.UTC(2026, 2, 28)],
      ['Europe/Paris', Date.UTC(2026, 9, 24)],
      ['Australia/Lord_Howe', Date.UTC(2026, 9, 3)],
    ] as const) {
      for (let step = 0; step < 192; step += 1) {
        const instant = start + step * 900_000;
        const text = isoToZonedInput(new Date(instant).toISOString(), zone);
        expect(Date.parse(zonedInputToIso(text, zone)!), `${zone} ${text}`).toBeLessThanOrEqual(instant);
        expect(Date.parse(zonedInputToIso(text, zone, end)!), `${zone} ${text}`).toBeGreaterThanOrEqual(
          instant,
        );
      }
    }
  });
});

describe('zoned date-time inputs at the ends of the years 0001 to 9999', () => {
  it('reads nothing before the year 0001 or past 9999, in any zone', () => {
    expect(zonedInputToIso('0000-12-31T10:00', 'UTC')).toBeUndefined();
    // Year 0 on the wall clock, yet 0001 in UTC: the text still names a year before 0001.
    expect(zonedInputToIso('0000-12-31T23:00', 'America/New_York')).toBeUndefined();
    // The first minute of 0001 in Tokyo is still 0000 in UTC; the last of 9999 in New York is 10000.
    expect(zonedInputToIso('0001-01-01T00:00', 'Asia/Tokyo')).toBeUndefined();
    expect(zonedInputToIso('9999-12-31T23:59', 'America/New_York', { bound: 'end' })).toBeUndefined();
    expect(zonedInputToIso('0001-01-01T00:00', 'UTC')).toBe('0001-01-01T00:00:00.000Z');
    expect(zonedInputToIso('9999-12-31T23:59', 'UTC', { bound: 'end' })).toBe('9999-12-31T23:59:59.999Z');
  });

  it('writes no text, and never throws, for an instant a datetime-local input cannot show', () => {
    // 0000-02-29 exists (year 0 is a leap year); Intl calls that year 1 BC.
    expect(isoToZonedInput('0000-02-29T12:00:00.000Z', 'UTC')).toBe('');
    expect(isoToZonedInput('0000-02-28T23:59:59.999Z', 'America/New_York')).toBe('');
    expect(isoToZonedInput('+275760-09-13T00:00:00.000Z', 'Asia/Tokyo')).toBe('');
    expect(isoToZonedInput('-271821-04-20T00:00:00.000Z', 'America/New_York')).toBe('');
    // In 0001 in UTC, but still 0000 on New York's wall clock (local mean time, −4:56:02).
    expect(isoToZonedInput('0001-01-01T00:00:00.000Z', 'America/New_York')).toBe('');
    expect(isoToZonedInput('0001-01-01T04:56:02.000Z', 'America/New_York')).toBe('0001-01-01T00:00');
    expect(isoToZonedInput('9999-12-31T23:59:59.999Z', 'UTC')).toBe('9999-12-31T23:59');
  });
});
