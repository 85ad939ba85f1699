import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { AuditEventInput } from '../client/auditTypes.ts';
import { requireAuditClient } from '../client/requireAuditClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { withinScope } from './auditQueryOptions.ts';
import { auditQueryMode } from './auditQueryMode.ts';

/**
 * Records a custom audit event (`POST /audits`), then refreshes the tenant's lists and stats. Sent once, never
 * retried (a host QueryClient's `retry` default included): a failure whose answer was lost may have stored it.
 * Name who acted (`user`, `email`, `userId`): an event without them is shown as the system's. The refreshed lists
 * show it only where their filters and sort place it.
 *
 * @example
 * ```ts
 * const create = useCreateAudit();
 * create.mutate({
 *   severity: 'Info',
 *   action: 'Exported report',
 *   description: 'Q3 revenue',
 *   user: me.name,
 *   email: me.email,
 *   userId: me.id,
 * });
 * ```
 */
export function useCreateAudit(
  options: AuditHookOptions = {},
): UseMutationResult<void, AuditApiError, AuditEventInput> {
  const { client: given, queryClient } = useAuditContext('useCreateAudit', options);
  const client = requireAuditClient(given, 'useCreateAudit', 'create');
  return useMutation<void, AuditApiError, AuditEventInput>(
    {
      mutationFn: (event) => client.create(event),
      // Sent now or failed now: paused offline, an event would be created whenever the network came back.
      ...auditQueryMode,
      // Never sent again, whatever the host's defaults say: a create is not idempotent, and one whose answer was
      // lost (a 504 from a proxy, a time-out) may have been stored, so a retry stored the event twice.
      retry: false,
      onSuccess: () =>
        queryClient.invalidateQueries({ predicate: (query) => withinScope(query.queryKey, client) }),
    },
    queryClient,
  );
}
