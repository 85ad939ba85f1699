import type { AuditEvent } from '../client/auditTypes.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

/**
 * What {@link exportOptionsFromList} reads of a list: `useAuditList`'s answer (`AuditList`), or anything shaped like
 * it. Written out rather than imported: this module is React-free, like the rest of the export.
 */
export interface ExportSourceList {
  /** The events shown. */
  readonly events: readonly Pick<AuditEvent, 'tenantId'>[];
  /** Count of all matching events, when known. */
  readonly total: number | undefined;
  /** `total` is the least there can be (the server sent no count), not the count. */
  readonly totalIsLowerBound: boolean;
  /** A new query is loading: `total` is still the previous one's. */
  readonly isRefreshing: boolean;
  /** The list read is the legacy `GET /audits` one. */
  readonly legacy: boolean;
}

/** The export options a list on screen gives (see {@link exportOptionsFromList}). */
export interface ListExportOptions extends Pick<DownloadAuditCsvOptions, 'expectedRows' | 'tenantLabel'> {
  /** Rows the file will hold: the list's `total` when it counts this query, else `undefined`. */
  expectedRows: number | undefined;
  /** The tenant of the events shown, else `undefined` (the export then names the client's `tenantId`). */
  tenantLabel: string | undefined;
  /** The list read is the legacy one: the export reads it too. */
  legacy: boolean;
}

/**
 * What the list a view shows says about an export of the same query, so a custom UI asks for the same file as
 * `<ExportButton>` without working it out again:
 * - `expectedRows`: the list's `total`, but only when it is the count of this query. A lower bound (the server
 *   sent no count: `total` is the events seen so far) sizes nothing, nor does the previous query's count shown
 *   while the next one loads (`isRefreshing`). Either, passed on, made `target: 'auto'` plan a small file and
 *   collect millions of rows in memory, and `planExportTarget` promise a normal download.
 * - `tenantLabel`: the tenant of the events shown (a user token's client knows none); `undefined` without one,
 *   so the export falls back to the client's `tenantId`.
 * - `legacy`: the list the view reads: a log on the legacy list may run where no v2 endpoint is served.
 *
 * Give the same `expectedRows` to `planExportTarget` (to say before the click where the file goes) and spread the
 * whole into `useCsvExport().start` / `downloadAuditCsv`; an option given after the spread wins.
 *
 * @example
 * ```tsx
 * const list = useAuditList(query);
 * const fromList = exportOptionsFromList(list);
 * const plan = planExportTarget({ expectedRows: fromList.expectedRows, columnCount: columns.length });
 * <button onClick={() => csv.start({ query, columns, ...fromList })}>Download CSV</button>
 * ```
 */
export function exportOptionsFromList(list: ExportSourceList): ListExportOptions {
  return {
    expectedRows: list.totalIsLowerBound || list.isRefreshing ? undefined : list.total,
    tenantLabel: list.events.find((event) => event.tenantId)?.tenantId,
    legacy: list.legacy,
  };
}
