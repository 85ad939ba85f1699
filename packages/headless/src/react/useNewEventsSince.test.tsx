// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, listsWithoutTotal, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEvents } from './useAuditEvents.ts';
import { canGainEvents, useNewEventsSince } from './useNewEventsSince.ts';

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

  it('counts new events in a range that ends later (created:<today>), asking only up to its end', async () => {
    const now = Date.now();
    const time = {
      from: new Date(now - 86_400_000).toISOString(),
      to: new Date(now + 3_600_000).toISOString(),
    };
    const { queryClient } = renderWithAudit(<Notice query={{ ...defaultAuditQuery, time }} />);
    await settled(queryClient);
    await clientAs().create({ severity: 'High', action: 'New today' });
    await pollOnce(queryClient);
    expect(screen.getByRole('status').textContent).toBe('1 new events');
    // Its own end stays in the poll: an event stamped after it would not match the range.
    expect(polls().at(-1)!.searchParams.get('created_to')).toBe(time.to);
  });

  it('on a preset left open for hours, counts only what the preset now shows ("Last hour", not since opening)', async () => {
    // An event in the last hour, so the view has a newest row to count from.
    await clientAs().create({ severity: 'Info', action: 'Just now' });
    const opened = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: opened });
    try {
      const query: AuditQuery = { ...defaultAuditQuery, time: { preset: '1h' } };
      const { queryClient } = renderWithAudit(<Notice query={query} />);
      await settled(queryClient);
      // Three hours on, the tab still open: "Show them" would list the last hour only, so the poll asks no more.
      vi.setSystemTime(opened + 3 * 3_600_000);
      const before = polls().length;
      act(() => clock.tick());
      await waitFor(() => expect(polls().length).toBe(before + 1));
      const from = polls().at(-1)!.searchParams.get('created_from');
      expect(Date.parse(from ?? '')).toBeGreaterThanOrEqual(Date.now() - 3_600_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops polling a range once its end has passed, after at most one more poll', async () => {
    const end = Date.now() + 60_000;
    const time = { from: new Date(end - 86_400_000).toISOString(), to: new Date(end).toISOString() };
    const { queryClient } = renderWithAudit(<Notice query={{ ...defaultAuditQuery, time }} />);
    await settled(queryClient);
    // While its end is ahead, it polls.
    await pollOnce(queryClient);
    expect(polls().length).toBeGreaterThan(0);
    // A minute on, with the page still open.
    const later = vi.spyOn(Date, 'now').mockReturnValue(end + 1);
    try {
      const before = polls().length;
      for (let tick = 0; tick < 3; tick++) {
        act(() => clock.tick());
        await waitFor(() => expect(queryClient.isFetching()).toBe(0));
      }
      expect(polls().length - before).toBeLessThanOrEqual(1);
    } finally {
      later.mockRestore();
    }
  });

  it('never polls a range that ended before the page opened', async () => {
    const time = { from: '2026-01-01T00:00:00.000Z', to: new Date(Date.now() - 60_000).toISOString() };
    const { queryClient } = renderWithAudit(<Notice query={{ ...defaultAuditQuery, time }} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 new events'));
    act(() => clock.tick());
    expect(queryClient.isFetching()).toBe(0);
    expect(polls()).toEqual([]);
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

describe('canGainEvents', () => {
  it('is true up to and at a range’s end, false after it; always for presets, all time and no end', () => {
    const to = '2026-12-05T22:59:59.999Z'; // the end of 5 December in Berlin (created:2026-12-05 there)
    const end = Date.parse(to);
    expect(canGainEvents({ time: { from: '2026-12-04T23:00:00.000Z', to } }, end - 1)).toBe(true);
    expect(canGainEvents({ time: { to } }, end)).toBe(true);
    expect(canGainEvents({ time: { to } }, end + 1)).toBe(false);
    expect(canGainEvents({ time: { to: '9999-12-31T23:59:59.999Z' } })).toBe(true);
    expect(canGainEvents({ time: { from: '2026-01-01T00:00:00.000Z' } }, end + 1)).toBe(true);
    expect(canGainEvents({ time: { preset: '24h' } })).toBe(true);
    expect(canGainEvents({ time: null })).toBe(true);
  });
});
