import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTimeMs, parseAuditTime } from './parseAuditTime.ts';
import { planAuditRequest } from './planAuditRequest.ts';

// Node re-reads TZ when it is assigned: run every case in a zone far from UTC, so a local reading would show.
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('parseAuditTime', () => {
  it('reads the zone-less times Frontegg sends as UTC, not as the viewer’s local time', () => {
    expect(new Date(2021, 3, 7).getTimezoneOffset()).toBe(240); // the zone really is New York here
    expect(parseAuditTime('2021-04-07 10:50:40.201')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
    expect(parseAuditTime('2021-04-07T10:50:40')?.toISOString()).toBe('2021-04-07T10:50:40.000Z');
    expect(parseAuditTime('2021-04-07 10:50')?.toISOString()).toBe('2021-04-07T10:50:00.000Z');
    expect(parseAuditTime('2021-04-07')?.toISOString()).toBe('2021-04-07T00:00:00.000Z');
  });

  it('reads a recorded answer of Frontegg’s service the way its own clock stamped it', () => {
    // frontegg/python-sdk, tests/cassettes/test_send_audits.yaml: `POST https://api.frontegg.com/audits` answered
    // 201 under `Date: Sun, 12 Jan 2020 21:53:42 GMT` with the new event's `createdAt` "2020-01-12 21:53:42.941".
    // Read as UTC it is the instant of the answer; read as local time it would be hours off. (The same repository's
    // test_get_audits.yaml lists events stored a month earlier whose zone-less `createdAt` is two hours ahead of
    // their `updatedAt` with a `Z`, Israel's winter offset: those came from an older writer; the newest recording
    // and the API contract both say UTC, so UTC it is.)
    const stamped = parseAuditTime('2020-01-12 21:53:42.941');
    const answered = Date.parse('Sun, 12 Jan 2020 21:53:42 GMT');
    expect(stamped).toBeDefined();
    expect(stamped!.getTime() - answered).toBeGreaterThanOrEqual(0);
    expect(stamped!.getTime() - answered).toBeLessThan(1_000);
  });

  it('honours an explicit zone and keeps milliseconds (more digits are cut, not rounded)', () => {
    expect(parseAuditTime('2021-04-07T10:50:40.201Z')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
    expect(parseAuditTime('2021-04-07T12:50:40.201+02:00')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
    expect(parseAuditTime('2021-04-07 05:50:40.201-0500')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
    expect(parseAuditTime('2021-04-07T10:50:40.201999Z')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
    expect(parseAuditTime('2021-04-07t10:50:40z')?.toISOString()).toBe('2021-04-07T10:50:40.000Z');
  });

  it('reads the years 0001 to 0099 as written, not as 1901 to 1999, and keeps their leap years', () => {
    expect(parseAuditTime('0050-06-01T00:00:00.000Z')?.toISOString()).toBe('0050-06-01T00:00:00.000Z');
    expect(parseAuditTime('0001-01-01 00:00:00.000')?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(parseAuditTime('0099-12-31T23:59:59.999+01:00')?.toISOString()).toBe('0099-12-31T22:59:59.999Z');
    expect(parseAuditTime('0004-02-29')?.toISOString()).toBe('0004-02-29T00:00:00.000Z');
    expect(parseAuditTime('0100-02-29')).toBeUndefined();
    // And a request asks for the range the user typed, not one 1,900 years later.
    const plan = planAuditRequest({ createdFrom: '0026-03-01T00:00:00.000Z' });
    expect(plan.search.get('created_from')).toBe('0026-03-01T00:00:00.000Z');
  });

  it('takes epoch milliseconds and Dates', () => {
    expect(auditTimeMs(1617792640201)).toBe(1617792640201);
    // The last instant a Date holds.
    expect(parseAuditTime(8.64e15)?.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(auditTimeMs(new Date(1617792640201))).toBe(1617792640201);
  });

  it('answers undefined for anything that is not a time, instead of a guess', () => {
    for (const value of [
      '',
      'yesterday',
      '04/07/2021 10:50',
      'Wed Apr 07 2021',
      '2021-02-30 10:00:00',
      '2021-13-01',
      '2021-04-07 24:00:00',
      '2021-04-07T10:50:40+19:00',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      // Epoch nanoseconds: past a Date's range, where `new Date` is an Invalid Date.
      1.7e18,
      -8.64e15 - 1,
      new Date(Number.NaN),
      null,
      undefined,
      {},
      ['2021-04-07'],
    ]) {
      expect(parseAuditTime(value), String(value)).toBeUndefined();
    }
  });

  it('reads back every instant written either way (ISO with Z, or Frontegg’s zone-less form)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString();
          expect(auditTimeMs(iso)).toBe(date.getTime());
          expect(auditTimeMs(iso.replace('T', ' ').replace('Z', ''))).toBe(date.getTime());
        },
      ),
    );
  });
});
