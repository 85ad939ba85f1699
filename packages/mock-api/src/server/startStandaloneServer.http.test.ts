import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import {
  ACME,
  CONTRACT_OPTIONS,
  TEST_NOW,
  TEST_SEED,
  call,
  errorsOf,
  signTokens,
} from '../test/contractClient.ts';
import { connect } from 'node:net';
import { contractSuite } from '../test/contractSuite.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

const props = {
  properties: [
    { name: 'createdAt', displayName: 'Time' },
    { name: 'action', displayName: 'Action' },
  ],
};
let server: StandaloneServer;
const api = createMockAuditApi(CONTRACT_OPTIONS);

beforeAll(async () => {
  server = await startStandaloneServer({ port: 0, api, controlRoutes: true });
});
afterAll(() => server.close());

describe('the contract over real HTTP', () => {
  contractSuite(() => ({ base: server.url, api }));
});

describe('the standalone server', () => {
  it('listens on an ephemeral port on 127.0.0.1', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it.each([[''], [' '], [' 127.0.0.1']])(
    'refuses host %j with a message saying what to pass, instead of listening everywhere with a broken origin',
    async (host) => {
      await expect(startStandaloneServer({ port: 0, host })).rejects.toThrow(
        /host must be an interface name or address.*leave it out for 127\.0\.0\.1/,
      );
    },
  );

  it('answers the three curl examples of Frontegg’s API reference unchanged, host swapped', async () => {
    const { adminA } = await signTokens();
    const auth = { Authorization: `Bearer ${adminA}` };
    const post = { ...auth, 'Content-Type': 'application/json', 'frontegg-tenant-id': ACME };
    const list = await fetch(`${server.url}/audits/resources/audits/v2?count=1&offset=0`, { headers: auth });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { data: unknown[] }).data).toHaveLength(1);
    const page = await fetch(`${server.url}/audits/resources/audits/v2/export/csv?count=1&offset=0`, {
      method: 'POST',
      headers: post,
      body: '{"properties":[{"displayName":"Time","name":"createdAt"}]}',
    });
    expect(page.status).toBe(200);
    expect((await page.text()).split('\r\n')).toHaveLength(3);
    const all = await fetch(
      `${server.url}/audits/export/csv/v2?vendorId=vendor-auditkit-demo&tenantId=${ACME}&offset=0&count=0`,
      { method: 'POST', headers: post, body: '{"properties":[{"displayName":"Action","name":"action"}]}' },
    );
    expect(all.status).toBe(201);
    expect((await all.text()).startsWith('Action\r\n')).toBe(true);
  });

  it('answers CORS preflights and exposes the headers a browser client reads', async () => {
    const preflight = await fetch(`${server.url}/audits/resources/audits/v2`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-headers': 'authorization,frontegg-tenant-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('frontegg-tenant-id');
    const error = await fetch(`${server.url}/audits/stats`);
    expect(error.status).toBe(401);
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('access-control-expose-headers')).toContain('frontegg-trace-id');
  });

  it("allows the headers an app adds itself when a preflight asks for them (x-request-id, tracing's)", async () => {
    // headless's `headers` option (`createAuditClient({ headers: { 'x-request-id': … } })`) and tracing SDKs add
    // names no fixed list knows; a preflight refusing one means the browser never sends the request.
    const preflight = await fetch(`${server.url}/audits/resources/audits/v2`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,x-request-id, Sentry-Trace,baggage,bad name,a"b',
      },
    });
    expect(preflight.status).toBe(204);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(/\s*,\s*/);
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'frontegg-tenant-id',
        'x-request-id',
        'sentry-trace',
        'baggage',
      ]),
    );
    // What is not a header name is not echoed.
    expect(allowed.filter((name) => /[\s"]/.test(name))).toEqual([]);
    expect(preflight.headers.get('vary')).toMatch(/\baccess-control-request-headers\b/i);
    // The controls' preflight stays a 403 without any CORS header.
    const control = await fetch(`${server.url}/__mock/scenario`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'x-request-id' },
    });
    expect(control.status).toBe(403);
    expect([...control.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('lets a browser client sending credentials read the API: its Origin reflected, credentials allowed', async () => {
    // A browser refuses `*` to a request made with credentials (`requestCredentials: 'include'` in Frontegg's
    // samples), preflight and answer alike.
    const origin = 'http://localhost:5173';
    const preflight = await fetch(`${server.url}/audits/resources/audits/v2`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,frontegg-tenant-id',
      },
    });
    const { adminA } = await signTokens();
    const list = await call(server.url, '/audits/resources/audits/v2?count=1&offset=0', {
      token: adminA,
      headers: { origin },
    });
    const refused = await fetch(`${server.url}/audits/stats`, { headers: { origin } });
    expect([preflight.status, list.status, refused.status]).toEqual([204, 200, 401]);
    for (const answer of [preflight, list, refused]) {
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
      expect(answer.headers.get('vary')).toMatch(/\borigin\b/i);
    }
    expect(preflight.headers.get('access-control-allow-headers')).toContain('frontegg-tenant-id');
    // Without an Origin (curl, server code) nothing is reflected or allowed beyond what it was.
    const plain = await fetch(`${server.url}/audits/stats`);
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
    expect(plain.headers.get('access-control-allow-credentials')).toBeNull();
    // The controls still carry no CORS header at all, whoever asks.
    for (const method of ['OPTIONS', 'GET']) {
      const control = await fetch(`${server.url}/__mock/scenario`, { method, headers: { origin } });
      expect(control.status).toBe(403);
      expect(
        [...control.headers.keys()].filter((name) => name.startsWith('access-control-')),
        method,
      ).toEqual([]);
    }
  });

  it('exposes every header of its answers to pages on other origins, x-mock-ignored-parameters included', async () => {
    // Lenient mode's only sign that a filter was dropped: a Storybook or host app on another origin could not read
    // it. Whatever else an answer carries beyond the CORS-safelisted headers must be exposed too.
    const lenient = await startStandaloneServer({
      port: 0,
      api: createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 10 }),
    });
    try {
      const { adminA } = await signTokens();
      const origin = { origin: 'http://localhost:6006' };
      const at = (path: string, init: { body?: unknown; method?: string } = {}) =>
        init.method
          ? fetch(`${lenient.url}${path}`, { method: init.method, headers: origin })
          : call(lenient.url, path, { token: adminA, headers: origin, body: init.body });
      const dropped = await at('/audits/resources/audits/v2?count=1&offset=0&severity=High');
      expect(dropped.headers.get('x-mock-ignored-parameters')).toBe('severity');
      lenient.api.setScenario({ status: { stats: 429 }, retryAfterSeconds: 3 });
      const answers = [
        dropped,
        await at('/audits/resources/audits/v2/export/csv?count=1&offset=0', { body: props }),
        await at('/audits/stats'),
        await at('/audits/stats', { method: 'PUT' }),
      ];
      const safelisted = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires'];
      // `vary` is for caches, not for the page's code.
      const transport = ['connection', 'date', 'keep-alive', 'transfer-encoding', 'vary'];
      for (const answer of answers) {
        await answer.arrayBuffer();
        const exposed = (answer.headers.get('access-control-expose-headers') ?? '').split(/\s*,\s*/);
        const unreadable = [...answer.headers.keys()].filter(
          (name) =>
            !name.startsWith('access-control-') &&
            !safelisted.includes(name) &&
            !transport.includes(name) &&
            !exposed.includes(name),
        );
        expect(unreadable, `${answer.status} ${answer.url}`).toEqual([]);
      }
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 405]);
    } finally {
      await lenient.close();
    }
  });

  it('lets a cross-origin @frontegg/rest-api client through its preflight, with every header it can send', async () => {
    // What FetchClient.buildRequestHeaders of @frontegg/rest-api 7.119.0 sets, besides authorization and
    // content-type: the SDK and framework metadata, the request source, the scoped tenant, the login alias and the
    // requested application. A browser sends none of them unless the preflight allowed it.
    const sent = [
      'authorization',
      'content-type',
      'frontegg-source',
      'frontegg-scoped-tenant',
      'frontegg-login-alias',
      'frontegg-requested-application-id',
      'x-frontegg-framework',
      'x-frontegg-sdk',
    ];
    const preflight = await fetch(`${server.url}/frontegg/audits/resources/audits/v2`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': sent.join(','),
      },
    });
    expect(preflight.status).toBe(204);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(/\s*,\s*/);
    expect(sent.filter((name) => !allowed.includes(name))).toEqual([]);
  });

  it('switches scenarios at run time over HTTP and resets them', async () => {
    const { adminA } = await signTokens();
    const put = (body: string) =>
      fetch(`${server.url}/__mock/scenario`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await put('{"status":{"list":503},"retryAfterSeconds":5}')).status).toBe(200);
    const forced = await call(server.url, '/audits/resources/audits/v2?count=1&offset=0', { token: adminA });
    expect(forced.status).toBe(503);
    expect(forced.headers.get('retry-after')).toBe('5');
    const current = (await (await fetch(`${server.url}/__mock/scenario`)).json()) as { status: object };
    expect(current.status).toEqual({ list: 503 });
    const bad = await put('{"latencyMs":-5}');
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad))[0]).toContain('latencyMs');
    expect(api.scenario.status).toEqual({ list: 503 });
    expect((await put('not json')).status).toBe(400);
    expect((await fetch(`${server.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    expect(
      (await call(server.url, '/audits/resources/audits/v2?count=1&offset=0', { token: adminA })).status,
    ).toBe(200);
  });

  it('bounds the control routes: latency capped, numbers checked, nothing half-applied', async () => {
    const put = (body: string) =>
      fetch(`${server.url}/__mock/scenario`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
    for (const body of [
      '{"latencyMs":2147483647}',
      '{"latencyMs":1e10}',
      '{"latencyMs":30001}',
      '{"latencyMs":1.5}',
      '{"exportChunkDelayMs":99999999}',
      '{"retryAfterSeconds":-1}',
      '{"__proto__":{"latencyMs":1}}',
    ]) {
      const response = await put(body);
      expect(response.status, body).toBe(400);
      await errorsOf(response);
    }
    expect(api.scenario.latencyMs).toBe(0);
    expect((await put('{"latencyMs":30000}')).status).toBe(200);
    expect((await fetch(`${server.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    const wrongType = await fetch(`${server.url}/__mock/scenario`, {
      method: 'PUT',
      body: '{"latencyMs":1}',
    });
    expect(wrongType.status).toBe(415);
    expect((await fetch(`${server.url}/__mock/reset`)).status).toBe(405);
  });

  it('refuses a scenario naming a tenant the dataset does not have, with a 400 saying which ones it has', async () => {
    const put = (body: string) =>
      fetch(`${server.url}/__mock/scenario`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
    for (const [body, unknown] of [
      ['{"eventsPerTenant":{"acme":0},"emptyTenants":["acme"]}', 'eventsPerTenant: unknown tenant acme'],
      ['{"emptyTenants":["acme"]}', 'emptyTenants: unknown tenant acme'],
      ['{"eventsPerTenant":{"__proto__":0}}', 'eventsPerTenant: unknown tenant __proto__'],
      ['{"emptyTenants":["constructor"]}', 'emptyTenants: unknown tenant constructor'],
    ] as const) {
      const response = await put(body);
      expect(response.status, body).toBe(400);
      expect(await errorsOf(response)).toEqual([expect.stringContaining(`${unknown}; known: ${ACME}, `)]);
    }
    expect(api.scenario.emptyTenants).toEqual([]);
    expect(api.scenario.eventsPerTenant).toEqual({});
    expect((await put(`{"emptyTenants":["${ACME}"]}`)).status).toBe(200);
    expect((await fetch(`${server.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
  });

  it('answers the control routes same-origin only, without CORS', async () => {
    const elsewhere = { origin: 'https://evil.example' };
    const put = await fetch(`${server.url}/__mock/scenario`, {
      method: 'PUT',
      headers: { ...elsewhere, 'content-type': 'application/json' },
      body: '{"latencyMs":100}',
    });
    expect(put.status).toBe(403);
    expect(put.headers.get('access-control-allow-origin')).toBeNull();
    expect(api.scenario.latencyMs).toBe(0);
    const reset = await fetch(`${server.url}/__mock/reset`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(reset.status).toBe(403);
    const preflight = await fetch(`${server.url}/__mock/scenario`, { method: 'OPTIONS', headers: elsewhere });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const same = await fetch(`${server.url}/__mock/scenario`, { headers: { origin: server.url } });
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers from a control route even when refusing a body too large', async () => {
    // The body-size check runs before the route is chosen; a page elsewhere must not read that answer either.
    const tooLarge = JSON.stringify({ latencyMs: 1, padding: 'x'.repeat(70_000) });
    const control = await fetch(`${server.url}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: tooLarge,
    });
    expect(control.status).toBe(413);
    expect(control.headers.get('access-control-allow-origin')).toBeNull();
    expect(api.scenario.latencyMs).toBe(0);
    // The API's own 413 keeps them, so a browser client can read the error.
    const { adminA } = await signTokens();
    const apiAnswer = await call(server.url, '/audits', { token: adminA, body: tooLarge });
    expect(apiAnswer.status).toBe(413);
    expect(apiAnswer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves no control routes unless started with them', async () => {
    const plain = await startStandaloneServer({ port: 0, api: createMockAuditApi(CONTRACT_OPTIONS) });
    try {
      const put = await fetch(`${plain.url}/__mock/scenario`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"latencyMs":100}',
      });
      expect(put.status).toBe(404);
      expect((await fetch(`${plain.url}/__mock/reset`, { method: 'POST' })).status).toBe(404);
      expect(plain.api.scenario.latencyMs).toBe(0);
    } finally {
      await plain.close();
    }
  });

  it('answers 405 or 400 with the error body, never 500, to odd methods and bad escapes', async () => {
    // A raw socket: fetch refuses TRACE and CONNECT, and Node's client treats a CONNECT answer specially.
    const raw = (method: string, path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`,
          );
        });
        let text = '';
        socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        socket.on('error', reject);
        socket.on('close', () => {
          const [head = '', ...rest] = text.split('\r\n\r\n');
          const body = rest.join('\r\n\r\n');
          const chunked = /transfer-encoding: chunked/i.test(head);
          resolve({
            status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
            body: chunked ? body.replace(/^[0-9a-f]+\r\n/, '').replace(/\r\n0\r\n\r\n$/, '') : body,
          });
        });
      });
    for (const method of ['TRACE', 'CONNECT', 'PROPFIND', 'DELETE', 'PATCH']) {
      const answer = await raw(method, method === 'CONNECT' ? '127.0.0.1:1' : '/audits/stats');
      expect([405, 400], method).toContain(answer.status);
      expect(JSON.parse(answer.body).errors.length, method).toBeGreaterThan(0);
    }
    for (const path of ['/metadata/ip/%E0%A4%A', '/audits/%', '/metadata/ip/%ZZ']) {
      const answer = await raw('GET', path);
      expect(answer.status, path).toBeLessThan(500);
      expect(JSON.parse(answer.body).errors.length).toBeGreaterThan(0);
    }
    // Refused by Node's parser before any handler runs: an oversized request line, a request line with a space
    // in the path. Both with the error body (Node alone answers these with no body).
    for (const [method, path, status] of [
      ['GET', `/audits?filter=${'a'.repeat(20_000)}`, 431],
      ['GET', '/audits stats', 400],
    ] as const) {
      const answer = await raw(method, path);
      expect(answer.status, path.slice(0, 40)).toBe(status);
      expect(JSON.parse(answer.body)).toMatchObject({ errorCode: 'ER-AUDITS-BAD-REQUEST' });
    }
  });

  // Node's parser refusals, the raw CONNECT answer and the last-resort 500 (mockControlAccess.http.test.ts) were
  // written by hand without the trace id every other answer carries, which a support request quotes.
  it('answers what Node refuses before any handler with a frontegg-trace-id, on a fresh or a reused connection', async () => {
    const exchange = (...requests: string[]) =>
      new Promise<string[]>((resolve, reject) => {
        const answers: string[] = [];
        let text = '';
        const socket = connect(server.port, '127.0.0.1', () => socket.write(requests.shift()!));
        socket.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
          // The first answer complete (its chunked body's last chunk): the next request goes on the same socket.
          if (requests.length > 0 && text.endsWith('\r\n0\r\n\r\n')) {
            const next = requests.shift()!;
            answers.push(text);
            text = '';
            socket.write(next);
          }
        });
        socket.on('error', reject);
        socket.on('close', () => resolve([...answers, text]));
      });
    const head = (answer: string) => answer.split('\r\n\r\n')[0]!;
    const traceId = (answer: string) => /^frontegg-trace-id: ([0-9a-f]{32})$/im.exec(head(answer))?.[1];
    const host = `Host: 127.0.0.1:${server.port}\r\n`;
    const longLine = `GET /audits?filter=${'a'.repeat(20_000)} HTTP/1.1\r\n${host}\r\n`;
    const refusals: [string, string][] = [
      [longLine, '431'],
      [`GET /audits stats HTTP/1.1\r\n${host}\r\n`, '400'],
      [`CONNECT 127.0.0.1:1 HTTP/1.1\r\n${host}\r\n`, '405'],
    ];
    const seen = new Set<string>();
    for (const [request, status] of refusals) {
      const [answer = ''] = await exchange(request);
      expect(head(answer), status).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(traceId(answer), status).toBeDefined();
      seen.add(traceId(answer)!);
    }
    // After an answer on the same connection, the bare status Node itself would send: with its trace id too.
    const [first = '', second = ''] = await exchange(`GET /audits/stats HTTP/1.1\r\n${host}\r\n`, longLine);
    expect(head(first)).toMatch(/^HTTP\/1\.1 401 /);
    expect(head(second)).toMatch(/^HTTP\/1\.1 431 /);
    expect(traceId(second)).toBeDefined();
    seen.add(traceId(second)!);
    expect(seen.size).toBe(4);
  });

  it('404s anything outside the API with the error body', async () => {
    const response = await fetch(`${server.url}/nothing/here`);
    expect(response.status).toBe(404);
    expect((await errorsOf(response))[0]).toContain('/nothing/here');
  });
});

describe('streaming a large export', () => {
  const big = createMockAuditApi({ seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: { [ACME]: 1_000_000 } });
  let bigServer: StandaloneServer;
  beforeAll(async () => {
    bigServer = await startStandaloneServer({ port: 0, api: big });
  });
  afterAll(() => bigServer.close());

  /**
   * Resolves with the call count once `spy` has stopped being called: the same count on several samples in a
   * row. A stall that never comes fails by the test's timeout, and a busy machine only makes the wait longer:
   * the assertions that follow are about where generation stopped, not about how fast.
   */
  async function stalled(spy: { mock: { calls: unknown[] } }): Promise<number> {
    let last = -1;
    let quiet = 0;
    while (quiet < 5) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = spy.mock.calls.length;
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
    return last;
  }

  it('arrives in several chunks, and a reader that stops reading stops generation (back-pressure)', async () => {
    const series = big.dataset.series(ACME, 1_000_000)!;
    const generated = vi.spyOn(series, 'eventAt');
    const { adminA } = await signTokens();
    const response = await call(bigServer.url, '/audits/export/csv/v2?offset=0', {
      token: adminA,
      body: props,
    });
    expect(response.status).toBe(201);
    const reader = response.body!.getReader();
    let chunks = 0;
    let bytes = 0;
    while (bytes < 2_000_000) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.byteLength;
    }
    expect(chunks).toBeGreaterThan(1);
    // Not reading: generation fills the socket buffers and then waits, far short of the 1,000,000 rows.
    const paused = await stalled(generated);
    expect(paused).toBeLessThan(500_000);
    // Cancelling: the server stops generating for good.
    await reader.cancel();
    expect(await stalled(generated)).toBeLessThan(1_000_000);
    generated.mockRestore();
  }, 30_000);

  it('stops scanning 1,000,000 events for a filtered list once the client gives up', async () => {
    const series = big.dataset.series(ACME, 1_000_000)!;
    const generated = vi.spyOn(series, 'eventAt');
    const { adminA } = await signTokens();
    const controller = new AbortController();
    const pending = fetch(
      `${bigServer.url}/audits/resources/audits/v2?count=20&offset=0&filter=no-such-text`,
      {
        headers: { authorization: `Bearer ${adminA}` },
        signal: controller.signal,
      },
    ).catch((error: unknown) => error);
    while (generated.mock.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await pending).toBeInstanceOf(Error);
    expect(await stalled(generated)).toBeLessThan(1_000_000);
    generated.mockRestore();
  }, 30_000);

  it('answers other callers while a filtered export scans 1,000,000 events, and stops once the client gives up', async () => {
    // A filter that matches nothing makes the export scan every event before its first row. Scanned in one go,
    // that held every other connection of the server for seconds, and a client that gave up changed nothing.
    const series = big.dataset.series(ACME, 1_000_000)!;
    const generated = vi.spyOn(series, 'eventAt');
    const { adminA } = await signTokens();
    const controller = new AbortController();
    const pending = fetch(`${bigServer.url}/audits/export/csv/v2?offset=0&filter=no-such-text`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminA}`, 'content-type': 'application/json' },
      body: JSON.stringify(props),
      signal: controller.signal,
    })
      .then((response) => response.text())
      .catch((error: unknown) => error);
    while (generated.mock.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const other = await call(bigServer.url, '/metadata?entityName=audits', { token: adminA });
    expect(other.status).toBe(200);
    // Answered while the scan was under way, not after it.
    expect(generated.mock.calls.length).toBeLessThan(1_000_000);
    controller.abort();
    expect(await pending).toBeInstanceOf(Error);
    expect(await stalled(generated)).toBeLessThan(1_000_000);
    generated.mockRestore();
  }, 30_000);

  it('breaks the connection off when the scenario breaks the stream, so a short file never looks complete', async () => {
    big.setScenario({ exportStream: 'broken', exportBreakAfterRows: 1200 });
    const { adminA } = await signTokens();
    const response = await call(bigServer.url, '/audits/export/csv/v2?offset=0', {
      token: adminA,
      body: props,
    });
    const reader = response.body!.getReader();
    let text = '';
    const decoder = new TextDecoder();
    await expect(
      (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          text += decoder.decode(value, { stream: true });
        }
      })(),
    ).rejects.toThrow();
    expect(text.split('\r\n').length - 2).toBe(1200);
    big.resetScenario();
  }, 30_000);
});
