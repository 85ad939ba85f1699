// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { minuteEvents, minuteEventsClient, minuteEventsStart } from '../test-utils/minuteEvents.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEventsInfinite } from './useAuditEventsInfinite.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Infinite({ query }: { query: AuditQuery }) {
  const { data, fetchNextPage } = useAuditEventsInfinite(query);
  const ids = data?.events.map((event) => Number(event.frontegg_id.slice(1))) ?? [];
  const gaps = ids.filter((id, index) => index > 0 && id !== (ids[index - 1] as number) + 1).length;
  return (
    <>
      <p role="status">{`${ids.length} rows from e${ids[0] ?? '-'}, ${gaps} gaps`}</p>
      <button type="button" onClick={() => void fetchNextPage()}>
        Load more
      </button>
    </>
  );
}

describe('useAuditEventsInfinite over a relative time range', () => {
  it('asks every page for the window its first page read, however late the next page is loaded', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minuteEventsStart + 36 * 60 * 60_000);
    const { client, asked } = minuteEventsClient();
    const query: AuditQuery = {
      ...defaultAuditQuery,
      time: { preset: '24h' },
      sort: { column: 'createdAt', direction: 'asc' },
      pageSize: 100,
    };
    renderWithAudit(<Infinite query={query} />, { client });
    // The last 24 hours of the 36 begin with e720.
    expect((await screen.findByRole('status')).textContent).toBe('0 rows from e-, 0 gaps');
    await screen.findByText('100 rows from e720, 0 gaps');
    // The user scrolls on ten minutes later: the window "last 24 hours" has moved, the list has not.
    vi.setSystemTime(minuteEventsStart + 36 * 60 * 60_000 + 10 * 60_000);
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('200 rows from e720, 0 gaps');
    // The first page, the newest event's lookup beside it (oldest first, the newest is not on the first page),
    // then the second page.
    expect(asked).toHaveLength(3);
    expect(asked[1]).toMatchObject({ count: 1, offset: 0, sortDirection: 'desc' });
    expect(asked[2]).toMatchObject({
      offset: 100,
      createdFrom: asked[0]?.createdFrom,
      createdTo: asked[0]?.createdTo,
    });
  });
});

describe('useAuditEventsInfinite when the server gives no total', () => {
  function Counted({ query }: { query: AuditQuery }) {
    const { data, fetchNextPage, hasNextPage } = useAuditEventsInfinite(query);
    return (
      <>
        <p role="status">{`${data?.events.length ?? 0} rows of at least ${data?.total ?? 0}, more: ${hasNextPage}`}</p>
        <button type="button" onClick={() => void fetchNextPage()}>
          Load more
        </button>
      </>
    );
  }

  it('keeps loading while pages come back full, and stops at the first short one', async () => {
    const all = minuteEvents.slice(0, 250);
    const client = {
      baseUrl: 'https://api.test',
      cacheScope: 'tenant:t-1',
      columns: async () => [],
      // As parseResponses gives an answer without `total`.
      list: async (params: AuditListParams) => {
        const data = all.slice(params.offset, params.offset + params.count);
        return { data, total: data.length, totalUnknown: true };
      },
    } as unknown as AuditClient;
    renderWithAudit(<Counted query={{ ...defaultAuditQuery, pageSize: 100 }} />, { client });
    await screen.findByText('100 rows of at least 100, more: true');
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('200 rows of at least 200, more: true');
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('250 rows of at least 250, more: false');
  });
});
