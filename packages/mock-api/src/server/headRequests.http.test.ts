// HEAD over real HTTP (RFC 9110 §9.3.2): answered on every GET route as GET is, without the body, and named in
// `Allow` wherever GET is. Health checks and link checkers send HEAD; the old server answered it 405.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { CONTRACT_OPTIONS, signTokens } from '../test/contractClient.ts';
import type { Tokens } from '../test/contractClient.ts';
import { headAccessCases } from '../test/headAccessCases.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

let server: StandaloneServer;
let t: Tokens;

beforeAll(async () => {
  server = await startStandaloneServer({
    port: 0,
    api: createMockAuditApi(CONTRACT_OPTIONS),
    controlRoutes: true,
  });
  t = await signTokens();
});
afterAll(() => server.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  /** Every byte after the head, until the server closed the connection. */
  rest: string;
}

/** One request on a fresh socket (`Connection: close`), read to the end: nothing a client would hide is lost. */
function exchange(method: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const lines = Object.entries({ host: `127.0.0.1:${server.port}`, ...headers, connection: 'close' }).map(
      ([name, value]) => `${name}: ${value}\r\n`,
    );
    const socket = connect(server.port, '127.0.0.1', () =>
      socket.write(`${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`),
    );
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const end = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...fields] = text.slice(0, end).split('\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1] ?? 0),
        headers: Object.fromEntries(
          fields.map((field) => {
            const colon = field.indexOf(':');
            return [field.slice(0, colon).toLowerCase(), field.slice(colon + 1).trim()];
          }),
        ),
        rest: text.slice(end + 4),
      });
    });
  });
}

/** The headers that must match between GET and HEAD: all but the date, the trace id's value and the framing. */
function comparable(headers: Record<string, string>): Record<string, string> {
  const { date: _date, 'frontegg-trace-id': _trace, 'transfer-encoding': _framing, ...rest } = headers;
  return rest;
}

describe('HEAD on the standalone server', () => {
  it('answers every GET route as GET does: same status and headers, a trace id, no body', async () => {
    const cases: [string, Record<string, string>][] = [
      ['/audits/resources/audits/v2?count=1&offset=0', { authorization: `Bearer ${t.adminA}` }],
      ['/audits?count=1&offset=0', { authorization: `Bearer ${t.adminA}` }],
      ['/audits/stats', { authorization: `Bearer ${t.adminA}` }],
      ['/metadata?entityName=audits', { authorization: `Bearer ${t.adminA}` }],
      ['/metadata/ipme', { authorization: `Bearer ${t.adminA}`, 'x-forwarded-for': '81.2.69.142' }],
      ['/metadata/ip/81.2.69.142', { authorization: `Bearer ${t.adminA}` }],
      // A browser's Origin is reflected on HEAD as on GET.
      ['/frontegg/audits/stats', { authorization: `Bearer ${t.adminA}`, origin: 'http://localhost:5173' }],
      ['/__mock/scenario', {}],
    ];
    for (const [path, headers] of cases) {
      const get = await exchange('GET', path, headers);
      const head = await exchange('HEAD', path, headers);
      expect(get.status, path).toBe(200);
      expect(get.rest, path).not.toBe('');
      expect(head.status, path).toBe(200);
      expect(comparable(head.headers), path).toEqual(comparable(get.headers));
      expect(head.headers['frontegg-trace-id'], path).toMatch(/^[0-9a-f]{32}$/);
      expect(head.headers['content-type'], path).toMatch(/^application\/json/);
      expect(head.rest, path).toBe('');
    }
  });

  it('runs the same token, permission and tenant checks as GET, and answers their errors without the body', async () => {
    for (const [path, headers, status] of headAccessCases(t)) {
      const get = await exchange('GET', path, headers);
      const head = await exchange('HEAD', path, headers);
      expect([get.status, head.status], path).toEqual([status, status]);
      expect(comparable(head.headers), path).toEqual(comparable(get.headers));
      expect(head.headers['frontegg-trace-id'], path).toMatch(/^[0-9a-f]{32}$/);
      expect(head.rest, path).toBe('');
    }
  });

  it('answers a HEAD whose target is no URL 400, as GET, without the body', async () => {
    const get = await exchange('GET', '//a@/');
    const head = await exchange('HEAD', '//a@/');
    expect([get.status, head.status]).toEqual([400, 400]);
    expect(get.rest).not.toBe('');
    expect(comparable(head.headers)).toEqual(comparable(get.headers));
    expect(head.rest).toBe('');
  });

  it('refuses HEAD where GET is not allowed, naming what is', async () => {
    const auth = { authorization: `Bearer ${t.adminA}` };
    for (const path of ['/audits/export/csv/v2?offset=0', '/audits/resources/audits/v2/export/csv']) {
      const head = await exchange('HEAD', path, auth);
      expect(head.status, path).toBe(405);
      expect(head.headers.allow, path).toBe('POST');
      expect(head.rest, path).toBe('');
    }
    const reset = await exchange('HEAD', '/__mock/reset');
    expect([reset.status, reset.headers.allow]).toEqual([405, 'POST']);
  });

  it('names HEAD beside GET in the Allow of every 405 where GET is allowed', async () => {
    const auth = { authorization: `Bearer ${t.adminA}` };
    const cases: [string, string, string][] = [
      ['PUT', '/audits/stats', 'GET, HEAD'],
      ['DELETE', '/audits/resources/audits/v2', 'GET, HEAD'],
      ['PATCH', '/metadata/ip/81.2.69.142', 'GET, HEAD'],
      ['PUT', '/audits', 'GET, HEAD, POST'],
      ['DELETE', '/__mock/scenario', 'GET, HEAD, PUT'],
      ['TRACE', '/audits/stats', 'GET, HEAD, POST'],
      ['CONNECT', '127.0.0.1:1', 'GET, HEAD, POST'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await exchange(method, path, auth);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow, `${method} ${path}`).toBe(allow);
    }
  });
});
