import { createAuditClient } from '@auditkit/headless';
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

  // A host's one module-level client whose `getToken` reads the signed-in session (headless README's recipe).
  function moduleClient() {
    let signedIn: DemoIdentity = demoIdentities.tenantAAdmin;
    const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(signedIn) });
    return { client, signIn: (identity: DemoIdentity) => void (signedIn = identity) };
  }

  // Ids are the host's and may hold any character: a scope that joined them as they are read tenant `t|user:a` with
  // user `b`, and tenant `t` with user `a|user:b`, as one owner, and the second was shown the first one's pages.
  it('never shows another owner’s cached events when their ids join alike (baseUrl and getToken)', async () => {
    const queryClient = testQueryClient();
    // An environment token reads the tenant that `tenantId` names (an unknown one is empty).
    const log = (tenantId: string, userId: string) => (
      <AuditLog
        baseUrl=""
        getToken={tokenOf(demoIdentities.environment)}
        tenantId={tenantId}
        userId={userId}
        queryClient={queryClient}
        showStats={false}
        newEventsInterval={false}
      />
    );
    const screen = await render(log('tenant-globex', 'a|user:b'));
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByText(/@globex\.test/).first()).toBeVisible();

    await screen.rerender(log('tenant-globex|user:a', 'b'));
    // Not even for a moment: a cached page is drawn in the very render that takes the new owner.
    expect(table.getByText(/@globex\.test/).elements()).toHaveLength(0);
    await expect.element(screen.getByText('No events have been recorded yet.')).toBeVisible();
    expect(table.getByText(/@globex\.test/).elements()).toHaveLength(0);
  });

  it('never shows another owner’s cached events when their ids join alike (a given client)', async () => {
    const queryClient = testQueryClient();
    const { client, signIn } = moduleClient();
    const log = (tenantId: string, userId: string) => (
      <AuditLog
        client={client}
        tenantId={tenantId}
        userId={userId}
        queryClient={queryClient}
        showStats={false}
        newEventsInterval={false}
      />
    );
    signIn(demoIdentities.tenantBAdmin);
    const screen = await render(log('t|user:a', 'b'));
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByText(/@globex\.test/).first()).toBeVisible();

    signIn(demoIdentities.tenantAAdmin);
    await screen.rerender(log('t', 'a|user:b'));
    expect(table.getByText(/@globex\.test/).elements()).toHaveLength(0);
    await expect.element(table.getByText(/@acme\.test/).first()).toBeVisible();
    expect(table.getByText(/@globex\.test/).elements()).toHaveLength(0);
  });

  it('with a given client, gives each user a cache scope of their own and keeps the client’s methods', async () => {
    const { client } = moduleClient();
    const { result, rerender } = await renderHook((props?: StableClientOptions) => useStableClient(props!), {
      initialProps: { client, userId: 'ada' } as StableClientOptions,
    });
    const ada = result.current;
    await rerender({ client, userId: 'ada' });
    expect(result.current).toBe(ada);
    expect(ada.cacheScope).not.toBe(client.cacheScope);
    await rerender({ client, userId: 'hank' });
    expect(result.current.cacheScope).not.toBe(ada.cacheScope);
    await rerender({ client, userId: 'hank', tenantId: 'tenant-globex' });
    expect(result.current.cacheScope).not.toBe(ada.cacheScope);
    expect(result.current.baseUrl).toBe(client.baseUrl);
    const { data } = await result.current.list({ count: 1, offset: 0 });
    expect(data).toHaveLength(1);
  });

  // A host creating its client in render: named by tenantId and userId, a new one may keep the cache it had.
  it('keeps the cache scope for a new client of the same API and tenant only when tenantId and userId name it', async () => {
    const inline = () => createAuditClient({ baseUrl: '', getToken: tokenOf(demoIdentities.tenantAAdmin) });
    const named = { tenantId: 'tenant-acme', userId: 'ada' };
    const { result, rerender } = await renderHook((props?: StableClientOptions) => useStableClient(props!), {
      initialProps: { client: inline(), ...named } as StableClientOptions,
    });
    const first = result.current.cacheScope;
    await rerender({ client: inline(), ...named });
    expect(result.current.cacheScope).toBe(first);
    // Another user, or tenant, of the same kept scope still gets keys of their own.
    await rerender({ client: inline(), ...named, userId: 'hank' });
    expect(result.current.cacheScope).not.toBe(first);
    await rerender({ client: inline(), ...named, tenantId: 'tenant-globex' });
    expect(result.current.cacheScope).not.toBe(first);
    // Another API is not the same cache either.
    await rerender({ client: createAuditClient({ baseUrl: '/other', getToken: () => 't' }), ...named });
    expect(result.current.cacheScope).not.toBe(first);
    // Without userId a new client is how a host may sign in the next user: a cache of its own.
    await rerender({ client: inline(), tenantId: 'tenant-acme' });
    const unnamed = result.current.cacheScope;
    await rerender({ client: inline(), tenantId: 'tenant-acme' });
    expect(result.current.cacheScope).not.toBe(unnamed);
  });

  it('never keeps the cache scope across clients whose hosts gave them scopes of their own', async () => {
    // One user id for the desk, a scope per person on it: the host's scope says whose rows these are.
    const deskClient = (cacheScope: string) =>
      createAuditClient({ baseUrl: '', getToken: tokenOf(demoIdentities.tenantAAdmin), cacheScope });
    const desk = { tenantId: 'tenant-acme', userId: 'shared-desk' };
    const { result, rerender } = await renderHook((props?: StableClientOptions) => useStableClient(props!), {
      initialProps: { client: deskClient('user:ada'), ...desk } as StableClientOptions,
    });
    const ada = result.current.cacheScope;
    await rerender({ client: deskClient('user:hank'), ...desk });
    expect(result.current.cacheScope).not.toBe(ada);
    expect(result.current.cacheScope).toContain('user:hank');
    // The same scope given again is the same person's: kept.
    const hank = result.current.cacheScope;
    await rerender({ client: deskClient('user:hank'), ...desk });
    expect(result.current.cacheScope).toBe(hank);
  });

  it('never shows the previous user’s cached events when a host’s one client swaps users', async () => {
    const queryClient = testQueryClient();
    const { client, signIn } = moduleClient();
    const log = (userId: string) => (
      <AuditLog
        client={client}
        userId={userId}
        queryClient={queryClient}
        showStats={false}
        newEventsInterval={false}
      />
    );
    const screen = await render(log('user-acme-ada'));
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByText(/@acme\.test/).first()).toBeVisible();

    signIn(demoIdentities.tenantBAdmin);
    await screen.rerender(log('user-globex-hank'));
    await expect.element(table.getByText(/@globex\.test/).first()).toBeVisible();
    expect(table.getByText(/@acme\.test/).elements()).toHaveLength(0);
  });

  // Frontegg keeps the user's id across a tenant switch: only `tenantId` (the token's own tenant) tells them apart.
  it.each(['a given client', 'baseUrl and getToken'])(
    'never shows the last tenant’s cached events when the same user switches tenant (%s)',
    async (how) => {
      const queryClient = testQueryClient();
      const { client, signIn } = moduleClient();
      const log = (identity: DemoIdentity) => {
        signIn(identity);
        const source = how === 'a given client' ? { client } : { baseUrl: '', getToken: tokenOf(identity) };
        return (
          <AuditLog
            {...source}
            userId="user-1"
            tenantId={identity.tenantId}
            queryClient={queryClient}
            showStats={false}
            newEventsInterval={false}
          />
        );
      };
      const screen = await render(log(demoIdentities.tenantAAdmin));
      const table = screen.getByRole('grid', { name: 'Audit events' });
      await expect.element(table.getByText(/@acme\.test/).first()).toBeVisible();

      await screen.rerender(log(demoIdentities.tenantBAdmin));
      await expect.element(table.getByText(/@globex\.test/).first()).toBeVisible();
      expect(table.getByText(/@acme\.test/).elements()).toHaveLength(0);
    },
  );
});
