// @vitest-environment jsdom
// A host's own QueryClient, handed to the provider as the README invites, carries the host's defaults. Two of
// them changed what the log's hooks promise: `throwOnError` sent a refused list (403, 429, 5xx) to the host's error
// boundary, blanking its page instead of giving `error`; and Query's default network mode paused every request
// while the browser was offline, so a list asked then waited without an error or an end.
import { onlineManager, QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { AuditProvider } from './AuditProvider.tsx';
import { useAuditColumns } from './useAuditColumns.ts';
import { useAuditList } from './useAuditList.ts';
import { useAuditStats } from './useAuditStats.ts';
import { useCreateAudit } from './useCreateAudit.ts';
import { useIpLocation } from './useIpLocation.ts';
import { useNewEventsSince } from './useNewEventsSince.ts';

const server = setupMockBackend(50);
afterEach(() => {
  cleanup();
  onlineManager.setOnline(true);
});

class Boundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">The host page is blank</p> : this.props.children;
  }
}

/** Every query of the log's hooks, each saying what it holds. */
function EveryQuery() {
  const pages = useAuditList(defaultAuditQuery);
  const infinite = useAuditList(defaultAuditQuery, { paging: 'infinite' });
  const columns = useAuditColumns();
  const stats = useAuditStats();
  const ip = useIpLocation('203.0.113.7');
  const since = useNewEventsSince({ query: defaultAuditQuery, since: '2026-01-01 00:00:00.000' });
  const create = useCreateAudit();
  const said = (name: string, error: { status?: number | undefined; kind: string } | null | undefined) =>
    `${name}: ${error ? (error.status ?? error.kind) : 'no error'}`;
  return (
    <ul>
      <li>{said('pages', pages.error)}</li>
      <li>{said('infinite', infinite.error)}</li>
      <li>{said('columns', columns.error)}</li>
      <li>{said('stats', stats.error)}</li>
      <li>{said('ip', ip.error)}</li>
      <li>{said('since', since.error)}</li>
      <li>{said('create', create.error)}</li>
      <li>
        <button type="button" onClick={() => create.mutate({ severity: 'Info', action: 'x' })}>
          Create
        </button>
      </li>
    </ul>
  );
}

function renderUnder(queryClient: QueryClient) {
  render(
    <Boundary>
      <AuditProvider client={clientAs()} queryClient={queryClient} retryPolicy={false}>
        <EveryQuery />
      </AuditProvider>
    </Boundary>,
  );
}

describe("the log's hooks under a host QueryClient's defaults", () => {
  it('keep a refused request as their error when the host throws errors to its boundary', async () => {
    server.api.setScenario({ status: { '*': 503 } });
    renderUnder(
      new QueryClient({
        defaultOptions: { queries: { retry: false, throwOnError: true }, mutations: { throwOnError: true } },
      }),
    );
    for (const name of ['pages', 'infinite', 'stats', 'ip', 'since'])
      expect(await screen.findByText(`${name}: 503`)).toBeTruthy();
    // Metadata refused: the columns fall back to Frontegg's default set (no error), as without the host's default.
    await act(() => screen.getByRole('button', { name: 'Create' }).click());
    expect(await screen.findByText('create: 503')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("sends an event once when the host's defaults retry mutations: a lost answer may have stored it", async () => {
    let posts = 0;
    server.use(
      http.post('*/audits', () => {
        posts++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    renderUnder(
      new QueryClient({
        defaultOptions: { queries: { retry: false }, mutations: { retry: 3, retryDelay: 0 } },
      }),
    );
    await act(() => screen.getByRole('button', { name: 'Create' }).click());
    expect(await screen.findByText('create: 503')).toBeTruthy();
    expect(posts).toBe(1);
  });

  it('end in an error offline instead of waiting, unseen, for the network to come back', async () => {
    // The browser offline: Query is told so, and a request fails as the network does.
    onlineManager.setOnline(false);
    server.use(http.all('*', () => HttpResponse.error()));
    renderUnder(new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    await waitFor(() => {
      // Not the new-events poll: it pauses offline, and its notice says so.
      for (const name of ['pages', 'infinite', 'columns', 'stats'])
        expect(screen.getByText(new RegExp(`^${name}: (network|unreachable|\\d+)$`))).toBeTruthy();
    });
  });

  it('asks again when the network comes back, after failing offline', async () => {
    onlineManager.setOnline(false);
    server.use(http.all('*', () => HttpResponse.error()));
    renderUnder(new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    expect(await screen.findByText(/^pages: (network|unreachable)$/)).toBeTruthy();
    // Back online: Query's own reconnect refetch, which its `networkMode: 'always'` turns off unless asked.
    server.resetHandlers();
    act(() => onlineManager.setOnline(true));
    for (const name of ['pages', 'infinite', 'columns', 'stats'])
      expect(await screen.findByText(`${name}: no error`)).toBeTruthy();
  });

  it("keeps a host's refetchOnReconnect, in any form: a failed list stays failed when the host says so", async () => {
    onlineManager.setOnline(false);
    server.use(http.all('*', () => HttpResponse.error()));
    renderUnder(
      new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnReconnect: () => false } } }),
    );
    expect(await screen.findByText(/^pages: (network|unreachable)$/)).toBeTruthy();
    server.resetHandlers();
    act(() => onlineManager.setOnline(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByText(/^pages: (network|unreachable)$/)).toBeTruthy();
    expect(screen.getByText(/^infinite: (network|unreachable)$/)).toBeTruthy();
  });
});
