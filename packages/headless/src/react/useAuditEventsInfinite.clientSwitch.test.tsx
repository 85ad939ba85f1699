// @vitest-environment jsdom
// A host that signs another tenant in without remounting gives the provider another client over one shared cache:
// the infinite list may keep its rows while a filter loads, never while another tenant's first page does.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { TENANT_A, TENANT_B, clientAs, demoIdentities, setupMockBackend } from '../test-utils/mockBackend.ts';
import { testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { useAuditEventsInfinite } from './useAuditEventsInfinite.ts';

const server = setupMockBackend();
afterEach(cleanup);

function EventList() {
  const { data } = useAuditEventsInfinite(defaultAuditQuery);
  if (data === undefined) return <p role="status">Loading</p>;
  return (
    <ul aria-label="Audit events">
      {data.events.map((event) => (
        <li key={event.frontegg_id} data-tenant={event.tenantId}>
          {event.action}
        </li>
      ))}
    </ul>
  );
}

const tenantsOnScreen = () => new Set(screen.queryAllByRole('listitem').map((item) => item.dataset.tenant));

describe('useAuditEventsInfinite after the provider’s client changes tenant', () => {
  it('never shows the previous tenant while the next one loads (user tokens, one shared cache)', async () => {
    const queryClient = testQueryClient();
    const view = (client: ReturnType<typeof clientAs>) => (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
        <EventList />
      </AuditProvider>
    );
    const { rerender } = render(view(clientAs(demoIdentities.tenantAAdmin)));
    await screen.findAllByRole('listitem');
    expect(tenantsOnScreen()).toEqual(new Set([TENANT_A]));

    server.api.setScenario({ latencyMs: 150 });
    rerender(view(clientAs(demoIdentities.tenantBAdmin)));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Loading');

    await screen.findAllByRole('listitem');
    expect(tenantsOnScreen()).toEqual(new Set([TENANT_B]));
  });
});
