import {
  defaultAuditColumns,
  useAuditColumns,
  useColumnPreferences,
  type AuditPagingMode,
  type AuditQueryStateOptions,
  type UseColumnPreferencesOptions,
} from '@auditkit/headless';
import { useMemo } from 'react';
import type { AuditStateContextValue } from './AuditStateContext.ts';
import { distinctDisplayNames } from './distinctDisplayNames.ts';
import { usePrefetchingQueryState } from './usePrefetchingQueryState.ts';

/** Options of `AuditStateProvider` (its props but `children`): the query, its owner, column choices, paging. */
export interface AuditStateOptions extends AuditQueryStateOptions {
  /** localStorage key for column preferences; tenant and user are appended. @default 'auditkit.columns' */
  storageKey?: string | undefined;
  /**
   * The signed-in user's tenant: column choices are kept per tenant and user, and another owner in place of a known
   * one starts on the default query in the render that brings them (`useAuditQueryState`).
   */
  tenantId?: string | undefined;
  /** The signed-in user: see `tenantId`. */
  userId?: string | undefined;
  /** Where column choices persist; `null` for nowhere. @default localStorage with a `userId`, else the page's memory */
  storage?: UseColumnPreferencesOptions['storage'] | undefined;
  /**
   * How the table pages; every part showing or refreshing the list follows it (a table's own `paging` gives way to
   * it; `<Pagination>` draws nothing under `'infinite'`). @default 'pages'
   */
  paging?: AuditPagingMode | undefined;
  /**
   * Read the legacy `GET /audits` list (numbered pages or infinite scrolling); every part reading the list (table,
   * pager, counts, export, new-events notice) follows it, so they share one request and one count. @default false
   */
  legacy?: boolean | undefined;
}

/** Builds the shared view state from the headless hooks (what `AuditStateProvider` provides). */
export function useAuditStateValue(options: AuditStateOptions = {}): AuditStateContextValue {
  // The owner stays in the query's options: the next user's first render already asks with the defaults.
  const {
    storageKey = 'auditkit.columns',
    storage,
    paging = 'pages',
    legacy = false,
    ...queryOptions
  } = options;
  const { tenantId, userId } = options;
  const pagingGiven = options.paging !== undefined;
  const queryState = usePrefetchingQueryState(queryOptions, { paging, legacy });
  const columnsQuery = useAuditColumns();
  // Here, once, so every part reading the state's columns (table headers, picker, chips, details, the CSV's header
  // row) tells apart two columns the metadata displays alike (`region` and `Region`, both "Region").
  const columns = useMemo(
    () => distinctDisplayNames(columnsQuery.data ?? defaultAuditColumns),
    [columnsQuery.data],
  );
  // Waiting for the first answer only. Asked again after failing (the columns notice's Retry, or a part reading the
  // columns mounting), the query is pending once more: the table then showed its skeleton for as long as the
  // retries took, though the standard columns stay in use until an answer comes.
  const columnsPending = columnsQuery.isPending && columnsQuery.errorUpdateCount === 0;
  // A link's filter on a column the metadata cannot filter stays in the query: the request leaves it out and the
  // filter bar marks it "not applied" with the reason (`useUnappliedFilters`), so it is never silently dropped.
  // The same `url` as the query: a shared link carries the columns too.
  const preferences = useColumnPreferences({
    columns,
    storageKey,
    tenantId,
    userId,
    storage,
    url: queryOptions.url,
  });
  return useMemo(
    () => ({
      queryState,
      columns,
      columnsPending,
      columnsError: columnsQuery.error,
      preferences,
      paging,
      pagingGiven,
      legacy,
      tenantId,
      userId,
    }),
    [
      queryState,
      columns,
      columnsPending,
      columnsQuery.error,
      preferences,
      paging,
      pagingGiven,
      legacy,
      tenantId,
      userId,
    ],
  );
}
