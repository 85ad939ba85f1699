// HEAD through the in-process api (RFC 9110 §9.3.2): what embedders reach with `api.handle` and the MSW handlers in
// their own tests and the browser worker. It was a 405 with `Allow: GET` there while the standalone server served it.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_OPTIONS, signTokens } from '../test/contractClient.ts';
import type { Tokens } from '../test/contractClient.ts';
import { headAccessCases } from '../test/headAccessCases.ts';
import { createMockAuditApi } from './createMockAuditApi.ts';

const base = 'https://api.frontegg.test';
const api = createMockAuditApi(CONTRACT_OPTIONS);
let t: Tokens;

beforeAll(async () => {
  t = await signTokens();
});

async function answer(method: string, path: string, headers: Record<string, string> = {}) {
  const response = await api.handle(new Request(`${base}${path}`, { method, headers }));
  if (!response) throw new Error(`${method} ${path} was not the api's`);
  return response;
}

/** Every header but the trace id, whose value differs per answer. */
function comparable(headers: Headers): Record<string, string> {
  const { 'frontegg-trace-id': _trace, ...rest } = Object.fromEntries(headers);
  return rest;
}

describe('HEAD through api.handle', () => {
  it('answers every GET route as GET does: same status and headers, a trace id, no body', async () => {
    const auth = { authorization: `Bearer ${t.adminA}` };
    for (const path of [
      '/audits/resources/audits/v2?count=1&offset=0',
      '/audits?count=1&offset=0',
      '/audits/stats',
      '/metadata?entityName=audits',
      '/metadata/ip/81.2.69.142',
      '/frontegg/audits/stats',
    ]) {
      const get = await answer('GET', path, auth);
      const head = await answer('HEAD', path, auth);
      expect(get.status, path).toBe(200);
      expect(await get.text(), path).not.toBe('');
      expect(head.status, path).toBe(200);
      expect(comparable(head.headers), path).toEqual(comparable(get.headers));
      expect(head.headers.get('frontegg-trace-id'), path).toMatch(/^[0-9a-f]{32}$/);
      expect(head.body, path).toBeNull();
    }
  });

  it('runs the same token, permission and tenant checks as GET, and answers their errors without the body', async () => {
    for (const [path, headers, status] of headAccessCases(t)) {
      const get = await answer('GET', path, headers);
      const head = await answer('HEAD', path, headers);
      expect([get.status, head.status], path).toEqual([status, status]);
      expect(comparable(head.headers), path).toEqual(comparable(get.headers));
      expect(head.body, path).toBeNull();
    }
  });

  it('refuses HEAD on the CSV exports (POST only) with Allow: POST, producing no file', async () => {
    const auth = { authorization: `Bearer ${t.adminA}` };
    for (const path of [
      '/audits/export/csv/v2?offset=0',
      '/audits/export/csv',
      '/audits/resources/audits/v2/export/csv',
    ]) {
      const head = await answer('HEAD', path, auth);
      expect(head.status, path).toBe(405);
      expect(head.headers.get('allow'), path).toBe('POST');
      expect(head.headers.get('content-type'), path).not.toMatch(/csv/);
      expect(head.body, path).toBeNull();
    }
  });

  it('names HEAD beside GET in the Allow of every 405 where GET is allowed', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/audits/stats', 'GET, HEAD'],
      ['DELETE', '/audits/resources/audits/v2', 'GET, HEAD'],
      ['PATCH', '/metadata/ip/81.2.69.142', 'GET, HEAD'],
      ['PUT', '/audits', 'GET, HEAD, POST'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await answer(method, path, { authorization: `Bearer ${t.adminA}` });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect(((await response.json()) as { errors: string[] }).errors[0]).toContain(
        `use ${allow.replace(/, (?=[A-Z]+$)/, ' or ')}`,
      );
    }
  });
});

describe('HEAD through the MSW handlers', () => {
  const server = setupServer(...api.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers a fetch as GET would, without the body, and 401 without a token', async () => {
    const url = `${base}/audits/stats`;
    const headers = { authorization: `Bearer ${t.adminA}` };
    const get = await fetch(url, { headers });
    const head = await fetch(url, { method: 'HEAD', headers });
    expect([get.status, head.status]).toEqual([200, 200]);
    expect(comparable(head.headers)).toEqual(comparable(get.headers));
    expect(await head.text()).toBe('');
    const anonymous = await fetch(url, { method: 'HEAD' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('frontegg-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(await anonymous.text()).toBe('');
  });
});
