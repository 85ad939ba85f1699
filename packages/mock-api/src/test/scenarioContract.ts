// Run-time scenarios. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import { ACME, STREAM_EXPORT, TEST_SIZE, V2, errorsOf, props } from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function scenarioContract(ctx: ContractContext): void {
  const { t, get, list, target } = ctx;
  describe('scenarios', () => {
    it('forces a status on one endpoint, with Retry-After on 429 and 503', async () => {
      target().api.setScenario({ status: { list: 503 }, retryAfterSeconds: 7 });
      const forced = await get(`${V2}?count=1&offset=0`, { token: t.adminA });
      expect(forced.status).toBe(503);
      expect(forced.headers.get('retry-after')).toBe('7');
      await errorsOf(forced);
      expect((await get('/audits/stats', { token: t.adminA })).status).toBe(200);
      target().api.setScenario({ status: { '*': 429 } });
      const limited = await get('/metadata?entityName=audits', { token: t.adminA });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
      target().api.setScenario({ status: { stats: 401 } });
      expect((await get('/audits/stats', { token: t.adminA })).status).toBe(401);
    });

    it('answers malformed JSON on chosen endpoints only', async () => {
      target().api.setScenario({ malformedJson: ['list'] });
      const broken = await get(`${V2}?count=1&offset=0`, { token: t.adminA });
      expect(broken.status).toBe(200);
      await expect(broken.json()).rejects.toThrow();
      expect((await get('/metadata?entityName=audits', { token: t.adminA })).status).toBe(200);
    });

    it('empties a tenant or resizes it at run time', async () => {
      target().api.setScenario({ emptyTenants: [ACME] });
      expect(await list('count=20&offset=0')).toEqual({ data: [], total: 0 });
      target().api.setScenario({ emptyTenants: [], eventsPerTenant: { [ACME]: 5 } });
      expect((await list('count=20&offset=0')).total).toBe(5);
    });

    it('breaks the export stream off after N rows', async () => {
      target().api.setScenario({ exportStream: 'broken', exportBreakAfterRows: 10 });
      const response = await get(`${STREAM_EXPORT}?offset=0`, { token: t.adminA, body: props });
      expect(response.status).toBe(201);
      await expect(response.text()).rejects.toThrow();
    });

    it('still delivers every row when the export is slow', async () => {
      target().api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 1 });
      const response = await get(`${STREAM_EXPORT}?offset=0`, { token: t.adminA, body: props });
      expect((await response.text()).trim().split('\r\n')).toHaveLength(TEST_SIZE + 1);
    });
  });
}
