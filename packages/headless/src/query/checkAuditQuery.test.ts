import { lastAuditPageIndex } from './clampPageIndex.ts';
import { describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from './AuditQuery.ts';
import { checkAuditQuery } from './checkAuditQuery.ts';
import { toListParams } from './toListParams.ts';

const now = new Date('2026-11-26T00:00:00Z');

describe('checkAuditQuery', () => {
  it('gives back a well-formed query as the same object, with nothing to report', () => {
    const query: AuditQuery = {
      ...defaultAuditQuery,
      search: 'login',
      time: { preset: '365d' },
      filters: { severity: ['High'] },
      page: 3,
    };
    expect(checkAuditQuery(query)).toEqual({ query, problems: [] });
    expect(checkAuditQuery(query).query).toBe(query);
  });

  it('fills a partial query from plain JS with the fallback’s parts, silently', () => {
    const { query, problems } = checkAuditQuery({ filters: { severity: ['High'] } });
    expect(query).toEqual({ ...defaultAuditQuery, filters: { severity: ['High'] } });
    expect(problems).toEqual([]);
    expect(() => toListParams(query, now)).not.toThrow();
  });

  it('mends every part of the wrong shape so a request can be built, and names each one', () => {
    const hostile = JSON.parse(
      '{"search":7,"time":{"preset":"week"},"filters":{"severity":"High","status":[500,{"x":1}],"__proto__":["a"],' +
        '"email":null},"sort":{"column":"createdAt"},"page":-2.5,"pageSize":25}',
    ) as unknown;
    const { query, problems } = checkAuditQuery(hostile);
    expect(query).toEqual({
      search: '',
      time: null,
      filters: { severity: ['High'], status: ['500'], ['__proto__']: ['a'] },
      sort: defaultAuditQuery.sort,
      page: 0,
      pageSize: 20,
    });
    expect(Object.getPrototypeOf(query.filters)).toBe(Object.prototype);
    expect(Object.hasOwn(query.filters, '__proto__')).toBe(true);
    expect(problems).toEqual([
      'query.search is not a text: no search is applied',
      'query.time.preset "week" is not one of 1h, 24h, 7d, 30d, 90d, 365d: no time range is applied',
      'query.filters["severity"] is not a list of texts: read as ["High"]',
      'query.filters["status"] is not a list of texts: read as ["500"]',
      'query.filters["email"] is not a list of texts: this filter is not applied',
      "query.sort is not { column, direction: 'asc' | 'desc' }: sorted by createdAt, desc",
      'query.page -2.5 is not a page index (0, 1, 2…): page 0 is used',
      'query.pageSize 25 is not one of 20, 50, 100, 200: 20 is used',
    ]);
    expect(() => toListParams(query, now)).not.toThrow();
  });

  it('mends a page past the last a request can carry to that last page', () => {
    const { query, problems } = checkAuditQuery({ ...defaultAuditQuery, page: Number.MAX_SAFE_INTEGER });
    expect(query.page).toBe(lastAuditPageIndex);
    expect(Number.isSafeInteger(query.page * 200)).toBe(true);
    expect(problems).toEqual([
      `query.page ${Number.MAX_SAFE_INTEGER} is not a page index (0, 1, 2…): page ${lastAuditPageIndex} is used`,
    ]);
    expect(checkAuditQuery({ ...defaultAuditQuery, page: lastAuditPageIndex }).problems).toEqual([]);
  });

  it('takes the fallback for what is no query at all, and keeps a time range of texts', () => {
    for (const value of [null, 'x', [defaultAuditQuery]])
      expect(checkAuditQuery(value)).toEqual({
        query: defaultAuditQuery,
        problems: ['query is not an object: the default query is used'],
      });
    const range = { ...defaultAuditQuery, time: { from: '2026-11-01T00:00:00Z' } };
    expect(checkAuditQuery(range).query).toBe(range);
    expect(checkAuditQuery({ ...range, time: { from: 5 } }).query.time).toBeNull();
  });
});
