import { auditColumns } from '../dataset/auditColumns.ts';
import type { AuditEvent } from '../dataset/types.ts';
import { csvValue } from '../csv/csvField.ts';
import { ApiError, apiError } from './apiError.ts';
import { createBreather } from './createBreather.ts';
import type { EventQuery } from './parseListQuery.ts';
import { skipInTimeOrder } from './skipInTimeOrder.ts';
import { sortInTurns } from './sortInTurns.ts';
import { timeRange } from './tenantTimeline.ts';
import type { TenantTimeline } from './tenantTimeline.ts';

const textFields = [
  ...auditColumns.filter((c) => c.type !== 'Timestamp').map((c) => c.name),
  'user',
  'actorMail',
];
// A Map: the text comes from event data, and a plain object would rank `constructor` as a function.
const severityRank = new Map([
  ['info', 0],
  ['medium', 1],
  ['high', 2],
  ['error', 3],
  ['critical', 4],
]);

type Predicate = (event: AuditEvent) => boolean;

/** An event's own field (never one inherited from `Object.prototype`, whatever name a request gives). */
const field = (event: AuditEvent, name: string): unknown =>
  Object.hasOwn(event, name) ? event[name] : undefined;

/** The matching test of a query beyond its time range, or `null` when every event in range matches. */
export function eventPredicate(query: EventQuery): Predicate | null {
  const tests: Predicate[] = [];
  const { text, users, columnFilters, featureFlagId } = query;
  if (text) {
    tests.push((e) => {
      for (const name of textFields) if (csvValue(field(e, name)).toLowerCase().includes(text)) return true;
      return false;
    });
  }
  if (users.length > 0) {
    const wanted = new Set(users);
    tests.push((e) =>
      [e.userId, e.email, e.user].some((v) => typeof v === 'string' && wanted.has(v.toLowerCase())),
    );
  }
  for (const { name, values } of columnFilters)
    tests.push((e) => values.has(csvValue(field(e, name)).toLowerCase()));
  if (featureFlagId !== undefined) tests.push((e) => field(e, 'featureFlagId') === featureFlagId);
  if (tests.length === 0) return null;
  return (e) => tests.every((test) => test(e));
}

/**
 * Every event of the timelines in time order within the query's range, merged across tenants, lazily: the
 * basis of a 1,000,000-row export that never materialises the set. `skip` jumps ahead without building the
 * skipped events, however many timelines there are (see {@link skipInTimeOrder}).
 */
export function* eventsInTimeOrder(
  timelines: readonly TenantTimeline[],
  query: EventQuery,
  skip = 0,
): Generator<AuditEvent, void, undefined> {
  const asc = query.sortDirection === 'asc';
  const ranges = timelines.map((timeline) => {
    const [start, end] = timeRange(timeline, query.fromMs, query.toMs);
    return { timeline, start, end };
  });
  const skipped = skip > 0 ? skipInTimeOrder(ranges, asc, skip) : undefined;
  const cursors = ranges.map((range, k) => {
    const passed = skipped?.[k] ?? 0;
    return { ...range, next: asc ? range.end - 1 - passed : range.start + passed };
  });
  const live = (c: (typeof cursors)[number]) => c.next >= c.start && c.next < c.end;
  for (;;) {
    // On equal times the earlier timeline goes first: skipInTimeOrder counts on this order.
    let best: (typeof cursors)[number] | undefined;
    let bestTime = 0;
    for (const cursor of cursors) {
      if (!live(cursor)) continue;
      const time = cursor.timeline.timeAt(cursor.next);
      if (!best || (asc ? time < bestTime : time > bestTime)) {
        best = cursor;
        bestTime = time;
      }
    }
    if (!best) return;
    const event = best.timeline.at(best.next);
    best.next += asc ? -1 : 1;
    yield event;
  }
}

function sortKey(event: AuditEvent, column: string): string | number {
  const text = csvValue(field(event, column)).toLowerCase();
  return column === 'severity' ? (severityRank.get(text) ?? -1) : text;
}

/**
 * The matching events of a query in its sort order, as compact references (timeline index and position) rather
 * than event objects: 5 bytes an event, so 1,000,000 matches cost 5 MB and paging through them is O(page).
 */
export interface MatchIndex {
  readonly timeline: Uint8Array;
  readonly position: Uint32Array;
}

/** Index builds one api runs at once (see {@link MatchCache.startBuild}). */
export const MAX_INDEX_BUILDS = 1;
/** Requests that may wait for a build slot; past it a request that needs a build is a 503. */
export const MAX_WAITING_BUILDS = 8;
/** The `Retry-After` of that 503, in seconds. */
const BUILD_RETRY_AFTER_SECONDS = 2;

/**
 * A small least-recently-used store of match indices, keyed by query and data version, and the gate of their
 * builds. A build over a million events holds some 100 MB and gives the event loop a turn only every ~30 ms; with
 * nothing limiting how many ran at once, four concurrent sorts of such a tenant took 1.3 GB and held a
 * `GET /metadata` for 25–30 s. So at most {@link MAX_INDEX_BUILDS} run at once, later ones wait their turn in
 * order (leaving the line when their request is aborted), and past {@link MAX_WAITING_BUILDS} waiting a request is
 * refused with a 503 and `Retry-After`. Requests served from the cache or without an index never wait.
 */
export class MatchCache {
  readonly #entries = new Map<string, MatchIndex>();
  #building = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly capacity = 3) {}
  get(key: string): MatchIndex | undefined {
    const found = this.#entries.get(key);
    if (found) {
      this.#entries.delete(key);
      this.#entries.set(key, found);
    }
    return found;
  }
  set(key: string, index: MatchIndex): void {
    this.#entries.set(key, index);
    while (this.#entries.size > this.capacity)
      this.#entries.delete(this.#entries.keys().next().value as string);
  }
  clear(): void {
    this.#entries.clear();
  }
  /** Builds running now and requests waiting to start one (for tests and diagnostics). */
  get builds(): { running: number; waiting: number } {
    return { running: this.#building, waiting: this.#waiting.length };
  }
  /**
   * Resolves once a build may start, with the function that ends it (call it exactly once, when the build is
   * done or failed). Rejects with a 503 when too many wait already, or with the abort error when the request goes
   * away while waiting, which also takes it out of the line.
   */
  startBuild(signal?: AbortSignal): Promise<() => void> {
    const end = () => {
      const next = this.#waiting.shift();
      // The slot passes straight to the next in line, so a newcomer cannot jump the queue.
      if (next) next();
      else this.#building--;
    };
    if (signal?.aborted) return Promise.reject(apiError(400, 'The request was aborted'));
    if (this.#building < MAX_INDEX_BUILDS) {
      this.#building++;
      return Promise.resolve(once(end));
    }
    if (this.#waiting.length >= MAX_WAITING_BUILDS)
      return Promise.reject(
        new ApiError(
          503,
          [
            `The mock is busy sorting or filtering for other requests (${MAX_INDEX_BUILDS} running, ${MAX_WAITING_BUILDS} waiting); retry later`,
          ],
          'ER-AUDITS-UNAVAILABLE',
          BUILD_RETRY_AFTER_SECONDS,
        ),
      );
    return new Promise((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener('abort', leave);
        resolve(once(end));
      };
      const leave = () => {
        const at = this.#waiting.indexOf(turn);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(apiError(400, 'The request was aborted'));
      };
      this.#waiting.push(turn);
      signal?.addEventListener('abort', leave, { once: true });
    });
  }
}

function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      run();
    }
  };
}

async function buildMatchIndex(
  timelines: readonly TenantTimeline[],
  query: EventQuery,
  predicate: Predicate | null,
  signal: AbortSignal | undefined,
): Promise<MatchIndex> {
  const breathe = createBreather(signal);
  const ranges = timelines.map((t) => timeRange(t, query.fromMs, query.toMs));
  const refTimeline: number[] = [];
  const refPosition: number[] = [];
  const next = ranges.map(([start]) => start);
  // Merge newest first across tenants, keeping references only.
  for (;;) {
    let best = -1;
    let bestTime = 0;
    for (let k = 0; k < timelines.length; k++) {
      if (next[k]! >= ranges[k]![1]) continue;
      const time = timelines[k]!.timeAt(next[k]!);
      if (best < 0 || time > bestTime) {
        best = k;
        bestTime = time;
      }
    }
    if (best < 0) break;
    const position = next[best]!++;
    const pause = breathe();
    if (pause) await pause;
    if (predicate && !predicate(timelines[best]!.at(position))) continue;
    refTimeline.push(best);
    refPosition.push(position);
  }
  // Plain loops, not `Uint32Array.from(array, map)`: over a million references that took 0.3 s for the order
  // and 2.5 s for the two arrays below, each in one block of the event loop (measured in Node 20, the machine busy).
  const matches = refPosition.length;
  let order = new Uint32Array(matches);
  for (let i = 0; i < matches; i++) order[i] = i;
  if (query.sortBy === 'createdAt') {
    if (query.sortDirection === 'asc') order.reverse();
  } else {
    const keys: (string | number)[] = new Array(order.length);
    for (let i = 0; i < order.length; i++) {
      keys[i] = sortKey(timelines[refTimeline[i]!]!.at(refPosition[i]!), query.sortBy);
      const pause = breathe();
      if (pause) await pause;
    }
    const direction = query.sortDirection === 'asc' ? 1 : -1;
    // Ties stay newest first, whatever the direction.
    order = await sortInTurns(
      order,
      (a, b) => {
        const ka = keys[a]!;
        const kb = keys[b]!;
        return ka < kb ? -direction : ka > kb ? direction : a - b;
      },
      breathe,
    );
  }
  const index = { timeline: new Uint8Array(matches), position: new Uint32Array(matches) };
  for (let i = 0; i < matches; i++) {
    index.timeline[i] = refTimeline[order[i]!]!;
    index.position[i] = refPosition[order[i]!]!;
  }
  return index;
}

function* eventsOfIndex(timelines: readonly TenantTimeline[], index: MatchIndex, from: number, to: number) {
  for (let i = from; i < Math.min(to, index.position.length); i++) {
    yield timelines[index.timeline[i]!]!.at(index.position[i]!);
  }
}

/** Where {@link selectEvents} may keep match indices between calls, and the version of the data they index. */
export interface MatchCacheContext {
  cache: MatchCache;
  dataVersion: number;
  /** Stops a long scan when the request goes away. */
  signal?: AbortSignal | undefined;
}

/**
 * The query's events in its sort order, from `offset`, at most `count` (all when `undefined`), and the total
 * number of matches. Sorted by time without filters, events stream straight from the dataset; otherwise a
 * compact {@link MatchIndex} is built once per query (and cached when a cache is given) and events are produced
 * lazily from it.
 */
export async function selectEvents(
  timelines: readonly TenantTimeline[],
  query: EventQuery,
  cache?: MatchCacheContext,
): Promise<{ total: number; events: Iterable<AuditEvent> }> {
  const predicate = eventPredicate(query);
  const limit = query.count ?? Infinity;
  if (query.sortBy === 'createdAt' && predicate === null) {
    const total = countInRange(timelines, query);
    return { total, events: take(eventsInTimeOrder(timelines, query, query.offset), limit) };
  }
  const { offset, count: _count, ...shape } = query;
  const key = JSON.stringify({
    shape: { ...shape, columnFilters: shape.columnFilters.map((f) => [f.name, [...f.values]]) },
    timelines: timelines.map((t) => [t.tenantId, t.length]),
    version: cache?.dataVersion,
  });
  let index = cache?.cache.get(key);
  if (!index && cache) {
    const end = await cache.cache.startBuild(cache.signal);
    try {
      // A request that waited may find its index built meanwhile by one with the same query.
      index = cache.cache.get(key);
      if (!index) {
        index = await buildMatchIndex(timelines, query, predicate, cache.signal);
        cache.cache.set(key, index);
      }
    } finally {
      end();
    }
  }
  index ??= await buildMatchIndex(timelines, query, predicate, undefined);
  return { total: index.position.length, events: eventsOfIndex(timelines, index, offset, offset + limit) };
}

/**
 * The events of `ordered` that match `predicate`, from the `skip`-th match on, at most `limit`: for an export
 * sorted by time with a filter, where the next match may lie a million events away. Like the scan behind a
 * filtered list, it gives the event loop a turn every ~30 ms and stops once the request is aborted, so the
 * server's other connections (or the page, in a service worker) are not held up.
 */
async function* matchingEvents(
  ordered: Iterable<AuditEvent>,
  predicate: Predicate,
  skip: number,
  limit: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<AuditEvent, void, undefined> {
  if (limit <= 0) return;
  const breathe = createBreather(signal);
  let taken = 0;
  for (const event of ordered) {
    const pause = breathe();
    if (pause) await pause;
    if (!predicate(event)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    yield event;
    if (++taken >= limit) return;
  }
}

/**
 * The query's events for an export: sorted by time they stream lazily straight from the dataset, nothing held
 * (with a filter, through {@link matchingEvents}, which gives the event loop turns while it scans for matches);
 * other sorts go through {@link selectEvents}.
 */
export async function streamEvents(
  timelines: readonly TenantTimeline[],
  query: EventQuery,
  cache?: MatchCacheContext,
): Promise<Iterator<AuditEvent> | AsyncIterator<AuditEvent>> {
  if (query.sortBy !== 'createdAt')
    return (await selectEvents(timelines, query, cache)).events[Symbol.iterator]();
  const limit = query.count ?? Infinity;
  const predicate = eventPredicate(query);
  if (predicate === null) return take(eventsInTimeOrder(timelines, query, query.offset), limit);
  return matchingEvents(eventsInTimeOrder(timelines, query), predicate, query.offset, limit, cache?.signal);
}

function countInRange(timelines: readonly TenantTimeline[], query: EventQuery): number {
  return timelines.reduce((sum, t) => {
    const [start, end] = timeRange(t, query.fromMs, query.toMs);
    return sum + end - start;
  }, 0);
}

function* take<T>(items: Iterator<T> & Iterable<T>, limit: number): Generator<T, void, undefined> {
  if (limit <= 0) return;
  let n = 0;
  try {
    for (const item of items) {
      yield item;
      if (++n >= limit) return;
    }
  } finally {
    items.return?.(undefined);
  }
}
