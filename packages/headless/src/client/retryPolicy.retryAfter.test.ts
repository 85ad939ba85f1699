import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { createRetryPolicy } from './retryPolicy.ts';

// A 429 or 503 whose Retry-After is long kept a query busy and silent for three waits of it (91 s for the mock's
// 30 s), then showed "try again in 30 seconds", by then out of date. With the default policy it now fails at once.

const server = setupMockBackend(100);
const requests = recordRequests(server);
const queryClient = new QueryClient();
afterEach(() => queryClient.clear());

/** How a query with the library's default retry rule settles, and after how long, or that it has not within 3 s. */
async function settle<T>(queryFn: (signal: AbortSignal) => Promise<T>) {
  const started = performance.now();
  const pending = queryClient
    .fetchQuery({
      queryKey: ['retry-after', started],
      queryFn: ({ signal }) => queryFn(signal),
      ...createRetryPolicy(),
    })
    .then(
      () => ({ settled: 'resolved' as const }),
      (error: unknown) => ({ settled: 'rejected' as const, error }),
    );
  const waiting = new Promise<{ settled: 'still waiting' }>((resolve) =>
    setTimeout(() => resolve({ settled: 'still waiting' }), 3000),
  );
  const outcome = await Promise.race([pending, waiting]);
  return { ...outcome, seconds: (performance.now() - started) / 1000 };
}

describe('the default retry policy and a long Retry-After', () => {
  it("surfaces a list's 429 with Retry-After 30 at once, its retryAfter intact, asking once", async () => {
    server.api.setScenario({ status: { list: 429 }, retryAfterSeconds: 30 });
    const client = clientAs();
    const outcome = await settle((signal) => client.list({ count: 20, offset: 0 }, { signal }));
    expect(outcome).toMatchObject({
      settled: 'rejected',
      error: { kind: 'http', status: 429, retryAfter: 30 },
    });
    expect(outcome.seconds).toBeLessThan(3);
    expect(requests.filter((request) => request.url.includes('/audits/resources/audits/v2'))).toHaveLength(1);
  });

  it("surfaces the stats' 503 with Retry-After 30 at once", async () => {
    server.api.setScenario({ status: { stats: 503 }, retryAfterSeconds: 30 });
    const client = clientAs();
    const outcome = await settle((signal) => client.stats({ signal }));
    expect(outcome).toMatchObject({ settled: 'rejected', error: { status: 503, retryAfter: 30 } });
  });

  it('still waits out a short Retry-After, and asks again after it', async () => {
    server.api.setScenario({ status: { list: 429 }, retryAfterSeconds: 1 });
    setTimeout(() => server.api.resetScenario(), 200);
    const client = clientAs();
    const outcome = await settle((signal) => client.list({ count: 20, offset: 0 }, { signal }));
    expect(outcome).toMatchObject({ settled: 'resolved' });
    expect(outcome.seconds).toBeGreaterThanOrEqual(0.95);
  });
});
