/** Relative time ranges, resolved when a request is made (so "last 7 days" stays relative in a URL). */
export type AuditTimePreset = '1h' | '24h' | '7d' | '30d' | '90d' | '365d';

// `/* @__PURE__ */` on the frozen lists: esbuild does not know `Object.freeze` has no side effects, so without it
// a page that never reads them still ships them.

/** Every preset, shortest first. */
export const auditTimePresets: readonly AuditTimePreset[] = /* @__PURE__ */ Object.freeze([
  '1h',
  '24h',
  '7d',
  '30d',
  '90d',
  // A year back, as Frontegg's portal offers ("Last Year"): an annual access review reads a whole year.
  '365d',
]);

/**
 * A time filter: a relative preset, a custom range (ISO 8601, either end optional, both inclusive), or none.
 * A date alone is a whole UTC day (the hooks know no viewer's zone): `{ from: '2026-03-01', to: '2026-03-31' }`
 * is requested as `2026-03-01T00:00:00.000Z` to `2026-03-31T23:59:59.999Z`, as a link's `audit.to=2026-03-31`
 * reads; a date-time without a zone is UTC too. For days in the user's zone, give instants (`zonedInputToIso`).
 *
 * @example
 * ```ts
 * const march: AuditTimeRange = { from: '2026-03-01', to: '2026-03-31' }; // every event of March, in UTC
 * ```
 */
export type AuditTimeRange =
  { preset: AuditTimePreset } | { from?: string | undefined; to?: string | undefined } | null;

/** Sort order. */
export interface AuditSort {
  column: string;
  direction: 'asc' | 'desc';
}

/** Allowed page sizes. */
export type AuditPageSize = 20 | 50 | 100 | 200;

/** Every allowed page size. */
export const auditPageSizes: readonly AuditPageSize[] = /* @__PURE__ */ Object.freeze([20, 50, 100, 200]);

/**
 * Everything that decides which events a user sees: one value object, serialisable to a URL.
 *
 * @example
 * ```ts
 * const query: AuditQuery = {
 *   ...defaultAuditQuery,
 *   search: 'login',
 *   time: { preset: '7d' },
 *   filters: { severity: ['High', 'Critical'] },
 * };
 * ```
 */
export interface AuditQuery {
  /** Free text, sent trimmed and lower-cased as `filter`. */
  search: string;
  /** @default null */
  time: AuditTimeRange;
  /** Exact-match filters by column name (`severity`, `action`, `email`, `ip`, custom columns…). */
  filters: Readonly<Record<string, readonly string[]>>;
  /** @default { column: 'createdAt', direction: 'desc' } */
  sort: AuditSort;
  /** 0-based page index. @default 0 */
  page: number;
  /** @default 20 */
  pageSize: AuditPageSize;
}

/** The query of a first visit: everything, newest first, 20 a page. */
export const defaultAuditQuery: AuditQuery = Object.freeze({
  search: '',
  time: null,
  filters: Object.freeze({}),
  sort: Object.freeze({ column: 'createdAt', direction: 'desc' }),
  page: 0,
  pageSize: 20,
}) as AuditQuery;
