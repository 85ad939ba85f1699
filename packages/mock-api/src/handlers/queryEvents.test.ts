// The merge of tenants' timelines in time order, below the HTTP contract: an environment token's list spans every
// tenant, and a page far into it must be the same events, in the same order, whether reached by skipping or by
// walking there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../dataset/types.ts';
import type { EventQuery } from './parseListQuery.ts';
import { eventsInTimeOrder } from './queryEvents.ts';
import { createTenantTimeline } from './tenantTimeline.ts';

const query = (sortDirection: 'asc' | 'desc', fromMs: number, toMs: number): EventQuery => ({
  offset: 0,
  count: undefined,
  sortBy: 'createdAt',
  sortDirection,
  text: undefined,
  fromMs,
  toMs,
  users: [],
  columnFilters: [],
  featureFlagId: undefined,
});

/** Timelines whose events are named after their place (`t1#4`), with times from a small range: many ties. */
const anyTimelines = fc
  .array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 25 }), { minLength: 1, maxLength: 4 })
  .map((lists) =>
    lists.map((times, k) => {
      const created = [...times]
        .sort((a, b) => b - a)
        .map((ms, p) => ({ ms, event: { frontegg_id: `t${k}#${p}` } as AuditEvent }));
      return createTenantTimeline(`t${k}`, created, undefined);
    }),
  );

describe('eventsInTimeOrder', () => {
  it('skips to exactly the events a walk from the start reaches, in the same order, ties included', () => {
    fc.assert(
      fc.property(
        anyTimelines,
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.nat({ max: 110 }),
        (timelines, direction, a, b, skip) => {
          const q = query(direction, Math.min(a, b), Math.max(a, b));
          // The order, spelled out: by time, then the earlier timeline, then the timeline's own order.
          const sign = direction === 'asc' ? 1 : -1;
          const expected = timelines
            .flatMap((timeline, k) =>
              Array.from({ length: timeline.length }, (_, p) => ({ k, p, time: timeline.timeAt(p) })),
            )
            .filter(({ time }) => time >= q.fromMs && time <= q.toMs)
            .sort((x, y) => sign * (x.time - y.time) || x.k - y.k || sign * (y.p - x.p))
            .map(({ k, p }) => timelines[k]!.at(p).frontegg_id);
          const ids = (skipped: number) =>
            [...eventsInTimeOrder(timelines, q, skipped)].map((e) => e.frontegg_id);
          expect(ids(0)).toEqual(expected);
          expect(ids(skip)).toEqual(expected.slice(skip));
        },
      ),
      { numRuns: 500 },
    );
  });
});
