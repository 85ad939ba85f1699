// @vitest-environment jsdom
// Numbered pages are asked for by offset: events that arrive while a user reads page 1, or a relative range
// ("last 24 hours") that moves meanwhile, must not make "Next" repeat rows already read or skip rows never seen.
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent, AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList } from './useAuditList.ts';

setupMockBackend(100);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  seen.length = 0;
});

/** A numbered pager: the rows' ids, Previous and Next. */
/** What each page showed once loaded, by page index. */
const seen: string[][] = [];

function Pages({ query }: { query: AuditQuery }) {
  const [page, setPage] = useState(0);
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
    </>
  );
}

const press = (name: string) => act(() => screen.getByRole('button', { name }).click());

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
    const client = clientAs();
    for (let i = 0; i < 5; i++) await client.create({ severity: 'Info', action: `arrived.${i}` });
    press('Next');
    await screen.findByText('page 2: 20 rows');
    expect(seen[1]!.filter((id) => seen[0]!.includes(id))).toEqual([]);
    press('Next');
    await screen.findByText('page 3: 20 rows');
    expect(seen[2]!.filter((id) => [...seen[0]!, ...seen[1]!].includes(id))).toEqual([]);
    // 60 different events on three pages: none of the five new ones, and none skipped (the mock's 100 events are
    // listed newest first, the next three pages of them).
    expect(new Set(seen.flat()).size).toBe(60);
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

const start = Date.UTC(2026, 10, 25, 0, 0, 0);
/** One event a minute for two days, e0 the oldest. */
const timed: AuditEvent[] = Array.from({ length: 2 * 24 * 60 }, (_, i) => ({
  frontegg_id: `e${i}`,
  createdAt: new Date(start + i * 60_000).toISOString(),
  action: 'Signed in',
  severity: 'Info',
}));

/** A client that answers from `timed` as the API does: the time range inclusive, by time either way, by offset. */
function timedClient() {
  const asked: Partial<AuditListParams>[] = [];
  const list = async (params: AuditListParams) => {
    asked.push(params);
    const from = params.createdFrom ? Date.parse(params.createdFrom) : -Infinity;
    const to = params.createdTo ? Date.parse(params.createdTo) : Infinity;
    const matching = timed.filter((event) => {
      const at = Date.parse(event.createdAt);
      return at >= from && at <= to;
    });
    if (params.sortDirection === 'desc') matching.reverse();
    return { data: matching.slice(params.offset, params.offset + params.count), total: matching.length };
  };
  const client = {
    baseUrl: 'https://api.test',
    cacheScope: 'tenant:t-1',
    columns: async () => [],
    list,
    listLegacy: list,
  } as unknown as AuditClient;
  return { client, asked };
}

describe('useAuditList numbered pages over a relative time range', () => {
  it('oldest first, "Next" asks for the window the first page read, however late it is pressed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start + 36 * 60 * 60_000);
    const { client, asked } = timedClient();
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
    vi.setSystemTime(start + 36 * 60 * 60_000 + 10 * 60_000);
    press('Next');
    await screen.findByText('page 2: 20 rows');
    expect(seen[1]![0]).toBe('e740');
    // One request a page: no lookup beside them.
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatchObject({ offset: 20, createdFrom: asked[0]?.createdFrom });
  });
});
