import type { AuditColumn } from './auditTypes.ts';

/** 1 for yes, 0 for no. */
type Flag = 0 | 1;

/**
 * A row of the table below: name, display name, type, then in the table, sortable, filterable, in details,
 * predefined.
 */
type ColumnRow = readonly [string, string, AuditColumn['type'], Flag, Flag, Flag, Flag, Flag];

const column = ([
  name,
  displayName,
  type,
  table,
  sortable,
  filterable,
  moreInfo,
  predefined,
]: ColumnRow): Readonly<AuditColumn> =>
  Object.freeze({
    name,
    displayName,
    type,
    sortable: !!sortable,
    filterable: !!filterable,
    showInTable: !!table,
    showInMoreInfo: !!moreInfo,
    isPredefined: !!predefined,
  });

// Rows rather than an object literal per column: the set is the 404 fallback of request planning, so it ships with
// every page that lists events, and as rows it takes about half the bytes.

/**
 * Frontegg's default column set (as its demo metadata has it: `'Always'` on time, action, IP, severity and the
 * payload; severity out of the table by default), used when the metadata endpoint is missing (404). Each column is
 * frozen too: every log on the page falls back to these, so `defaultAuditColumns[0].showInTable = false` would have
 * hidden the time column in all of them.
 */
export const defaultAuditColumns: readonly Readonly<AuditColumn>[] = Object.freeze(
  (
    [
      // name, displayName, type, table, sortable, filterable, moreInfo, predefined
      ['createdAt', 'Time', 'Timestamp', 1, 1, 1, 1, 0],
      ['email', 'User', 'Email', 1, 1, 1, 0, 1],
      ['action', 'Action', 'AlphaNumeric', 1, 1, 1, 1, 1],
      ['description', 'Description', 'AlphaNumeric', 1, 0, 0, 0, 1],
      ['ip', 'IP Address', 'IpAddress', 1, 1, 1, 1, 1],
      ['severity', 'Severity', 'Severity', 0, 1, 1, 1, 1],
      ['userAgent', 'User Agent', 'AlphaNumeric', 0, 1, 1, 0, 1],
      ['json', 'Json Data', 'Json', 0, 1, 1, 1, 0],
    ] satisfies ColumnRow[]
  ).map(column),
);
