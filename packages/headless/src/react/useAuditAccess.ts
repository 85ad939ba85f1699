import { notifyManager, type Query, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { isAuditApiError } from '../client/AuditApiError.ts';
import type { AuditListClient } from '../client/createAuditListClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { sameScope } from './auditQueryOptions.ts';

/** What the API has said about one right: nothing yet, yes (an answer came back), or no (403). */
export type AuditAccessState = 'unknown' | 'allowed' | 'denied';

/** What `useAuditAccess` gives. */
export interface AuditAccess {
  readonly read: AuditAccessState;
  /**
   * Exporting needs the same right as reading (`fe.secure.read.audits` in Frontegg's API, and the export
   * endpoints answer 403 without it), so it follows `read`.
   */
  readonly export: AuditAccessState;
  /** False only once the API answered 403; parts stay usable while it is unknown. */
  readonly canRead: boolean;
  readonly canExport: boolean;
}

// The queries whose answers speak for the read right (the lists, their new-events polls and the stats).
const readKinds = new Set(['events', 'events-legacy', 'events-infinite', 'new-since', 'stats']);

function readAccess(queryClient: QueryClient, client: AuditListClient): AuditAccessState {
  let latest: Query | undefined;
  let latestAt = -1;
  for (const query of queryClient.getQueryCache().getAll()) {
    const key = query.queryKey;
    if (!sameScope(key, client) || key[0] !== 'auditkit' || !readKinds.has(String(key[3]))) continue;
    const at = Math.max(query.state.dataUpdatedAt, query.state.errorUpdatedAt);
    if (at > latestAt) [latest, latestAt] = [query, at];
  }
  if (!latest || latestAt <= 0) return 'unknown';
  const { error, dataUpdatedAt, errorUpdatedAt } = latest.state;
  // The newest answer wins: permissions granted mid-session show on the next successful request.
  if (errorUpdatedAt >= dataUpdatedAt && isAuditApiError(error) && error.status === 403) return 'denied';
  return dataUpdatedAt > 0 ? 'allowed' : 'unknown';
}

/**
 * Whether the signed-in user may read and export this tenant's audit log, from the API's own answers to the
 * requests the view makes anyway (no extra request): `denied` after a 403, `allowed` after an answer. Any part
 * can ask, so an export button is disabled with the reason without fetching the list itself.
 *
 * @example
 * ```tsx
 * const { canExport } = useAuditAccess();
 * <button disabled={!canExport}>Export CSV</button>
 * ```
 */
export function useAuditAccess(options: AuditHookOptions = {}): AuditAccess {
  const { client, queryClient } = useAuditContext('useAuditAccess', options);
  // Through Query's batching, as its own cache-wide hooks do: the cache also tells its listeners when a render
  // builds a new query (a new search's list), and a store change heard during a render re-rendered this
  // component in the middle of another's ("Cannot update a component while rendering a different component").
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(notifyManager.batchCalls(onChange)),
    [queryClient],
  );
  const read = useSyncExternalStore(
    subscribe,
    () => readAccess(queryClient, client),
    () => 'unknown' as const,
  );
  return { read, export: read, canRead: read !== 'denied', canExport: read !== 'denied' };
}
