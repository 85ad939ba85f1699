import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { auditEventsQueryOptions, prefetchAuditEvents } from './auditQueryOptions.ts';

/** A client whose list answers at once and counts what it was asked. */
function countingClient() {
  const asked: Partial<AuditListParams>[] = [];
  const client = {
    baseUrl: 'https://api.test',
    cacheScope: 'tenant:t-1',
    list: async (params: AuditListParams) => {
      asked.push(params);
      return { data: [], total: 0 };
    },
  } as unknown as AuditClient;
  return { client, asked };
}

const queryClients: QueryClient[] = [];
afterEach(() => {
  for (const queryClient of queryClients.splice(0)) queryClient.clear();
});

/** Mounts an observer of the query's page, as a table does, and waits for what its mount asks. */
async function mount(queryClient: QueryClient, client: AuditClient, query = defaultAuditQuery) {
  const observer = new QueryObserver(queryClient, auditEventsQueryOptions(client, query));
  const unsubscribe = observer.subscribe(() => {});
  await new Promise((resolve) => setTimeout(resolve, 10));
  return unsubscribe;
}

describe('prefetchAuditEvents', () => {
  it('keeps its answer fresh for the table that mounts after it: one request, not two', async () => {
    const queryClient = new QueryClient();
    queryClients.push(queryClient);
    const { client, asked } = countingClient();
    await prefetchAuditEvents(queryClient, auditEventsQueryOptions(client, defaultAuditQuery));
    const unmount = await mount(queryClient, client);
    expect(asked).toHaveLength(1);
    unmount();
  });

  it('leaves every other page stale at once: a page fetched by its table is asked again on its next mount', async () => {
    const queryClient = new QueryClient();
    queryClients.push(queryClient);
    const { client, asked } = countingClient();
    (await mount(queryClient, client))();
    (await mount(queryClient, client))();
    expect(asked).toHaveLength(2);
  });
});
