import { isoToZonedInput } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime.ts';

const relative = (event: string, now: string, zone: string, localZone?: string) =>
  formatRelativeTime(new Date(event), new Date(now), 'en', zone, localZone);

// "Yesterday" is the calendar day before in the zone the log shows its dates in, not 24 hours rounded.
describe('formatRelativeTime counts days by the calendar of the zone the dates are shown in', () => {
  it('calls Friday 21:00 two days before Sunday 09:00 in Paris, not yesterday', () => {
    expect(relative('2026-03-27T20:00:00Z', '2026-03-29T07:00:00Z', 'Europe/Paris')).toBe('2 days ago');
  });

  it('never calls a time earlier the same day yesterday, on the 25-hour day the clocks go back', () => {
    // Sunday 25 October 2026 in Paris: 00:10 CEST and 23:30 CET are 24 h 20 min apart.
    expect(relative('2026-10-24T22:10:00Z', '2026-10-25T22:30:00Z', 'Europe/Paris')).toBe('24 hours ago');
  });

  it('says yesterday for the day before, and reads the dates in the zone given', () => {
    // Saturday 07:00 to Sunday 08:00 in Paris; Friday 23:00 to Sunday 00:00 in Los Angeles.
    const [event, now] = ['2026-03-28T06:00:00Z', '2026-03-29T07:00:00Z'];
    expect(relative(event, now, 'Europe/Paris')).toBe('yesterday');
    expect(relative(event, now, 'America/Los_Angeles')).toBe('2 days ago');
    expect(relative(event, now, 'local', 'America/Los_Angeles')).toBe('2 days ago');
    expect(relative(now, event, 'America/Los_Angeles')).toBe('in 2 days');
  });

  // The zone's offset is read once per UTC day and used for every instant of a day that starts and ends on it:
  // each instant's words must still be those of its own wall-clock date, on the days the clocks change too.
  it('gives every instant the words of its own date there, across changes of the clocks', () => {
    const days = (event: Date, now: Date, zone: string) =>
      (Date.parse(`${isoToZonedInput(now.toISOString(), zone).slice(0, 10)}T00:00Z`) -
        Date.parse(`${isoToZonedInput(event.toISOString(), zone).slice(0, 10)}T00:00Z`)) /
      86_400_000;
    const words = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const zones = [
      'Europe/Paris',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
    ];
    for (const zone of zones) {
      // Every 97 minutes from April to November (the spring and autumn changes of both hemispheres), each read
      // 30 hours later: "yesterday" or "2 days ago" by the dates there.
      for (
        let time = Date.parse('2026-04-01T00:00:00Z');
        time < Date.parse('2026-11-01T00:00:00Z');
        time += 97 * 60_000
      ) {
        const [event, now] = [new Date(time), new Date(time + 30 * 3_600_000)];
        expect(formatRelativeTime(event, now, 'en', zone), `${event.toISOString()} in ${zone}`).toBe(
          words.format(-days(event, now, zone), 'day'),
        );
      }
    }
  });

  it('keeps hours, weeks and years as they were', () => {
    expect(relative('2026-03-29T04:00:00Z', '2026-03-29T07:00:00Z', 'Europe/Paris')).toBe('3 hours ago');
    expect(relative('2026-03-19T12:00:00Z', '2026-03-29T07:00:00Z', 'Europe/Paris')).toBe('last week');
    expect(relative('2024-03-29T12:00:00Z', '2026-03-29T07:00:00Z', 'Europe/Paris')).toBe('2 years ago');
    // An unknown zone is UTC, as the dates are then shown: Friday 20:00 to Sunday 07:00.
    expect(relative('2026-03-27T20:00:00Z', '2026-03-29T07:00:00Z', 'Europe/Pariss')).toBe('2 days ago');
  });
});
