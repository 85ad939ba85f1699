// Request-targets Node's HTTP parser lets through but the URL standard (or `Request`) refuses: the caller's
// mistake, answered 400 in the contract's error shape, over a raw socket (no client would send them).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { startStandaloneServer } from './startStandaloneServer.ts';
import type { StandaloneServer } from './startStandaloneServer.ts';

let server: StandaloneServer;
beforeAll(async () => {
  server = await startStandaloneServer({
    port: 0,
    api: createMockAuditApi({ seed: 1, now: '2026-06-15T12:00:00Z', eventsPerTenant: 10 }),
  });
});
afterAll(() => server.close());

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends one request line as written, on a fresh connection, and reads the answer until the server closes. */
function sendRaw(requestLine: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () =>
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: rest.join('\r\n\r\n'),
      });
    });
  });
}

describe('a request-target that is no URL', () => {
  it.each([
    'GET //a@/ HTTP/1.1',
    'GET http://[::1 HTTP/1.1',
    'GET http://x:99999/audits HTTP/1.1',
    'GET http://user:pass@x/audits?count=1&offset=0 HTTP/1.1',
    'POST http://x:99999/audits HTTP/1.1',
  ])('%s is a 400 with the contract’s error body and trace id, not the last-resort 500', async (line) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const answer = await sendRaw(line);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(answer.headers.get('frontegg-trace-id')).toMatch(/^[0-9a-f]{32}$/);
      // A browser caller can read it, as every other answer of the API.
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      // Chunked or not, the JSON object is the only thing between its braces.
      const json = JSON.parse(answer.body.slice(answer.body.indexOf('{'), answer.body.lastIndexOf('}') + 1));
      expect(json).toEqual({
        errors: [expect.stringMatching(/request target/)],
        errorCode: 'ER-AUDITS-BAD-REQUEST',
      });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('leaves absolute-form targets that are URLs to the API, as before', async () => {
    expect((await sendRaw('GET http://x/audits/stats HTTP/1.1')).status).toBe(401);
  });
});
