import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { TEST_NOW, TEST_SEED } from '../test/contractClient.ts';
import { createMockAuditApi } from './createMockAuditApi.ts';
import type { MockAuditApi } from './createMockAuditApi.ts';

const options = { seed: TEST_SEED, now: TEST_NOW, eventsPerTenant: 5 };

async function get(api: MockAuditApi, url: string, method = 'GET') {
  const token = await demoToken(demoIdentities.tenantAAdmin);
  return api.handle(new Request(url, { method, headers: { authorization: `Bearer ${token}` } }));
}

describe('createMockAuditApi baseUrl', () => {
  it('handles only requests under an absolute base and leaves the host’s own /audits and /metadata alone', async () => {
    const api = createMockAuditApi({ ...options, baseUrl: 'https://api.frontegg.com' });
    for (const url of [
      'https://api.myapp.test/v1/projects/7/audits',
      'https://api.myapp.test/v1/metadata/flags',
      'https://api.myapp.test/audits/resources/audits/v2?count=1&offset=0',
      'http://api.frontegg.com/audits/stats',
      'https://api.frontegg.com/v1/projects/7/audits',
      'https://api.frontegg.com/identity/resources/users/v1',
    ])
      expect(await get(api, url), url).toBeUndefined();
    const list = await get(api, 'https://api.frontegg.com/audits/resources/audits/v2?count=1&offset=0');
    expect(list?.status).toBe(200);
    expect((await get(api, 'https://api.frontegg.com:443/metadata/ipme'))?.status).toBe(200);
    // Under the base, the API's own namespace still answers its errors.
    expect((await get(api, 'https://api.frontegg.com/audits/nope'))?.status).toBe(404);
    expect(await get(api, 'https://api.frontegg.com/x/audits')).toBeUndefined();
  });

  it('takes a path prefix on any origin, with or without a trailing slash', async () => {
    for (const baseUrl of ['/frontegg', '/frontegg/', 'https://app.test/frontegg']) {
      const api = createMockAuditApi({ ...options, baseUrl });
      expect((await get(api, 'https://app.test/frontegg/audits/stats'))?.status, baseUrl).toBe(200);
      expect(await get(api, 'https://app.test/v1/projects/7/audits'), baseUrl).toBeUndefined();
      expect(await get(api, 'https://app.test/fronteggx/audits/stats'), baseUrl).toBeUndefined();
      expect(await get(api, 'https://app.test/frontegg/v1/audits'), baseUrl).toBeUndefined();
    }
  });

  it('refuses a base that is neither an http(s) URL nor a path, naming it', () => {
    for (const baseUrl of [
      'frontegg',
      'ftp://x.test',
      'https://x.test/?a=1',
      '/a#b',
      42 as unknown as string,
    ])
      expect(() => createMockAuditApi({ ...options, baseUrl }), String(baseUrl)).toThrow(/baseUrl/);
  });
});

describe('createMockAuditApi baseUrl with the host’s own handlers', () => {
  const api = createMockAuditApi({ ...options, baseUrl: 'https://api.frontegg.com' });
  const host = [
    http.get('https://api.myapp.test/v1/projects/:id/audits', () => HttpResponse.json({ host: 'audits' })),
    http.get('https://api.myapp.test/v1/metadata/flags', () => HttpResponse.json({ host: 'flags' })),
  ];
  const server = setupServer(...api.handlers, ...host);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('lets the host’s handlers answer their own paths after the mock’s', async () => {
    expect(await (await fetch('https://api.myapp.test/v1/projects/7/audits')).json()).toEqual({
      host: 'audits',
    });
    expect(await (await fetch('https://api.myapp.test/v1/metadata/flags')).json()).toEqual({ host: 'flags' });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const stats = await fetch('https://api.frontegg.com/audits/stats', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stats.status).toBe(200);
  });
});
