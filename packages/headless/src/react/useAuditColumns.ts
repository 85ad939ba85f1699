import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditColumn } from '../client/auditTypes.ts';
import { currentColumnTypes } from '../client/currentColumnTypes.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditColumnsQueryOptions } from './auditQueryOptions.ts';
import { reconnectAsHost } from './auditQueryMode.ts';

/**
 * The tenant's column definitions (`GET /metadata?entityName=audits`), or Frontegg's default set when that
 * endpoint does not exist (404). Render columns from this list, by `type`: the built-in `severity`, `ip` and `user`
 * columns that older metadata types `AlphaNumeric` come typed as they are now (`Severity`, `IpAddress`,
 * `UserIdentity`).
 *
 * @example
 * ```ts
 * const { data: columns = defaultAuditColumns } = useAuditColumns();
 * ```
 */
export function useAuditColumns(
  options: AuditHookOptions = {},
): UseQueryResult<AuditColumn[], AuditApiError> {
  const { client, queryClient, retry } = useAuditContext('useAuditColumns', options);
  // Here, not in the query's own function: the list's hooks share that query and its size budget, and read no
  // column's type. A module-level function, so the selected columns are worked out again only when the data changes.
  return useQuery(
    {
      ...auditColumnsQueryOptions(client),
      ...retry,
      refetchOnReconnect: reconnectAsHost(queryClient),
      select: currentColumnTypes,
    },
    queryClient,
  );
}
