// Every kind of answer the mock can send, in strict and lenient mode, checked against the response schemas of
// its own OpenAPI document with the same validator the mock checks requests with.
import { describe, expect, it } from 'vitest';
import { createDemoToken } from '../auth/createDemoToken.ts';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { fronteggShapedFixtures } from '../fixtures/fronteggShapedFixtures.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { matchAuditRoute } from '../handlers/auditRoutes.ts';
import { mockEndpoints } from '../scenario/mockScenario.ts';
import { auditsOpenApiDocument } from './auditsOpenApiDocument.ts';
import { createOpenApiValidator } from './createOpenApiValidator.ts';

const validator = createOpenApiValidator(auditsOpenApiDocument);
const BASE = 'https://api.frontegg.com';
const ACME = 'tenant-acme';
const props = {
  properties: [
    { name: 'createdAt', displayName: 'Time' },
    { name: 'ticket', displayName: 'T' },
  ],
};

interface Call {
  method?: string;
  path: string;
  token?: 'admin' | 'viewer' | 'env' | 'none' | 'envNoPermissions';
  tenant?: string;
  body?: unknown;
}

/** Requests that reach every status of every endpoint. */
const calls: Call[] = [
  { path: '/audits/resources/audits/v2?count=20&offset=0' },
  { path: '/audits/resources/audits/v2?count=5&offset=0&sortBy=user&filter=mfa&users=user-acme-ada' },
  {
    path: '/audits/resources/audits/v2?count=5&offset=0&tenant_ids=tenant-acme&tenant_ids=tenant-globex',
    token: 'env',
  },
  { path: '/audits/resources/audits/v2?count=0&offset=0' },
  { path: '/audits/resources/audits/v2?count=5&offset=0&severity=High' },
  { path: '/audits/resources/audits/v2?count=5&offset=0', token: 'viewer' },
  { path: '/audits/resources/audits/v2?count=5&offset=0', token: 'none' },
  { path: '/audits/resources/audits/v2?count=5&offset=0&tenant_ids=nowhere', token: 'env' },
  { path: '/audits?count=20&offset=0&severity=%5B%22High%22%2C%22Critical%22%5D&region=eu-west-1' },
  { path: '/audits?count=20&offset=0&createdAt=%7B%22%24gt%22%3A%222026-06-01T00%3A00%3A00Z%22%7D' },
  { path: '/audits?count=20&offset=0&severity=Nope' },
  { method: 'POST', path: '/audits/resources/audits/v2/export/csv?count=5&offset=0', body: props },
  {
    method: 'POST',
    path: '/audits/resources/audits/v2/export/csv?count=5&offset=0',
    body: { properties: [] },
  },
  { method: 'POST', path: '/audits/resources/audits/v2/export/csv?count=5&offset=0', body: '{oops' },
  {
    method: 'POST',
    path: '/audits/resources/audits/v2/export/csv?count=5&offset=0',
    body: { properties: [{ name: 'action', displayName: 'x'.repeat(70_000) }] },
  },
  { method: 'POST', path: '/audits/export/csv/v2?offset=0&count=3', body: props },
  { method: 'POST', path: '/audits/export/csv/v2?offset=0', body: { ...props, tenantId: 'tenant-globex' } },
  { method: 'POST', path: '/audits/export/csv?offset=0&count=3', body: props },
  { method: 'POST', path: '/audits', body: { severity: 'High', action: 'Contract check', ticket: 7 } },
  { method: 'POST', path: '/audits', body: { severity: 'Sometimes' } },
  { method: 'POST', path: '/audits', body: { severity: 'Info' }, token: 'env', tenant: 'nowhere' },
  { method: 'POST', path: '/audits', body: { severity: 'Info' }, token: 'envNoPermissions', tenant: ACME },
  { path: '/audits/stats' },
  { path: '/audits/stats?sortBy=createdAt&sortDirection=desc&count=20' },
  { path: '/audits/stats', token: 'env' },
  { path: '/metadata?entityName=audits' },
  { path: '/metadata?entityName=saml' },
  { path: '/metadata/ip/81.2.69.142' },
  { path: '/metadata/ip/10.1.2.3' },
  { path: '/metadata/ip/2001%3Adb8%3A%3A1' },
  { path: '/metadata/ip/not-an-ip' },
  { path: '/metadata/ip/%E0%A4%A' },
  { path: '/metadata/ipme' },
  { path: '/audits/nope' },
  { method: 'DELETE', path: '/audits' },
  { method: 'PUT', path: '/metadata/ipme' },
];

async function tokenFor(kind: Call['token']): Promise<string | undefined> {
  if (kind === 'none') return undefined;
  if (kind === 'viewer') return demoToken(demoIdentities.tenantAViewer);
  if (kind === 'env') return demoToken(demoIdentities.environment);
  if (kind === 'envNoPermissions') return createDemoToken({ kind: 'environment', permissions: [] });
  return demoToken(demoIdentities.tenantAAdmin);
}

async function send(api: ReturnType<typeof createMockAuditApi>, call: Call) {
  const headers = new Headers();
  const token = await tokenFor(call.token);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (call.tenant) headers.set('frontegg-tenant-id', call.tenant);
  if (call.body !== undefined) headers.set('content-type', 'application/json');
  const method = call.method ?? (call.body === undefined ? 'GET' : 'POST');
  const request = new Request(`${BASE}${call.path}`, {
    method,
    headers,
    ...(call.body !== undefined && {
      body: typeof call.body === 'string' ? call.body : JSON.stringify(call.body),
    }),
  });
  const response = (await api.handle(request))!;
  const match = matchAuditRoute(method, new URL(request.url).pathname);
  // An unknown path, a wrong method or a bad escape has no operation of its own: every operation documents them.
  const operationId = match.kind === 'route' ? match.route.operationId : 'listAudits';
  return { response, operationId };
}

/** The answer's problems against the document (status, media type, body schema, required headers). */
async function problemsOf(response: Response, operationId: string): Promise<string[]> {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const body = type.startsWith('application/json') ? (JSON.parse(text) as unknown) : text;
  const problems = validator.responseProblems(operationId, response.status, type, body);
  if (!response.headers.get('frontegg-trace-id')) problems.push('no frontegg-trace-id header');
  if ([429, 503].includes(response.status) && !/^\d+$/.test(response.headers.get('retry-after') ?? ''))
    problems.push('429/503 without Retry-After');
  if (response.status === 405 && !response.headers.get('allow')) problems.push('405 without Allow');
  return problems;
}

for (const strict of [true, false]) {
  describe(`every answer matches the document (${strict ? 'strict' : 'lenient'} mode)`, () => {
    it('for each endpoint and each error the requests can reach', async () => {
      const api = createMockAuditApi({
        seed: 3,
        now: '2026-06-15T12:00:00Z',
        eventsPerTenant: 300,
        strict,
        fidelity: 'frontegg',
      });
      const statuses = new Set<number>();
      for (const call of calls) {
        const { response, operationId } = await send(api, call);
        statuses.add(response.status);
        expect(
          await problemsOf(response, operationId),
          `${call.method ?? 'GET'} ${call.path} → ${response.status}`,
        ).toEqual([]);
      }
      expect([...statuses].sort()).toEqual([200, 201, 202, 400, 401, 403, 404, 405, 413]);
    });

    it('for a create past the mock’s createdEventsLimit', async () => {
      const api = createMockAuditApi({ seed: 3, eventsPerTenant: 10, strict, createdEventsLimit: 10 });
      const { response, operationId } = await send(api, {
        method: 'POST',
        path: '/audits',
        body: { severity: 'Info', action: 'Contract check' },
      });
      expect(response.status).toBe(507);
      expect(await problemsOf(response, operationId)).toEqual([]);
    });

    it('for statuses a scenario forces on every endpoint', async () => {
      const api = createMockAuditApi({
        seed: 3,
        now: '2026-06-15T12:00:00Z',
        eventsPerTenant: 50,
        strict,
        fidelity: 'frontegg',
      });
      for (const status of [401, 403, 429, 500, 503] as const) {
        api.setScenario({ status: { '*': status } });
        for (const call of calls) {
          const { response, operationId } = await send(api, call);
          // Routing answers (unknown path, wrong method, undecodable path) come before any endpoint.
          if (
            matchAuditRoute(
              call.method ?? (call.body === undefined ? 'GET' : 'POST'),
              new URL(`${BASE}${call.path}`).pathname,
            ).kind !== 'route'
          )
            continue;
          expect(response.status).toBe(status);
          expect(await problemsOf(response, operationId)).toEqual([]);
        }
      }
      expect(mockEndpoints.length).toBe(10);
    });
  });
}

describe('the Frontegg-shaped fixtures', () => {
  it('match the document’s event, list and metadata schemas', () => {
    expect(
      validator.responseProblems('listAudits', 200, 'application/json', fronteggShapedFixtures.list),
    ).toEqual([]);
    expect(
      validator.responseProblems('getAuditsMetadata', 200, 'application/json', {
        rows: [fronteggShapedFixtures.metadataRow],
      }),
    ).toEqual([]);
    const severity = fronteggShapedFixtures.columns.find((c) => c.name === 'severity');
    expect(severity).toMatchObject({ showInTable: false, showInMoreInfo: 'Always' });
    expect(fronteggShapedFixtures.documentedTimeEvent.createdAt).toBe('2021-04-07 10:50:40.201');
  });

  it('is the document checking, not a schema that takes anything', () => {
    const broken = {
      // Any severity text is an event's (stored events carry more than the create enum), but not a number.
      data: [{ ...fronteggShapedFixtures.events[0], severity: 7, createdAt: '7 April' }],
      total: -1,
    };
    const problems = validator.responseProblems('listAudits', 200, 'application/json', broken);
    expect(problems.join(' ')).toContain('severity');
    expect(problems.join(' ')).toContain('createdAt');
    expect(problems.join(' ')).toContain('total');
    expect(
      validator.responseProblems('getIpMetadata', 200, 'application/json', { ip: '1.2.3.4' }).length,
    ).toBeGreaterThan(0);
  });
});

describe('events created through POST /audits', () => {
  // A 202 used to store whatever types the body held (`vendorId: 7`, `email: {…}`, `ip: […]`) and let the body
  // pick the vendor: the list then answered events its own schema refuses.
  it('read back in both lists as events the document describes, under the server’s vendor', async () => {
    const api = createMockAuditApi({
      seed: 3,
      now: '2026-06-15T12:00:00Z',
      eventsPerTenant: 5,
      strict: true,
    });
    const list = async (path: string) => {
      const { response } = await send(api, { path });
      return { status: response.status, body: (await response.json()) as { data: { vendorId: string }[] } };
    };
    const before = await list('/audits?count=20&offset=0');
    const vendorId = before.body.data[0]!.vendorId;

    const badTypes = await send(api, {
      method: 'POST',
      path: '/audits',
      body: { severity: 'Info', vendorId: 7, email: { x: 1 }, ip: ['1.2.3.4'], action: 3 },
    });
    expect(badTypes.response.status).toBe(400);
    const refusal = (await badTypes.response.json()) as { errors: string[]; errorCode: string };
    expect(refusal.errorCode).toBe('ER-AUDITS-BAD-REQUEST');
    for (const field of ['body.email', 'body.ip', 'body.action'])
      expect(refusal.errors.some((e) => e.startsWith(`${field}:`))).toBe(true);

    const created = [
      // `action` is not required: the published create requires `severity` only.
      { severity: 'Info' },
      { severity: 'High', action: 'Rotated key', vendorId: 'vendor-of-someone-else', ticket: 7 },
      { severity: 'Error', vendorId: 7, createdAt: 'yesterday', frontegg_id: '' },
    ];
    for (const body of created) {
      const { response, operationId } = await send(api, { method: 'POST', path: '/audits', body });
      expect(response.status, JSON.stringify(body)).toBe(202);
      expect(await problemsOf(response.clone(), operationId)).toEqual([]);
      expect(((await response.json()) as { vendorId: string }).vendorId).toBe(vendorId);
    }

    for (const path of ['/audits?count=20&offset=0', '/audits/resources/audits/v2?count=20&offset=0']) {
      const after = await list(path);
      expect(after.status).toBe(200);
      expect(validator.responseProblems('listAudits', 200, 'application/json', after.body), path).toEqual([]);
      expect(validator.responseProblems('listAuditsV2', 200, 'application/json', after.body), path).toEqual(
        [],
      );
      expect(after.body.data.slice(0, 3).map((e) => e.vendorId)).toEqual([vendorId, vendorId, vendorId]);
    }
    expect((await list('/audits?count=20&offset=0')).body.data).toHaveLength(
      before.body.data.length + created.length,
    );
  });
});

// Answers of the shapes Frontegg's own service sent, as recorded in 2020 in Frontegg's Python SDK
// (frontegg/python-sdk, tests/cassettes/*.yaml). The values here are made up; the shapes are the recorded ones.
// The document describes the real service, so a client checked against it must not fail on a real answer.
describe('answers of the shape Frontegg’s service sent', () => {
  it('a metadata row with database keys and columns without showInTable, of a type outside the mock’s set', () => {
    const column = (name: string, type: string, sortable = true) => ({
      _id: `6a1f00000000000000000${name.length}`,
      name,
      displayName: name.toUpperCase(),
      type,
      filterable: true,
      sortable,
    });
    const answer = {
      rows: [
        {
          _id: '6a1f0000000000000000000a',
          entityName: 'audits',
          properties: [
            column('createdAt', 'Timestamp'),
            column('user', 'UserIdentity'),
            column('severity', 'AlphaNumeric'),
            column('message', 'AlphaNumeric', false),
          ],
          vendorId: 'vendor-1',
          id: '0b6f3c52-8a0e-4d61-9a43-0c8f3e7d1a22',
          createdAt: '2019-07-28T05:13:09.723Z',
          updatedAt: '2019-07-28T05:13:09.723Z',
          __v: 0,
        },
      ],
    };
    expect(validator.responseProblems('getAuditsMetadata', 200, 'application/json', answer)).toEqual([]);
    // Still checked: a column needs a name and its flags.
    const nameless = { rows: [{ ...answer.rows[0], properties: [{ type: 'Timestamp', sortable: 'yes' }] }] };
    const problems = validator.responseProblems('getAuditsMetadata', 200, 'application/json', nameless);
    expect(problems.join(' ')).toContain('name');
    expect(problems.join(' ')).toContain('sortable');
  });

  it('a create answered 201 with the fields echoed, the server’s vendor, tenant and time, and no id', () => {
    const echoed = {
      severity: 'Info',
      username: 'ada',
      vendorId: 'vendor-1',
      tenantId: 'tenant-1',
      createdAt: '2020-01-12 21:53:42.941',
    };
    expect(validator.responseProblems('createAudit', 201, 'application/json', echoed)).toEqual([]);
    // The mock's own 202 answer stays the stored event, id included.
    expect(validator.responseProblems('createAudit', 202, 'application/json', echoed).join(' ')).toMatch(
      /frontegg_id|_id/,
    );
    const { vendorId: _vendor, ...withoutVendor } = echoed;
    expect(
      validator.responseProblems('createAudit', 201, 'application/json', withoutVendor).join(' '),
    ).toContain('vendorId');
  });
});
