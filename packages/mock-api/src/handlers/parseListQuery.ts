import { exportableFields } from '../dataset/auditColumns.ts';
import type { ValidatedQuery } from '../openapi/createOpenApiValidator.ts';
import { apiError } from './apiError.ts';
import { boundMs, compareInstants, parseInstant } from './parseDateTime.ts';
import type { Instant } from './parseDateTime.ts';

/** A parsed, validated list or export query. */
export interface EventQuery {
  offset: number;
  /** `undefined`: every matching event (the legacy export without `count`). */
  count: number | undefined;
  /** A sortable column of the metadata or a field of the event's documented shape ({@link sortableFields}). */
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
  /** Events of one feature flag (`featureFlagId`). */
  featureFlagId: string | undefined;
}

/** How `count` and `offset` are read: each endpoint of the contract has its own rule. */
export type PagingRule = 'v2' | 'legacyList' | 'legacyExport';

/** The largest query string accepted, in bytes. */
export const MAX_QUERY_BYTES = 8 * 1024;

/**
 * What a list or export sorts by: the fields an export may name, which are every metadata column (the sortable ones
 * among them) and the other fields of the event's documented shape (Frontegg's portal sorts by `user`, which is no
 * column). The contract answers another name with a 400: sorted as if every key were equal, `zzz` looked like a
 * sort that worked. A Set, so `__proto__` is just another name.
 */
const sortableFields = exportableFields;

/** Column filters the document lists by name on the legacy endpoints (vendor columns come as extras). */
const namedColumnFilters = ['email', 'action', 'ip', 'severity', 'userAgent'];

/**
 * A checked parameter's value (one value or a list) as a list of texts. No JSON is read here: the validator
 * already read JSON array text where the document allows it (`x-json-array`, the legacy column filters), so a
 * v2 `email=["a","b"]` stays the one literal value it is there.
 */
export function listOf(value: unknown): string[] {
  const items: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map(String);
}

/**
 * Turns a query already checked against the OpenAPI document into an {@link EventQuery}. What the schema cannot
 * say is checked here: bounds in order, the `createdAt` operators, that `sortBy` names a field and that no filter
 * is an empty list. A severity filter takes any text (the service stores more than the create enum: Frontegg's
 * demo data has `Attention` and `info`), matched case-insensitively like every column filter.
 * `query.extra` holds vendor column filters and, in compat mode only, parameters the endpoint does not document.
 */
export function parseListQuery(query: ValidatedQuery, rule: PagingRule): EventQuery {
  const { values, extra } = query;
  const errors: string[] = [];
  const first = (name: string) => (extra.get(name) ?? [])[0];

  let count: number | undefined = values.count as number | undefined;
  if (rule === 'legacyList' && !count) count = 20;
  if (rule === 'legacyExport' && !count) count = undefined;
  const offset = (values.offset as number | undefined) ?? 0;
  const sortGiven = values.sortBy as string | undefined;
  const sortBy = sortGiven ?? 'createdAt';
  if (!sortableFields.has(sortBy))
    errors.push(`sortBy: cannot sort by ${sortBy}; sort by one of ${[...sortableFields].join(', ')}`);
  // Without a sortBy the legacy endpoints answer in their store's order: Frontegg's recorded `GET /audits?count=5`
  // (python-sdk, tests/cassettes/test_get_audits.yaml) came neither newest nor oldest first. The mock's store order
  // is the order events were stored in, oldest first, so a client that leans on a newest-first default the
  // service does not have gets the wrong page here too. The v2 endpoints keep the documented default.
  const storeOrder = sortGiven === undefined && rule !== 'v2';
  const sortDirection = (
    storeOrder ? 'asc' : ((values.sortDirection as string | undefined) ?? 'desc').toLowerCase()
  ) as 'asc' | 'desc';

  let fromMs = -Infinity;
  let toMs = Infinity;
  const bound = (name: string): Instant | undefined => {
    const text = (values[name] as string | undefined) ?? first(name);
    if (text === undefined) return undefined;
    const instant = parseInstant(text);
    if (instant === undefined)
      errors.push(`${name}: must be an RFC 3339 date-time with a zone, e.g. 2026-01-31T23:59:59Z`);
    return instant;
  };
  const from = bound('created_from');
  const to = bound('created_to');
  if (from !== undefined) fromMs = boundMs(from, 'from');
  if (to !== undefined) toMs = boundMs(to, 'to');
  // Compared as given, not as rounded: …17.0005Z to …17.0007Z is in order (and holds no stored event).
  if (from !== undefined && to !== undefined && compareInstants(from, to) > 0)
    errors.push('created_from must not be after created_to');

  const createdAt = values.createdAt ?? jsonExtra(first('createdAt'), errors);
  if (createdAt !== undefined) {
    const range = readCreatedAtOperators(createdAt, errors);
    if (range) {
      fromMs = Math.max(fromMs, range.fromMs);
      toMs = Math.min(toMs, range.toMs);
    }
  }

  const columnFilters: EventQuery['columnFilters'] = [];
  const addFilter = (name: string, raw: unknown) => {
    const list = listOf(raw).map((v) => v.toLowerCase());
    // An empty list is a mistake to refuse, never a filter to drop: `region=[]` answered every event as filtered.
    if (list.length === 0) {
      errors.push(`${name}: give at least one value; an empty list filters nothing`);
      return;
    }
    columnFilters.push({ name, values: new Set(list) });
  };
  for (const name of namedColumnFilters) if (values[name] !== undefined) addFilter(name, values[name]);
  for (const [name, texts] of extra) {
    if (['created_from', 'created_to', 'createdAt', 'users'].includes(name)) continue;
    addFilter(name, texts);
  }

  if (errors.length > 0) throw apiError(400, ...errors);
  const text = (values.filter as string | undefined)?.trim().toLowerCase();
  return {
    offset,
    count,
    sortBy,
    sortDirection,
    text: text ? text : undefined,
    fromMs,
    toMs,
    users: listOf(values.users ?? extra.get('users')).map((v) => v.toLowerCase()),
    columnFilters,
    featureFlagId: values.featureFlagId as string | undefined,
  };
}

function jsonExtra(text: string | undefined, errors: string[]): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    errors.push('createdAt: must be JSON text, e.g. {"$gt":"2026-01-01T00:00:00Z"}');
    return undefined;
  }
}

function readCreatedAtOperators(
  parsed: unknown,
  errors: string[],
): { fromMs: number; toMs: number } | undefined {
  const message =
    'createdAt: must be JSON with $gt, $gte, $lt or $lte RFC 3339 date-times, e.g. {"$gt":"2026-01-01T00:00:00Z"}';
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
  // The tightest bound on each side as given, to tell a range out of order from one that only holds no whole ms.
  let lower: { at: Instant; strict: boolean } | undefined;
  let upper: { at: Instant; strict: boolean } | undefined;
  for (const [op, value] of Object.entries(parsed)) {
    const at = typeof value === 'string' ? parseInstant(value) : undefined;
    if (at === undefined || !['$gt', '$gte', '$lt', '$lte'].includes(op)) {
      errors.push(message);
      return undefined;
    }
    const strict = op === '$gt' || op === '$lt';
    // Event times are whole milliseconds: each bound becomes the inclusive whole-ms bound that selects the same
    // events (a strict one a millisecond inside, a sub-millisecond one rounded inwards).
    if (op === '$gt' || op === '$gte') {
      fromMs = Math.max(fromMs, boundMs(at, strict ? 'after' : 'from'));
      const order = lower ? compareInstants(at, lower.at) : 1;
      if (order > 0 || (order === 0 && strict)) lower = { at, strict };
    } else {
      toMs = Math.min(toMs, boundMs(at, strict ? 'before' : 'to'));
      const order = upper ? compareInstants(at, upper.at) : -1;
      if (order < 0 || (order === 0 && strict)) upper = { at, strict };
    }
  }
  // The same rule as created_from after created_to: bounds out of order (or equal, one of them strict) are a
  // mistake, not an empty answer. Bounds in order that hold no whole millisecond answer no events.
  const order = lower && upper ? compareInstants(lower.at, upper.at) : -1;
  if (order > 0 || (order === 0 && (lower!.strict || upper!.strict))) {
    errors.push('createdAt: the lower bound ($gt/$gte) must not be after the upper bound ($lt/$lte)');
    return undefined;
  }
  return { fromMs, toMs };
}
