import { auditTimeMs } from '../client/parseAuditTime.ts';
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
 * Any other bound is passed on as given (a date and time for the request planner to read, or to report).
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
  // whole last day, which a link with the same `audit.to` took in. With the time parser the request planner
  // already ships (strict: `2026-02-30` is left as it is, for the planner to report), not the URL's date reader,
  // which the list hook's budget has no room for.
  const range: ResolvedTimeRange = {};
  if (time.from) range.from = dateAloneAsDay(time.from);
  if (time.to) range.to = dateAloneAsDay(time.to, 'end');
  return range;
}

const dayMs = 86_400_000;

/**
 * A date alone (`2026-03-31`) as its whole UTC day's first millisecond, or with `'end'` its last; anything else as
 * it is. The one rule for a range's bounds, as requested here and as `checkAuditQuery` holds them.
 */
export function dateAloneAsDay(value: string, bound?: 'end'): string {
  const ms = value.length === 10 ? auditTimeMs(value) : undefined;
  return ms === undefined ? value : new Date(ms + (bound ? dayMs - 1 : 0)).toISOString();
}
