import { auditColumns } from '../dataset/auditColumns.ts';
import type { AuditEvent } from '../dataset/types.ts';
import { csvValue } from '../csv/csvField.ts';
import type { EventQuery } from './parseListQuery.ts';
import { timeRange } from './tenantTimeline.ts';
import type { TenantTimeline } from './tenantTimeline.ts';

const textFields = [
  ...auditColumns.filter((c) => c.type !== 'Timestamp').map((c) => c.name),
  'user',
  'actorMail',
];
const severityRank: Record<string, number> = { info: 0, medium: 1, high: 2, error: 3, critical: 4 };

type Predicate = (event: AuditEvent) => boolean;

/** The matching test of a query beyond its time range, or `null` when every event in range matches. */
export function eventPredicate(query: EventQuery): Predicate | null {
  const tests: Predicate[] = [];
  const { text, users, columnFilters } = query;
  if (text) tests.push((e) => textFields.some((name) => csvValue(e[name]).toLowerCase().includes(text)));
  if (users.length > 0) {
    const wanted = new Set(users);
    tests.push((e) =>
      [e.userId, e.email, e.user].some((v) => typeof v === 'string' && wanted.has(v.toLowerCase())),
    );
  }
  for (const { name, values } of columnFilters)
    tests.push((e) => values.has(csvValue(e[name]).toLowerCase()));
  if (tests.length === 0) return null;
  return (e) => tests.every((test) => test(e));
}

/**
 * Every event of the timelines in time order within the query's range, merged across tenants, lazily: the
 * basis of a 1,000,000-row export that never materialises the set. `skip` jumps ahead without generating events
 * when there is a single timeline and no predicate.
 */
export function* eventsInTimeOrder(
  timelines: readonly TenantTimeline[],
  query: EventQuery,
  predicate: Predicate | null,
  skip = 0,
): Generator<AuditEvent, void, undefined> {
  const asc = query.sortDirection === 'asc';
  const cursors = timelines.map((timeline) => {
    const [start, end] = timeRange(timeline, query.fromMs, query.toMs);
    return { timeline, next: asc ? end - 1 : start, start, end };
  });
  if (cursors.length === 1 && predicate === null && skip > 0) {
    const only = cursors[0]!;
    only.next += asc ? -skip : skip;
    skip = 0;
  }
  const live = (c: (typeof cursors)[number]) => c.next >= c.start && c.next < c.end;
  for (;;) {
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
    if (predicate && !predicate(event)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    yield event;
  }
}

function sortKey(event: AuditEvent, column: string): string | number {
  if (column === 'createdAt') return Date.parse(event.createdAt);
  const text = csvValue(event[column]).toLowerCase();
  return column === 'severity' ? (severityRank[text] ?? -1) : text;
}

/**
 * The query's events in its sort order, from `offset`, at most `count` (all when `undefined`), and the total
 * number of matches. Sorting by time streams; other sorts materialise the matching events (fine at demo sizes).
 */
export function selectEvents(
  timelines: readonly TenantTimeline[],
  query: EventQuery,
): { total: number; events: Iterable<AuditEvent> } {
  const predicate = eventPredicate(query);
  const limit = query.count ?? Infinity;
  if (query.sortBy === 'createdAt') {
    const total =
      predicate === null ? countInRange(timelines, query) : countMatches(timelines, query, predicate);
    return { total, events: take(eventsInTimeOrder(timelines, query, predicate, query.offset), limit) };
  }
  const sorted = [...eventsInTimeOrder(timelines, { ...query, sortDirection: 'desc' }, predicate)];
  const direction = query.sortDirection === 'asc' ? 1 : -1;
  const keys = new Map(sorted.map((e) => [e, sortKey(e, query.sortBy)]));
  // Array.prototype.sort is stable, so ties stay newest first.
  sorted.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return ka < kb ? -direction : ka > kb ? direction : 0;
  });
  return { total: sorted.length, events: sorted.slice(query.offset, query.offset + limit) };
}

function countInRange(timelines: readonly TenantTimeline[], query: EventQuery): number {
  return timelines.reduce((sum, t) => {
    const [start, end] = timeRange(t, query.fromMs, query.toMs);
    return sum + end - start;
  }, 0);
}

function countMatches(timelines: readonly TenantTimeline[], query: EventQuery, predicate: Predicate): number {
  let total = 0;
  for (const _event of eventsInTimeOrder(timelines, query, predicate)) total++;
  return total;
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
