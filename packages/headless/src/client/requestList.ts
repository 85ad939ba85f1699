import type { AuditListParams, AuditListResponse } from './auditTypes.ts';
import type { AuditListClient } from './createAuditListClient.ts';

/**
 * One list request, to the legacy `GET /audits` list or to `list`'s choice: a page, the new-events notice's
 * baseline and poll, an export's count and JSON Lines pages. Internal (not exported from the package).
 */
export function requestList(
  client: AuditListClient,
  params: AuditListParams,
  signal: AbortSignal | undefined,
  legacy: boolean,
): Promise<AuditListResponse> {
  // One call with the method chosen, not two calls: this sits in the list hook's 5 KiB.
  return client[legacy ? 'listLegacy' : 'list'](params, { signal });
}
