import { describe, expect, it } from 'vitest';
import { createMockAuditApi } from './createMockAuditApi.ts';

const api = createMockAuditApi({ now: '2026-06-15T12:00:00Z', eventsPerTenant: 10 });
const status = async (method: string, url: string) =>
  (await api.handle(new Request(url, { method })))?.status;

describe('routing under any origin and prefix', () => {
  it('reaches each route whatever the base (absolute, regional, vendor sub-domain, proxy prefix)', async () => {
    for (const base of [
      'https://api.frontegg.com',
      'https://api.us.frontegg.com',
      'https://app-xyz.frontegg.com',
      'http://localhost:5173/frontegg',
      'http://localhost:5173/api/v1/proxy',
    ]) {
      // No token: reaching the route shows as 401, not 404 or a pass-through.
      expect(await status('GET', `${base}/audits/resources/audits/v2?count=1&offset=0`)).toBe(401);
      expect(await status('POST', `${base}/audits/resources/audits/v2/export/csv`)).toBe(401);
      expect(await status('POST', `${base}/audits/export/csv/v2`)).toBe(401);
      expect(await status('GET', `${base}/audits`)).toBe(401);
      expect(await status('POST', `${base}/audits`)).toBe(401);
      expect(await status('GET', `${base}/audits/stats`)).toBe(401);
      expect(await status('GET', `${base}/metadata?entityName=audits`)).toBe(401);
      expect(await status('GET', `${base}/metadata/ip/1.2.3.4`)).toBe(401);
      expect(await status('GET', `${base}/metadata/ipme`)).toBe(401);
      expect(await status('POST', `${base}/audits/export/csv`)).toBe(401);
      expect(await status('GET', `${base}/audits/stats/`)).toBe(401);
    }
  });

  it('404s unknown paths, 405s wrong methods (with Allow), and leaves everything else alone', async () => {
    expect(await status('GET', 'https://api.frontegg.com/audits/unknown')).toBe(404);
    expect(await status('DELETE', 'https://api.frontegg.com/audits')).toBe(405);
    expect(await status('GET', 'https://api.frontegg.com/audits/export/csv/v2')).toBe(405);
    for (const method of ['PUT', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND', 'get']) {
      const response = await api.handle(new Request('https://api.frontegg.com/audits/stats', { method }));
      // HEAD takes the GET route (RFC 9110 §9.3.2), so it reaches the token check as GET does.
      const reached = method === 'get' || method === 'HEAD';
      expect(response?.status, method).toBe(reached ? 401 : 405);
      if (!reached) expect(response?.headers.get('allow')).toBe('GET, HEAD');
    }
    expect(await status('GET', 'https://api.frontegg.com/metadata/ip')).toBe(404);
    // A dev server's source files and unrelated paths pass through to the network.
    expect(await status('GET', 'http://localhost:5173/src/audits/AuditLog.tsx')).toBeUndefined();
    expect(await status('GET', 'http://localhost:5173/node_modules/.vite/deps/metadata.js')).toBeUndefined();
    expect(await status('GET', 'http://localhost:5173/assets/index.js')).toBeUndefined();
    expect(await status('GET', 'http://localhost:5173/auditsx')).toBeUndefined();
  });
});

describe('malformed paths', () => {
  it('answers 400 with the error body, never 500, for a percent-escape that does not decode', async () => {
    for (const path of [
      '/metadata/ip/%E0%A4%A',
      '/metadata/ip/%',
      '/metadata/ip/%ZZ',
      '/metadata/ip/%C0%80',
    ]) {
      const response = await api.handle(new Request(`https://api.frontegg.com${path}`));
      expect(response?.status, path).toBe(400);
      expect(((await response!.json()) as { errors: string[] }).errors[0]).toContain('percent-escape');
    }
  });
});
