import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { exportToMemory } from '../test-utils/exportToMemory.ts';
import { recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// `legacy`: a deployment without the v2 endpoints (as `<AuditLog legacy>` reads the list). Every way of exporting
// must then keep to `GET /audits` and `POST /audits/export/csv/v2`: a request to a v2 path there fails the export.

const server = setupMockBackend(650);
const requests = recordRequests(server);
const now = new Date();
const legacyPaths = ['/audits', '/audits/export/csv/v2'];

async function exportWith(options: Partial<DownloadAuditCsvOptions>) {
  const { result, target } = await exportToMemory({ now, format: 'csv-plain', ...options });
  const sent = requests.map((request) => new URL(request.url));
  requests.length = 0;
  return { result, text: target.text(), sent };
}

describe('an export with legacy', () => {
  it('pages through the legacy export alone, 200 a request, to the same file as the one stream', async () => {
    const paged = await exportWith({ strategy: 'paged', legacy: true });
    expect(new Set(paged.sent.map((url) => url.pathname))).toEqual(new Set(legacyPaths));
    const pages = paged.sent.filter((url) => url.pathname === '/audits/export/csv/v2');
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.every((url) => url.searchParams.get('count') === '200')).toBe(true);
    const stream = await exportWith({ legacy: true });
    expect(paged.result).toMatchObject({ status: 'done', rows: stream.result.total, unapplied: [] });
    expect(paged.text).toBe(stream.text);
  });

  it('writes JSON Lines from the legacy list alone, the same lines as from v2', async () => {
    const legacy = await exportWith({ format: 'jsonl', legacy: true });
    expect(new Set(legacy.sent.map((url) => url.pathname))).toEqual(new Set(['/audits']));
    const v2 = await exportWith({ format: 'jsonl' });
    expect(v2.sent.some((url) => url.pathname.includes('/resources/audits/v2'))).toBe(true);
    expect(legacy.result.rows).toBe(v2.result.total);
    expect(legacy.text).toBe(v2.text);
  });

  it('leaves out a users filter, which only v2 takes, and says so, instead of asking v2', async () => {
    const query = { ...defaultAuditQuery, filters: { users: ['user-acme-ada'] } };
    const { result, sent } = await exportWith({ query, legacy: true });
    // The column metadata (not a v2 endpoint) tells that no column is called `users`.
    expect(sent.map((url) => url.pathname).filter((path) => !legacyPaths.includes(path))).toEqual([
      '/metadata',
    ]);
    expect(sent.some((url) => url.searchParams.has('users'))).toBe(false);
    expect(result.unapplied.map((item) => [item.kind, item.column])).toEqual([['filter', 'users']]);
    // Every event of the tenant: the file is not filtered by the user, as the dialog says beforehand.
    const all = await exportWith({ legacy: true });
    expect(result.rows).toBe(all.result.rows);
  });
});
