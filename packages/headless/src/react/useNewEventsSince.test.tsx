// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, listsWithoutTotal, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEvents } from './useAuditEvents.ts';
import { useNewEventsSince } from './useNewEventsSince.ts';

// Polling is the subject here, so its clock is the test's: each `tick()` is one elapsed interval.
const clock = manualIntervals();
const server = setupMockBackend();
const requests = recordRequests(server);
afterEach(cleanup);

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
afterEach(() => setVisibility('visible'));

function Notice({ query, legacy = false }: { query: AuditQuery; legacy?: boolean }) {
  const { data } = useAuditEvents(query, { legacy });
  const { total, totalIsLowerBound } = useNewEventsSince({
    query,
    since: data?.data[0]?.createdAt,
    interval: 40,
    legacy,
  });
  return (
    <p role="status">{data ? `${total}${totalIsLowerBound ? ' or more' : ''} new events` : 'loading'}</p>
  );
}

const polls = () =>
  requests
    .filter((request) => new URL(request.url).searchParams.get('count') === '1')
    .map((request) => new URL(request.url));

/** Waits until the page is on screen and the first poll (made on mount) has answered. */
async function settled(queryClient: QueryClient) {
  await waitFor(() => {
    expect(screen.getByRole('status').textContent).not.toBe('loading');
    expect(polls().length).toBeGreaterThanOrEqual(1);
    expect(queryClient.isFetching()).toBe(0);
  });
}

/** One interval elapses; resolves once the poll it started has answered. */
async function pollOnce(queryClient: QueryClient) {
  const before = polls().length;
  act(() => clock.tick());
  await waitFor(() => {
    expect(polls().length).toBe(before + 1);
    expect(queryClient.isFetching()).toBe(0);
  });
}

describe('useNewEventsSince', () => {
  it('counts matching events newer than the newest on screen, cheaply', async () => {
    const { queryClient } = renderWithAudit(<Notice query={defaultAuditQuery} />);
    await settled(queryClient);
    expect(screen.getByRole('status').textContent).toBe('0 new events');
    const client = clientAs();
    await client.create({ severity: 'High', action: 'New one' });
    await client.create({ severity: 'Info', action: 'New two' });
    await pollOnce(queryClient);
    expect(screen.getByRole('status').textContent).toBe('2 new events');
    const poll = polls().at(-1)!;
    expect(poll.searchParams.get('offset')).toBe('0');
    expect(poll.searchParams.has('created_from')).toBe(true);
  });

  it('polls the legacy list when asked, as a log reading that list does, and counts the same', async () => {
    const { queryClient } = renderWithAudit(<Notice query={defaultAuditQuery} legacy />);
    await settled(queryClient);
    await clientAs().create({ severity: 'High', action: 'New one' });
    await pollOnce(queryClient);
    expect(screen.getByRole('status').textContent).toBe('1 new events');
    expect(polls().map((poll) => poll.pathname.replace(/^.*?\/audits/, '/audits'))).toEqual([
      '/audits',
      '/audits',
    ]);
  });

  it('says "1 or more", not a count, when the server sends none: its poll asks for one event', async () => {
    listsWithoutTotal(server);
    const { queryClient } = renderWithAudit(<Notice query={defaultAuditQuery} />);
    await settled(queryClient);
    expect(screen.getByRole('status').textContent).toBe('0 new events');
    await clientAs().create({ severity: 'High', action: 'New one' });
    await clientAs().create({ severity: 'Info', action: 'New two' });
    await pollOnce(queryClient);
    expect(screen.getByRole('status').textContent).toBe('1 or more new events');
  });

  it('counts only events matching the filters', async () => {
    const { queryClient } = renderWithAudit(
      <Notice query={{ ...defaultAuditQuery, filters: { severity: ['Critical'] } }} />,
    );
    await settled(queryClient);
    await clientAs().create({ severity: 'Info', action: 'Not critical' });
    await pollOnce(queryClient);
    expect(screen.getByRole('status').textContent).toBe('0 new events');
    expect(polls().at(-1)!.searchParams.getAll('severity')).toEqual(['Critical']);
    await clientAs().create({ severity: 'Critical', action: 'Critical one' });
    await pollOnce(queryClient);
    expect(screen.getByRole('status').textContent).toBe('1 new events');
  });

  it('pauses while the document is hidden', async () => {
    const { queryClient } = renderWithAudit(<Notice query={defaultAuditQuery} />);
    await settled(queryClient);
    await pollOnce(queryClient);
    act(() => setVisibility('hidden'));
    const before = polls().length;
    act(() => {
      clock.tick();
      clock.tick();
      clock.tick();
    });
    // A poll would have started synchronously inside the tick.
    expect(queryClient.isFetching()).toBe(0);
    expect(polls().length).toBe(before);
    expect(clock.running).toBeGreaterThan(0);
    act(() => setVisibility('visible'));
    await pollOnce(queryClient);
  });
});
