import { hashKey, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { auditEventsQueryOptions, auditKeys } from './auditQueryOptions.ts';

const client = { baseUrl: 'https://api.test', cacheScope: 'tenant:t-1' } as unknown as AuditClient;
// Names Query's key hashing or a plain object could take for something else than a column.
const hostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const queryClients: QueryClient[] = [];
afterEach(() => {
  for (const queryClient of queryClients.splice(0)) queryClient.clear();
});

describe('auditKeys', () => {
  it.each(hostile)(
    'keeps a filter on a column named %s apart from no filter and from other values',
    (column) => {
      const a = queryFromSearch(`?audit.${column}=a`);
      const b = queryFromSearch(`?audit.${column}=b`);
      expect(Object.keys(a.filters)).toEqual([column]);
      const hashes = [a, b, defaultAuditQuery].map((query) => [
        hashKey(auditKeys.events(client, query)),
        hashKey(auditKeys.eventsInfinite(client, query)),
        hashKey(auditKeys.newSince(client, '2026-11-26T10:00:00.000Z', query)),
      ]);
      for (const kind of [0, 1, 2]) expect(new Set(hashes.map((keys) => keys[kind])).size).toBe(3);
    },
  );

  it('is the same for the same filters in another order', () => {
    const one: AuditQuery = { ...defaultAuditQuery, filters: { severity: ['High'], action: ['Login'] } };
    const other: AuditQuery = { ...defaultAuditQuery, filters: { action: ['Login'], severity: ['High'] } };
    expect(hashKey(auditKeys.events(client, one))).toBe(hashKey(auditKeys.events(client, other)));
  });

  it('is the same for the same values of a filter in another order, and apart from other values', () => {
    // Ticking a value off and on moves it last: the selection is the same, and so is its answer.
    const query = (filters: AuditQuery['filters']): AuditQuery => ({ ...defaultAuditQuery, filters });
    const one = query({ severity: ['High', 'Info'], action: ['Login', 'Logout'] });
    const other = query({ action: ['Logout', 'Login'], severity: ['Info', 'High'] });
    const fewer = query({ severity: ['High'], action: ['Login', 'Logout'] });
    for (const key of [
      (q: AuditQuery) => auditKeys.events(client, q),
      (q: AuditQuery) => auditKeys.eventsInfinite(client, q),
      (q: AuditQuery) => auditKeys.newSince(client, '2026-11-26T10:00:00.000Z', q),
    ]) {
      expect(hashKey(key(one))).toBe(hashKey(key(other)));
      expect(hashKey(key(one))).not.toBe(hashKey(key(fewer)));
    }
    // The query itself is left as it was: its values keep the order they were chosen in.
    expect(one.filters.severity).toEqual(['High', 'Info']);
  });

  it('answers the same selection in another order from the cache, asking the API once', async () => {
    const asked: Partial<AuditListParams>[] = [];
    const listing = {
      ...client,
      list: async (params: AuditListParams) => {
        asked.push(params);
        return { data: [], total: 7 };
      },
    } as unknown as AuditClient;
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    queryClients.push(queryClient);
    const first = { ...defaultAuditQuery, filters: { severity: ['High', 'Info'] } };
    const again = { ...defaultAuditQuery, filters: { severity: ['Info', 'High'] } };
    const observer = new QueryObserver(queryClient, auditEventsQueryOptions(listing, first));
    const unsubscribe = observer.subscribe(() => {});
    await expect.poll(() => observer.getCurrentResult().data?.total).toBe(7);
    observer.setOptions(auditEventsQueryOptions(listing, again));
    expect(observer.getCurrentResult().data?.total).toBe(7);
    // Fresh for a minute: not fetching now, it asks nothing later either.
    expect(observer.getCurrentResult().isFetching).toBe(false);
    expect(asked).toHaveLength(1);
    unsubscribe();
  });

  it('asks again when a filter on `__proto__` changes, and shows that filter’s answer', async () => {
    const asked: Partial<AuditListParams>[] = [];
    const listing = {
      ...client,
      list: async (params: AuditListParams) => {
        asked.push(params);
        return { data: [], total: asked.length };
      },
    } as unknown as AuditClient;
    const queryClient = new QueryClient();
    queryClients.push(queryClient);
    const a = queryFromSearch('?audit.__proto__=a');
    const b = queryFromSearch('?audit.__proto__=b');
    const observer = new QueryObserver(queryClient, auditEventsQueryOptions(listing, a));
    const unsubscribe = observer.subscribe(() => {});
    await expect.poll(() => observer.getCurrentResult().data?.total).toBe(1);
    observer.setOptions(auditEventsQueryOptions(listing, b));
    await expect.poll(() => observer.getCurrentResult().data?.total).toBe(2);
    expect(asked.map((params) => params.filters?.['__proto__'])).toEqual([['a'], ['b']]);
    unsubscribe();
  });
});
