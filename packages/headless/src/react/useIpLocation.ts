import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { IpLocation } from '../client/auditTypes.ts';
import { requireAuditClient } from '../client/requireAuditClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';
import { ipLocationQueryOptions } from './auditQueryOptions.ts';

/** Options of `useIpLocation`. */
export interface UseIpLocationOptions extends AuditHookOptions {
  /** Ask only when the user wants it (opening details), never for every row on render. @default true */
  enabled?: boolean;
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
  return useQuery(
    {
      ...ipLocationQueryOptions(requireAuditClient(client, 'useIpLocation', 'lookupIp'), ip ?? ''),
      ...retry,
      enabled: Boolean(ip) && (options.enabled ?? true),
    },
    queryClient,
  );
}
