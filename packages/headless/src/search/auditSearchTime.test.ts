import { describe, expect, it } from 'vitest';
import type { AuditTimeRange } from '../query/AuditQuery.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';

const now = new Date('2026-11-30T12:00:00Z');
const write = (time: AuditTimeRange, timeZone: string) =>
  formatAuditSearch({ search: '', time, filters: {} }, { timeZone });
const read = (text: string, timeZone: string) => {
  const { query, problems } = parseAuditSearch(text, { timeZone, now });
  expect(problems, text).toEqual([]);
  return query.time;
};

// A bound that is not a whole day is written back in the user's zone with its offset, not as a UTC instant: the
// search text is rewritten from the query after a chip change, a reload or an applied view.
describe('a time that is not a whole day is written in the zone it was typed in', () => {
  it('gives back the time typed in Kolkata, not its UTC instant', () => {
    const time = read('created:>=2026-03-29T08:00', 'Asia/Kolkata');
    expect(time).toEqual({ from: '2026-03-29T02:30:00.000Z' });
    expect(write(time, 'Asia/Kolkata')).toBe('created:>=2026-03-29T08:00+05:30');
    expect(read(write(time, 'Asia/Kolkata'), 'Asia/Kolkata')).toEqual(time);
    const until = read('created:<=2026-03-29T18:45', 'Asia/Kolkata');
    expect(write(until, 'Asia/Kolkata')).toBe('created:<=2026-03-29T18:45+05:30');
    expect(read(write(until, 'Asia/Kolkata'), 'Asia/Kolkata')).toEqual(until);
  });

  it('writes a range as precise as its bounds, each reading back to the same instant', () => {
    const time = { from: '2026-03-29T02:30:15.000Z', to: '2026-03-29T04:00:00.499Z' };
    const text = write(time, 'Asia/Kolkata');
    expect(text).toBe('created:2026-03-29T08:00:15+05:30..2026-03-29T09:30:00.499+05:30');
    expect(read(text, 'Asia/Kolkata')).toEqual(time);
    const minutes = read('created:2026-11-01T10:00..2026-11-01T11:00', 'Europe/Paris');
    expect(write(minutes, 'Europe/Paris')).toBe('created:2026-11-01T10:00+01:00..2026-11-01T11:00+01:00');
  });

  it('keeps the Paris time across the days its clocks change, the repeated hour told apart by its offset', () => {
    const zone = 'Europe/Paris';
    // 2026-03-29: 02:00 CET → 03:00 CEST.
    const spring = read('created:2026-03-29T01:30..2026-03-29T03:30', zone);
    expect(spring).toEqual({ from: '2026-03-29T00:30:00.000Z', to: '2026-03-29T01:30:59.999Z' });
    expect(write(spring, zone)).toBe('created:2026-03-29T01:30+01:00..2026-03-29T03:30+02:00');
    expect(read(write(spring, zone), zone)).toEqual(spring);
    // 2026-10-25: 03:00 CEST → 02:00 CET, so 02:30 is shown twice: first at 00:30Z, then at 01:30Z.
    for (const [time, text] of [
      [{ from: '2026-10-25T00:30:00.000Z' }, 'created:>=2026-10-25T02:30+02:00'],
      [{ from: '2026-10-25T01:30:00.000Z' }, 'created:>=2026-10-25T02:30+01:00'],
      [{ to: '2026-10-25T01:30:59.999Z' }, 'created:<=2026-10-25T02:30+01:00'],
    ] as const) {
      expect(write(time, zone)).toBe(text);
      expect(read(text, zone)).toEqual(time);
    }
  });

  it('writes UTC times with Z, and whole days still as dates', () => {
    expect(write({ from: '2026-11-01T10:00:00.000Z' }, 'UTC')).toBe('created:>=2026-11-01T10:00Z');
    expect(write({ from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T21:59:59.999Z' }, 'Europe/Paris')).toBe(
      'created:2026-03-29',
    );
  });
});

// Each end of a range reads a time the clocks skip or show twice so that it leaves out none of the events asked
// for, as the custom range form does (query/zonedDateTime.ts).
describe('a time on a night the clocks change', () => {
  const zone = 'Europe/Paris';

  it('starts in a skipped hour when the clocks resume, and ends there just before they jump', () => {
    // 2026-03-29: 02:00 CET → 03:00 CEST at 01:00Z. 02:45 was read as 03:45 CEST, after the end at 03:10.
    expect(read('created:2026-03-29T02:45..2026-03-29T03:10', zone)).toEqual({
      from: '2026-03-29T01:00:00.000Z',
      to: '2026-03-29T01:10:59.999Z',
    });
    // 02:30 to 04:00 takes in 03:00–03:29 CEST.
    expect(read('created:2026-03-29T02:30..2026-03-29T04:00', zone)).toEqual({
      from: '2026-03-29T01:00:00.000Z',
      to: '2026-03-29T02:00:59.999Z',
    });
    expect(read('created:<=2026-03-29T02:30', zone)).toEqual({ to: '2026-03-29T00:59:59.999Z' });
    expect(read('created:>2026-03-29T02:30', zone)).toEqual({ from: '2026-03-29T01:00:00.000Z' });
    expect(read('created:<2026-03-29T02:30', zone)).toEqual({ to: '2026-03-29T00:59:59.999Z' });
    // Written back with offsets, the bounds read back as they were.
    const range = read('created:2026-03-29T02:45..2026-03-29T03:10', zone);
    expect(write(range, zone)).toBe('created:2026-03-29T03:00+02:00..2026-03-29T03:10+02:00');
    expect(read(write(range, zone), zone)).toEqual(range);
  });

  it('refuses a skipped time alone, saying the clocks jumped over it, rather than moving it', () => {
    const refused = (text: string) => parseAuditSearch(text, { timeZone: zone, now }).problems[0]?.problem;
    const said = {
      code: 'invalid-value',
      reason: 'not-a-time',
      message: expect.stringContaining('No such time in Europe/Paris: the clocks went from 02:00 to 03:00'),
    };
    expect(refused('created:2026-03-29T02:30')).toEqual(said);
    expect(refused('created:2026-03-29T02:15..2026-03-29T02:45')).toEqual(said);
    expect(refused('created:2026-03-29T03:10..2026-03-29T02:45')?.reason).toBe('ends-before-start');
    expect(
      parseAuditSearch('created:2026-10-04T02:15', { timeZone: 'Australia/Lord_Howe', now }).problems[0]
        ?.problem?.message,
    ).toContain('the clocks went from 02:00 to 02:30');
  });

  it('ends a repeated time with its later showing', () => {
    // 2026-10-25: 03:00 CEST → 02:00 CET at 01:00Z; the table shows 01:15Z as 02:15 GMT+1.
    expect(read('created:2026-10-25T02:00..2026-10-25T02:30', zone)).toEqual({
      from: '2026-10-25T00:00:00.000Z',
      to: '2026-10-25T01:30:59.999Z',
    });
    expect(read('created:2026-10-25T02:30', zone)).toEqual({
      from: '2026-10-25T00:30:00.000Z',
      to: '2026-10-25T01:30:59.999Z',
    });
  });
});

// "Copy event as JSON" gives `"createdAt": "2021-04-07 10:50:40.201"`, which the API writes in UTC.
describe('a time written as the API writes it', () => {
  it("is read as UTC, whatever the viewer's zone", () => {
    for (const zone of ['Asia/Kolkata', 'America/New_York', 'UTC'])
      expect(read('created:"2021-04-07 10:50:40.201"', zone), zone).toEqual({
        from: '2021-04-07T10:50:40.201Z',
        to: '2021-04-07T10:50:40.201Z',
      });
    expect(read('created:>="2021-04-07 10:50:40.2"', 'Asia/Kolkata')).toEqual({
      from: '2021-04-07T10:50:40.200Z',
    });
  });

  it("leaves a T-separated or fraction-less time in the viewer's zone", () => {
    expect(read('created:2021-04-07T10:50:40.201', 'Asia/Kolkata')).toEqual({
      from: '2021-04-07T05:20:40.201Z',
      to: '2021-04-07T05:20:40.201Z',
    });
    expect(read('created:"2021-04-07 10:50:40"', 'Asia/Kolkata')).toEqual({
      from: '2021-04-07T05:20:40.000Z',
      to: '2021-04-07T05:20:40.999Z',
    });
    expect(read('created:"2021-04-07 10:50"', 'Asia/Kolkata')).toEqual({
      from: '2021-04-07T05:20:00.000Z',
      to: '2021-04-07T05:20:59.999Z',
    });
  });
});
