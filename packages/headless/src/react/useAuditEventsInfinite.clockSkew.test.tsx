// @vitest-environment jsdom
// An infinite list sorted other than newest first pins its later pages to the server's newest event, not to this
// browser's clock: a server ahead of it has events stamped after the browser's now, which the first page counted.
import { createMockAuditApi } from '@auditkit/mock-api';
import { createMockServer } from '@auditkit/mock-api/node';
import { act, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEventsInfinite } from './useAuditEventsInfinite.ts';

// The server's clock ten days ahead of this one: its newest events are "in the future" here.
const server = createMockServer(
  createMockAuditApi({
    seed: 7,
    eventsPerTenant: 250,
    strict: true,
    fidelity: 'frontegg',
    now: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function Infinite({ query }: { query: AuditQuery }) {
  const { data, fetchNextPage, hasNextPage, isFetching } = useAuditEventsInfinite(query);
  const ids = data?.events.map((event) => event.frontegg_id) ?? [];
  return (
    <>
      <p role="status">{isFetching ? 'loading' : `${ids.length} rows, ${new Set(ids).size} events`}</p>
      <button type="button" disabled={!hasNextPage} onClick={() => void fetchNextPage()}>
        Load more
      </button>
    </>
  );
}

describe('useAuditEventsInfinite when the server’s clock is ahead', () => {
  it.each([
    ['by action', { column: 'action', direction: 'asc' }],
    ['oldest first', { column: 'createdAt', direction: 'asc' }],
  ] as const)('sorted %s, lists every event once', async (_, sort) => {
    const query: AuditQuery = { ...defaultAuditQuery, time: null, sort, pageSize: 100 };
    renderWithAudit(<Infinite query={query} />);
    await screen.findByText('100 rows, 100 events');
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('200 rows, 200 events');
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await screen.findByText('250 rows, 250 events');
    expect((screen.getByRole('button', { name: 'Load more' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
