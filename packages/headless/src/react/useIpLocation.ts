import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { IpLocation } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { requireAuditClient } from '../client/requireAuditClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { ipLocationQueryOptions } from './auditQueryOptions.ts';
import { reconnectAsHost } from './auditQueryMode.ts';

/** Options of `useIpLocation`. */
export interface UseIpLocationOptions extends AuditHookOptions {
  /** Ask only when the user wants it (opening details), never for every row on render. @default true */
  enabled?: boolean | undefined;
}

/**
 * Where an IP address is (`GET /metadata/ip/{ip}`), asked once per IP and session.
 *
 * @example
 * ```ts
 * const { data } = useIpLocation(event.ip, { enabled: detailsOpen });
 * ```
 */
export function useIpLocation(
  ip: string | undefined,
  options: UseIpLocationOptions = {},
): UseQueryResult<IpLocation, AuditApiError> {
  const { client, queryClient, retry } = useAuditContext('useIpLocation', options);
  const enabled = Boolean(ip) && (options.enabled ?? true);
  // The client is checked when a location is asked for, not before: a row that would look one up when opened
  // renders under a list-only client too, and only the lookup itself says which client it needs. Disabled, the
  // query never calls the client.
  const lookup = enabled ? requireAuditClient(client, 'useIpLocation', 'lookupIp') : (client as AuditClient);
  return useQuery(
    {
      ...ipLocationQueryOptions(lookup, ip ?? ''),
      ...retry,
      refetchOnReconnect: reconnectAsHost(queryClient),
      enabled,
    },
    queryClient,
  );
}
