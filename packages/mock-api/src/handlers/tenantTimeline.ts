import type { TenantSeries } from '../dataset/createDataset.ts';
import type { AuditEvent } from '../dataset/types.ts';

/** An event created at run time, with its time in ms kept beside it for binary search. */
export interface CreatedEvent {
  event: AuditEvent;
  ms: number;
}

/**
 * One tenant's events newest first: the created events (an overlay, newest first) then the generated series.
 * Position `p` is an index into that sequence; times never increase with `p`.
 */
export interface TenantTimeline {
  readonly tenantId: string;
  readonly length: number;
  at(position: number): AuditEvent;
  timeAt(position: number): number;
}

/** Joins a tenant's created events and generated series into one newest-first timeline. */
export function createTenantTimeline(
  tenantId: string,
  created: readonly CreatedEvent[],
  series: TenantSeries | undefined,
): TenantTimeline {
  const overlay = created.length;
  const size = series?.size ?? 0;
  return {
    tenantId,
    length: overlay + size,
    at: (p) =>
      p < overlay ? (created[p] as CreatedEvent).event : (series as TenantSeries).eventAt(p - overlay),
    timeAt: (p) =>
      p < overlay ? (created[p] as CreatedEvent).ms : (series as TenantSeries).timeAt(p - overlay),
  };
}

/** The positions `[start, end)` of a timeline whose times lie within `[fromMs, toMs]`, by binary search. */
export function timeRange(timeline: TenantTimeline, fromMs: number, toMs: number): [number, number] {
  // First position at or before toMs, then first position before fromMs.
  const start = firstPosition(timeline, (t) => t <= toMs);
  const end = firstPosition(timeline, (t) => t < fromMs);
  return [start, Math.max(start, end)];
}

/**
 * The first position in `[lo, hi)` whose time passes `test`, or `hi`: `test` must fail up to some position and
 * pass from there on (times never increase with the position), so a binary search finds it.
 */
export function firstPosition(
  timeline: TenantTimeline,
  test: (time: number) => boolean,
  lo = 0,
  hi = timeline.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(timeline.timeAt(mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
