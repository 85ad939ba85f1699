import { defaultAuditQuery, type AuditQuery } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { sameMatches, sameSort } from './sameQuery.ts';

const query: AuditQuery = {
  ...defaultAuditQuery,
  search: 'login',
  time: { preset: '7d' },
  filters: { severity: ['High', 'Critical'], action: ['user.login'] },
};

describe('sameMatches, sameSort', () => {
  it('tells a new query object with the same values from one that asks for other events', () => {
    const copy: AuditQuery = { ...query, filters: { ...query.filters }, sort: { ...query.sort } };
    expect(sameMatches(query, copy)).toBe(true);
    expect(sameSort(query.sort, copy.sort)).toBe(true);
    expect(sameMatches(query, { ...query, search: 'logout' })).toBe(false);
    expect(sameMatches(query, { ...query, filters: { severity: ['High'], action: ['user.login'] } })).toBe(
      false,
    );
  });

  it('reads a column whose filter was set again (and so moved last) as the same query', () => {
    const moved: AuditQuery = {
      ...query,
      filters: { action: ['user.login'], severity: ['High', 'Critical'] },
    };
    expect(sameMatches(query, moved)).toBe(true);
    // A value ticked off and on again moves last among its column's: the same events, as the saved views read it.
    expect(
      sameMatches(query, { ...query, filters: { ...query.filters, severity: ['Critical', 'High'] } }),
    ).toBe(true);
    expect(sameMatches(query, { ...query, filters: { severity: ['High', 'Critical'] } })).toBe(false);
    expect(sameMatches(query, { ...query, filters: { ...query.filters, ip: ['10.0.0.1'] } })).toBe(false);
  });

  it('compares time ranges by preset or by bounds', () => {
    const range = (time: AuditQuery['time']): AuditQuery => ({ ...query, time });
    expect(sameMatches(range({ preset: '7d' }), range({ preset: '24h' }))).toBe(false);
    expect(sameMatches(range({ preset: '7d' }), range(null))).toBe(false);
    expect(sameMatches(range({ from: '2026-01-01' }), range({ from: '2026-01-01', to: undefined }))).toBe(
      true,
    );
    expect(sameMatches(range({ from: '2026-01-01' }), range({ from: '2026-01-01', to: '2026-02-01' }))).toBe(
      false,
    );
    expect(sameMatches(range({ from: '2026-01-01' }), range({ preset: '7d' }))).toBe(false);
  });

  it('leaves the page, its size and the sort out of the matches', () => {
    const sorted: AuditQuery = { ...query, sort: { column: 'action', direction: 'asc' } };
    expect(sameMatches(query, { ...sorted, page: 2, pageSize: 100 })).toBe(true);
    expect(sameSort(query.sort, { column: 'createdAt', direction: 'desc' })).toBe(true);
    expect(sameSort(query.sort, sorted.sort)).toBe(false);
  });
});
