import {
  defaultAuditColumns,
  useAuditColumns,
  useAuditQueryState,
  useColumnPreferences,
  type AuditQueryStateOptions,
  type UseColumnPreferencesOptions,
} from '@auditkit/headless';
import { useMemo } from 'react';
import type { AuditStateValue } from './AuditStateContext.ts';

/** Options of {@link useAuditStateValue}. */
export interface AuditStateOptions extends AuditQueryStateOptions {
  /** localStorage key for column preferences; tenant and user are appended. @default 'auditkit.columns' */
  storageKey?: string;
  tenantId?: string;
  userId?: string;
  /** Where column choices persist; `null` for nowhere. @default localStorage */
  storage?: UseColumnPreferencesOptions['storage'];
}

/** Builds the shared view state from the headless hooks (what `AuditStateProvider` provides). */
export function useAuditStateValue(options: AuditStateOptions = {}): AuditStateValue {
  const { storageKey = 'auditkit.columns', tenantId, userId, storage, ...queryOptions } = options;
  const queryState = useAuditQueryState(queryOptions);
  const columnsQuery = useAuditColumns();
  const columns = columnsQuery.data ?? defaultAuditColumns;
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
    }),
    [queryState, columns, columnsQuery.isPending, columnsQuery.error, preferences],
  );
}
