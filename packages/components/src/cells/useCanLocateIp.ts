import { useOptionalAuditClient, type AuditClient } from '@auditkit/headless';

/**
 * Whether an IP's location can be looked up here: inside `<AuditProvider>`, with a client that has `lookupIp`
 * (`createAuditClient`'s, not `createAuditListClient`'s). `AuditTableView`, `EventDetails` and the cells also show
 * events the host already has, with no client at all: there `useIpLocation` throws, and offering the lookup put
 * the part's error panel in place of the table the moment the user opened a location or an event.
 */
export function useCanLocateIp(): boolean {
  return typeof (useOptionalAuditClient() as Partial<AuditClient> | undefined)?.lookupIp === 'function';
}
