import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExportTime } from './parseExportTime.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

const zones = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
];

describe('parseExportTime', () => {
  it('reads ISO 8601 with Z or an offset, and Frontegg’s zone-less form as UTC', () => {
    expect(parseExportTime('2021-04-07 10:50:40.201')).toBe(Date.UTC(2021, 3, 7, 10, 50, 40, 201));
    expect(parseExportTime('2021-04-07T10:50:40Z')).toBe(Date.UTC(2021, 3, 7, 10, 50, 40));
    expect(parseExportTime('2021-04-07T12:50:40.2+02:00')).toBe(Date.UTC(2021, 3, 7, 10, 50, 40, 200));
    expect(parseExportTime('2021-04-07T05:20:40-0530')).toBe(Date.UTC(2021, 3, 7, 10, 50, 40));
  });

  it('says NaN for anything that is not a timestamp', () => {
    for (const text of ['', 'x', '2021-02-30 10:00:00', '2021-04-07', '=1+2', '2021-04-07T25:00:00Z'])
      expect(parseExportTime(text)).toBeNaN();
  });
});

describe('createZonedTimeFormatter', () => {
  it('writes wall-clock time with the offset in force at that instant (DST both ways)', () => {
    const paris = createZonedTimeFormatter('Europe/Paris');
    expect(paris.iso(Date.UTC(2026, 10, 26, 1, 5, 0, 123))).toBe('2026-11-26T02:05:00.123+01:00');
    expect(paris.iso(Date.UTC(2026, 2, 29, 0, 59, 59, 999))).toBe('2026-03-29T01:59:59.999+01:00');
    expect(paris.iso(Date.UTC(2026, 2, 29, 1))).toBe('2026-03-29T03:00:00.000+02:00');
    expect(createZonedTimeFormatter('Asia/Kathmandu').offset(0)).toBe('+05:30');
    expect(createZonedTimeFormatter('America/New_York').local(Date.UTC(2026, 10, 1, 5, 30))).toBe(
      '2026-11-01T01:30:00.000',
    );
    expect(createZonedTimeFormatter('UTC').iso(Date.UTC(2026, 0, 1))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('writes the right offset just after a change that is not on a quarter hour', () => {
    // Newfoundland and Labrador changed at 00:01 local time until 2011: minutes after each change fell in a
    // quarter hour that began under the old offset.
    expect(createZonedTimeFormatter('America/St_Johns').iso(Date.UTC(2010, 2, 14, 3, 35))).toBe(
      '2010-03-14T01:05:00.000-02:30',
    );
    expect(createZonedTimeFormatter('America/Goose_Bay').iso(Date.UTC(2010, 10, 7, 3, 10))).toBe(
      '2010-11-06T23:10:00.000-04:00',
    );
    // The minute before each change keeps the old offset.
    expect(createZonedTimeFormatter('America/St_Johns').iso(Date.UTC(2010, 2, 14, 3, 30))).toBe(
      '2010-03-14T00:00:00.000-03:30',
    );
  });

  it('round-trips every instant in every zone (the written offset gives the same instant back)', () => {
    const formatters = zones.map(createZonedTimeFormatter);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.integer({ min: 0, max: zones.length - 1 }),
        (ms, zone) => {
          const formatter = formatters[zone]!;
          expect(parseExportTime(formatter.iso(ms))).toBe(ms);
          expect(parseExportTime(`${formatter.local(ms)}${formatter.offset(ms)}`)).toBe(ms);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes the years 0001 to 0099 with their own offset, not one 1,900 years off', () => {
    // Local mean time then: Paris was 9 min 21 s ahead of UTC, New York 4 h 56 min 2 s behind (whole minutes here).
    const year50 = Date.parse('0050-06-01T00:00:00Z');
    expect(createZonedTimeFormatter('Europe/Paris').iso(year50)).toBe('0050-06-01T00:09:00.000+00:09');
    expect(createZonedTimeFormatter('America/New_York').iso(year50)).toBe('0050-05-31T19:04:00.000-04:56');
    // West of Greenwich the first hours of 0001 are still 1 BC (the year 0000) on the clock.
    expect(createZonedTimeFormatter('America/New_York').local(Date.parse('0001-01-01T02:00:00Z'))).toBe(
      '0000-12-31T21:04:00.000',
    );
    const formatters = zones.map(createZonedTimeFormatter);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('0001-01-01T00:00:00Z'), max: Date.parse('0100-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: zones.length - 1 }),
        (ms, zone) => {
          // Whole seconds: a local mean time's seconds are rounded off the offset, as the file writes it.
          const at = ms - (ms % 60_000);
          expect(parseExportTime(formatters[zone]!.iso(at))).toBe(at);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses an unknown zone by name', () => {
    expect(() => createZonedTimeFormatter('Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});
