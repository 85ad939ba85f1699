import {
  defaultAuditColumns,
  defaultAuditQuery,
  restrictQueryToColumns,
  useAuditColumns,
  useAuditQueryState,
  useColumnPreferences,
  type AuditColumn,
  type AuditPagingMode,
  type AuditQuery,
  type AuditQueryState,
  type AuditQueryStateOptions,
  type UseColumnPreferencesOptions,
} from '@auditkit/headless';
import { useMemo, useState } from 'react';
import type { AuditStateValue } from './AuditStateContext.ts';

/** Options of {@link useAuditStateValue}. */
export interface AuditStateOptions extends AuditQueryStateOptions {
  /** localStorage key for column preferences; tenant and user are appended. @default 'auditkit.columns' */
  storageKey?: string;
  tenantId?: string;
  userId?: string;
  /** Where column choices persist; `null` for nowhere. @default localStorage */
  storage?: UseColumnPreferencesOptions['storage'];
  /** How the table pages; every part showing or refreshing the list follows it. @default 'pages' */
  paging?: AuditPagingMode;
}

/** Builds the shared view state from the headless hooks (what `AuditStateProvider` provides). */
export function useAuditStateValue(options: AuditStateOptions = {}): AuditStateValue {
  const {
    storageKey = 'auditkit.columns',
    tenantId,
    userId,
    storage,
    paging = 'pages',
    ...queryOptions
  } = options;
  const fullQueryState = useAuditQueryState(queryOptions);
  const columnsQuery = useAuditColumns();
  const columns = columnsQuery.data ?? defaultAuditColumns;
  // Once the metadata is known, the parts see (and request) only filters on its filterable columns: a link's
  // other keys were dropped by the URL codec only as far as it could tell without the metadata.
  const queryState = useRestrictedQueryState(
    fullQueryState,
    columnsQuery.data,
    queryOptions.defaultValue ?? defaultAuditQuery,
  );
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
      columnsPending: columnsQuery.isPending,
      columnsError: columnsQuery.error,
      preferences,
      paging,
    }),
    [queryState, columns, columnsQuery.isPending, columnsQuery.error, preferences, paging],
  );
}

function useRestrictedQueryState(
  state: AuditQueryState,
  columns: readonly AuditColumn[] | undefined,
  defaults: AuditQuery,
): AuditQueryState {
  // Read once, like any defaultValue (an inline object must not make a new query on every render).
  const [fallback] = useState(defaults);
  const query = useMemo(
    () => (columns ? restrictQueryToColumns(state.query, columns, fallback) : state.query),
    [state.query, columns, fallback],
  );
  return useMemo(
    () =>
      query === state.query
        ? state
        : {
            ...state,
            query,
            isFiltered:
              query.search.trim() !== '' ||
              query.time !== null ||
              Object.values(query.filters).some((values) => values.length > 0),
          },
    [state, query],
  );
}
