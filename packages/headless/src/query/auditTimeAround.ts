import { auditTimeMs } from '../client/parseAuditTime.ts';
import { isSupportedInstant } from './supportedInstants.ts';

/**
 * A custom time range from `windowMs` before an event's time to `windowMs` after it, as the query's `time` takes
 * it: for "what else happened then" from an event, and for a link to one event. `undefined` when the value is not
 * a time (`auditTimeMs`), or the range would reach outside the years 0001 to 9999, which no link, saved view or
 * the API can write.
 *
 * @example
 * ```ts
 * queryState.setTime(auditTimeAround(event.createdAt, 5 * 60_000) ?? null);
 * auditTimeAround('2021-04-07T10:50:40.201Z', 1000);
 * // { from: '2021-04-07T10:50:39.201Z', to: '2021-04-07T10:50:41.201Z' }
 * ```
 */
export function auditTimeAround(time: unknown, windowMs: number): { from: string; to: string } | undefined {
  const at = auditTimeMs(time);
  if (at === undefined) return undefined;
  const from = at - windowMs;
  const to = at + windowMs;
  if (!isSupportedInstant(from) || !isSupportedInstant(to)) return undefined;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}
