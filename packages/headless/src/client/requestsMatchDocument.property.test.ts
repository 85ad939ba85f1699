// The client against the machine-readable contract: for any query the query model can hold, every request it
// sends (list, the new-events count, export pages and the export stream) names an endpoint of the OpenAPI
// document and only the parameters that endpoint lists, with valid values, as the mock engineer's validator reads
// them; and the mock, in strict mode with Frontegg-shaped data, answers with rows that mean the query: each row
// satisfies every applied filter and the page is sorted as asked. Nothing is checked against the client's own
// reading: the document and the validator come from @auditkit/mock-api.
import {
  auditsOpenApiDocument,
  createMockAuditApi,
  createOpenApiValidator,
  demoIdentities,
  demoToken,
  SEVERITIES,
} from '@auditkit/mock-api';
import { createMockServer } from '@auditkit/mock-api/node';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSizes, auditTimePresets, type AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import type { AuditColumn, AuditEvent } from './auditTypes.ts';
import { createAuditClient } from './createAuditClient.ts';
import { auditTimeMs } from './parseAuditTime.ts';
import { encodeFilterValues, planAuditRequest, type AuditRequestPlan } from './planAuditRequest.ts';

const now = new Date('2026-11-26T00:00:00.000Z');
const api = createMockAuditApi({
  seed: 11,
  now: now.toISOString(),
  eventsPerTenant: 400,
  strict: true,
  fidelity: 'frontegg',
});
const server = createMockServer(api);
const validator = createOpenApiValidator(auditsOpenApiDocument);
const sent: Request[] = [];
server.events.on('request:start', ({ request }) => void sent.push(request.clone()));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const identity = demoIdentities.tenantAAdmin;
const client = createAuditClient({
  baseUrl: 'https://api.frontegg.test',
  getToken: () => demoToken(identity),
});

let columns: AuditColumn[] = [];
let sample: AuditEvent[] = [];
beforeAll(async () => {
  columns = await client.columns();
  sample = (await client.list({ count: 200, offset: 0 })).data;
});

/** What the document says about one request: the operation exists and its query (and body) pass. */
function documentProblems(url: URL, method: string, body: unknown): string[] {
  const path = url.pathname.replace(/^\/+/, '/');
  const operation = validator.operation(path, method);
  if (!operation) return [`${method} ${path} is not in the document`];
  try {
    validator.checkQuery(operation.operationId, url.searchParams, {
      strict: true,
      // Vendor columns are their own parameters on the legacy endpoints (the document's free-form object).
      allowExtra: (name) => columns.some((column) => column.name === name && column.filterable),
    });
    if (body !== undefined) validator.checkBody(operation.operationId, body);
    return [];
  } catch (error) {
    return [String(error instanceof Error ? error.message : error)];
  }
}

const pick = <T>(list: readonly T[]) => fc.constantFrom(...(list.length > 0 ? list : ([undefined] as T[])));
const valuesOf = (name: string) => () => [
  ...new Set(
    sample.map((event) => event[name]).filter((value): value is string => typeof value === 'string'),
  ),
];

/** Any query the query model can hold, with values that occur in the data (so filters narrow real rows). */
const queryArbitrary = () => {
  const columnValues = (name: string) => fc.array(pick(valuesOf(name)()), { minLength: 1, maxLength: 3 });
  const filters = fc.record(
    {
      severity: fc.subarray([...SEVERITIES], { minLength: 1 }),
      action: columnValues('action'),
      email: columnValues('email'),
      ip: columnValues('ip'),
      userAgent: columnValues('userAgent'),
      region: columnValues('region'),
      resource: columnValues('resource'),
      users: columnValues('userId'),
      // What no endpoint can take: a column that cannot be filtered, one that does not exist, a reserved name.
      description: fc.constant(['x']),
      nonexistent: fc.constant(['y']),
      offset: fc.constant(['3']),
    },
    { requiredKeys: [] },
  );
  const iso = fc
    .date({ min: new Date(now.getTime() - 400 * 86_400_000), max: now, noInvalidDate: true })
    .map((date) => date.toISOString());
  // Bounds on real event times (zone-less, as Frontegg sends them): an inclusive bound must keep its event.
  const eventTimes = fc
    .tuple(pick(sample), pick(sample))
    .map(([a, b]) =>
      [a?.createdAt ?? '', b?.createdAt ?? ''].sort((x, y) => (auditTimeMs(x) ?? 0) - (auditTimeMs(y) ?? 0)),
    )
    .map(([from, to]) => ({ from, to }));
  const time = fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: eventTimes, weight: 2 },
    fc.constantFrom(...auditTimePresets).map((preset) => ({ preset })),
    fc.record({ from: iso, to: iso }, { requiredKeys: [] }).map(({ from, to }) =>
      // A custom range is ordered (the UI refuses another); zone-less text is UTC.
      from && to && from > to ? { from: to, to: from.replace('T', ' ').replace('Z', '') } : { from, to },
    ),
  );
  const sortColumns = [
    'createdAt',
    'email',
    'action',
    'ip',
    'severity',
    'user',
    'userAgent',
    'region',
    'resource',
  ];
  // Column filters taken from one real event, so they match rows (the mix below mostly matches none).
  const fromEvent = fc
    .tuple(
      pick(sample),
      fc.subarray(['severity', 'action', 'ip', 'email', 'region', 'resource', 'userAgent'], {
        minLength: 1,
        maxLength: 2,
      }),
    )
    .map(([event, names]) =>
      Object.fromEntries(
        names
          .filter((name) => typeof event?.[name] === 'string')
          .map((name) => [name, [event![name] as string]]),
      ),
    );
  // No filter, only what the v2 list takes, filters of one event, or any mix.
  const anyFilters = fc.oneof(
    fc.constant({}),
    fc.record({ email: columnValues('email'), users: columnValues('userId') }, { requiredKeys: [] }),
    { arbitrary: fromEvent, weight: 2 },
    filters,
  );
  return fc.record<AuditQuery>({
    search: fc.oneof(
      { arbitrary: fc.constant(''), weight: 3 },
      fc.constantFrom('login', 'User', ' role ', 'acme', '%', '"', 'é'),
    ),
    time,
    filters: anyFilters,
    sort: fc.record({ column: fc.constantFrom(...sortColumns), direction: fc.constantFrom('asc', 'desc') }),
    page: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, fc.integer({ min: 1, max: 2 })),
    pageSize: fc.constantFrom(...auditPageSizes),
  });
};

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
const severityRank: Record<string, number> = { info: 0, medium: 1, high: 2, error: 3, critical: 4 };
const sortKey = (event: AuditEvent, column: string) =>
  column === 'createdAt'
    ? (auditTimeMs(event.createdAt) ?? Number.NaN)
    : column === 'severity'
      ? (severityRank[text(event.severity).toLowerCase()] ?? -1)
      : text(event[column]).toLowerCase();

/** Every applied filter of the plan holds for the row. */
function rowProblems(event: AuditEvent, query: AuditQuery, plan: AuditRequestPlan, at: Date): string[] {
  const problems: string[] = [];
  const skipped = new Set(plan.unapplied.filter((item) => item.kind === 'filter').map((item) => item.column));
  const params = toListParams(query, at);
  for (const [column, values] of Object.entries(params.filters ?? {})) {
    if (skipped.has(column)) continue;
    const wanted = values.map((value) => value.toLowerCase());
    const have =
      column === 'users'
        ? [event.userId, event.email, event.user].map((value) => text(value).toLowerCase())
        : [text(event[column]).toLowerCase()];
    if (!have.some((value) => wanted.includes(value)))
      problems.push(`${column}=${text(event[column])} ∉ ${values.join(',')}`);
  }
  const time = auditTimeMs(event.createdAt);
  const from = auditTimeMs(params.createdFrom);
  const to = auditTimeMs(params.createdTo);
  if (time === undefined) problems.push(`createdAt ${event.createdAt} is not a time`);
  else {
    if (from !== undefined && time < from) problems.push(`${event.createdAt} before ${params.createdFrom}`);
    if (to !== undefined && time > to) problems.push(`${event.createdAt} after ${params.createdTo}`);
  }
  if (params.filter) {
    const needle = params.filter;
    const found = Object.values(event).some((value) => text(value).toLowerCase().includes(needle));
    if (!found) problems.push(`no field holds "${needle}"`);
  }
  return problems;
}

describe('requests against the OpenAPI document, rows against the query', () => {
  it('property: every request validates (endpoint, parameters, body) and every row means the query', async () => {
    // Not vacuous: enough runs must reach each endpoint and return rows under applied filters.
    const reached = { list: 0, legacyList: 0, rowsUnderColumnFilters: 0, unapplied: 0, bothEndpoints: 0 };
    await fc.assert(
      fc.asyncProperty(queryArbitrary(), async (query) => {
        sent.length = 0;
        // Presets resolve at the dataset's clock, as they would at the real service's.
        const at = now;
        const params = toListParams(query, at);
        const plan = planAuditRequest(params, { columns });
        const page = await client.list(params);
        const lists = sent
          .filter((request) => !new URL(request.url).pathname.startsWith('/metadata'))
          .slice(0, 1);
        expect(lists).toHaveLength(1);
        const listUrl = new URL(lists[0]!.url);
        expect(listUrl.pathname).toBe(plan.path);
        expect(documentProblems(listUrl, 'GET', undefined)).toEqual([]);

        // Only what cannot be applied is missing, and it is said: no reported filter is sent, every other is.
        // (A reserved name such as `offset` is still sent, as the paging parameter it is, never with the filter's value.)
        for (const item of plan.unapplied) {
          if (item.kind !== 'filter') continue;
          const values = listUrl.searchParams.getAll(item.column);
          if (item.reason === 'reserved-name') expect(values).not.toContain(encodeFilterValues(item.values));
          else expect(values).toEqual([]);
        }

        for (const event of page.data) expect(rowProblems(event, query, plan, at)).toEqual([]);
        if (plan.endpoint === 'list' || plan.endpoint === 'legacyList') reached[plan.endpoint]++;

        // Where both lists can express the query, they mean the same: the legacy list's `createdAt` JSON (strict
        // bounds a millisecond outside) and email column count exactly what the v2 list's parameters count.
        const both = Object.keys(params.filters ?? {}).every((name) => name === 'email');
        if (both && plan.unapplied.length === 0) {
          const legacy = await client.listLegacy({ ...params, count: 1, offset: 0 });
          expect(legacy.total).toBe(page.total);
          reached.bothEndpoints++;
        }
        if (plan.endpoint === 'legacyList' && page.data.length > 0) reached.rowsUnderColumnFilters++;
        if (plan.unapplied.length > 0) reached.unapplied++;
        if (!plan.unapplied.some((item) => item.kind === 'sort')) {
          const keys = page.data.map((event) => sortKey(event, query.sort.column));
          const ordered = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          if (query.sort.direction === 'desc') ordered.reverse();
          expect(keys).toEqual(ordered);
        }

        // The export's requests: the stream and a page, each valid for its endpoint, body included.
        for (const purpose of ['exportStream', 'exportPage'] as const) {
          const exportPlan = planAuditRequest(
            { ...params, count: 200, offset: 0 },
            { purpose, columns, outputFileName: 'audits.csv' },
          );
          const url = new URL(`https://api.frontegg.test${exportPlan.path}?${exportPlan.search}`);
          const body = {
            properties: [
              { name: 'createdAt', displayName: 'Time' },
              { name: 'region', displayName: 'Region' },
            ],
          };
          expect(documentProblems(url, 'POST', body)).toEqual([]);
        }
      }),
      { numRuns: 80 },
    );
    console.info('[property] runs by outcome', reached);
    expect(reached.list).toBeGreaterThan(5);
    expect(reached.legacyList).toBeGreaterThan(5);
    expect(reached.rowsUnderColumnFilters).toBeGreaterThan(2);
    expect(reached.unapplied).toBeGreaterThan(5);
    expect(reached.bothEndpoints).toBeGreaterThan(5);
  }, 120_000);
});
