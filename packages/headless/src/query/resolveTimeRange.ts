import type { AuditTimePreset, AuditTimeRange } from './AuditQuery.ts';

const presetMs: Record<AuditTimePreset, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
  '90d': 90 * 86_400_000,
  '365d': 365 * 86_400_000,
};

/** A concrete range, ISO 8601, either end optional. */
export interface ResolvedTimeRange {
  from?: string;
  to?: string;
}

/**
 * Turns a time filter into concrete ISO bounds at `now`: a preset becomes `[now - preset, now]`.
 *
 * @example
 * ```ts
 * resolveTimeRange({ preset: '24h' }, new Date('2026-01-02T00:00:00Z'));
 * // { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' }
 * ```
 */
export function resolveTimeRange(time: AuditTimeRange, now: Date = new Date()): ResolvedTimeRange {
  if (!time) return {};
  if ('preset' in time) {
    return { from: new Date(now.getTime() - presetMs[time.preset]).toISOString(), to: now.toISOString() };
  }
  const range: ResolvedTimeRange = {};
  if (time.from) range.from = time.from;
  if (time.to) range.to = time.to;
  return range;
}
