// Concurrent sorted or filtered lists each built a full match index at once: with a million events a tenant, four
// sorts took 1.3 GB and held a `GET /metadata` for 25-30 s. Builds now take turns: at most MAX_INDEX_BUILDS run,
// the rest wait in order, and past MAX_WAITING_BUILDS waiting a request is a 503 with Retry-After.
import { describe, expect, it, vi } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import type { AuditEvent } from '../dataset/types.ts';
import { ApiError, errorResponse } from './apiError.ts';
import type { EventQuery } from './parseListQuery.ts';
import { MatchCache, MAX_INDEX_BUILDS, MAX_WAITING_BUILDS, selectEvents } from './queryEvents.ts';
import { createMockAuditApi } from './createMockAuditApi.ts';
import { createTenantTimeline } from './tenantTimeline.ts';

const timelines = [
  createTenantTimeline(
    't0',
    Array.from({ length: 20 }, (_, p) => ({
      ms: 1_000 - p,
      event: { frontegg_id: `e${p}`, action: `a${p % 7}`, email: `u${p % 5}@x.test` } as AuditEvent,
    })),
    undefined,
  ),
];

const query = (sortBy: string, text?: string): EventQuery => ({
  offset: 0,
  count: 5,
  sortBy,
  sortDirection: 'desc',
  text,
  fromMs: 0,
  toMs: 10_000,
  users: [],
  columnFilters: [],
  featureFlagId: undefined,
});

/** A cache whose only build slot the test holds, so requests that need a build wait until it lets go. */
async function heldCache() {
  const cache = new MatchCache(20);
  const release: (() => void)[] = [];
  for (let k = 0; k < MAX_INDEX_BUILDS; k++) release.push(await cache.startBuild());
  return { cache, release: () => release.forEach((end) => end()) };
}

describe('match index builds take turns', () => {
  it('starts at most MAX_INDEX_BUILDS at once; the others start in the order they came as builds end', async () => {
    const { cache, release } = await heldCache();
    const done: string[] = [];
    const running: number[] = [];
    const pending = ['action', 'email', 'severity', 'ip'].map((sortBy) =>
      selectEvents(timelines, query(sortBy), { cache, dataVersion: 0 }).then((result) => {
        running.push(cache.builds.running);
        done.push(sortBy);
        return result;
      }),
    );
    expect(cache.builds).toEqual({ running: MAX_INDEX_BUILDS, waiting: 4 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toEqual([]);
    release();
    const results = await Promise.all(pending);
    expect(done).toEqual(['action', 'email', 'severity', 'ip']);
    for (const count of running) expect(count).toBeLessThanOrEqual(MAX_INDEX_BUILDS);
    expect(results.map((r) => r.total)).toEqual([20, 20, 20, 20]);
    expect(cache.builds).toEqual({ running: 0, waiting: 0 });
  });

  it('answers a request that needs no build, or finds its index cached, while builds wait', async () => {
    const cache = new MatchCache(20);
    await selectEvents(timelines, query('action'), { cache, dataVersion: 0 });
    const end = await cache.startBuild();
    const waiting = selectEvents(timelines, query('email'), { cache, dataVersion: 0 });
    expect(cache.builds.waiting).toBe(1);
    const byTime = await selectEvents(timelines, query('createdAt'), { cache, dataVersion: 0 });
    expect([...byTime.events].map((e) => e.frontegg_id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    const cached = await selectEvents(timelines, query('action'), { cache, dataVersion: 0 });
    expect(cached.total).toBe(20);
    expect(cache.builds.waiting).toBe(1);
    end();
    expect((await waiting).total).toBe(20);
  });

  it('takes a waiting request whose request is aborted out of the line', async () => {
    const { cache, release } = await heldCache();
    const controller = new AbortController();
    const aborted = selectEvents(timelines, query('action'), {
      cache,
      dataVersion: 0,
      signal: controller.signal,
    });
    const kept = selectEvents(timelines, query('email'), { cache, dataVersion: 0 });
    expect(cache.builds.waiting).toBe(2);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ status: 400 });
    expect(cache.builds.waiting).toBe(1);
    release();
    expect((await kept).total).toBe(20);
    expect(cache.builds).toEqual({ running: 0, waiting: 0 });
  });

  it('answers 503 with Retry-After in the usual error shape once MAX_WAITING_BUILDS wait', async () => {
    const { cache, release } = await heldCache();
    const waiting = Array.from({ length: MAX_WAITING_BUILDS }, (_, k) =>
      selectEvents(timelines, query('action', `a${k}`), { cache, dataVersion: 0 }),
    );
    const refused = await selectEvents(timelines, query('email'), { cache, dataVersion: 0 }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ApiError);
    const response = errorResponse(refused as ApiError, 'trace');
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({
      errors: [expect.stringMatching(/busy sorting or filtering/)],
      errorCode: 'ER-AUDITS-UNAVAILABLE',
    });
    expect(cache.builds.waiting).toBe(MAX_WAITING_BUILDS);
    release();
    await Promise.all(waiting);
    expect(cache.builds).toEqual({ running: 0, waiting: 0 });
  });
});

describe('match index builds take turns through handle()', () => {
  it('queues sorted lists behind a running build, answers 503 past the line, and serves others meanwhile', async () => {
    // The test takes the api's only build slot first (its cache is internal), so the lists below must wait.
    let builds: (() => MatchCache['builds']) | undefined;
    let held: (() => void) | undefined;
    const original = MatchCache.prototype.startBuild;
    const spy = vi.spyOn(MatchCache.prototype, 'startBuild').mockImplementation(async function (
      this: MatchCache,
      signal?: AbortSignal,
    ) {
      if (!builds) {
        builds = () => this.builds;
        held = await original.call(this);
      }
      return original.call(this, signal);
    });
    try {
      const api = createMockAuditApi({ eventsPerTenant: 200 });
      const token = await demoToken(demoIdentities.tenantAAdmin);
      const get = (path: string) =>
        api.handle(
          new Request(`https://api.example.test${path}`, { headers: { authorization: `Bearer ${token}` } }),
        ) as Promise<Response>;
      const list = (k: number) =>
        get(`/audits/resources/audits/v2?count=1&offset=0&sortBy=action&sortDirection=desc&filter=${k}`);
      const waiting = Array.from({ length: MAX_WAITING_BUILDS }, (_, k) => list(k));
      await vi.waitFor(() => expect(builds?.().waiting).toBe(MAX_WAITING_BUILDS));
      const refused = await list(99);
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { errorCode: string }).errorCode).toBe('ER-AUDITS-UNAVAILABLE');
      // Neither the metadata nor a list by time needs a build: both are answered while the others wait.
      expect((await get('/metadata?entityName=audits')).status).toBe(200);
      expect((await get('/audits/resources/audits/v2?count=1&offset=0')).status).toBe(200);
      expect(builds?.().waiting).toBe(MAX_WAITING_BUILDS);
      held!();
      expect((await Promise.all(waiting)).map((r) => r.status)).toEqual(
        Array.from({ length: MAX_WAITING_BUILDS }, () => 200),
      );
    } finally {
      spy.mockRestore();
    }
  });
});
