// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider, useOptionalAuditClient } from './AuditProvider.tsx';
import { useAuditEvents } from './useAuditEvents.ts';

const server = setupMockBackend();
const requests = recordRequests(server);

afterEach(cleanup);

function ClientShown() {
  const client = useOptionalAuditClient();
  return <p role="status">{client ? `client of ${client.baseUrl}` : 'no client'}</p>;
}

describe('useOptionalAuditClient', () => {
  it('gives the provider’s client inside <AuditProvider>, and no client (not an error) outside it', () => {
    render(<ClientShown />);
    expect(screen.getByRole('status').textContent).toBe('no client');
    cleanup();
    const client = { baseUrl: 'https://api.test', cacheScope: 'tenant:t-1' } as unknown as AuditClient;
    renderWithAudit(<ClientShown />, { client });
    expect(screen.getByRole('status').textContent).toBe('client of https://api.test');
  });
});

describe('AuditProvider with a QueryClient of the host', () => {
  function Count() {
    const { data } = useAuditEvents(defaultAuditQuery);
    return <p role="status">{data ? `${data.total} events` : 'loading'}</p>;
  }
  const lists = () => requests.filter((request) => new URL(request.url).pathname.endsWith('/v2')).length;

  it('asks again when the window regains focus, though no QueryClientProvider of the host mounts that client', async () => {
    // A host that hands its client to the log alone: nothing else mounts it, and Query only refetches on focus
    // (or on coming back online) for a mounted client.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
    render(
      <AuditProvider client={clientAs()} queryClient={queryClient} retryPolicy={false}>
        <Count />
      </AuditProvider>,
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ events$/));
    const before = lists();
    // What Query reads as the window regaining focus.
    window.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(lists()).toBeGreaterThan(before));
  });
});
