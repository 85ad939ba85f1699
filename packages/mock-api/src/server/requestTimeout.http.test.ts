// Node's time-outs over a real socket: a client sending its headers (or its body) too slowly gets 408 Request
// Timeout, as from Node itself, with the contract's error body and a trace id. The server answered 400 Bad Request.
import type * as http from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

// Node checks time-outs every `connectionsCheckingInterval` (30 s, fixed when the server is created), so a time-out
// set low is only noticed up to 30 s late: checked every 50 ms here, the test takes a second, not half a minute.
vi.mock('node:http', async (importOriginal) => {
  const actual = await importOriginal<typeof http>();
  return {
    ...actual,
    createServer: (listener: http.RequestListener) =>
      actual.createServer({ connectionsCheckingInterval: 50 }, listener),
  };
});

const HEADERS_TIMEOUT_MS = 400;
const REQUEST_TIMEOUT_MS = 800;
let server: StandaloneServer;

beforeAll(async () => {
  server = await startStandaloneServer({
    port: 0,
    api: createMockAuditApi({ seed: 1, now: '2026-06-15T12:00:00Z', eventsPerTenant: 10 }),
  });
  // The time-outs are configured where Node keeps them, on the server: nothing of the mock's own.
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
});
afterAll(() => server.close());

/**
 * Opens a socket, writes `first` at once, then `more` every 100 ms (by default one more header line, so the headers
 * never end), and resolves with everything the server sent until it closed the connection.
 */
function sendSlowly(first: string, more = (index: number) => `x-slow-${index}: 1\r\n`): Promise<string> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let text = '';
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(first);
      let line = 0;
      timer = setInterval(() => {
        if (socket.writable) socket.write(more(line++));
      }, 100);
    });
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    // The server may close while a header line is on its way (a reset): what it sent before still counts.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve(text);
    });
  });
}

const host = () => `Host: 127.0.0.1:${server.port}\r\n`;
const headOf = (answer: string) => answer.split('\r\n\r\n')[0]!;
const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4);

describe('a request whose headers arrive too slowly', () => {
  it('is answered 408 with the error body and a trace id, after the configured time-out', async () => {
    const started = performance.now();
    const answer = await sendSlowly(`GET /audits/stats HTTP/1.1\r\n${host()}`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    expect(headOf(answer)).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(headOf(answer)).toMatch(/^content-type: application\/json; charset=utf-8$/im);
    expect(headOf(answer)).toMatch(/^frontegg-trace-id: [0-9a-f]{32}$/im);
    expect(headOf(answer)).toMatch(/^connection: close$/im);
    expect(JSON.parse(bodyOf(answer))).toEqual({
      errors: ['The request took too long to arrive'],
      errorCode: 'ER-AUDITS-REQUEST-TIMEOUT',
    });
  });

  it('is answered 408 with the error body on a connection that already carried a request', async () => {
    const answer = await sendSlowly(
      `GET /audits/stats HTTP/1.1\r\n${host()}\r\nGET /audits/stats HTTP/1.1\r\n${host()}`,
    );
    const [first, second] = answer.split(/(?=HTTP\/1\.1 )/);
    expect(headOf(first!)).toMatch(/^HTTP\/1\.1 401 /);
    expect(headOf(second!)).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(headOf(second!)).toMatch(/^frontegg-trace-id: [0-9a-f]{32}$/im);
    expect(JSON.parse(bodyOf(second!))).toMatchObject({ errorCode: 'ER-AUDITS-REQUEST-TIMEOUT' });
  });
});

describe('a request whose body arrives too slowly', () => {
  it('is answered 408 with the error body once requestTimeout passes, and logs no failure of the mock', async () => {
    const logged = vi.spyOn(console, 'error');
    try {
      const answer = await sendSlowly(
        `POST /audits HTTP/1.1\r\n${host()}content-type: application/json\r\ncontent-length: 1000\r\n\r\n{`,
        () => ' ',
      );
      expect(headOf(answer)).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(headOf(answer)).toMatch(/^frontegg-trace-id: [0-9a-f]{32}$/im);
      expect(JSON.parse(bodyOf(answer))).toMatchObject({ errorCode: 'ER-AUDITS-REQUEST-TIMEOUT' });
      // The handler that was reading the body ends quietly once the connection is gone.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
