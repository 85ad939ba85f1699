// @vitest-environment jsdom
// An interval given as if in seconds (`newEventsInterval={30}`) reached Query as 30 ms: in 4 s the mock got 64 stats
// requests and 64 polls of the count. Every hook that polls takes no interval shorter than `minPollInterval`, so a
// custom UI on the hooks is kept from flooding the API as the styled log is.
import { act, screen, waitFor } from '@testing-library/react';
import {
  timeoutManager,
  type ManagedTimerId,
  type QueryClient,
  type TimeoutCallback,
} from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { minPollInterval } from './pollInterval.ts';
import { useAuditEvents } from './useAuditEvents.ts';
import { useAuditStats } from './useAuditStats.ts';
import { useNewEventsSince } from './useNewEventsSince.ts';

// Query's interval timers on a simulated clock (each keeps its own period), so seconds of polling take no real time.
// Timeouts stay real: Query's gc, Testing Library's waits.
const intervals = new Map<number, { callback: TimeoutCallback; delay: number; elapsed: number }>();
let nextId = 1;
timeoutManager.setTimeoutProvider<ManagedTimerId>({
  setTimeout: (callback, delay) => setTimeout(callback, delay),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout> | undefined),
  setInterval: (callback, delay) => {
    const id = nextId++;
    intervals.set(id, { callback, delay, elapsed: 0 });
    return id;
  },
  clearInterval: (id) => {
    if (typeof id === 'number') intervals.delete(id);
  },
});

const server = setupMockBackend();
const requests = recordRequests(server);
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => warn.mockClear());

/** `ms` of simulated time pass, 100 ms at a time, each step's polls answered before the next. */
async function elapse(queryClient: QueryClient, ms: number) {
  for (let step = 0; step < ms / 100; step++) {
    act(() => {
      for (const timer of [...intervals.values()]) {
        timer.elapsed += 100;
        while (timer.elapsed >= timer.delay) {
          timer.elapsed -= timer.delay;
          timer.callback();
        }
      }
    });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  }
}

const stats = () => requests.filter((request) => new URL(request.url).pathname.endsWith('/stats')).length;
const counts = () =>
  requests.filter((request) => new URL(request.url).searchParams.get('count') === '1').length;
const pages = () =>
  requests.filter((request) => new URL(request.url).searchParams.get('count') === '20').length;

function Polls({ interval }: { interval: number | false }) {
  const events = useAuditEvents(defaultAuditQuery, { refetchInterval: interval });
  useAuditStats({ refetchInterval: interval });
  useNewEventsSince({
    query: defaultAuditQuery,
    since: events.data?.data[0]?.createdAt,
    interval: interval === false ? undefined : interval,
  });
  return <p role="status">{events.data ? 'loaded' : 'loading'}</p>;
}

async function mounted(interval: number | false) {
  const { queryClient } = renderWithAudit(<Polls interval={interval} />);
  await screen.findByText('loaded');
  await waitFor(() => {
    expect(counts()).toBe(1);
    expect(queryClient.isFetching()).toBe(0);
  });
  expect([pages(), stats(), counts()]).toEqual([1, 1, 1]);
  return queryClient;
}

describe('polling intervals', () => {
  it('takes one shorter than the floor (30, meant as seconds) as the floor, with one warning', async () => {
    const queryClient = await mounted(30);
    // 4 s at 30 ms would be over a hundred requests of each kind.
    await elapse(queryClient, 4_000);
    expect([pages(), stats(), counts()]).toEqual([1, 1, 1]);
    await elapse(queryClient, minPollInterval - 4_000);
    expect([pages(), stats(), counts()]).toEqual([2, 2, 2]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(
      /^\[auditkit\] use\w+: `(refetchInterval|interval)` is in milliseconds/,
    );
  });

  it('keeps an interval at or above the floor', async () => {
    const queryClient = await mounted(6_000);
    await elapse(queryClient, 5_900);
    expect([pages(), stats(), counts()]).toEqual([1, 1, 1]);
    await elapse(queryClient, 100);
    expect([pages(), stats(), counts()]).toEqual([2, 2, 2]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('still never polls on `false`', async () => {
    const queryClient = await mounted(false);
    await elapse(queryClient, 10_000);
    // The count has its own default (30 s); the list and the stats poll on nothing.
    expect([pages(), stats()]).toEqual([1, 1]);
    expect(warn).not.toHaveBeenCalled();
  });
});
