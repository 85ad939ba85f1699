import { firstPosition } from './tenantTimeline.ts';
import type { TenantTimeline } from './tenantTimeline.ts';

/** A timeline and its positions `[start, end)` within a query's time range. */
export interface TimelineRange {
  readonly timeline: TenantTimeline;
  readonly start: number;
  readonly end: number;
}

/**
 * How many events of each timeline the first `skip` events of their merge in time order hold. The merge (see
 * `eventsInTimeOrder`) takes newest first, or oldest first when `asc`, and on equal times the earlier timeline
 * first. An event's place in the merge is the number of events before it: those of its own timeline before it,
 * plus, in every other timeline, those with a time earlier in the order and, in the timelines before its own,
 * those with the same time. That place grows along each timeline, so a binary search per timeline finds how many
 * of its events have a place below `skip`. Only times are read: no skipped event is built, and skipping 3,000,000
 * events of three tenants takes a few thousand time reads instead of seconds with the server blocked.
 */
export function skipInTimeOrder(ranges: readonly TimelineRange[], asc: boolean, skip: number): number[] {
  /** Events of `range` before `time` in the order; with `ties`, those at `time` too. */
  const before = ({ timeline, start, end }: TimelineRange, time: number, ties: boolean): number =>
    asc
      ? end - firstPosition(timeline, (t) => (ties ? t <= time : t < time), start, end)
      : firstPosition(timeline, (t) => (ties ? t < time : t <= time), start, end) - start;
  /** The place in the merge of the `index`-th event (in the order) of timeline `k`. */
  const place = (k: number, index: number): number => {
    const { timeline, start, end } = ranges[k]!;
    const time = timeline.timeAt(asc ? end - 1 - index : start + index);
    let sum = index;
    for (let j = 0; j < ranges.length; j++) if (j !== k) sum += before(ranges[j]!, time, j < k);
    return sum;
  };
  return ranges.map(({ start, end }, k) => {
    let lo = 0;
    let hi = end - start;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (place(k, mid) < skip) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}
