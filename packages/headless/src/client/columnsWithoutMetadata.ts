import { isAuditApiError } from './AuditApiError.ts';
import type { AuditColumn } from './auditTypes.ts';
import { defaultAuditColumns } from './defaultAuditColumns.ts';

/**
 * The columns to use when the metadata request failed with `error`: Frontegg's default set (a copy) when the
 * endpoint does not exist (404, a service without it), else `undefined`: any other failure is a failure, which
 * the table shows and request planning works around. The one rule for both (auditColumnsQueryOptions and the
 * transport's planning cache).
 */
export function columnsWithoutMetadata(error: unknown): AuditColumn[] | undefined {
  return isAuditApiError(error) && error.status === 404 ? [...defaultAuditColumns] : undefined;
}
