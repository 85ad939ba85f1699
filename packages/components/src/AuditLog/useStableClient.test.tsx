import { demoIdentities, demoToken, type DemoIdentity } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import { render, renderHook } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';
import { useStableClient, type StableClientOptions } from './useStableClient.ts';

setupMockApi();

const tokenOf = (identity: DemoIdentity) => () => demoToken(identity);

describe('useStableClient', () => {
  it('keeps one client while only getToken changes, and builds a new one for another user or tenant', async () => {
    const { result, rerender } = await renderHook((props?: StableClientOptions) => useStableClient(props!), {
      initialProps: {
        baseUrl: '',
        getToken: tokenOf(demoIdentities.tenantAAdmin),
        userId: 'ada',
      } as StableClientOptions,
    });
    const first = result.current;
    await rerender({ baseUrl: '', getToken: tokenOf(demoIdentities.tenantAAdmin), userId: 'ada' });
    expect(result.current).toBe(first);
    await rerender({ baseUrl: '', getToken: tokenOf(demoIdentities.tenantBAdmin), userId: 'hank' });
    expect(result.current).not.toBe(first);
    expect(result.current.cacheScope).not.toBe(first.cacheScope);
    await rerender({
      baseUrl: '',
      getToken: tokenOf(demoIdentities.tenantAAdmin),
      tenantId: 't',
      userId: 'a',
    });
    const tenantScope = result.current.cacheScope;
    await rerender({
      baseUrl: '',
      getToken: tokenOf(demoIdentities.tenantAAdmin),
      tenantId: 't',
      userId: 'b',
    });
    expect(result.current.cacheScope).not.toBe(tenantScope);
  });

  it('never shows the previous user’s cached events after a host swaps users on one query cache', async () => {
    const queryClient = testQueryClient();
    const log = (identity: DemoIdentity, userId: string) => (
      <AuditLog
        baseUrl=""
        getToken={tokenOf(identity)}
        userId={userId}
        queryClient={queryClient}
        showStats={false}
        newEventsInterval={false}
      />
    );
    const screen = await render(log(demoIdentities.tenantAAdmin, 'user-acme-ada'));
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByText(/@acme\.test/).first()).toBeVisible();

    await screen.rerender(log(demoIdentities.tenantBAdmin, 'user-globex-hank'));
    await expect.element(table.getByText(/@globex\.test/).first()).toBeVisible();
    expect(table.getByText(/@acme\.test/).elements()).toHaveLength(0);
  });
});
