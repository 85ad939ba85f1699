import { useCallback } from 'react';
import type { AuditColumn, AuditEvent } from '../client/auditTypes.ts';
import { useAuditContext, type AuditHookOptions } from '../react/AuditProvider.tsx';
import { auditKeys } from '../react/auditQueryOptions.ts';
import { auditSearchValuesFromEvents } from './auditSearchValuesFromEvents.ts';

const eventsOf = (data: unknown): readonly AuditEvent[] => {
  if (typeof data !== 'object' || data === null) return [];
  if ('data' in data && Array.isArray(data.data)) return data.data as AuditEvent[];
  if ('pages' in data && Array.isArray(data.pages)) return data.pages.flatMap(eventsOf);
  return [];
};

/**
 * A reader of the values in the events already loaded for this tenant (every cached page), for value
 * suggestions. It reads the cache when called, so it costs nothing until suggestions open, and never fetches.
 */
export function useLoadedAuditValues(columns?: readonly AuditColumn[], options: AuditHookOptions = {}) {
  const { client, queryClient } = useAuditContext('useLoadedAuditValues', options);
  return useCallback(() => {
    const events = queryClient
      .getQueriesData({ queryKey: auditKeys.all(client) })
      .flatMap(([, data]) => eventsOf(data))
      .slice(0, 2_000);
    return auditSearchValuesFromEvents(events, { columns });
  }, [client, queryClient, columns]);
}
