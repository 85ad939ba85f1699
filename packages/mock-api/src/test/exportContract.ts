// The paged and streamed CSV exports. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import { ACME, PAGED_EXPORT, STREAM_EXPORT, TEST_SIZE, errorsOf, props } from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function exportContract(ctx: ContractContext): void {
  const { t, get, list } = ctx;
  describe('export', () => {
    it('exports one page as CSV with the requested headers, order and rows', async () => {
      const response = await get(`${PAGED_EXPORT}?count=5&offset=3`, {
        token: t.adminA,
        tenant: ACME,
        body: props,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="audits.csv"');
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe('Time,Action');
      expect(lines.at(-1)).toBe('');
      const page = await list('count=5&offset=3');
      expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(page.data.map((e) => e.createdAt));
    });

    it('streams every matching event from the legacy export when count is 0 or absent', async () => {
      for (const count of ['&count=0', '']) {
        const response = await get(`${STREAM_EXPORT}?offset=0${count}&outputFileName=acme-audit`, {
          token: t.env,
          tenant: ACME,
          body: props,
        });
        expect(response.status).toBe(201);
        expect(response.headers.get('content-disposition')).toBe('attachment; filename="acme-audit.csv"');
        const text = await response.text();
        expect(text.split('\r\n').length - 2).toBeGreaterThanOrEqual(TEST_SIZE);
      }
      const high = await get(`${STREAM_EXPORT}?severity=high`, {
        token: t.adminA,
        body: {
          properties: [{ name: 'severity', displayName: 'Severity', type: 'Severity', sortable: true }],
        },
      });
      const rows = (await high.text()).trim().split('\r\n');
      expect(rows.slice(1).every((r) => r === 'High')).toBe(true);
      expect(rows.length - 1).toBe((await list('count=1&offset=0&severity=high')).total);
      const five = await get(`${STREAM_EXPORT}?count=5`, { token: t.adminA, body: props });
      expect((await five.text()).trim().split('\r\n')).toHaveLength(6);
    });

    it('rejects bad export bodies and queries', async () => {
      const post = (body: unknown, path = `${PAGED_EXPORT}?count=5&offset=0`) =>
        get(path, { token: t.adminA, body });
      const check = async (body: unknown, status: number, text: string) => {
        const response = await post(body);
        expect(response.status).toBe(status);
        expect((await errorsOf(response)).join(' ')).toContain(text);
      };
      await check({ properties: [] }, 400, 'properties');
      await check({}, 400, 'properties');
      await check(
        { properties: Array.from({ length: 101 }, () => ({ name: 'action', displayName: 'A' })) },
        400,
        'properties',
      );
      await check({ properties: [{ name: 'password', displayName: 'P' }] }, 400, 'properties[0].name');
      await check({ properties: [{ name: 'action', displayName: 7 }] }, 400, 'properties[0].displayName');
      await check('{not json', 400, 'JSON');
      await check({ properties: [{ name: 'action', displayName: 'x'.repeat(70_000) }] }, 413, 'body');
      const noCount = await post(props, `${PAGED_EXPORT}?offset=0`);
      expect(noCount.status).toBe(400);
      expect((await errorsOf(noCount)).join(' ')).toContain('count');
    });
  });
}
