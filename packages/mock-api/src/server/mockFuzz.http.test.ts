// Fuzz of the standalone mock over real HTTP, generated from its OpenAPI document: valid requests of every
// operation and malformed variants (bad escapes, odd methods, huge and repeated parameters, bad JSON bodies).
// Holds: no answer is a 500, no request takes a second, the server's memory stays bounded. Loopback only.
// Numbers: `node scripts/pnpm.mjs exec vitest run --project mock-api-http mockFuzz` prints a summary line.
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { auditsOpenApiDocument } from '../openapi/auditsOpenApiDocument.ts';
import type { JsonSchema, OpenApiOperation, OpenApiParameter } from '../openapi/openApiTypes.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

const RUNS = Number(process.env.MOCK_FUZZ_RUNS ?? 1200);
const TIME_BUDGET_MS = 90_000;
const MAX_LATENCY_MS = 1000;

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const operations = Object.entries(auditsOpenApiDocument.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    path,
    method: method.toUpperCase(),
    operation: operation!,
  })),
);
const schemas = auditsOpenApiDocument.components.schemas;
const resolve = (schema: JsonSchema | undefined): Record<string, unknown> => {
  if (!schema || typeof schema === 'boolean') return {};
  const ref = schema.$ref;
  return typeof ref === 'string' ? resolve(schemas[ref.split('/').pop()!]) : schema;
};

const junk = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '1e999',
    'NaN',
    'null',
    '[]',
    '{}',
    '[1,2',
    '%',
    '__proto__',
    'constructor',
    '0x10',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A value a schema accepts (mostly), or a near miss. */
function valueFor(schema: Record<string, unknown>): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (anyOf && schema.type === undefined) return fc.oneof(...anyOf.map((s) => valueFor(resolve(s))));
  if (schema.type === 'integer') {
    const min = (schema.minimum as number | undefined) ?? 0;
    const max = Math.min((schema.maximum as number | undefined) ?? 1e6, 1e6);
    return fc.oneof(
      fc.integer({ min, max }).map(String),
      fc.integer({ min: min - 3, max: max + 3 }).map(String),
      junk,
    );
  }
  if (schema.type === 'array') {
    // An array as one value: JSON array text, as `@frontegg/rest-api` sends it to the legacy column filters
    // (`x-json-array`); on a v2 list parameter the mock reads it as one literal value.
    const item = valueFor(resolve(schema.items as JsonSchema));
    return fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => JSON.stringify(items));
  }
  if (schema.format === 'date-time')
    return fc.oneof(
      fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc.constantFrom(
        '2026-02-30T00:00:00Z',
        '2026-01-01T00:00:00',
        '2026-01-01 10:00:00.000',
        'yesterday',
        '',
      ),
    );
  if (typeof schema.pattern === 'string' && schema.pattern.includes('Aa'))
    return fc.constantFrom('asc', 'desc', 'ASC', 'Desc', 'sideways');
  if (typeof schema.pattern === 'string')
    return fc.oneof(
      fc.constantFrom('createdAt', 'user', 'severity', 'action', 'json', 'region', 'nope', '__proto__'),
      junk,
    );
  if (schema.type === 'object')
    return fc.constantFrom(
      '{"$gt":"2026-01-01T00:00:00Z"}',
      '{"$lt":"2020-01-01T00:00:00Z","$gt":"2026-01-01T00:00:00Z"}',
      '{"$near":1}',
      '{',
    );
  return fc.oneof(fc.constantFrom('High', 'Critical', 'ada@acme.test', 'eu-west-1', 'User logged in'), junk);
}

function parameterArb(parameter: OpenApiParameter): fc.Arbitrary<[string, string][]> {
  const schema = resolve(parameter.content?.['application/json'].schema ?? parameter.schema);
  if (parameter.style === 'form' && schema.type === 'object')
    return fc.constantFrom<[string, string][]>([['region', 'eu-west-1']], [['resource', 'x']], []);
  if (schema.type === 'array') {
    // A list in OpenAPI's form style (the v2 `users`, `email`, `tenant_ids`): one key per item.
    const item = valueFor(resolve(schema.items as JsonSchema));
    return fc
      .array(item, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((v): [string, string] => [parameter.name, v]));
  }
  const value = valueFor(schema);
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v): [string, string][] => [[parameter.name, v]]) },
    // Repeated: a list for list parameters, a 400 for scalars.
    {
      weight: 1,
      arbitrary: fc.tuple(value, value).map(([a, b]): [string, string][] => [
        [parameter.name, a],
        [parameter.name, b],
      ]),
    },
  );
}

/**
 * Only the operation's required parameters, each with a value its schema takes: so every operation's success
 * answer is reached too, not only when a draw of every optional parameter happens to be valid.
 */
function requiredOnlyArb(operation: OpenApiOperation): fc.Arbitrary<string> {
  const required = operation.parameters.filter((p) => p.in === 'query' && p.required);
  return fc
    .tuple(
      ...required.map((p) => {
        const schema = resolve(p.schema);
        const min = (schema.minimum as number | undefined) ?? 0;
        const max = Math.min((schema.maximum as number | undefined) ?? 1e6, 1e6);
        const value = schema.type === 'integer' ? fc.integer({ min, max }).map(String) : valueFor(schema);
        return value.map((v): [string, string] => [p.name, v]);
      }),
    )
    .map((pairs) => new URLSearchParams(pairs).toString());
}

function queryArb(operation: OpenApiOperation): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: anyQueryArb(operation) },
    { weight: 1, arbitrary: requiredOnlyArb(operation) },
  );
}

function anyQueryArb(operation: OpenApiOperation): fc.Arbitrary<string> {
  const query = operation.parameters.filter((p) => p.in === 'query');
  const parts = query.map((p) =>
    p.required
      ? fc.option(parameterArb(p), { freq: 12, nil: [] })
      : fc.option(parameterArb(p), { freq: 2, nil: [] }),
  );
  const extras = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('severity', 'tenantId', 'x', '__proto__', 'constructor', 'count'),
        fc.string({ maxLength: 8 }),
      ),
      junk,
    ),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...parts), extras).map(([lists, extra]) => {
    const search = new URLSearchParams();
    for (const [name, value] of [...lists.flat(), ...extra]) search.append(name, value);
    return search.toString();
  });
}

const validBody = JSON.stringify({
  properties: [
    { name: 'createdAt', displayName: 'Time' },
    { name: 'ticket', displayName: 'T' },
  ],
});
const bodyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(validBody) },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ severity: 'High', action: 'fuzz', __proto__x: 1 })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('{', '[]', 'null', '"x"', '{"properties":[]}', '{"properties":[{"name":7}]}'),
  },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constant(`{"properties":[{"name":"a","displayName":"${'x'.repeat(70_000)}"}]}`),
  },
);

/** `null` mostly; a value once in `oneIn` draws. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** A valid request of some operation, or one of its malformed variants. */
function requestArb(tokens: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const byOperation = operations.map(({ path, method, operation }) =>
    fc
      .record({
        query: queryArb(operation),
        ip: fc.oneof(
          fc.ipV4(),
          fc.ipV6(),
          fc.constantFrom('%E0%A4%A', '%', '%ZZ', 'not-an-ip', '%C0%80', '1.2.3.999'),
        ),
        body: bodyArb,
        token: fc.constantFrom('admin', 'admin', 'admin', 'env', 'viewer', 'none', 'garbage'),
        tenant: rarely(fc.constantFrom('tenant-acme', 'tenant-globex', 'nowhere', ''), 3),
        method: rarely(
          fc.constantFrom('PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'HEAD', 'OPTIONS', 'FOO'),
          12,
        ),
        prefix: fc.constantFrom('', '', '/frontegg', '/%E0%A4%A'),
        // A path below a route's, which no route takes: the 404 (a tenant with no events reads as empty).
        unknown: rarely(fc.constant('/nope'), 25),
        hugeParam: rarely(fc.integer({ min: 1000, max: 20_000 }), 15),
      })
      .map(({ query, ip, body, token, tenant, method: odd, prefix, unknown, hugeParam }): FuzzRequest => {
        const headers: Record<string, string> = {};
        if (token === 'garbage') headers.authorization = 'Bearer e30.e30.sig';
        else if (token !== 'none') headers.authorization = `Bearer ${tokens[token]}`;
        if (tenant !== null) headers['frontegg-tenant-id'] = tenant;
        const hasBody = method === 'POST';
        if (hasBody) headers['content-type'] = 'application/json';
        let search = query;
        if (hugeParam !== null) search += `${search ? '&' : ''}filter=${'a'.repeat(hugeParam)}`;
        return {
          method: odd ?? method,
          path: `${prefix}${path.replace('{ip}', ip)}${unknown ?? ''}${search ? `?${search}` : ''}`,
          headers,
          ...(hasBody && { body }),
        };
      }),
  );
  return fc.oneof(...byOperation);
}

function send(
  server: StandaloneServer,
  request: FuzzRequest,
): Promise<{ status: number; ms: number; bytes: number; head: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: request.method,
        path: request.path,
        headers: request.headers,
      },
      (res) => {
        let bytes = 0;
        // The start of the body (enough for any error answer), not a whole export.
        let head = '';
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (head.length < 4096) head += chunk.toString('utf8');
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes, head }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

describe('fuzzing the standalone mock from its OpenAPI document', () => {
  const servers: StandaloneServer[] = [];
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    for (const strict of [true, false]) {
      const api = createMockAuditApi({ seed: 11, eventsPerTenant: 2000, strict, fidelity: 'frontegg' });
      servers.push(await startStandaloneServer({ port: 0, api }));
    }
    tokens.admin = await demoToken(demoIdentities.tenantAAdmin);
    tokens.env = await demoToken(demoIdentities.environment);
    tokens.viewer = await demoToken(demoIdentities.tenantAViewer);
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('answers every request without a 500, within a second, at a bounded memory', async () => {
    const statuses = new Map<number, number>();
    let maxMs = 0;
    let slowest = '';
    let count = 0;
    const deadline = Date.now() + TIME_BUDGET_MS;
    const before = process.memoryUsage();
    const samples = fc.sample(requestArb(tokens), {
      numRuns: RUNS,
      seed: Number(process.env.MOCK_FUZZ_SEED ?? 20261130),
    });
    for (const request of samples) {
      if (Date.now() > deadline) break;
      const server = servers[count % servers.length]!;
      const { status, ms, head } = await send(server, request);
      count++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (ms > maxMs) {
        maxMs = ms;
        slowest = `${request.method} ${request.path.slice(0, 120)}`;
      }
      expect(status, `${request.method} ${request.path.slice(0, 200)}`).not.toBe(500);
      expect(status).toBeGreaterThanOrEqual(200);
      // Every refusal carries the contract's error body, `{ errors: [...], errorCode }`. The one exception is
      // what Node's parser refuses on a reused connection (bare 400/431, as Node answers: the refused bytes may
      // be a body the client sent unframed); on a fresh connection those carry the body too (see
      // startStandaloneServer.http.test.ts).
      if (
        status >= 400 &&
        request.method !== 'HEAD' &&
        !(head === '' && (status === 400 || status === 431))
      ) {
        const body = JSON.parse(head) as { errors?: unknown };
        expect(Array.isArray(body.errors) && body.errors.length > 0, `${status} ${head.slice(0, 200)}`).toBe(
          true,
        );
      }
    }
    const after = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 1e5) / 10;
    console.log(
      `[mock fuzz] ${count} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; max ${Math.round(maxMs)} ms (${slowest}); rss ${mb(before.rss)} → ${mb(after.rss)} MB, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB`,
    );
    expect(count).toBeGreaterThanOrEqual(Math.min(RUNS, 300));
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(maxMs).toBeLessThan(MAX_LATENCY_MS);
    // The server runs in this process: its growth over the whole fuzz stays small (no per-request leak).
    expect(after.rss - before.rss).toBeLessThan(150e6);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(100e6);
    // The fuzz reached both success and the error answers, not only one kind.
    for (const status of [200, 201, 202, 400, 401, 403, 404, 405])
      expect(statuses.get(status) ?? 0, String(status)).toBeGreaterThan(0);
  }, 150_000);
});
