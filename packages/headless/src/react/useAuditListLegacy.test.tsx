// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { auditWrapper } from '../test-utils/renderWithAudit.tsx';
import { useAuditList, type UseAuditListOptions } from './useAuditList.ts';

// `legacy` is for a deployment without the v2 list: both paging styles must then read `GET /audits` alone.

const server = setupMockBackend(250);
const requests = recordRequests(server);

const listOf = (options: UseAuditListOptions) =>
  renderHook(() => useAuditList(defaultAuditQuery, options), { wrapper: auditWrapper() }).result;

describe('useAuditList with legacy', () => {
  it('grows an infinite list from the legacy list alone, and says it reads that list', async () => {
    const list = listOf({ paging: 'infinite', legacy: true });
    await waitFor(() => expect(list.current.events).toHaveLength(100));
    expect(list.current).toMatchObject({ legacy: true, total: 250, hasMore: true });
    act(() => list.current.loadMore());
    await waitFor(() => expect(list.current.events).toHaveLength(200));
    const sent = requests.map((request) => new URL(request.url));
    expect(sent.map((url) => `${url.pathname}?offset=${url.searchParams.get('offset')}`)).toEqual([
      '/audits?offset=0',
      '/audits?offset=100',
    ]);
  });

  it('says which list it reads in either paging style', async () => {
    for (const [options, legacy] of [
      [{ legacy: true }, true],
      [{ paging: 'infinite' }, false],
      [{}, false],
    ] as const) {
      const list = listOf(options);
      await waitFor(() => expect(list.current.events.length).toBeGreaterThan(0));
      expect(list.current.legacy, JSON.stringify(options)).toBe(legacy);
    }
  });
});
