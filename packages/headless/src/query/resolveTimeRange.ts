import { calendarDate } from '../url/calendarDate.ts';
import type { AuditTimePreset, AuditTimeRange } from './AuditQuery.ts';

/**
 * A preset's length in ms, read from its name (`24h`, `365d`: a count of hours or days) rather than from a table
 * of them: this sits on the list hook's size-budgeted path, and every preset is named that way. Only that form: a
 * host's `1w` or `12H` is no count of hours or days: `NaN`, on which `resolveTimeRange` throws, as it did for any
 * name it did not know, never a range of the wrong length.
 */
const presetMs = (preset: AuditTimePreset) => {
  const [, count, unit] = /^(\d+)([hd])$/.exec(preset) ?? [];
  return Number(count) * (unit === 'h' ? 3_600_000 : 86_400_000);
};

/** A concrete range, ISO 8601, either end optional. */
export interface ResolvedTimeRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Turns a time filter into concrete ISO bounds at `now`: a preset becomes `[now - preset, now]`; a date alone is
 * its whole UTC day, so `to: '2026-03-31'` ends at `2026-03-31T23:59:59.999Z`, as a link's `audit.to` reads.
 * A bound that is no ISO 8601 date is passed on as given, for the request planner to report.
 *
 * @example
 * ```ts
 * resolveTimeRange({ preset: '24h' }, new Date('2026-01-02T00:00:00Z'));
 * // { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' }
 * resolveTimeRange({ from: '2026-03-01', to: '2026-03-31' });
 * // { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' }
 * ```
 */
export function resolveTimeRange(time: AuditTimeRange, now: Date = new Date()): ResolvedTimeRange {
  if (!time) return {};
  if ('preset' in time) {
    return { from: new Date(now.getTime() - presetMs(time.preset)).toISOString(), to: now.toISOString() };
  }
  // Read here, the one place every request's range passes: sent as midnight, a host's date-picker `to` lost its
  // whole last day, which a link with the same `audit.to` took in.
  const range: ResolvedTimeRange = {};
  if (time.from) range.from = calendarDate(time.from) ?? time.from;
  if (time.to) range.to = calendarDate(time.to, 'end') ?? time.to;
  return range;
}
