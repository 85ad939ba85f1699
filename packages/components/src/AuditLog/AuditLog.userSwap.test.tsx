// A host that signs another user in on the mounted log (README: "A host that signs a different user in without
// remounting…"): the next user starts where a first visit does, not on the last user's search and time zone.
import { defaultAuditQuery, type AuditQuery, type AuditViewStorage } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

setupMockApi();
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});
const param = (key: string) => new URLSearchParams(location.search).get(key);

// The second user's saved views: a default view of their own.
const viewStorage: AuditViewStorage = {
  load: ({ userId }) =>
    userId === 'user-globex-hank'
      ? {
          version: 1,
          views: [{ id: 'sign-ins', name: 'Sign-ins', search: 'action=User+logged+in' }],
          defaultViewId: 'sign-ins',
        }
      : null,
  save: () => {},
};

/** The host: one log, and a button that signs the second user (of another tenant) in without remounting it. */
function SwitchingUsers(props: Partial<AuditLogProps> & { second: string }) {
  const { second, ...log } = props;
  const [signedIn, setSignedIn] = useState(false);
  const [queryClient] = useState(testQueryClient);
  const identity = signedIn ? demoIdentities.tenantBAdmin : demoIdentities.tenantAAdmin;
  return (
    <>
      <button type="button" onClick={() => setSignedIn(true)}>
        Sign in as the second user
      </button>
      <AuditLog
        baseUrl=""
        getToken={() => demoToken(identity)}
        tenantId={identity.tenantId}
        userId={signedIn ? second : 'user-acme-ada'}
        urlState
        viewStorage={viewStorage}
        defaultTimeZone="UTC"
        locale="en-US"
        showStats={false}
        newEventsInterval={false}
        queryClient={queryClient}
        {...log}
      />
    </>
  );
}

/** The first user searches and picks a time zone. */
async function firstUserWorks(screen: Awaited<ReturnType<typeof render>>) {
  const search = screen.getByRole('combobox', { name: 'Search events' });
  await search.fill('alice@acme investigation');
  await expect.poll(() => param('audit.q')).toBe('alice@acme investigation');
  const zone = screen.getByRole('combobox', { name: 'Time zone' });
  await expect.poll(() => (zone.element() as HTMLSelectElement).options.length).toBeGreaterThan(100);
  await zone.selectOptions('Asia/Tokyo');
  await expect.element(zone).toHaveValue('Asia/Tokyo');
  return { search, zone };
}

describe('<AuditLog> when the host signs another user in without remounting', () => {
  it('opens on the next user’s default view, not the last user’s search, in the default time zone', async () => {
    const screen = await render(<SwitchingUsers second="user-globex-hank" />);
    const { search, zone } = await firstUserWorks(screen);
    await screen.getByRole('button', { name: 'Sign in as the second user' }).click();
    await expect.element(search).toHaveValue('action:"User logged in"');
    expect(param('audit.q')).toBeNull();
    await expect.element(zone).toHaveValue('UTC');
  });

  it('opens on the defaults for a next user without saved views', async () => {
    const screen = await render(<SwitchingUsers second="user-globex-nobody" />);
    const { search, zone } = await firstUserWorks(screen);
    await screen.getByRole('button', { name: 'Sign in as the second user' }).click();
    await expect.element(search).toHaveValue('');
    await expect.poll(() => param('audit.q')).toBeNull();
    await expect.element(zone).toHaveValue('UTC');
  });

  it('keeps a link’s query when the user’s tenant becomes known after the user (the same visitor)', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.q=from+a+link`);
    function TenantLoadsLater() {
      const [tenantId, setTenantId] = useState<string>();
      return (
        <>
          <button type="button" onClick={() => setTenantId(demoIdentities.tenantAAdmin.tenantId)}>
            Tenant loaded
          </button>
          <AuditLog
            baseUrl=""
            getToken={() => demoToken(demoIdentities.tenantAAdmin)}
            tenantId={tenantId}
            userId="user-acme-ada"
            urlState
            defaultTimeZone="UTC"
            locale="en-US"
            showStats={false}
            newEventsInterval={false}
            queryClient={testQueryClient()}
          />
        </>
      );
    }
    const screen = await render(<TenantLoadsLater />);
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await expect.element(search).toHaveValue('from a link');
    await screen.getByRole('button', { name: 'Tenant loaded' }).click();
    // A reset would have come in the effect after this render: the grid's next answer is well after it.
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect.element(search).toHaveValue('from a link');
    expect(param('audit.q')).toBe('from a link');
  });

  it('leaves a query and a time zone the host controls as the host has them', async () => {
    const query: AuditQuery = { ...defaultAuditQuery, search: 'kept by the host' };
    const changes: AuditQuery[] = [];
    const screen = await render(
      <SwitchingUsers
        second="user-globex-hank"
        query={query}
        onQueryChange={(next) => void changes.push(next)}
        timeZone="Asia/Tokyo"
      />,
    );
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await expect.element(search).toHaveValue('kept by the host');
    const before = changes.length;
    await userEvent.click(screen.getByRole('button', { name: 'Sign in as the second user' }));
    // The second user's views have loaded once the menu lists their view.
    await screen.getByRole('button', { name: 'Views' }).click();
    await expect.element(screen.getByRole('menuitem', { name: 'Sign-ins' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(changes.slice(before)).toEqual([]);
    await expect.element(search).toHaveValue('kept by the host');
    await expect.element(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Tokyo');
  });
});
