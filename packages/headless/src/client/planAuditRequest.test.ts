import { describe, expect, it } from 'vitest';
import { defaultAuditColumns } from './defaultAuditColumns.ts';
import { encodeFilterValues, planAuditRequest, type AuditEndpoint } from './planAuditRequest.ts';

const columns = [
  ...defaultAuditColumns,
  {
    name: 'region',
    displayName: 'Region',
    type: 'AlphaNumeric',
    sortable: true,
    filterable: true,
    showInTable: false,
    showInMoreInfo: false,
  },
];
const entries = (search: URLSearchParams) => Object.fromEntries(search);

describe('planAuditRequest', () => {
  it('sends search, time range, email and users to the v2 list, under the names it documents', () => {
    const plan = planAuditRequest(
      {
        count: 20,
        offset: 40,
        sortBy: 'user',
        sortDirection: 'asc',
        filter: 'login',
        createdFrom: '2021-04-07 10:50:40.201',
        createdTo: '2021-04-08T00:00:00+02:00',
        filters: { email: ['a@x.test'], users: ['u-1', 'u-2'] },
      },
      { columns },
    );
    expect(plan).toMatchObject({
      endpoint: 'list',
      method: 'GET',
      path: '/audits/resources/audits/v2',
      unapplied: [],
    });
    expect(entries(plan.search)).toEqual({
      count: '20',
      offset: '40',
      sortBy: 'user',
      sortDirection: 'asc',
      filter: 'login',
      created_from: '2021-04-07T10:50:40.201Z',
      created_to: '2021-04-07T22:00:00.000Z',
      email: 'a@x.test',
      users: 'u-2',
    });
    expect(plan.search.getAll('users')).toEqual(['u-1', 'u-2']);
  });

  it('sends a list to the v2 endpoints as repeated keys (form style), never as JSON text', () => {
    // The published v2 list and v2 export declare `users` and `email` as arrays in the query with OpenAPI's
    // default style (`email=a&email=b`); only the legacy endpoints are sent JSON text (by @frontegg/rest-api).
    const filters = { email: ['a@x.test', 'b@x.test'], users: ['u-1', '["u-2"]'] };
    for (const purpose of ['list', 'exportPage'] as const) {
      const plan = planAuditRequest({ count: 20, offset: 0, filters }, { purpose, columns });
      expect(plan.endpoint).toBe(purpose);
      expect(plan.search.getAll('email')).toEqual(['a@x.test', 'b@x.test']);
      // A value that looks like JSON is still one literal value: v2 reads no JSON.
      expect(plan.search.getAll('users')).toEqual(['u-1', '["u-2"]']);
      expect(plan.search.toString()).toBe(
        'count=20&offset=0&sortBy=createdAt&sortDirection=desc&email=a%40x.test&email=b%40x.test&users=u-1&users=%5B%22u-2%22%5D',
      );
    }
    const one = planAuditRequest({ count: 20, offset: 0, filters: { email: ['a@x.test'] } });
    expect(one.search.getAll('email')).toEqual(['a@x.test']);
    // The same emails on the legacy list (with a column filter) are one parameter of JSON array text.
    const legacy = planAuditRequest(
      { count: 20, offset: 0, filters: { email: ['a@x.test', 'b@x.test'], severity: ['High'] } },
      { columns },
    );
    expect(legacy.endpoint).toBe('legacyList');
    expect(legacy.search.getAll('email')).toEqual(['["a@x.test","b@x.test"]']);
  });

  it('goes to the legacy list when a column filter is active: one parameter per column, JSON arrays, createdAt JSON', () => {
    const plan = planAuditRequest(
      {
        count: 50,
        offset: 0,
        sortBy: 'severity',
        sortDirection: 'desc',
        createdFrom: '2026-01-01T00:00:00.000Z',
        createdTo: '2026-01-31T23:59:59.999Z',
        filters: {
          severity: ['High', 'Critical'],
          action: ['User logged in'],
          email: ['a@x.test'],
          region: ['eu'],
        },
      },
      { columns },
    );
    expect(plan).toMatchObject({ endpoint: 'legacyList', path: '/audits', unapplied: [] });
    expect(entries(plan.search)).toEqual({
      count: '50',
      offset: '0',
      sortBy: 'severity',
      sortDirection: 'desc',
      // Strict bounds one millisecond outside the inclusive range keep exactly the same events.
      createdAt: '{"$gt":"2025-12-31T23:59:59.999Z","$lt":"2026-02-01T00:00:00.000Z"}',
      severity: '["High","Critical"]',
      action: 'User logged in',
      email: 'a@x.test',
      region: 'eu',
    });
    expect(plan.search.toString()).toContain('severity=%5B%22High%22%2C%22Critical%22%5D');
  });

  it('never drops a filter silently: what no endpoint can apply together is listed with the reason', () => {
    const plan = planAuditRequest(
      {
        count: 20,
        offset: 0,
        filters: {
          severity: ['High'],
          action: ['Login'],
          users: ['u-1'],
          description: ['x'],
          nope: ['y'],
          offset: ['3'],
          createdAt: ['2021-04-07'],
        },
      },
      { columns },
    );
    expect(plan.endpoint).toBe('legacyList');
    expect(plan.unapplied).toEqual([
      { kind: 'filter', column: 'users', values: ['u-1'], reason: 'conflict' },
      { kind: 'filter', column: 'description', values: ['x'], reason: 'not-filterable' },
      { kind: 'filter', column: 'nope', values: ['y'], reason: 'unknown-column' },
      { kind: 'filter', column: 'offset', values: ['3'], reason: 'reserved-name' },
      { kind: 'filter', column: 'createdAt', values: ['2021-04-07'], reason: 'time-column' },
    ]);
    expect([...plan.search.keys()]).toEqual([
      'count',
      'offset',
      'sortBy',
      'sortDirection',
      'severity',
      'action',
    ]);
  });

  it('never sends a filter named tenantId to the legacy list, where that name selects the tenant', () => {
    for (const options of [{}, { columns: [...columns, { ...columns.at(-1)!, name: 'tenantId' }] }]) {
      const plan = planAuditRequest(
        { count: 20, offset: 0, filters: { tenantId: ['t'] } },
        { ...options, endpoints: ['legacyList'] },
      );
      expect(plan.search.has('tenantId')).toBe(false);
      expect(plan.unapplied[0]?.reason).toBe('reserved-name');
    }
  });

  it('reports an unusable filter with its own reason even when the v2 list is chosen', () => {
    const plan = planAuditRequest({ count: 20, offset: 0, filters: { description: ['x'] } }, { columns });
    expect(plan.endpoint).toBe('list');
    expect(plan.unapplied).toEqual([
      { kind: 'filter', column: 'description', values: ['x'], reason: 'not-filterable' },
    ]);
    expect(plan.search.has('description')).toBe(false);
  });

  it('without metadata, sends column filters as they are', () => {
    const plan = planAuditRequest({ count: 20, offset: 0, filters: { region: ['eu'] } });
    expect(plan.endpoint).toBe('legacyList');
    expect(plan.search.get('region')).toBe('eu');
  });

  it('sorts by any field name the document allows, and says when it cannot', () => {
    expect(
      planAuditRequest({ count: 20, offset: 0, sortBy: 'user', sortDirection: 'asc' }).search.get('sortBy'),
    ).toBe('user');
    const plan = planAuditRequest({ count: 20, offset: 0, sortBy: 'first-name', sortDirection: 'asc' });
    // Still a sort (the service has no order of its own): the default one, newest first.
    expect(entries(plan.search)).toMatchObject({ sortBy: 'createdAt', sortDirection: 'desc' });
    expect(plan.unapplied).toEqual([
      { kind: 'sort', column: 'first-name', values: [], reason: 'invalid-sort' },
    ]);
  });

  it('with metadata, sorts only by its columns or the event’s own fields, never by a name the API refuses', () => {
    const sortBy = (name: string) =>
      planAuditRequest({ count: 20, offset: 0, sortBy: name, sortDirection: 'asc' }, { columns });
    for (const name of ['region', 'severity', 'user', 'tenantId'])
      expect(sortBy(name).search.get('sortBy'), name).toBe(name);
    for (const name of ['zzz', 'constructor', '__proto__', 'toString']) {
      const plan = sortBy(name);
      expect(plan.search.get('sortBy'), name).toBe('createdAt');
      expect(plan.unapplied, name).toEqual([
        { kind: 'sort', column: name, values: [], reason: 'invalid-sort' },
      ]);
    }
  });

  it('exports one stream from the legacy export with offset=0, no count (as the portal sends it) and the file name', () => {
    // @frontegg/rest-api's IExportAudits has no count; redux-store's exportAuditsCsv sends offset: 0 without one.
    const plan = planAuditRequest(
      {
        count: 200,
        offset: 400,
        createdFrom: '2026-01-01T00:00:00.000Z',
        filter: 'x',
        sortBy: 'createdAt',
        sortDirection: 'desc',
      },
      { purpose: 'exportStream', outputFileName: 'audits.csv' },
    );
    expect(plan).toMatchObject({ endpoint: 'legacyExport', method: 'POST', path: '/audits/export/csv/v2' });
    expect(plan.search.has('count')).toBe(false);
    expect(entries(plan.search)).toEqual({
      offset: '0',
      sortBy: 'createdAt',
      sortDirection: 'desc',
      filter: 'x',
      createdAt: '{"$gt":"2025-12-31T23:59:59.999Z"}',
      outputFileName: 'audits.csv',
    });
  });

  it('pages an export through v2, or through the legacy export when a column filter is active', () => {
    expect(planAuditRequest({ count: 200, offset: 400 }, { purpose: 'exportPage' })).toMatchObject({
      endpoint: 'exportPage',
      path: '/audits/resources/audits/v2/export/csv',
    });
    const legacy = planAuditRequest(
      { count: 200, offset: 400, filters: { severity: ['High'] } },
      { purpose: 'exportPage' },
    );
    expect(legacy.endpoint).toBe('legacyExport');
    expect(entries(legacy.search)).toEqual({
      count: '200',
      offset: '400',
      sortBy: 'createdAt',
      sortDirection: 'desc',
      severity: 'High',
    });
  });

  // Frontegg's recorded legacy list without a sort (python-sdk, test_get_audits) came in its store's order, neither
  // newest nor oldest first: pages by offset from such an order could repeat or skip events.
  it('always asks for a sort, newest first unless told otherwise, as Frontegg’s portal does', () => {
    for (const purpose of ['list', 'exportPage', 'exportStream'] as const) {
      for (const filters of [{}, { severity: ['High'] }] as Record<string, string[]>[]) {
        const plan = planAuditRequest({ count: 20, offset: 0, filters }, { purpose });
        expect(entries(plan.search)).toMatchObject({ sortBy: 'createdAt', sortDirection: 'desc' });
      }
    }
    const ascending = planAuditRequest({ count: 20, offset: 0, sortDirection: 'asc' }, { purpose: 'list' });
    expect(entries(ascending.search)).toMatchObject({ sortBy: 'createdAt', sortDirection: 'asc' });
    const byAction = planAuditRequest({ count: 20, offset: 0, sortBy: 'action' }, { purpose: 'list' });
    expect(entries(byAction.search)).toMatchObject({ sortBy: 'action', sortDirection: 'desc' });
  });

  it('a legacy log’s stream export cannot take users: it says the email filters users there', () => {
    const plan = planAuditRequest(
      { filters: { users: ['u-1'] } },
      { purpose: 'exportStream', endpoints: ['legacyExport'] },
    );
    expect(plan.unapplied).toEqual([
      { kind: 'filter', column: 'users', values: ['u-1'], reason: 'legacy-cannot-filter' },
    ]);
  });

  // A v2 log does filter users by id: its stream leaves users out for the other filters, as the table's list does.
  it('a v2 log’s stream export leaves users out as a conflict, as its table does, not as filtered by email', () => {
    const filters = { users: ['u-1'], severity: ['High'], action: ['Login'] };
    const stream = planAuditRequest({ filters }, { purpose: 'exportStream', columns });
    const table = planAuditRequest({ count: 20, offset: 0, filters }, { columns });
    const users = { kind: 'filter', column: 'users', values: ['u-1'], reason: 'conflict' };
    expect(stream.unapplied).toEqual([users]);
    expect(table.unapplied).toEqual([users]);
  });

  it('reports a time bound that is not a date-time instead of sending it', () => {
    const plan = planAuditRequest({ count: 20, offset: 0, createdFrom: 'last tuesday' });
    expect(plan.search.has('created_from')).toBe(false);
    expect(plan.unapplied).toEqual([
      { kind: 'time', column: 'createdAt', values: ['last tuesday'], reason: 'invalid-time' },
    ]);
  });

  it('keeps prototype-named columns as plain data', () => {
    const filters = JSON.parse('{"__proto__":["x"],"constructor":["y"]}') as Record<string, string[]>;
    const plan = planAuditRequest({ count: 20, offset: 0, filters }, { columns });
    expect(plan.unapplied.map((item) => [item.column, item.reason])).toEqual([
      ['__proto__', 'unknown-column'],
      ['constructor', 'unknown-column'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('can be held to one endpoint', () => {
    const plan = planAuditRequest({ count: 20, offset: 0 }, { endpoints: ['legacyList'] });
    expect(plan.endpoint).toBe('legacyList');
    expect(() => planAuditRequest({}, { purpose: 'exportStream', endpoints: ['list'] })).toThrow(
      /legacyExport/,
    );
  });

  it('says a filter the one endpoint allowed cannot take is not filterable there, not that it conflicts', () => {
    const reasons = (filters: Record<string, string[]>, endpoints?: AuditEndpoint[]) =>
      planAuditRequest(
        { count: 20, offset: 0, filters },
        { columns: defaultAuditColumns, ...(endpoints && { endpoints }) },
      ).unapplied.map((item) => [item.column, item.reason]);
    // Alone: nothing else for it to conflict with. A log held to the legacy endpoints filters users by email, which
    // "this column cannot be filtered" denied: its own reason says so.
    expect(reasons({ users: ['u-1'] }, ['legacyList'])).toEqual([['users', 'legacy-cannot-filter']]);
    expect(reasons({ severity: ['High'] }, ['list'])).toEqual([['severity', 'not-filterable']]);
    expect(reasons({ users: ['u-1'], severity: ['High'] }, ['legacyList'])).toEqual([
      ['users', 'legacy-cannot-filter'],
    ]);
    const legacyPages = planAuditRequest(
      { count: 20, offset: 0, filters: { users: ['u-1'] } },
      { purpose: 'exportPage', endpoints: ['legacyExport'] },
    );
    expect(legacyPages.unapplied.map((item) => item.reason)).toEqual(['legacy-cannot-filter']);
    // With both lists to choose from, the one left out could be had without the other: a conflict.
    expect(reasons({ users: ['u-1'], severity: ['High'] })).toEqual([['severity', 'conflict']]);
  });
});

describe('encodeFilterValues', () => {
  it('sends one plain value as is and several as JSON array text, as @frontegg/rest-api does', () => {
    expect(encodeFilterValues(['High'])).toBe('High');
    expect(encodeFilterValues(['High', 'Critical'])).toBe('["High","Critical"]');
  });

  it('never lets a value be read as JSON or an operator object', () => {
    expect(encodeFilterValues(['{"$ne":null}'])).toBe('["{\\"$ne\\":null}"]');
    expect(encodeFilterValues(['[1]'])).toBe('["[1]"]');
    expect(encodeFilterValues(['"quoted"'])).toBe('["\\"quoted\\""]');
  });
});
