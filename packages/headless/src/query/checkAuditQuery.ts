import { dateAloneAsDay } from './resolveTimeRange.ts';
import { clampPageIndex, lastAuditPageIndex } from './clampPageIndex.ts';
import {
  auditPageSizes,
  auditTimePresets,
  defaultAuditQuery,
  type AuditQuery,
  type AuditTimeRange,
} from './AuditQuery.ts';

/** A query made well-formed, and what was wrong with the one given (nothing when it was fine). */
export interface CheckedAuditQuery {
  /** The query given when it was well-formed (the same object), else one mended part by part. */
  query: AuditQuery;
  /** What was mended, each as a sentence naming the part (`query.time.preset "week" is not …`). */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A query from untyped code (a host's `value` or `defaultValue` in plain JS, a query kept in its own store) made
 * into one every part can read: a part left out takes `fallback`'s, and a part of the wrong shape is mended or
 * dropped and reported. Without this a partial query (`{ filters: { severity: ['High'] } }`), a filter given as a
 * text, or an unknown preset (`week`) reached the request builder, which threw, and the log showed only "could not
 * be shown" with no word of which prop was wrong. The URL reader needs none of it: it builds its queries itself.
 * A range end given as a date alone becomes the instant it is requested as (its whole UTC day, `resolveTimeRange`),
 * silently, so every part shows the range the request covers.
 */
export function checkAuditQuery(value: unknown, fallback: AuditQuery = defaultAuditQuery): CheckedAuditQuery {
  const problems: string[] = [];
  if (!isRecord(value))
    return { query: fallback, problems: ['query is not an object: the default query is used'] };
  const search =
    value.search === undefined
      ? fallback.search
      : typeof value.search === 'string'
        ? value.search
        : (problems.push('query.search is not a text: no search is applied'), '');
  const query: AuditQuery = {
    search,
    time: value.time === undefined ? fallback.time : checkTime(value.time, problems),
    filters: value.filters === undefined ? fallback.filters : checkFilters(value.filters, problems),
    sort: value.sort === undefined ? fallback.sort : checkSort(value.sort, fallback, problems),
    page: value.page === undefined ? fallback.page : checkPage(value.page, problems),
    pageSize:
      value.pageSize === undefined
        ? fallback.pageSize
        : (auditPageSizes as readonly unknown[]).includes(value.pageSize)
          ? (value.pageSize as AuditQuery['pageSize'])
          : (problems.push(
              `query.pageSize ${String(value.pageSize)} is not one of ${auditPageSizes.join(', ')}: ` +
                `${fallback.pageSize} is used`,
            ),
            fallback.pageSize),
  };
  // The same object when nothing was mended or filled in, so a memo keyed by it (and the URL write) sees no change.
  const same = (Object.keys(query) as (keyof AuditQuery)[]).every((key) => Object.is(query[key], value[key]));
  return { query: same ? (value as unknown as AuditQuery) : query, problems };
}

function checkTime(time: unknown, problems: string[]): AuditTimeRange {
  if (time === null) return null;
  if (isRecord(time) && 'preset' in time) {
    if ((auditTimePresets as readonly unknown[]).includes(time.preset)) return time as AuditTimeRange;
    problems.push(
      `query.time.preset ${JSON.stringify(time.preset)} is not one of ${auditTimePresets.join(', ')}: ` +
        `no time range is applied`,
    );
    return null;
  }
  if (
    isRecord(time) &&
    ['from', 'to'].every((end) => time[end] === undefined || typeof time[end] === 'string')
  ) {
    // A date alone (a host's date picker) is held as the instants its whole UTC day is requested as
    // (resolveTimeRange): kept as text, the search box, the From/To boxes and the chip showed midnight while the
    // request took in the day. Not a problem to report: a date is a range end the query type allows.
    const { from, to } = time as { from?: string; to?: string };
    const [start, end] = [from && dateAloneAsDay(from), to && dateAloneAsDay(to, 'end')];
    return start === from && end === to
      ? (time as AuditTimeRange)
      : { ...time, ...(start !== undefined && { from: start }), ...(end !== undefined && { to: end }) };
  }
  problems.push(
    'query.time is neither null, { preset } nor { from, to } with ISO 8601 texts: no time range is applied',
  );
  return null;
}

function checkFilters(filters: unknown, problems: string[]): AuditQuery['filters'] {
  if (!isRecord(filters)) {
    problems.push('query.filters is not an object of value lists: no filter is applied');
    return {};
  }
  let mended = false;
  const entries: [string, string[]][] = [];
  for (const [column, values] of Object.entries(filters)) {
    // A number or a yes/no is what a host means as its text (`status: [500]`); a lone value, as a list of one.
    const list = Array.isArray(values) ? values : [values];
    const texts = list.flatMap((item) =>
      typeof item === 'string'
        ? [item]
        : typeof item === 'number' || typeof item === 'boolean'
          ? [String(item)]
          : [],
    );
    if (!Array.isArray(values) || texts.length !== list.length || texts.some((text, i) => text !== list[i])) {
      mended = true;
      problems.push(
        `query.filters[${JSON.stringify(column)}] is not a list of texts: ` +
          (texts.length > 0 ? `read as ${JSON.stringify(texts)}` : 'this filter is not applied'),
      );
    }
    if (texts.length > 0) entries.push([column, texts]);
  }
  // fromEntries, not assignment: a column named `__proto__` stays a column.
  return mended ? Object.fromEntries(entries) : (filters as AuditQuery['filters']);
}

function checkSort(sort: unknown, fallback: AuditQuery, problems: string[]): AuditQuery['sort'] {
  if (
    isRecord(sort) &&
    typeof sort.column === 'string' &&
    sort.column !== '' &&
    (sort.direction === 'asc' || sort.direction === 'desc')
  )
    return sort as unknown as AuditQuery['sort'];
  problems.push(
    `query.sort is not { column, direction: 'asc' | 'desc' }: sorted by ${fallback.sort.column}, ` +
      `${fallback.sort.direction}`,
  );
  return fallback.sort;
}

function checkPage(page: unknown, problems: string[]): number {
  if (Number.isSafeInteger(page) && (page as number) >= 0 && (page as number) <= lastAuditPageIndex)
    return page as number;
  const mended = typeof page === 'number' ? clampPageIndex(page) : 0;
  problems.push(`query.page ${String(page)} is not a page index (0, 1, 2…): page ${mended} is used`);
  return mended;
}
