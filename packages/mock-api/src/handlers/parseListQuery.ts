import { auditColumns } from '../dataset/auditColumns.ts';
import { apiError } from './apiError.ts';

/** A parsed, validated list or export query. */
export interface EventQuery {
  offset: number;
  /** `undefined`: every matching event (the legacy export without `count`). */
  count: number | undefined;
  sortBy: string;
  sortDirection: 'asc' | 'desc';
  /** Lower-cased free text. */
  text: string | undefined;
  /** Inclusive bounds on `createdAt`, epoch ms. */
  fromMs: number;
  toMs: number;
  /** Lower-cased values; an event matches one of them. */
  users: string[];
  /** Lower-cased exact-match filters on columns. */
  columnFilters: { name: string; values: Set<string> }[];
}

/** How `count` and `offset` are read: each endpoint of the contract has its own rule. */
export type PagingRule = 'v2' | 'legacyList' | 'legacyExport';

/** The largest query string accepted, in bytes. */
export const MAX_QUERY_BYTES = 8 * 1024;

const sortable = auditColumns.filter((c) => c.sortable).map((c) => c.name);
const filterable = auditColumns.filter((c) => c.filterable && c.name !== 'createdAt').map((c) => c.name);
const isoDateTime =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Reads a repeated or comma-separated parameter: `a=1&a=2` and `a=1,2` both give `['1', '2']`. */
export function multiParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Parses and validates list and export query parameters; throws a 400 `ApiError` listing every bad parameter by
 * name, so one answer tells the caller everything to fix.
 */
export function parseListQuery(url: URL, rule: PagingRule): EventQuery {
  const errors: string[] = [];
  const params = url.searchParams;
  if (new TextEncoder().encode(url.search).length > MAX_QUERY_BYTES) {
    throw apiError(400, `query string must be at most ${MAX_QUERY_BYTES} bytes`);
  }

  const count = readCount(params.get('count'), rule, errors);
  const offsetText = params.get('offset');
  let offset = 0;
  if (offsetText === null) {
    if (rule === 'v2') errors.push('offset is required (an integer of 0 or more)');
  } else if (!/^\d+$/.test(offsetText) || !Number.isSafeInteger(Number(offsetText))) {
    errors.push('offset must be an integer of 0 or more');
  } else offset = Number(offsetText);

  const sortBy = params.get('sortBy') ?? 'createdAt';
  if (!/^[A-Za-z0-9_]+$/.test(sortBy)) errors.push('sortBy must match ^[A-Za-z0-9_]+$');
  else if (!sortable.includes(sortBy)) errors.push(`sortBy must be one of ${sortable.join(', ')}`);

  const direction = (params.get('sortDirection') ?? 'desc').toLowerCase();
  if (direction !== 'asc' && direction !== 'desc') errors.push('sortDirection must be asc or desc');

  let fromMs = -Infinity;
  let toMs = Infinity;
  const from = readDate(params.get('created_from'), 'created_from', errors);
  const to = readDate(params.get('created_to'), 'created_to', errors);
  if (from !== undefined) fromMs = from;
  if (to !== undefined) toMs = to;
  if (from !== undefined && to !== undefined && from > to)
    errors.push('created_from must not be after created_to');
  const createdAt = params.get('createdAt');
  if (createdAt !== null) {
    const range = readCreatedAtOperators(createdAt, errors);
    if (range) {
      fromMs = Math.max(fromMs, range.fromMs);
      toMs = Math.min(toMs, range.toMs);
    }
  }

  if (errors.length > 0) throw apiError(400, ...errors);

  const text = params.get('filter')?.trim().toLowerCase();
  const columnFilters = filterable
    .map((name) => ({ name, values: new Set(multiParam(params, name).map((v) => v.toLowerCase())) }))
    .filter((f) => f.values.size > 0);
  return {
    offset,
    count,
    sortBy,
    sortDirection: direction as 'asc' | 'desc',
    text: text ? text : undefined,
    fromMs,
    toMs,
    users: multiParam(params, 'users').map((v) => v.toLowerCase()),
    columnFilters,
  };
}

function readCount(text: string | null, rule: PagingRule, errors: string[]): number | undefined {
  const value = text === null || !/^\d+$/.test(text) ? NaN : Number(text);
  if (rule === 'v2') {
    if (!(value >= 1 && value <= 200)) errors.push('count must be an integer from 1 to 200');
    return value;
  }
  if (text === null) return rule === 'legacyList' ? 20 : undefined;
  if (!(value >= 0 && value <= 200)) {
    errors.push(
      `count must be an integer from 0 to 200 (0: ${rule === 'legacyList' ? 'the default 20' : 'every event'})`,
    );
    return undefined;
  }
  if (value === 0) return rule === 'legacyList' ? 20 : undefined;
  return value;
}

function readDate(text: string | null, name: string, errors: string[]): number | undefined {
  if (text === null || text === '') return undefined;
  const ms = parseIso(text);
  if (ms === undefined) errors.push(`${name} must be an ISO 8601 date-time, e.g. 2026-01-31T23:59:59Z`);
  return ms;
}

/** Parses an ISO 8601 date or date-time; a time without a zone is read as UTC. */
export function parseIso(text: string): number | undefined {
  if (!isoDateTime.test(text)) return undefined;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) && text.includes('T');
  const normalised =
    text.includes('T') || text.includes(' ') ? text.replace(' ', 'T') + (hasZone ? '' : 'Z') : text;
  const ms = Date.parse(normalised);
  return Number.isFinite(ms) ? ms : undefined;
}

function readCreatedAtOperators(
  text: string,
  errors: string[],
): { fromMs: number; toMs: number } | undefined {
  const message =
    'createdAt must be JSON with $gt, $gte, $lt or $lte ISO 8601 dates, e.g. {"$gt":"2026-01-01T00:00:00Z"}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    errors.push(message);
    return undefined;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    Object.keys(parsed).length === 0
  ) {
    errors.push(message);
    return undefined;
  }
  let fromMs = -Infinity;
  let toMs = Infinity;
  for (const [op, value] of Object.entries(parsed)) {
    const ms = typeof value === 'string' ? parseIso(value) : undefined;
    if (ms === undefined || !['$gt', '$gte', '$lt', '$lte'].includes(op)) {
      errors.push(message);
      return undefined;
    }
    // Event times are whole milliseconds, so a strict bound is the inclusive bound one millisecond inside.
    if (op === '$gt') fromMs = Math.max(fromMs, ms + 1);
    if (op === '$gte') fromMs = Math.max(fromMs, ms);
    if (op === '$lt') toMs = Math.min(toMs, ms - 1);
    if (op === '$lte') toMs = Math.min(toMs, ms);
  }
  return { fromMs, toMs };
}
