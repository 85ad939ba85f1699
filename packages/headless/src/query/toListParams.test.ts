import { describe, expect, it } from 'vitest';
import type { AuditTimePreset } from './AuditQuery.ts';
import { defaultAuditQuery, type AuditQuery } from './AuditQuery.ts';
import { resolveTimeRange } from './resolveTimeRange.ts';
import { toListParams } from './toListParams.ts';

const now = new Date('2026-11-26T01:00:00.000Z');

describe('toListParams', () => {
  it('turns page and size into count and offset, with the default sort', () => {
    expect(toListParams({ ...defaultAuditQuery, page: 3, pageSize: 50 }, now)).toEqual({
      count: 50,
      offset: 150,
      sortBy: 'createdAt',
      sortDirection: 'desc',
    });
  });

  it('trims and lower-cases the search, and leaves out a blank one', () => {
    expect(toListParams({ ...defaultAuditQuery, search: '  LogIn Failed ' }, now).filter).toBe(
      'login failed',
    );
    expect(toListParams({ ...defaultAuditQuery, search: '   ' }, now)).not.toHaveProperty('filter');
  });

  it('resolves a preset at request time, relative to now', () => {
    const query: AuditQuery = { ...defaultAuditQuery, time: { preset: '7d' } };
    expect(toListParams(query, now)).toMatchObject({
      createdFrom: '2026-11-19T01:00:00.000Z',
      createdTo: '2026-11-26T01:00:00.000Z',
    });
    const later = new Date(now.getTime() + 3_600_000);
    expect(toListParams(query, later).createdFrom).toBe('2026-11-19T02:00:00.000Z');
  });

  it('keeps a custom range as given, either end optional', () => {
    expect(
      toListParams({ ...defaultAuditQuery, time: { from: '2026-01-01T00:00:00.000Z' } }, now),
    ).toMatchObject({
      createdFrom: '2026-01-01T00:00:00.000Z',
    });
    expect(
      toListParams({ ...defaultAuditQuery, time: { to: '2026-02-01T00:00:00.000Z' } }, now),
    ).not.toHaveProperty('createdFrom');
  });

  it('drops empty filters and empty values', () => {
    const params = toListParams(
      { ...defaultAuditQuery, filters: { severity: ['High', ''], action: [] } },
      now,
    );
    expect(params.filters).toEqual({ severity: ['High'] });
  });

  it.each([
    ['1h', 3_600_000],
    ['24h', 86_400_000],
    ['30d', 30 * 86_400_000],
    ['90d', 90 * 86_400_000],
    ['365d', 365 * 86_400_000],
  ] as const)('preset %s spans %i ms', (preset, ms) => {
    const { from, to } = resolveTimeRange({ preset }, now);
    expect(Date.parse(to!) - Date.parse(from!)).toBe(ms);
  });

  // A host that holds the query can pass any preset: one not named as a count of hours or days gives no range of
  // a wrong length (`1w` was one day, `12H` twelve days), it throws, as any unknown preset always did.
  it.each(['1w', '1y', '3m', '12H', '1.5h', '-5d', 'week', ''])('refuses the unknown preset %j', (preset) => {
    expect(() => resolveTimeRange({ preset: preset as AuditTimePreset }, now)).toThrow(RangeError);
  });
});
