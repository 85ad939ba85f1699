import { describe, expect, it } from 'vitest';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';

const now = new Date('2026-11-30T12:00:00Z');
const time = (text: string, timeZone = 'UTC') => parseAuditSearch(text, { now, timeZone }).query.time;

// A time is as precise as it is written, as the custom range form reads its To (11:00 is up to 11:00:59.999):
// a minute without seconds, a second without milliseconds, a millisecond with them.
describe('a typed date and time stands for what it names, not its first millisecond', () => {
  it('a time without seconds is that whole minute', () => {
    expect(time('created:2026-11-01T10:00')).toEqual({
      from: '2026-11-01T10:00:00.000Z',
      to: '2026-11-01T10:00:59.999Z',
    });
    expect(time('created:2026-11-01T10:00', 'Europe/Berlin')).toEqual({
      from: '2026-11-01T09:00:00.000Z',
      to: '2026-11-01T09:00:59.999Z',
    });
    expect(time('created:2026-11-01T10:00Z')).toEqual({
      from: '2026-11-01T10:00:00.000Z',
      to: '2026-11-01T10:00:59.999Z',
    });
  });

  it('a time with seconds is that second; with milliseconds, that millisecond', () => {
    expect(time('created:2026-11-01T10:00:30')).toEqual({
      from: '2026-11-01T10:00:30.000Z',
      to: '2026-11-01T10:00:30.999Z',
    });
    expect(time('created:2026-11-01T10:00:30+01:00')).toEqual({
      from: '2026-11-01T09:00:30.000Z',
      to: '2026-11-01T09:00:30.999Z',
    });
    expect(time('created:2026-11-01T10:00:30.250')).toEqual({
      from: '2026-11-01T10:00:30.250Z',
      to: '2026-11-01T10:00:30.250Z',
    });
  });

  it('a range up to 11:00 takes in the events of 11:00, as the custom range form does', () => {
    expect(time('created:2026-11-01T10:00..2026-11-01T11:00')).toEqual({
      from: '2026-11-01T10:00:00.000Z',
      to: '2026-11-01T11:00:59.999Z',
    });
    // One minute is a range of its own, not one that ends before it starts.
    expect(time('created:2026-11-01T10:00..2026-11-01T10:00')).toEqual({
      from: '2026-11-01T10:00:00.000Z',
      to: '2026-11-01T10:00:59.999Z',
    });
  });

  it('compares with the whole minute, as a date compares with the whole day', () => {
    expect(time('created:>2026-11-01T10:00')).toEqual({ from: '2026-11-01T10:01:00.000Z' });
    expect(time('created:>=2026-11-01T10:00')).toEqual({ from: '2026-11-01T10:00:00.000Z' });
    expect(time('created:<2026-11-01T10:00')).toEqual({ to: '2026-11-01T09:59:59.999Z' });
    expect(time('created:<=2026-11-01T10:00')).toEqual({ to: '2026-11-01T10:00:59.999Z' });
    expect(time('created:>2026-11-01T10:00:30')).toEqual({ from: '2026-11-01T10:00:31.000Z' });
  });

  it('reads back exactly what it writes (instants are written to the millisecond)', () => {
    for (const range of [
      { from: '2026-11-01T10:00:00.000Z', to: '2026-11-01T10:00:59.999Z' },
      { from: '2026-11-01T10:00:30.000Z' },
      { to: '2026-11-01T10:00:30.000Z' },
    ]) {
      const text = formatAuditSearch({ search: '', time: range, filters: {} });
      expect(parseAuditSearch(text).query.time, text).toEqual(range);
    }
  });
});
