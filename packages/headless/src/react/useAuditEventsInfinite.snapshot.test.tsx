// @vitest-environment jsdom
// An infinite list asks its later pages by offset: events that arrive while it is open must not shift them, also
// when the query sets no end (the default "All time"), so "Load more" goes on from where the first page was.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEventsInfinite } from './useAuditEventsInfinite.ts';

const server = setupMockBackend();
const requests = recordRequests(server);

function Infinite({ query }: { query: AuditQuery }) {
  const { data, fetchNextPage, isFetching } = useAuditEventsInfinite(query);
  const events = data?.events ?? [];
  const times = events.map((event) => auditTimeMs(event.createdAt) ?? Number.NaN);
  const rising = times.filter((time, index) => index > 0 && !(time <= times[index - 1]!)).length;
  const repeats = events.length - new Set(events.map((event) => event.frontegg_id)).size;
  return (
    <>
      <p role="status">
        {isFetching
          ? 'loading'
          : `${events.length} rows, ${rising} newer than the row above, ${repeats} repeated`}
      </p>
      <button type="button" onClick={() => void fetchNextPage()}>
        Load more
      </button>
    </>
  );
}

describe('useAuditEventsInfinite with no end to its time range', () => {
  it.each([
    ['all time', null],
    [
      'a range that ends tomorrow',
      { from: '2000-01-01T00:00:00Z', to: new Date(Date.now() + 86_400_000).toISOString() },
    ],
  ] as const)('on %s, events created after the first page do not shift the next ones', async (_, time) => {
    renderWithAudit(<Infinite query={{ ...defaultAuditQuery, time, pageSize: 100 }} />);
    await screen.findByText('100 rows, 0 newer than the row above, 0 repeated');
    const client = clientAs();
    for (let i = 0; i < 150; i++) await client.create({ severity: 'Info', action: `snapshot.new.${i}` });
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('200 rows, 0 newer than the row above, 0 repeated');
    const lists = requests.filter((request) => request.method === 'GET');
    expect(lists).toHaveLength(2);
  });
});
