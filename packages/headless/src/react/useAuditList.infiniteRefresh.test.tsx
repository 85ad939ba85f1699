// @vitest-environment jsdom
// An infinite list scrolled far down holds many pages: asked again as Query asks an infinite query (every page
// loaded, one after another), a refresh or the refresh-failed Retry sent one request per page with the list busy
// throughout, and the window regaining focus did the same. A refresh now starts over from the first page alone,
// and the window regaining focus asks the infinite list nothing (the new-events poll covers new events).
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList, type AuditList } from './useAuditList.ts';

const server = setupMockBackend(600);
const requests = recordRequests(server);
afterEach(cleanup);

/** The list requests (v2) sent so far, as URLs. */
const lists = () =>
  requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname.endsWith('/audits/resources/audits/v2'));

const said = (list: AuditList) =>
  list.isPending ? 'loading' : `${list.events.length} loaded${list.isRefreshing ? ', refreshing' : ''}`;

/** An infinite list of 50 a request; `see` gets the list at each render. */
function Infinite({ see }: { see: (list: AuditList) => void }) {
  const list = useAuditList(
    { ...defaultAuditQuery, pageSize: 50 },
    { paging: 'infinite', infinitePageSize: 50 },
  );
  see(list);
  return <p role="status">{said(list)}</p>;
}

/** Numbered pages of 20, beside it: they still ask again when the window regains focus. */
function Pages() {
  const list = useAuditList({ ...defaultAuditQuery, pageSize: 20 });
  return <p>{list.isPending ? 'page loading' : `page of ${list.events.length}`}</p>;
}

const status = () => screen.getByRole('status').textContent;

/** Renders the infinite list and loads `pages` pages of it; returns the list as last rendered and every status. */
async function scrolledDown(pages: number, beside?: ReactNode) {
  let current: AuditList | undefined;
  const seen: string[] = [];
  const view = renderWithAudit(
    <>
      <Infinite
        see={(list) => {
          current = list;
          seen.push(said(list));
        }}
      />
      {beside}
    </>,
  );
  await waitFor(() => expect(status()).toBe('50 loaded'));
  for (let page = 2; page <= pages; page++) {
    act(() => current!.loadMore());
    await waitFor(() => expect(status()).toBe(`${page * 50} loaded`));
  }
  return { ...view, seen, list: () => current! };
}

describe('useAuditList refreshing an infinite list', () => {
  it('asks the first page alone, once, with the newest events, and keeps the rows shown until it answers', async () => {
    const { seen, list } = await scrolledDown(5);
    await clientAs().create({ severity: 'Info', action: 'infinite.refresh.newest' });
    const before = lists().length;
    seen.length = 0;
    // Slow enough an answer for the list to render while it is on its way.
    server.api.setScenario({ latencyMs: 100 });
    act(() => void list().refresh());
    await waitFor(() => expect(status()).toBe('250 loaded, refreshing'));
    await waitFor(() => expect(status()).toBe('50 loaded'));
    const sent = lists().slice(before);
    expect(sent.map((url) => url.searchParams.get('offset'))).toEqual(['0']);
    // A new snapshot: the event created after the first one was pinned is in it, on top.
    expect(list().events[0]?.action).toBe('infinite.refresh.newest');
    // The 250 rows stay (busy) until the first page answers: never an empty or pending list in between.
    expect(seen).toContain('250 loaded, refreshing');
    expect(
      seen.filter((text) => !['250 loaded', '250 loaded, refreshing', '50 loaded'].includes(text)),
    ).toEqual([]);
  });

  it('asks nothing when the window regains focus (numbered pages still do)', async () => {
    const { queryClient } = await scrolledDown(3, <Pages />);
    await waitFor(() => expect(screen.getByText('page of 20')).toBeTruthy());
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const before = lists().length;
    // What TanStack Query reads as the window regaining focus.
    act(() => void window.dispatchEvent(new Event('visibilitychange')));
    // The numbered page is asked again in the same pass as any other query would be.
    await waitFor(() =>
      expect(
        lists()
          .slice(before)
          .some((url) => url.searchParams.get('count') === '20'),
      ).toBe(true),
    );
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const infinite = lists()
      .slice(before)
      .filter((url) => url.searchParams.get('count') === '50');
    expect(infinite.map((url) => url.searchParams.get('offset'))).toEqual([]);
    expect(status()).toBe('150 loaded');
  });

  it('loads more at once while Query asks every page again for stale lists, not behind those requests', async () => {
    const { list, queryClient } = await scrolledDown(5);
    const before = lists().length;
    server.api.setScenario({ latencyMs: 50 });
    // The lists marked stale, as creating an event does: Query asks each of the 5 pages again, one after another.
    act(() => void queryClient.invalidateQueries());
    await waitFor(() => expect(lists().length).toBeGreaterThan(before));
    act(() => list().loadMore());
    await waitFor(() => expect(status()).toBe('300 loaded'));
    // The next page was asked while the refetch had asked only its first pages: the load cancelled it, as before,
    // instead of waiting for all five.
    const offsets = lists()
      .slice(before)
      .map((url) => url.searchParams.get('offset'));
    expect(offsets.indexOf('250')).toBeGreaterThan(-1);
    expect(offsets.indexOf('250')).toBeLessThan(3);
  });

  it('stops asking after a few pages that add nothing: a server that ignores the offset and sends no total', async () => {
    const asked: (string | null)[] = [];
    const firstPageAlways = async ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      asked.push(url.searchParams.get('offset'));
      url.searchParams.set('offset', '0');
      const response = await server.api.handle(new Request(url, request));
      const { total: _total, ...body } = (await response!.json()) as Record<string, unknown>;
      return HttpResponse.json(body);
    };
    server.use(http.get('*/audits/resources/audits/v2', firstPageAlways));
    const { list } = await scrolledDown(1);
    act(() => list().loadMore());
    await waitFor(() => expect(asked.length).toBe(6));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The first page, then five that repeat it; then nothing more, and the list as it was.
    expect(asked).toHaveLength(6);
    expect(status()).toBe('50 loaded');
  });
});
