import { describe, expect, it } from 'vitest';
import { auditTimeAround } from './auditTimeAround.ts';

describe('auditTimeAround', () => {
  it('reaches the window either side of a time in any of the API’s forms', () => {
    const range = { from: '2021-04-07T10:45:40.201Z', to: '2021-04-07T10:55:40.201Z' };
    expect(auditTimeAround('2021-04-07T10:50:40.201Z', 300_000)).toEqual(range);
    // Zone-less is UTC, as the API writes it; an offset and milliseconds name the same instant.
    expect(auditTimeAround('2021-04-07 10:50:40.201', 300_000)).toEqual(range);
    expect(auditTimeAround('2021-04-07T12:50:40.201+02:00', 300_000)).toEqual(range);
    expect(auditTimeAround(Date.UTC(2021, 3, 7, 10, 50, 40, 201), 300_000)).toEqual(range);
  });

  it('gives nothing for what is no time, or a window past the years 0001 to 9999', () => {
    expect(auditTimeAround('yesterday', 1000)).toBeUndefined();
    expect(auditTimeAround(undefined, 1000)).toBeUndefined();
    expect(auditTimeAround('9999-12-31T23:59:59.500Z', 1000)).toBeUndefined();
    expect(auditTimeAround('0001-01-01T00:00:00.500Z', 1000)).toBeUndefined();
    expect(auditTimeAround(8.64e15, 1000)).toBeUndefined();
  });
});
