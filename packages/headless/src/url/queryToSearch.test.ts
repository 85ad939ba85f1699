import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditPageSizes, auditTimePresets, defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { apiParameterNames, columnNamePattern } from './auditUrlKeys.ts';
import { columnsFromSearch, columnsToSearch } from './columnsSearch.ts';
import { linkedEventFromSearch, withoutLinkedEvent } from './linkedEvent.ts';
import { queryFromSearch } from './queryFromSearch.ts';
import { queryToSearch } from './queryToSearch.ts';

const columnName = fc
  .oneof(
    fc.stringMatching(/^[A-Za-z0-9_]{1,20}$/),
    fc.constantFrom('__proto__', 'constructor', 'valueOf', 'q', 'sev', 'severity', 'f', 'view'),
  )
  // The API's own parameter names are never filters (queryFromSearch.test.ts).
  .filter((name) => !apiParameterNames.has(name));
// A filter's column may have any name a link's key can hold (a vendor's `Risk score`, `a=b&c`, `50%`).
const filterColumnName = fc
  .oneof(
    columnName,
    fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }),
    fc.constantFrom('Risk score', 'a=b&c', '50%', 'x+y', 'f.q', 'audit.q', ' lead', 'trail ', '#h', 'a,b'),
  )
  .filter((name) => columnNamePattern.test(name) && !apiParameterNames.has(name));
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const filterValue = fc.string({ minLength: 1, maxLength: 30, unit: 'binary' });

const time = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...auditTimePresets).map((preset) => ({ preset })),
  fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  isoDate.map((from) => ({ from })),
  isoDate.map((to) => ({ to })),
);

// The last page a link opens: the furthest whose request offset at the largest page size is an exact integer.
const lastPage = Math.floor(Number.MAX_SAFE_INTEGER / Math.max(...auditPageSizes));

const query: fc.Arbitrary<AuditQuery> = fc.record({
  search: fc.string({ maxLength: 60, unit: 'binary' }),
  time,
  // Distinct values: a filter's values are a set, and reading a URL drops a repeat (queryFromSearch).
  filters: fc.dictionary(filterColumnName, fc.uniqueArray(filterValue, { minLength: 1, maxLength: 5 }), {
    maxKeys: 6,
  }),
  sort: fc.record({ column: columnName, direction: fc.constantFrom('asc' as const, 'desc' as const) }),
  page: fc.nat({ max: lastPage - 1 }),
  pageSize: fc.constantFrom(...auditPageSizes),
});

describe('URL codec', () => {
  it('writes short readable keys', () => {
    const search = queryToSearch({
      ...defaultAuditQuery,
      search: 'login',
      time: { preset: '7d' },
      filters: { severity: ['High', 'Critical'] },
    });
    expect(search).toBe('audit.q=login&audit.range=7d&audit.sev=High,Critical');
  });

  it('reads a hand-written URL', () => {
    expect(
      queryFromSearch('?audit.q=login&audit.sev=High,Critical&audit.range=7d&audit.page=3&audit.sort=ip:asc'),
    ).toEqual({
      ...defaultAuditQuery,
      search: 'login',
      time: { preset: '7d' },
      filters: { severity: ['High', 'Critical'] },
      page: 2,
      sort: { column: 'ip', direction: 'asc' },
    });
  });

  it('keeps the host keys untouched, byte for byte, and replaces its own', () => {
    const base = '?tab=audit&x=%E2%9C%93&audit.q=old&flag&audit.page=9';
    expect(queryToSearch({ ...defaultAuditQuery, search: 'new' }, { base })).toBe(
      'tab=audit&x=%E2%9C%93&flag&audit.q=new',
    );
  });

  it('uses the host prefix, and leaves a default query out of the URL', () => {
    expect(queryToSearch({ ...defaultAuditQuery, page: 1 }, { prefix: 'log' })).toBe('log.page=2');
    expect(queryToSearch(defaultAuditQuery, { base: '?a=1' })).toBe('a=1');
    expect(queryFromSearch('?audit.q=x', { prefix: 'log' })).toEqual(defaultAuditQuery);
  });

  it('keeps a severity beyond the five from a link, exactly as written, with or without metadata', () => {
    // Frontegg's own data carries `Attention` and a lower-case `info`; nothing on the way may drop or rewrite them.
    const link = '?audit.sev=Attention,info,__proto__,constructor,toString';
    const severity = ['Attention', 'info', '__proto__', 'constructor', 'toString'];
    for (const columns of [undefined, defaultAuditColumns]) {
      const query = queryFromSearch(link, { columns });
      expect(query.filters).toEqual({ severity });
      expect(Object.getPrototypeOf(query.filters)).toBe(Object.prototype);
      expect(`?${queryToSearch(query)}`).toBe(link);
    }
  });

  // 25 M events at 20 a page: the "Last page" is 1,250,000, which read back as page 1 (Back, reload, a shared link).
  it('reads back a page past a million, up to the last whose offset is exact', () => {
    for (const page of [1_249_999, lastPage - 1]) {
      const query: AuditQuery = { ...defaultAuditQuery, page, pageSize: 200 };
      expect(queryFromSearch(queryToSearch(query))).toEqual(query);
    }
    for (const page of [lastPage + 1, 10 ** 15, 10 ** 20])
      expect(queryFromSearch(`?audit.page=${page}&audit.size=200`).page).toBe(0);
  });

  // A view's link is marked `audit.view` (auditViewUrl); the views read the mark after this codec rewrote the URL.
  it('keeps a view link’s mark in place, never reads it as a filter, and writes a column named `view` f.view', () => {
    const base = 'tab=1&audit.view=link&audit.q=old';
    expect(queryToSearch({ ...defaultAuditQuery, search: 'new' }, { base })).toBe(
      'tab=1&audit.view=link&audit.q=new',
    );
    expect(queryFromSearch('?audit.view=link')).toEqual(defaultAuditQuery);
    const search = queryToSearch({ ...defaultAuditQuery, filters: { view: ['x'] } });
    expect(search).toBe('audit.f.view=x');
    expect(queryFromSearch(search).filters).toEqual({ view: ['x'] });
  });

  // Before the key was reserved, a filter on a column named `view` was written `audit.view=<value>`: a bookmark of
  // one must still filter, and be rewritten as `f.view`, not kept as a mark beside it.
  it('reads an older link’s `view=<value>` as the filter on a column named `view`, and rewrites it as f.view', () => {
    expect(queryFromSearch('?audit.view=admin-panel').filters).toEqual({ view: ['admin-panel'] });
    expect(
      queryToSearch(
        { ...defaultAuditQuery, filters: { view: ['other'] } },
        { base: 'audit.view=admin-panel' },
      ),
    ).toBe('audit.f.view=other');
  });

  it('escapes commas inside a filter value and columns named like keys', () => {
    const original = { ...defaultAuditQuery, filters: { q: ['a,b', 'c\\'], page: ['1'] } };
    expect(queryFromSearch(queryToSearch(original))).toEqual(original);
  });

  // A host's default or predefined view may end its range with a date alone, which the API is sent as that day's
  // last millisecond (resolveTimeRange), as a hand-written link's date-only `to` reads (calendarDate).
  it('writes a date-only range end as the instant it is sent as, so a reload or a saved view shows the same events', () => {
    const query: AuditQuery = { ...defaultAuditQuery, time: { from: '2026-03-01', to: '2026-03-31' } };
    const search = queryToSearch(query);
    expect(search).toContain('audit.to=2026-03-31T23:59:59.999Z');
    expect(queryFromSearch(search).time).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
    });
  });

  it('drops what is invalid and keeps the rest', () => {
    const parsed = queryFromSearch(
      `?audit.q=%E0%A4%A&audit.range=2y&audit.page=0&audit.size=7&audit.sort=ip:sideways&audit.sev=High&audit.f.bad%07name=x&audit.${'n'.repeat(201)}=y&audit.from=yesterday`,
    );
    expect(parsed).toEqual({ ...defaultAuditQuery, filters: { severity: ['High'] } });
    expect(queryFromSearch('?audit.from=2026-02-01T00:00:00Z&audit.to=2026-01-01T00:00:00Z').time).toBeNull();
  });

  it('property: any query survives queryToSearch → queryFromSearch', () => {
    fc.assert(
      fc.property(query, fc.constantFrom('audit', 'x', ''), (value, prefix) => {
        expect(queryFromSearch(`?${queryToSearch(value, { prefix })}`, { prefix })).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('property: any hostile URL parses without throwing into a valid query', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                'audit.q',
                'audit.range',
                'audit.page',
                'audit.size',
                'audit.sort',
                'audit.from',
                'audit.to',
                'audit.sev',
                'audit.f.x',
              ),
              fc.string(),
            ),
            fc.string({ unit: 'binary', maxLength: 80 }),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const parsed = queryFromSearch(search);
        expect(auditPageSizes).toContain(parsed.pageSize);
        expect(Number.isInteger(parsed.page) && parsed.page >= 0).toBe(true);
        expect(['asc', 'desc']).toContain(parsed.sort.direction);
        for (const [column, values] of Object.entries(parsed.filters)) {
          expect(column).toMatch(columnNamePattern);
          expect(values.length).toBeGreaterThan(0);
        }
        // And whatever was read writes back to the same query.
        expect(queryFromSearch(queryToSearch(parsed))).toEqual(parsed);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('values that are not well-formed text', () => {
  it('writes a lone surrogate as the API request carries it (U+FFFD), instead of throwing', () => {
    // A value suggested from an event (JSON allows "\ud83d") became a filter, and writing it took the log down.
    const query: AuditQuery = {
      ...defaultAuditQuery,
      search: 'half \ud800',
      filters: { action: ['Uploaded \ud83d'], ['Risk \udc00']: ['high'] },
    };
    const back = queryFromSearch(queryToSearch(query));
    expect(back.search).toBe('half \ufffd');
    expect(back.filters).toEqual({ action: ['Uploaded \ufffd'], ['Risk \ufffd']: ['high'] });
    // What URLSearchParams sends the server for the same value.
    expect(
      new URLSearchParams(new URLSearchParams({ action: 'Uploaded \ud83d' }).toString()).get('action'),
    ).toBe('Uploaded \ufffd');
    // A pair of surrogates is a character, and stays one.
    expect(queryFromSearch(queryToSearch({ ...query, search: '🛡️ shield' })).search).toBe('🛡️ shield');
  });
});

describe('a host’s defaults the user cleared', () => {
  // `<AuditLog defaultQuery>`: the last 7 days of severe events, until the user clears them.
  const defaults: AuditQuery = {
    ...defaultAuditQuery,
    time: { preset: '7d' },
    filters: { severity: ['High', 'Critical'], action: ['Login'] },
  };

  it('keeps "all time" and "no filters" in the link, so a reload or a shared link shows every event', () => {
    const cleared: AuditQuery = { ...defaults, time: null, filters: {} };
    const search = queryToSearch(cleared, { defaults });
    expect(search).not.toBe('');
    expect(queryFromSearch(search, { defaults })).toEqual(cleared);
  });

  it('keeps the defaults’ range when a link’s time cannot be read, instead of showing all time', () => {
    for (const search of [
      '?audit.range=8d',
      '?audit.range=',
      '?audit.from=2026-02-30',
      '?audit.q=x&audit.to=2026-13-01',
      '?audit.range=8d&audit.from=2026-02-30',
      '?audit.from=2026-03-01&audit.to=2026-02-01',
    ])
      expect(queryFromSearch(search, { defaults }).time, search).toEqual({ preset: '7d' });
    // What a link can say still stands: all time asked for by name, a range, the one bound it has right.
    expect(queryFromSearch('?audit.range=all', { defaults }).time).toBeNull();
    expect(queryFromSearch('?audit.range=24h&audit.from=nope', { defaults }).time).toEqual({ preset: '24h' });
    expect(queryFromSearch('?audit.from=2026-02-30&audit.to=2026-03-05', { defaults }).time).toEqual({
      to: '2026-03-05T23:59:59.999Z',
    });
  });

  it('keeps one default filter cleared and the other kept, and a fresh link still opens on the defaults', () => {
    const some: AuditQuery = { ...defaults, filters: { action: ['Login'] } };
    expect(queryFromSearch(queryToSearch(some, { defaults }), { defaults })).toEqual(some);
    const other: AuditQuery = { ...defaults, filters: { email: ['ada@acme.test'] } };
    expect(queryFromSearch(queryToSearch(other, { defaults }), { defaults })).toEqual(other);
    expect(queryFromSearch('', { defaults })).toEqual(defaults);
    expect(queryFromSearch('?tab=users', { defaults })).toEqual(defaults);
    // Without defaults to clear, nothing extra is written.
    expect(queryToSearch({ ...defaultAuditQuery, time: null })).toBe('');
  });
});

describe('options given as undefined', () => {
  // A host hands on what it holds: the hook's `urlPrefix` is undefined when the query is not kept in the URL.
  it('read and write as options left out do, with the default prefix', () => {
    const search = '?tab=logs&audit.q=login&audit.event=e1&audit.cols=email,-ip';
    const none = { prefix: undefined, defaults: undefined, base: undefined, columns: undefined };
    expect(queryToSearch({ ...defaultAuditQuery, search: 'login' }, none)).toBe('audit.q=login');
    expect(queryFromSearch(search, none)).toEqual({ ...defaultAuditQuery, search: 'login' });
    expect(linkedEventFromSearch(search, none)).toBe('e1');
    expect(withoutLinkedEvent(search, none)).toBe('tab=logs&audit.q=login&audit.cols=email,-ip');
    expect(columnsFromSearch(search, none)).toEqual({ order: ['email', 'ip'], visible: ['email'] });
    const choice = { order: ['email', 'ip'], visible: ['email'] };
    expect(columnsToSearch(choice, { ...none, columns: defaultAuditColumns })).toBe(
      columnsToSearch(choice, { columns: defaultAuditColumns }),
    );
  });
});
