// @vitest-environment jsdom
// Numbered pages are asked for by offset: events that arrive while a user reads page 1, or a relative range
// ("last 24 hours") that moves meanwhile, must not make "Next" repeat rows already read or skip rows never seen.
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { minuteEventsClient, minuteEventsStart } from '../test-utils/minuteEvents.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { auditEventsQueryOptions } from './auditQueryOptions.ts';
import { useAuditEvents } from './useAuditEvents.ts';
import { useAuditList } from './useAuditList.ts';

const server = setupMockBackend(100);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  seen.length = 0;
});

/** What each page showed once loaded, by page index. */
const seen: string[][] = [];

/** A numbered pager: the rows' ids, Previous, Next and Refresh. */
function Pages({ query, start = 0 }: { query: AuditQuery; start?: number }) {
  const [page, setPage] = useState(start);
  const list = useAuditList({ ...query, page });
  const ids = list.events.map((event) => event.frontegg_id);
  const shown = !list.isPending && !list.isRefreshing;
  useEffect(() => {
    if (shown) seen[page] = ids;
  });
  return (
    <>
      <p role="status">
        {list.isPending || list.isRefreshing ? 'loading' : `page ${page + 1}: ${ids.length} rows`}
      </p>
      <button type="button" onClick={() => setPage(page - 1)}>
        Previous
      </button>
      <button type="button" onClick={() => setPage(page + 1)}>
        Next
      </button>
      <button type="button" onClick={() => void list.refresh()}>
        Refresh
      </button>
    </>
  );
}

/** Five new events, newest first at the top of the first page. */
async function fiveArrive() {
  const client = clientAs();
  for (let i = 0; i < 5; i++) await client.create({ severity: 'Info', action: `arrived.${i}` });
}

const press = (name: string) => act(() => screen.getByRole('button', { name }).click());

/** "Next" twice from page 1: each page's rows are new, 60 different events on three pages. */
async function nextTwiceRepeatsNone() {
  press('Next');
  await screen.findByText('page 2: 20 rows');
  expect(seen[1]!.filter((id) => seen[0]!.includes(id))).toEqual([]);
  press('Next');
  await screen.findByText('page 3: 20 rows');
  expect(seen[2]!.filter((id) => [...seen[0]!, ...seen[1]!].includes(id))).toEqual([]);
  expect(new Set(seen.flat()).size).toBe(60);
}

describe('useAuditList numbered pages while events arrive', () => {
  it.each([
    ['a QueryClient that keeps pages', undefined],
    // The first page's cache entry is gone the moment it is left: the snapshot is kept apart from it.
    [
      'a QueryClient that drops pages left at once',
      new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 0 } } }),
    ],
  ])('newest first, "Next" goes on after the last row read, with %s', async (_, queryClient) => {
    renderWithAudit(<Pages query={defaultAuditQuery} />, queryClient && { queryClient });
    await screen.findByText('page 1: 20 rows');
    await fiveArrive();
    await nextTwiceRepeatsNone();
    // None of the five new ones, and none skipped: the mock's 100 events are listed newest first, the next three
    // pages of them.
    // The first page asked again takes a new snapshot: the new events at its top, and the pages after it follow.
    const firstBefore = seen[0]!;
    press('Previous');
    press('Previous');
    await waitFor(() => expect(seen[0]!.filter((id) => !firstBefore.includes(id))).toHaveLength(5));
    const firstNow = seen[0]!;
    press('Next');
    await waitFor(() => expect(seen[1]![0]).toBe(firstBefore.at(-5)));
    expect(seen[1]!.filter((id) => firstNow.includes(id))).toEqual([]);
  });
});

describe('useAuditList numbered pages sorted by another column than the time', () => {
  it.each(['asc', 'desc'] as const)(
    'by severity (%s), "Next" goes on after the last row read while events arrive',
    async (direction) => {
      renderWithAudit(<Pages query={{ ...defaultAuditQuery, sort: { column: 'severity', direction } }} />);
      await screen.findByText('page 1: 20 rows');
      await fiveArrive();
      await nextTwiceRepeatsNone();
    },
  );
});

describe('useAuditList numbered pages: when a page takes a new snapshot', () => {
  it('opened past the first page (a link, a reload), "Next" goes on after its last row', async () => {
    renderWithAudit(<Pages query={defaultAuditQuery} start={1} />);
    await screen.findByText('page 2: 20 rows');
    await fiveArrive();
    press('Next');
    await screen.findByText('page 3: 20 rows');
    expect(seen[2]!.filter((id) => seen[1]!.includes(id))).toEqual([]);
  });

  it('asked again as the window is focused, a later page keeps its rows; a refresh shows the newest', async () => {
    const { queryClient } = renderWithAudit(<Pages query={defaultAuditQuery} />);
    await screen.findByText('page 1: 20 rows');
    press('Next');
    await screen.findByText('page 2: 20 rows');
    const second = seen[1]!;
    await fiveArrive();
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    expect(seen[1]).toEqual(second);
    // A refresh (or a Retry): the page in a new snapshot, the five rows pushed off the first page at its top.
    press('Refresh');
    await waitFor(() => expect(seen[1]!.slice(5)).toEqual(second.slice(0, 15)));
    const renewed = seen[1]!;
    press('Next');
    await screen.findByText('page 3: 20 rows');
    expect(seen[2]![0]).toBe(second[15]);
    expect(seen[2]!.filter((id) => renewed.includes(id))).toEqual([]);
  });

  it('a page that failed is asked again by a Retry in the snapshot it failed in', async () => {
    renderWithAudit(<Pages query={defaultAuditQuery} />);
    await screen.findByText('page 1: 20 rows');
    await fiveArrive();
    server.api.setScenario({ status: { list: 503 }, retryAfterSeconds: 0 });
    press('Next');
    await screen.findByText('page 2: 0 rows');
    server.api.resetScenario();
    press('Refresh');
    await screen.findByText('page 2: 20 rows');
    expect(seen[1]!.filter((id) => seen[0]!.includes(id))).toEqual([]);
  });

  it('a first page asked again while the user pages on does not move the pages after theirs', async () => {
    // Another part of the page shows the newest events, the list's first page: it stays observed.
    function Newest() {
      useAuditEvents(defaultAuditQuery);
      return null;
    }
    const { queryClient, client } = renderWithAudit(
      <>
        <Pages query={defaultAuditQuery} />
        <Newest />
      </>,
    );
    await screen.findByText('page 1: 20 rows');
    await fiveArrive();
    // The first page is asked again (the window focused), its answer held; the user goes to page 2 meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/audits/resources/audits/v2', ({ request }) =>
        new URL(request.url).searchParams.get('offset') === '0' ? held : undefined,
      ),
    );
    let refetched: Promise<unknown> = Promise.resolve();
    act(() => {
      refetched = queryClient.refetchQueries({
        queryKey: auditEventsQueryOptions(client, defaultAuditQuery).queryKey,
      });
    });
    press('Next');
    await screen.findByText('page 2: 20 rows');
    await act(async () => {
      release();
      await refetched;
    });
    press('Next');
    await screen.findByText('page 3: 20 rows');
    expect(seen[2]!.filter((id) => seen[1]!.includes(id))).toEqual([]);
    expect(new Set([...seen[1]!, ...seen[2]!]).size).toBe(40);
  });
});

describe('useAuditList numbered pages over a relative time range', () => {
  it('oldest first, "Next" asks for the window the first page read, however late it is pressed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minuteEventsStart + 36 * 60 * 60_000);
    const { client, asked } = minuteEventsClient();
    const query: AuditQuery = {
      ...defaultAuditQuery,
      time: { preset: '24h' },
      sort: { column: 'createdAt', direction: 'asc' },
    };
    renderWithAudit(<Pages query={query} />, { client });
    // The last 24 hours of the 36 begin with e720.
    await screen.findByText('page 1: 20 rows');
    expect(seen[0]![0]).toBe('e720');
    // The user reads on ten minutes later: the window "last 24 hours" has moved, the pages have not.
    vi.setSystemTime(minuteEventsStart + 36 * 60 * 60_000 + 10 * 60_000);
    press('Next');
    await screen.findByText('page 2: 20 rows');
    expect(seen[1]![0]).toBe('e740');
    // One request a page: no lookup beside them.
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatchObject({ offset: 20, createdFrom: asked[0]?.createdFrom });
  });
});
