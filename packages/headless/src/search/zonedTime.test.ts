import { describe, expect, it } from 'vitest';
import { isoToZonedInput, zonedInputToIso } from '../query/zonedDateTime.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';
import { startOfZonedDay, zonedDate, zonedTimeToInstant } from './zonedTime.ts';

const now = new Date('2026-11-30T12:00:00Z');
const timeOf = (text: string, timeZone: string) => {
  const { query, problems } = parseAuditSearch(text, { timeZone, now });
  expect(problems).toEqual([]);
  return query.time;
};
const wall = (instant: number, zone: string) => isoToZonedInput(new Date(instant).toISOString(), zone);

// Expected instants read off Intl (ICU 78, tzdata 2025c) around each change:
// America/Santiago 2026-09-06 00:00 −04 → 01:00 −03 (04:00Z),
//   2026-04-05 00:00 −03 → 2026-04-04 23:00 −04 (03:00Z);
// America/Havana 2026-03-08 00:00 −05 → 01:00 −04 (05:00Z), 2026-11-01 01:00 −04 → 00:00 −05 (05:00Z);
// America/New_York 2026-03-08 02:00 −05 → 03:00 −04, 2026-11-01 02:00 −04 → 01:00 −05;
// Australia/Lord_Howe 2026-10-04 02:00 +10:30 → 02:30 +11, 2026-04-05 02:00 +11 → 01:30 +10:30;
// Asia/Kathmandu +05:45 all year.
describe('whole days and wall times in zones whose clocks change (search language)', () => {
  it('gives Santiago its whole days on both nights its clocks change at midnight', () => {
    const zone = 'America/Santiago';
    // The 5th runs to the jump: 23:00–23:59 local (03:00–03:59Z) is part of it.
    expect(timeOf('created:2026-09-05', zone)).toEqual({
      from: '2026-09-05T04:00:00.000Z',
      to: '2026-09-06T03:59:59.999Z',
    });
    // The 6th has no midnight: it starts when the clocks resume at 01:00 −03, never at 23:00 on the 5th.
    expect(timeOf('created:2026-09-06', zone)).toEqual({
      from: '2026-09-06T04:00:00.000Z',
      to: '2026-09-07T02:59:59.999Z',
    });
    // Clocks going back at midnight: the 4th has 25 hours.
    expect(timeOf('created:2026-04-04', zone)).toEqual({
      from: '2026-04-04T03:00:00.000Z',
      to: '2026-04-05T03:59:59.999Z',
    });
    expect(timeOf('created:>2026-09-05', zone)).toEqual({ from: '2026-09-06T04:00:00.000Z' });
    expect(timeOf('created:<2026-09-06', zone)).toEqual({ to: '2026-09-06T03:59:59.999Z' });
    // And the days read back as days.
    for (const day of ['2026-09-05', '2026-09-06', '2026-04-04', '2026-04-05'])
      expect(
        formatAuditSearch(
          { search: '', time: timeOf(`created:${day}`, zone), filters: {} },
          { timeZone: zone },
        ),
      ).toBe(`created:${day}`);
  });

  it('gives Havana its whole days, the skipped midnight and the repeated one', () => {
    const zone = 'America/Havana';
    expect(timeOf('created:2026-03-07', zone)).toEqual({
      from: '2026-03-07T05:00:00.000Z',
      to: '2026-03-08T04:59:59.999Z',
    });
    expect(timeOf('created:2026-03-08', zone)).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-09T03:59:59.999Z',
    });
    // Midnight of November 1st happens twice (04:00Z and 05:00Z): the day starts at the first.
    expect(timeOf('created:2026-11-01', zone)).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-11-02T04:59:59.999Z',
    });
  });

  it('starts at a skipped New York wall time when the clocks resume, and at the first of a repeated one', () => {
    const zone = 'America/New_York';
    // 02:30 does not exist on 8 March: a start there is 03:00 EDT, when the clocks resume. It was 03:30 EDT
    // (Temporal's 'compatible' rule), which left out the events of 03:00–03:29.
    expect(timeOf('created:>=2026-03-08T02:30', zone)).toEqual({ from: '2026-03-08T07:00:00.000Z' });
    expect(timeOf('created:2026-03-08', zone)).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-09T03:59:59.999Z',
    });
    // 01:30 happens twice on 1 November: a start is the first (EDT), an end the later (EST), so a range up to
    // 01:30 keeps the events of 01:00–01:30 EST.
    expect(timeOf('created:>=2026-11-01T01:30', zone)).toEqual({ from: '2026-11-01T05:30:00.000Z' });
    expect(timeOf('created:<=2026-11-01T01:30', zone)).toEqual({ to: '2026-11-01T06:30:59.999Z' });
    expect(timeOf('created:2026-11-01', zone)).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-11-02T04:59:59.999Z',
    });
  });

  it('handles zones whose offsets and changes are not whole hours (Lord Howe, Kathmandu)', () => {
    // Lord Howe moves 30 minutes: 02:15 is skipped, so a start there is 02:30 +11, when the clocks resume (it was
    // 02:45 +11, as far past the gap as it was into it), and an end just before they jump.
    expect(timeOf('created:>=2026-10-04T02:15', 'Australia/Lord_Howe')).toEqual({
      from: '2026-10-03T15:30:00.000Z',
    });
    expect(timeOf('created:<=2026-10-04T02:15', 'Australia/Lord_Howe')).toEqual({
      to: '2026-10-03T15:29:59.999Z',
    });
    // 01:45 happens twice on 5 April: the first (+11).
    expect(timeOf('created:>=2026-04-05T01:45', 'Australia/Lord_Howe')).toEqual({
      from: '2026-04-04T14:45:00.000Z',
    });
    expect(timeOf('created:2026-09-06', 'Asia/Kathmandu')).toEqual({
      from: '2026-09-05T18:15:00.000Z',
      to: '2026-09-06T18:14:59.999Z',
    });
  });

  it('round-trips every half hour for two days around each change, in both implementations alike', () => {
    const cases: [string, number][] = [
      ['America/Santiago', Date.UTC(2026, 8, 5)],
      ['America/Santiago', Date.UTC(2026, 3, 4)],
      ['America/Havana', Date.UTC(2026, 2, 7)],
      ['America/Havana', Date.UTC(2026, 9, 31)],
      ['America/New_York', Date.UTC(2026, 2, 7)],
      ['America/New_York', Date.UTC(2026, 9, 31)],
      ['Australia/Lord_Howe', Date.UTC(2026, 9, 3)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4)],
      ['Asia/Kathmandu', Date.UTC(2026, 8, 5)],
    ];
    for (const [zone, start] of cases) {
      for (let step = 0; step < 96; step++) {
        const instant = start + step * 1_800_000;
        const [year, month, day, hour, minute] = wall(instant, zone).split(/[-T:]/).map(Number);
        const back = zonedTimeToInstant(year!, month!, day!, zone, hour!, minute!);
        // The same wall time again: the instant itself, or the earlier of a repeated time.
        expect(wall(back, zone)).toBe(wall(instant, zone));
        expect(back).toBeLessThanOrEqual(instant);
        expect(zonedInputToIso(wall(instant, zone), zone)).toBe(new Date(back).toISOString());
        // A day starts at or before each of its instants, and the previous instant is another day.
        const dayStart = startOfZonedDay(instant, zone);
        expect(zonedDate(dayStart, zone)).toBe(zonedDate(instant, zone));
        expect(dayStart).toBeLessThanOrEqual(instant);
        expect(zonedDate(dayStart - 1, zone)).not.toBe(zonedDate(instant, zone));
      }
    }
  });

  it('numbers the year before 0001 as 0000 (Intl says 1 BC), and never throws on an instant no Date holds', () => {
    const leapDay = Date.parse('0000-02-29T12:00:00.000Z');
    expect(zonedDate(leapDay, 'UTC')).toBe('0000-02-29');
    expect(startOfZonedDay(leapDay, 'UTC')).toBe(Date.parse('0000-02-29T00:00:00.000Z'));
    // 0001-01-01T00:00Z is still the evening of 0000-12-31 in New York.
    expect(zonedDate(Date.parse('0001-01-01T00:00:00.000Z'), 'America/New_York')).toBe('0000-12-31');
    expect(zonedTimeToInstant(0, 12, 31, 'UTC')).toBe(Date.parse('0000-12-31T00:00:00.000Z'));
    expect(startOfZonedDay(Number.NaN, 'UTC')).toBeNaN();
    expect(startOfZonedDay(9e15, 'Asia/Tokyo')).toBeNaN();
  });
});
