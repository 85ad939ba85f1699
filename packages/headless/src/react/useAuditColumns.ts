import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditColumn } from '../client/auditTypes.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { auditColumnsQueryOptions } from './auditQueryOptions.ts';

/**
 * The tenant's column definitions (`GET /metadata?entityName=audits`), or Frontegg's default set when that
 * endpoint does not exist (404). Render columns from this list, by `type`.
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
  return useQuery({ ...auditColumnsQueryOptions(client), ...retry }, queryClient);
}
