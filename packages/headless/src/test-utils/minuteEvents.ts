// A tenant with one event a minute, for tests of relative time ranges ("last 24 hours") read at a faked clock.
import type { AuditEvent, AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';

/** When the first event, e0, was created. */
export const minuteEventsStart = Date.UTC(2026, 10, 25, 0, 0, 0);

/** One event a minute for two days, e0 the oldest. */
export const minuteEvents: readonly AuditEvent[] = Array.from({ length: 2 * 24 * 60 }, (_, i) => ({
  frontegg_id: `e${i}`,
  createdAt: new Date(minuteEventsStart + i * 60_000).toISOString(),
  action: 'Signed in',
  severity: 'Info',
}));

/**
 * A client that answers from those events as the API does: the time range inclusive, by time either way, by
 * offset; both lists alike. `asked` holds every list request's parameters, in order.
 */
export function minuteEventsClient() {
  const asked: Partial<AuditListParams>[] = [];
  const list = async (params: AuditListParams) => {
    asked.push(params);
    const from = params.createdFrom ? Date.parse(params.createdFrom) : -Infinity;
    const to = params.createdTo ? Date.parse(params.createdTo) : Infinity;
    const matching = minuteEvents.filter((event) => {
      const at = Date.parse(event.createdAt);
      return at >= from && at <= to;
    });
    if (params.sortDirection === 'desc') matching.reverse();
    return { data: matching.slice(params.offset, params.offset + params.count), total: matching.length };
  };
  const client = {
    baseUrl: 'https://api.test',
    cacheScope: 'tenant:t-1',
    columns: async () => [],
    list,
    listLegacy: list,
  } as unknown as AuditClient;
  return { client, asked };
}
