import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { restrictQueryToColumns } from '../query/restrictQueryToColumns.ts';
import { toListParams } from '../query/toListParams.ts';
import { planAuditRequest } from '../client/planAuditRequest.ts';
import { queryFromSearch } from './queryFromSearch.ts';
import { queryToSearch } from './queryToSearch.ts';
import { apiParameterUrlKeys, objectMemberNames } from '../../../../test/fixtures/hostileKeys.ts';

// Defect 3 of issue 10: each of these was sent to the API as given. (`users`, one of them then, is now the query
// model's own filter by user (apiParameterNames.ts): a link sets it as that filter, below.)
const defect3Keys: readonly string[] = apiParameterUrlKeys;
const custom: AuditColumn = { ...defaultAuditColumns[2]!, name: 'region', displayName: 'Region' };
const columns = [...defaultAuditColumns, custom];

describe('queryFromSearch: only the query model and filterable columns', () => {
  const link = [
    ...defect3Keys.flatMap((key) => [`audit.${key}=2100-01-01`, `audit.f.${key}=x`]),
    // The same under the bracket spellings servers read as that parameter (qs, PHP, Rails), and an operator.
    ...defect3Keys.flatMap((key) => [`audit.${key}%5B%5D=x`, `audit.${key}%5B0%5D=x`, `audit.f.${key}[]=x`]),
    'audit.action%5B%24ne%5D=x',
    'audit.action=login',
    'audit.region=eu',
  ].join('&');

  it.each([
    ['without metadata', undefined],
    ['with metadata', columns],
  ])('drops the API parameters a link once set (%s)', (_, given) => {
    const query = queryFromSearch(`?${link}`, { columns: given });
    expect(query.filters).toEqual({ action: ['login'], region: ['eu'] });
    // And none of them reaches a request.
    const sent = planAuditRequest(toListParams(query, new Date('2026-01-01T00:00:00Z')), {
      columns: given,
    }).search;
    expect([...sent]).toEqual([
      ['count', '20'],
      ['offset', '0'],
      ['sortBy', 'createdAt'],
      ['sortDirection', 'desc'],
      ['action', 'login'],
      ['region', 'eu'],
    ]);
    expect(query.time).toBeNull();
  });

  it('reads a users filter back, so a reload, Back or a shared link keeps a "one user" view', () => {
    const query = {
      ...defaultAuditQuery,
      filters: { users: ['user-123', 'me@acme.test'], severity: ['High'] },
    };
    const written = queryToSearch(query);
    expect(written).toBe('audit.users=user-123,me%40acme.test&audit.sev=High');
    // Without the metadata, and with it: no metadata lists `users`, which is the v2 list's own filter.
    for (const given of [undefined, columns]) {
      expect(queryFromSearch(`?${written}`, { columns: given }).filters).toEqual(query.filters);
      expect(restrictQueryToColumns(query, columns).filters).toEqual(query.filters);
    }
    // A default "me" filter with another one added comes back whole too, and sends the filter the table sent.
    const defaults = { ...defaultAuditQuery, filters: { users: ['me@acme.test'] } };
    const mine = { ...defaults, filters: { users: ['me@acme.test'], severity: ['High'] } };
    const back = queryFromSearch(`?${queryToSearch(mine, { defaults })}`, { defaults });
    expect(back.filters).toEqual(mine.filters);
    const sent = planAuditRequest(
      toListParams({ ...query, filters: { users: ['user-123'] } }, new Date()),
    ).search;
    expect(sent.getAll('users')).toEqual(['user-123']);
  });

  it('keeps a filter on a vendor column whose name a search term cannot hold (a space, `=`, `&`)', () => {
    const odd = ['Risk score', 'a=b&c', '50% off'].map((name) => ({ ...custom, name, displayName: name }));
    const filters = { 'Risk score': ['high'], 'a=b&c': ['x'], '50% off': ['y, z'] };
    const written = queryToSearch({ ...defaultAuditQuery, filters });
    // Each name is one percent-encoded key: a link someone shares, or a reload, brings every filter back.
    expect(written).toBe('audit.Risk+score=high&audit.a%3Db%26c=x&audit.50%25+off=y%5C,+z');
    for (const given of [undefined, [...columns, ...odd]])
      expect(queryFromSearch(`?${written}`, { columns: given }).filters).toEqual(filters);
    // And the request carries the column's name as the metadata has it.
    const sent = planAuditRequest(toListParams({ ...defaultAuditQuery, filters }, new Date()), {
      columns: [...columns, ...odd],
    }).search;
    expect(sent.get('Risk score')).toBe('high');
    expect(sent.get('a=b&c')).toBe('x');
  });

  it('with metadata, admits only its filterable columns (not the time column) and sorts only by a sortable one', () => {
    const query = queryFromSearch(
      '?audit.sev=High&audit.email=a@b.test&audit.description=x&audit.unknown=y&audit.__proto__=z&audit.constructor=w&audit.sort=description:asc',
      { columns: defaultAuditColumns },
    );
    expect(query.filters).toEqual({ severity: ['High'], email: ['a@b.test'] });
    expect(query.sort).toEqual(defaultAuditQuery.sort);
    expect(queryFromSearch('?audit.sort=ip:asc', { columns }).sort).toEqual({
      column: 'ip',
      direction: 'asc',
    });
  });

  it('reads each value of a filter once, in the order first given', () => {
    // Repeated, a value gave two chips with one key, and removing one removed both.
    expect(queryFromSearch('?audit.sev=High,High,Critical,High&audit.action=a,,a').filters).toEqual({
      severity: ['High', 'Critical'],
      action: ['a'],
    });
  });

  it('restrictQueryToColumns drops the same things from a query read before the metadata arrived', () => {
    const early = queryFromSearch(
      '?audit.region=eu&audit.__proto__=x&audit.description=d&audit.sort=nope:asc',
    );
    expect(Object.keys(early.filters).sort()).toEqual(['__proto__', 'description', 'region']);
    const late = restrictQueryToColumns(early, columns);
    expect(late.filters).toEqual({ region: ['eu'] });
    expect(Object.getPrototypeOf(late.filters)).toBe(Object.prototype);
    expect(late.sort).toEqual(defaultAuditQuery.sort);
    const clean = queryFromSearch('?audit.region=eu');
    expect(restrictQueryToColumns(clean, columns)).toBe(clean);
  });

  it.each([
    ['2026-02-30', undefined],
    ['2026-02-29', undefined],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-04-31T10:00:00Z', undefined],
    ['2026-13-01', undefined],
    ['2026-00-10', undefined],
    ['2026-01-01T24:00:00Z', undefined],
    ['2026-01-01T23:60:00Z', undefined],
    ['2026-01-01T10:00:00+25:00', undefined],
    ['2026-01-01 10:00', undefined],
    ['2026-01-01T10:00:00Z // comment', undefined],
    ['2026-01-01T10:00:00+02:00', '2026-01-01T08:00:00.000Z'],
    ['2026-01-01T10:00', '2026-01-01T10:00:00.000Z'],
    ['2026-01-31T23:59:59.999Z', '2026-01-31T23:59:59.999Z'],
  ])('reads audit.from=%s as %s (real calendar dates only, never rolled over)', (from, expected) => {
    const { time } = queryFromSearch(`?audit.from=${encodeURIComponent(from)}`);
    expect(time === null ? undefined : (time as { from?: string }).from).toBe(expected);
  });

  it('property: a hostile link never throws, and with metadata yields only its filterable columns', () => {
    const key = fc.oneof(
      fc.constantFrom(...defect3Keys, ...objectMemberNames, 'sev', 'from'),
      fc.string({ maxLength: 12 }),
    );
    const pair = fc
      .tuple(fc.constantFrom('audit.', 'audit.f.', ''), key, fc.string({ unit: 'binary', maxLength: 40 }))
      .map(([prefix, name, value]) => `${prefix}${name}=${value}`);
    const allowed = new Set(['email', 'action', 'ip', 'severity', 'userAgent', 'json', 'region', 'users']);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 10 }), (pairs) => {
        const search = `?${pairs.join('&')}`;
        for (const name of Object.keys(queryFromSearch(search, { columns }).filters))
          expect(allowed.has(name), name).toBe(true);
        for (const name of Object.keys(queryFromSearch(search).filters))
          expect(defect3Keys.includes(name), name).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
