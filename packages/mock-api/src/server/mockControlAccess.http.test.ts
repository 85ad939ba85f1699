// Who may drive the run-time controls, over real sockets: the Origin, Sec-Fetch-Site and Host checks stop
// browsers only, so a program on another machine that wrote `Host: 127.0.0.1:<port>` could set a 503 with 30 s of
// latency for everyone using a mock started with HOST=0.0.0.0. The caller's socket address decides now, or a token.
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { CONTRACT_OPTIONS } from '../test/contractClient.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

/** This machine's first address that is not loopback, to call the server as another machine would. */
function lanAddress(family: 'IPv4' | 'IPv6'): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find(
      (entry) => entry && !entry.internal && entry.family === family && !entry.address.startsWith('fe80:'),
    )?.address;
}
const lanV4 = lanAddress('IPv4');
const lanV6 = lanAddress('IPv6');
const NO_LAN_V4 = 'skipped on a machine without a non-loopback IPv4 address to call from';
const NO_LAN_V6 = 'skipped on a machine without a non-loopback IPv6 address to call from';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request to the server at `address` (connecting there makes it the socket's remote address too), with the
 * `Host` the reviewer's attack wrote: the server's own loopback host, which the Host check lets through.
 */
function send(
  address: string,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: address, port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const outage = '{"status":{"*":503},"latencyMs":30000}';
const json = { 'content-type': 'application/json' };

/**
 * A standalone server with control routes, listening on `host`, for the `describe` it is called in: started
 * before its tests, its scenario reset after each, closed after all; the getter returns it once started.
 */
function startOn(host: string, controlToken?: string): () => StandaloneServer {
  let server: StandaloneServer | undefined;
  beforeAll(async () => {
    server = await startStandaloneServer({
      port: 0,
      host,
      api: createMockAuditApi(CONTRACT_OPTIONS),
      controlRoutes: true,
      ...(controlToken !== undefined && { controlToken }),
    });
  });
  afterEach(() => server?.api.resetScenario());
  afterAll(() => server?.close());
  return () => server!;
}

describe('control routes without a token', () => {
  const server = startOn('0.0.0.0');

  it.skipIf(!lanV4)(
    `refuse a caller on another machine, whatever Host or x-forwarded-for it sends (${NO_LAN_V4})`,
    async () => {
      const put = await send(
        lanV4!,
        server().port,
        'PUT',
        '/__mock/scenario',
        {
          ...json,
          'x-forwarded-for': '127.0.0.1',
        },
        outage,
      );
      expect(put.status).toBe(403);
      expect(JSON.parse(put.body)).toEqual({
        errors: [expect.stringContaining('callers on this machine only')],
        errorCode: 'ER-AUDITS-FORBIDDEN',
      });
      expect(put.headers['access-control-allow-origin']).toBeUndefined();
      expect(server().api.scenario.latencyMs).toBe(0);
      expect(server().api.scenario.status).toEqual({});
      expect((await send(lanV4!, server().port, 'POST', '/__mock/reset')).status).toBe(403);
      expect((await send(lanV4!, server().port, 'GET', '/__mock/scenario')).status).toBe(403);
      // The API itself still answers that caller: only the controls are closed to it.
      expect((await send(lanV4!, server().port, 'GET', '/audits/stats')).status).toBe(401);
    },
  );

  it.skipIf(!lanV4)(
    `refuse with the answer of the other control-route refusals, an Origin's (${NO_LAN_V4})`,
    async () => {
      const byAddress = await send(lanV4!, server().port, 'POST', '/__mock/reset');
      const byOrigin = await send('127.0.0.1', server().port, 'POST', '/__mock/reset', {
        origin: 'https://evil.example',
      });
      expect(byOrigin.status).toBe(403);
      expect(byAddress.status).toBe(byOrigin.status);
      expect(byAddress.headers['content-type']).toBe(byOrigin.headers['content-type']);
      expect(byAddress.headers['frontegg-trace-id']).toMatch(/^[0-9a-f]{32}$/);
      expect(Object.keys(JSON.parse(byAddress.body))).toEqual(Object.keys(JSON.parse(byOrigin.body)));
      expect(JSON.parse(byAddress.body).errorCode).toBe(JSON.parse(byOrigin.body).errorCode);
    },
  );

  it.skipIf(!lanV4)(
    `refuse a caller naming the address it reached the server on, and a rebinding page's Host (${NO_LAN_V4})`,
    async () => {
      const reached = await send(
        lanV4!,
        server().port,
        'PUT',
        '/__mock/scenario',
        { ...json, host: `${lanV4}:${server().port}` },
        outage,
      );
      expect(reached.status).toBe(403);
      // On this machine, so let in by its address, but under a name other than the server's own (DNS rebinding).
      const rebound = await send(
        '127.0.0.1',
        server().port,
        'PUT',
        '/__mock/scenario',
        { ...json, host: `evil.example:${server().port}` },
        outage,
      );
      expect(rebound.status).toBe(403);
      expect(JSON.parse(rebound.body).errors[0]).toContain('own host');
      expect(server().api.scenario.latencyMs).toBe(0);
    },
  );

  it('answer a caller on this machine as before, even with the server listening on every interface', async () => {
    const put = await send('127.0.0.1', server().port, 'PUT', '/__mock/scenario', json, '{"latencyMs":5}');
    expect(put.status).toBe(200);
    expect(server().api.scenario.latencyMs).toBe(5);
    expect((await fetch(`http://127.0.0.1:${server().port}/__mock/reset`, { method: 'POST' })).status).toBe(
      200,
    );
    expect(server().api.scenario.latencyMs).toBe(0);
  });
});

describe('control routes on a dual-stack listener (`::`)', () => {
  const server = startOn('::');

  it('take an IPv4 loopback caller (seen as ::ffff:127.0.0.1) and ::1 for this machine', async () => {
    expect((await send('127.0.0.1', server().port, 'GET', '/__mock/scenario')).status).toBe(200);
    expect((await send('::1', server().port, 'GET', '/__mock/scenario')).status).toBe(200);
  });

  it.skipIf(!lanV4)(`refuse an IPv4 caller on another machine (${NO_LAN_V4})`, async () => {
    expect((await send(lanV4!, server().port, 'PUT', '/__mock/scenario', json, outage)).status).toBe(403);
    expect(server().api.scenario.latencyMs).toBe(0);
  });

  it.skipIf(!lanV6)(`refuse an IPv6 caller on another machine (${NO_LAN_V6})`, async () => {
    expect((await send(lanV6!, server().port, 'PUT', '/__mock/scenario', json, outage)).status).toBe(403);
    expect(server().api.scenario.latencyMs).toBe(0);
  });
});

describe('control routes with a token', () => {
  const token = 'mock-control-0123456789abcdef';
  const server = startOn('0.0.0.0', token);

  it('need it from a caller on this machine too: missing or wrong is a 403', async () => {
    for (const given of [undefined, '', token.slice(0, -1), `${token.slice(0, -1)}X`, `${token}0`]) {
      const headers = given === undefined ? json : { ...json, 'x-mock-control-token': given };
      const put = await send('127.0.0.1', server().port, 'PUT', '/__mock/scenario', headers, outage);
      expect(put.status, String(given)).toBe(403);
      expect(JSON.parse(put.body)).toEqual({
        errors: [expect.stringContaining('x-mock-control-token')],
        errorCode: 'ER-AUDITS-FORBIDDEN',
      });
    }
    expect(server().api.scenario.latencyMs).toBe(0);
    const withToken = { 'x-mock-control-token': token };
    const put = await send(
      '127.0.0.1',
      server().port,
      'PUT',
      '/__mock/scenario',
      { ...json, ...withToken },
      '{"latencyMs":5}',
    );
    expect(put.status).toBe(200);
    expect(server().api.scenario.latencyMs).toBe(5);
    expect((await send('127.0.0.1', server().port, 'POST', '/__mock/reset', withToken)).status).toBe(200);
    expect(server().api.scenario.latencyMs).toBe(0);
  });

  it.skipIf(!lanV4)(
    `let a caller on another machine in with it, and only with it (${NO_LAN_V4})`,
    async () => {
      expect((await send(lanV4!, server().port, 'PUT', '/__mock/scenario', json, outage)).status).toBe(403);
      const put = await send(
        lanV4!,
        server().port,
        'PUT',
        '/__mock/scenario',
        {
          ...json,
          'x-mock-control-token': token,
        },
        '{"latencyMs":5}',
      );
      expect(put.status).toBe(200);
      expect(server().api.scenario.latencyMs).toBe(5);
    },
  );

  it.skipIf(!lanV4)(
    `let a caller on another machine in with the Host it reached the server on, only with the token (${NO_LAN_V4})`,
    async () => {
      // What curl or any HTTP client writes when called with the server's LAN address: not a loopback host.
      const reached = { ...json, host: `${lanV4}:${server().port}` };
      const refused = await send(lanV4!, server().port, 'PUT', '/__mock/scenario', reached, outage);
      expect(refused.status).toBe(403);
      const put = await send(
        lanV4!,
        server().port,
        'PUT',
        '/__mock/scenario',
        { ...reached, 'x-mock-control-token': token },
        '{"latencyMs":5}',
      );
      expect(put.status, put.body).toBe(200);
      expect(server().api.scenario.latencyMs).toBe(5);
      const reset = await send(lanV4!, server().port, 'POST', '/__mock/reset', {
        host: `${lanV4}:${server().port}`,
        'x-mock-control-token': token,
      });
      expect(reset.status).toBe(200);
      expect(server().api.scenario.latencyMs).toBe(0);
    },
  );

  // The same without a LAN: Linux answers all of 127.0.0.0/8, and `127.0.0.2` is none of the server's own hosts.
  it.skipIf(process.platform !== 'linux')(
    'let a caller with the token in with the Host of the address it reached, here 127.0.0.2 (Linux only)',
    async () => {
      const host = `127.0.0.2:${server().port}`;
      expect((await send('127.0.0.2', server().port, 'GET', '/__mock/scenario', { host })).status).toBe(403);
      const withToken = { host, 'x-mock-control-token': token };
      expect((await send('127.0.0.2', server().port, 'GET', '/__mock/scenario', withToken)).status).toBe(200);
    },
  );

  it.skipIf(!lanV4)(
    `refuse, even with the token, a Host that is not where the caller reached the server (${NO_LAN_V4})`,
    async () => {
      const withToken = { ...json, 'x-mock-control-token': token };
      for (const host of [
        // A rebinding page writes its own name; another port or a path is not this socket either.
        `evil.example:${server().port}`,
        `${lanV4}:${server().port + 1}`,
        `${lanV4}:${server().port}/x`,
        `a@${lanV4}:${server().port}`,
      ]) {
        const put = await send(
          lanV4!,
          server().port,
          'PUT',
          '/__mock/scenario',
          { ...withToken, host },
          outage,
        );
        expect(put.status, host).toBe(403);
      }
      expect(server().api.scenario.latencyMs).toBe(0);
    },
  );

  it('keep the browser checks: the token does not let a page elsewhere in', async () => {
    const put = await send(
      '127.0.0.1',
      server().port,
      'PUT',
      '/__mock/scenario',
      {
        ...json,
        'x-mock-control-token': token,
        origin: 'https://evil.example',
      },
      outage,
    );
    expect(put.status).toBe(403);
    expect(server().api.scenario.latencyMs).toBe(0);
  });

  it('refuse to start with a token no header could carry unchanged, or an empty one', async () => {
    for (const controlToken of ['', 'two words', 'tökén', 'line\nbreak']) {
      const started = startStandaloneServer({ port: 0, controlRoutes: true, controlToken });
      // Close it if it started after all, so a failing run leaves no server behind.
      started.then((s) => s.close()).catch(() => {});
      await expect(started, JSON.stringify(controlToken)).rejects.toThrow('controlToken');
    }
  });
});

describe('a control route that fails inside the server', () => {
  it('answers its last-resort 500 without CORS headers, which the API routes keep', async () => {
    const failing = () => {
      throw new Error('failure inside the mock (test)');
    };
    const api = Object.assign(createMockAuditApi(CONTRACT_OPTIONS), { reset: failing, handle: failing });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = await startStandaloneServer({ port: 0, api, controlRoutes: true });
    try {
      const control = await send('127.0.0.1', server.port, 'POST', '/__mock/reset');
      expect(control.status).toBe(500);
      // The contract's error answer, code and trace id included: they were missing from this one only.
      expect(JSON.parse(control.body)).toEqual({
        errors: ['Internal error in the mock server'],
        errorCode: 'ER-AUDITS-INTERNAL',
      });
      expect(control.headers['frontegg-trace-id']).toMatch(/^[0-9a-f]{32}$/);
      expect(control.headers['access-control-allow-origin']).toBeUndefined();
      const route = await send('127.0.0.1', server.port, 'GET', '/audits/stats');
      expect(route.status).toBe(500);
      expect(JSON.parse(route.body)).toMatchObject({ errorCode: 'ER-AUDITS-INTERNAL' });
      expect(route.headers['frontegg-trace-id']).toMatch(/^[0-9a-f]{32}$/);
      expect(route.headers['frontegg-trace-id']).not.toBe(control.headers['frontegg-trace-id']);
      expect(route.headers['access-control-allow-origin']).toBe('*');
      expect(logged).toHaveBeenCalledTimes(2);
    } finally {
      logged.mockRestore();
      await server.close();
    }
  });
});
