// @vitest-environment jsdom
// A host's date picker gives a range of dates alone (`{ from: '2026-03-01', to: '2026-03-31' }`): the request, a
// link with the same dates, the URL written for it and the search box must all take in the whole last day.
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { planAuditRequest } from '../client/planAuditRequest.ts';
import { useAuditQueryState } from '../react/useAuditQueryState.ts';
import { formatAuditSearch } from '../search/formatAuditSearch.ts';
import { parseAuditSearch } from '../search/parseAuditSearch.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import { defaultAuditQuery, type AuditQuery } from './AuditQuery.ts';
import { resolveTimeRange } from './resolveTimeRange.ts';
import { toListParams } from './toListParams.ts';

afterEach(cleanup);

const march: AuditQuery = { ...defaultAuditQuery, time: { from: '2026-03-01', to: '2026-03-31' } };
const wholeMarch = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' };

describe('a range of dates alone', () => {
  it('is requested as whole UTC days, the last one included, as a link with those dates reads', () => {
    const v2 = planAuditRequest(toListParams(march)).search;
    expect(v2.get('created_from')).toBe(wholeMarch.from);
    expect(v2.get('created_to')).toBe(wholeMarch.to);
    // The legacy list's strict bounds, one millisecond outside: up to the first instant of April.
    const legacy = planAuditRequest(toListParams(march), { endpoints: ['legacyList'] }).search;
    expect(JSON.parse(legacy.get('createdAt')!)).toEqual({
      $gt: '2026-02-28T23:59:59.999Z',
      $lt: '2026-04-01T00:00:00.000Z',
    });
    expect(queryFromSearch('?audit.from=2026-03-01&audit.to=2026-03-31').time).toEqual(wholeMarch);
    expect(resolveTimeRange(march.time)).toEqual(wholeMarch);
    // A one-day range is that day, not the empty instant of its midnight.
    expect(resolveTimeRange({ from: '2026-03-31', to: '2026-03-31' })).toEqual({
      from: '2026-03-31T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
    });
  });

  it('is written in the URL as the instants requested, so a reload or shared link asks for the same events', () => {
    const search = queryToSearch(march);
    expect(new URLSearchParams(search).get('audit.to')).toBe(wholeMarch.to);
    expect(queryFromSearch(search).time).toEqual(wholeMarch);
  });

  it('is what the search box shows, in the viewer’s zone, once the query state holds it', () => {
    const { result } = renderHook(() => useAuditQueryState({ defaultValue: march }));
    expect(result.current.query.time).toEqual(wholeMarch);
    expect(formatAuditSearch(result.current.query, { timeZone: 'UTC' })).toBe(
      'created:2026-03-01..2026-03-31',
    );
    // In Paris the text names other wall-clock times, but the same instants as the request.
    const shown = formatAuditSearch(result.current.query, { timeZone: 'Europe/Paris' });
    expect(parseAuditSearch(shown, { timeZone: 'Europe/Paris' }).query.time).toEqual(wholeMarch);
  });

  it('requests a date and time as its instant, and reports what is no date', () => {
    const times = planAuditRequest(
      toListParams({
        ...defaultAuditQuery,
        time: { from: '2026-03-01T10:00:00+02:00', to: '2026-03-31T10:00' },
      }),
    ).search;
    expect(times.get('created_from')).toBe('2026-03-01T08:00:00.000Z');
    expect(times.get('created_to')).toBe('2026-03-31T10:00:00.000Z');
    const plan = planAuditRequest(toListParams({ ...defaultAuditQuery, time: { to: '2026-02-30' } }));
    expect(plan.search.has('created_to')).toBe(false);
    expect(plan.unapplied).toEqual([
      { kind: 'time', column: 'createdAt', values: ['2026-02-30'], reason: 'invalid-time' },
    ]);
  });
});
