// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import {
  TENANT_A,
  TENANT_B,
  clientAs,
  demoIdentities,
  recordRequests,
  setupMockBackend,
} from '../test-utils/mockBackend.ts';
import { renderWithAudit, testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { useAuditEvents } from './useAuditEvents.ts';
import { useAuditEventsInfinite } from './useAuditEventsInfinite.ts';

const server = setupMockBackend();
const requests = recordRequests(server);
afterEach(cleanup);

/** A custom UI built only on the hook: what an embedder would write. */
function EventList({ query, label = 'Audit events' }: { query: AuditQuery; label?: string }) {
  const { data, error, isPending, isPlaceholderData } = useAuditEvents(query);
  if (isPending) return <p role="status">Loading</p>;
  if (error) return <p role="alert">{`${error.status ?? error.kind}: ${error.message}`}</p>;
  return (
    <section aria-label={label} aria-busy={isPlaceholderData}>
      <p>{`${data.total} events`}</p>
      <ul>
        {data.data.map((event) => (
          <li key={event.frontegg_id} data-tenant={event.tenantId}>
            {event.action}
          </li>
        ))}
      </ul>
    </section>
  );
}

const listRequests = () => requests.filter((request) => request.url.includes('/audits/resources/audits/v2'));

describe('useAuditEvents', () => {
  it('shows a page of the tenant events, loading first', async () => {
    renderWithAudit(<EventList query={defaultAuditQuery} />);
    expect(screen.getByRole('status').textContent).toMatch('Loading');
    const list = await screen.findByRole('region', { name: 'Audit events' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(listRequests()).toHaveLength(1);
  });

  it('shows a typed error the UI can explain', async () => {
    renderWithAudit(<EventList query={defaultAuditQuery} />, {
      client: clientAs(demoIdentities.tenantAViewer),
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^403: .*permission/i);
  });

  it('works without any QueryClientProvider, on a private cache', async () => {
    render(
      <AuditProvider client={clientAs()}>
        <EventList query={defaultAuditQuery} />
      </AuditProvider>,
    );
    expect(await screen.findAllByRole('listitem')).toHaveLength(20);
  });

  it('uses the explicit queryClient, not the host provider around it', async () => {
    const host = testQueryClient();
    const own = testQueryClient();
    render(
      <QueryClientProvider client={host}>
        <AuditProvider client={clientAs()} queryClient={own} retryPolicy={false}>
          <EventList query={defaultAuditQuery} />
        </AuditProvider>
      </QueryClientProvider>,
    );
    await screen.findAllByRole('listitem');
    expect(own.getQueryCache().getAll()).toHaveLength(1);
    expect(host.getQueryCache().getAll()).toHaveLength(0);
  });

  it('says how to fix a hook used outside the provider', () => {
    // React logs the thrown error too; keep the output clean.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<EventList query={defaultAuditQuery} />)).toThrow(
      '[auditkit] `useAuditEvents` must be used within <AuditProvider>',
    );
    // Rendered inside one from another copy of the package, the same: the message says how to find the two.
    expect(() => render(<EventList query={defaultAuditQuery} />)).toThrow('npm ls @auditkit/headless');
    quiet.mockRestore();
  });

  it('keeps two tenants apart in one cache', async () => {
    const queryClient = testQueryClient();
    const forTenant = (tenantId: string) => clientAs(demoIdentities.environment, { tenantId });
    render(
      <>
        <AuditProvider client={forTenant(TENANT_A)} queryClient={queryClient} retryPolicy={false}>
          <EventList query={defaultAuditQuery} label="Tenant A" />
        </AuditProvider>
        <AuditProvider client={forTenant(TENANT_B)} queryClient={queryClient} retryPolicy={false}>
          <EventList query={defaultAuditQuery} label="Tenant B" />
        </AuditProvider>
      </>,
    );
    const a = await screen.findByRole('region', { name: 'Tenant A' });
    const b = await screen.findByRole('region', { name: 'Tenant B' });
    const tenants = (region: HTMLElement) =>
      new Set(
        within(region)
          .getAllByRole('listitem')
          .map((item) => item.dataset.tenant),
      );
    expect(tenants(a)).toEqual(new Set([TENANT_A]));
    expect(tenants(b)).toEqual(new Set([TENANT_B]));
    expect(queryClient.getQueryCache().getAll()).toHaveLength(2);
  });

  it('never shows the previous tenant while the next one loads (user tokens, one shared cache)', async () => {
    const queryClient = testQueryClient();
    const view = (client: ReturnType<typeof clientAs>) => (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
        <EventList query={defaultAuditQuery} />
      </AuditProvider>
    );
    const { rerender } = render(view(clientAs(demoIdentities.tenantAAdmin)));
    await screen.findAllByRole('listitem');
    server.api.setScenario({ latencyMs: 150 });
    rerender(view(clientAs(demoIdentities.tenantBAdmin)));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Loading');
    const items = await screen.findAllByRole('listitem');
    expect(new Set(items.map((item) => item.dataset.tenant))).toEqual(new Set([TENANT_B]));
    expect(queryClient.getQueryCache().getAll()).toHaveLength(2);
  });

  it('keeps the previous page on screen while the next one loads', async () => {
    const { rerender } = renderWithAudit(<EventList query={defaultAuditQuery} />);
    const firstPage = (await screen.findAllByRole('listitem')).map((item) => item.textContent);
    server.api.setScenario({ latencyMs: 150 });
    rerender(<EventList query={{ ...defaultAuditQuery, page: 1 }} />);
    const region = screen.getByRole('region', { name: 'Audit events' });
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(firstPage);
    await waitFor(() => expect(region.getAttribute('aria-busy')).toBe('false'));
    expect(new URL(listRequests().at(-1)!.url).searchParams.get('offset')).toBe('20');
  });

  it('many quick filter changes end on the last one, stale answers never win', async () => {
    // Every answer is held until the test releases it, then released newest first: the worst order for a naive
    // client, and the same order however busy the machine is.
    const searches = ['a', 'ab', 'abc', 'abcd', 'abcde'];
    const aborted: string[] = [];
    const started: string[] = [];
    const held = new Map<string, () => void>();
    server.use(
      http.get('*/audits/resources/audits/v2', async ({ request }) => {
        const filter = new URL(request.url).searchParams.get('filter') ?? '';
        request.signal.addEventListener('abort', () => aborted.push(filter));
        await new Promise<void>((release) => {
          held.set(filter, release);
          started.push(filter);
        });
        return HttpResponse.json({
          data: [{ frontegg_id: filter, createdAt: '2026-01-01T00:00:00Z', action: `result for ${filter}` }],
          total: 1,
        });
      }),
    );
    function Searcher() {
      const [query, setQuery] = useState(defaultAuditQuery);
      return (
        <>
          {searches.map((search) => (
            <button key={search} type="button" onClick={() => setQuery({ ...defaultAuditQuery, search })}>
              {`search ${search}`}
            </button>
          ))}
          <EventList query={query} />
        </>
      );
    }
    const { queryClient } = renderWithAudit(<Searcher />);
    await waitFor(() => expect(started).toEqual(['']));
    held.get('')!();
    await screen.findByRole('listitem');
    for (const search of searches) {
      act(() => screen.getByRole('button', { name: `search ${search}` }).click());
      // Each search reaches the server before the next click, so each earlier one is in flight when it goes stale.
      await waitFor(() => expect(started).toContain(search));
    }
    await waitFor(() => expect(aborted).toEqual(['a', 'ab', 'abc', 'abcd']));
    for (const search of [...searches].reverse()) held.get(search)!();
    await waitFor(() => expect(screen.getByRole('listitem').textContent).toMatch('result for abcde'));
    // The stale answers were released after the last one; none of them may replace it.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(screen.getByRole('listitem').textContent).toMatch('result for abcde');
  });

  it('pages an infinite list by offset until the total', async () => {
    server.api.setScenario({ eventsPerTenant: { [TENANT_A]: 130 } });
    function Infinite() {
      const { data, fetchNextPage, hasNextPage } = useAuditEventsInfinite({
        ...defaultAuditQuery,
        pageSize: 50,
      });
      return (
        <>
          <p>{`${data?.events.length ?? 0} of ${data?.total ?? 0}`}</p>
          <button type="button" disabled={!hasNextPage} onClick={() => void fetchNextPage()}>
            Load more
          </button>
        </>
      );
    }
    renderWithAudit(<Infinite />);
    await screen.findByText('50 of 130');
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('100 of 130');
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('130 of 130');
    expect((screen.getByRole('button', { name: 'Load more' }) as HTMLButtonElement).disabled).toBe(true);
    expect(listRequests().map((request) => new URL(request.url).searchParams.get('offset'))).toEqual([
      '0',
      '50',
      '100',
    ]);
  });
});

describe('useAuditEventsInfinite, events that arrive between two page loads', () => {
  it('shift no later page: each event once, none skipped', async () => {
    server.api.setScenario({ eventsPerTenant: { [TENANT_A]: 130 } });
    function Infinite() {
      const { data, fetchNextPage } = useAuditEventsInfinite({ ...defaultAuditQuery, pageSize: 50 });
      const ids = data?.events.map((event) => event.frontegg_id) ?? [];
      return (
        <>
          <p>{`${ids.length} rows, ${new Set(ids).size} events`}</p>
          <button type="button" onClick={() => void fetchNextPage()}>
            Load more
          </button>
        </>
      );
    }
    renderWithAudit(<Infinite />);
    await screen.findByText('50 rows, 50 events');
    // Three new events at the top: the later pages end where the first page's snapshot did, so the second page
    // (offset 50) goes on from the first page's last row instead of repeating its last three.
    const writer = clientAs(demoIdentities.tenantAAdmin);
    for (const action of ['New 1', 'New 2', 'New 3']) await writer.create({ action, severity: 'Info' });
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('100 rows, 100 events');
    // The new events themselves are above the first page (the new-events notice's, not the list's).
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('130 rows, 130 events');
    expect(listRequests().map((request) => new URL(request.url).searchParams.get('offset'))).toEqual([
      '0',
      '50',
      '100',
    ]);
  });
});

describe('useAuditEventsInfinite placeholders', () => {
  function Rows({ search }: { search: string }) {
    const { data, isPlaceholderData } = useAuditEventsInfinite({ ...defaultAuditQuery, search });
    return (
      <p role="status">{`${data?.events.length ?? 'no'} rows${isPlaceholderData ? ', updating' : ''}`}</p>
    );
  }

  it('keeps the loaded rows while a new filter loads', async () => {
    const { rerender } = renderWithAudit(<Rows search="" />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('20 rows'));
    server.api.setScenario({ latencyMs: 150 });
    rerender(<Rows search="zzz-no-match" />);
    expect(screen.getByRole('status').textContent).toBe('20 rows, updating');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 rows'));
  });
});

describe('retries', () => {
  const fast = { maxRetries: 3, baseDelay: 1, maxDelay: 5 };

  it.each([500, 503])('retries a %i with backoff, capped', async (status) => {
    server.api.setScenario({ status: { list: status as 500 | 503 }, retryAfterSeconds: 0 });
    renderWithAudit(<EventList query={defaultAuditQuery} />, { retryPolicy: fast });
    expect((await screen.findByRole('alert')).textContent).toMatch(String(status));
    expect(listRequests()).toHaveLength(4);
  });

  it('retries a network failure', async () => {
    let calls = 0;
    server.use(
      http.get('*/audits/resources/audits/v2', () => {
        calls++;
        return calls < 3 ? HttpResponse.error() : HttpResponse.json({ data: [], total: 0 });
      }),
    );
    renderWithAudit(<EventList query={defaultAuditQuery} />, { retryPolicy: fast });
    expect(await screen.findByText('0 events')).toBeTruthy();
    expect(calls).toBe(3);
  });

  it.each([400, 401, 403])('never retries a %i', async (status) => {
    server.use(
      http.get('*/audits/resources/audits/v2', () => HttpResponse.json({ errors: ['no'] }, { status })),
    );
    renderWithAudit(<EventList query={defaultAuditQuery} />, { retryPolicy: fast });
    expect((await screen.findByRole('alert')).textContent).toMatch(String(status));
    expect(listRequests()).toHaveLength(1);
  });

  it('never retries a malformed answer', async () => {
    server.api.setScenario({ malformedJson: ['list'] });
    renderWithAudit(<EventList query={defaultAuditQuery} />, { retryPolicy: fast });
    expect((await screen.findByRole('alert')).textContent).toMatch(/unexpected answer/);
    expect(listRequests()).toHaveLength(1);
  });

  it('waits Retry-After on a 429, then succeeds', async () => {
    let calls = 0;
    const times: number[] = [];
    server.use(
      http.get('*/audits/resources/audits/v2', () => {
        times.push(performance.now());
        return ++calls === 1
          ? HttpResponse.json({ errors: ['slow down'] }, { status: 429, headers: { 'retry-after': '1' } })
          : HttpResponse.json({ data: [], total: 0 });
      }),
    );
    renderWithAudit(<EventList query={defaultAuditQuery} />, {
      retryPolicy: { baseDelay: 1, maxDelay: 2000 },
    });
    expect(await screen.findByText('0 events')).toBeTruthy();
    expect(calls).toBe(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });
});
