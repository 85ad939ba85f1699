// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { legacyListIgnoringRangeEnd } from '../test-utils/legacyListIgnoringRangeEnd.ts';
import { recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { auditWrapper } from '../test-utils/renderWithAudit.tsx';
import { useAuditList, type UseAuditListOptions } from './useAuditList.ts';

// `legacy` is for a deployment without the v2 list: both paging styles must then read `GET /audits` alone.

const server = setupMockBackend(250);
const requests = recordRequests(server);

const listOf = (options: UseAuditListOptions, query: AuditQuery = defaultAuditQuery) =>
  renderHook(() => useAuditList(query, options), { wrapper: auditWrapper() }).result;

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

  it('says the time range is not applied when the legacy list answers with events outside it', async () => {
    const newest = listOf({ legacy: true });
    await waitFor(() => expect(newest.current.events.length).toBeGreaterThan(0));
    const [first] = newest.current.events;
    // A range ending just before the newest event, on a service that reads the range's start only (`$gt`).
    const to = new Date(auditTimeMs(first!.createdAt)! - 1).toISOString();
    const query: AuditQuery = { ...defaultAuditQuery, time: { from: '2000-01-01', to } };
    server.use(legacyListIgnoringRangeEnd(server.api));
    for (const paging of ['pages', 'infinite'] as const) {
      const list = listOf({ legacy: true, paging }, query);
      await waitFor(() => expect(list.current.events.length).toBeGreaterThan(0));
      // The events stay as answered; the range is said not applied to them.
      expect(list.current.events[0]!.frontegg_id).toBe(first!.frontegg_id);
      expect(list.current.unapplied, paging).toEqual([
        { kind: 'time', column: 'createdAt', values: [], reason: 'ignored-by-api' },
      ]);
    }
    // Without a time range there is none to say.
    expect(newest.current.unapplied).toEqual([]);
  });

  // Pages after the first send the snapshot's end even for a range with none (a "since", as "last 24 hours" reads
  // to the user): rows past that end are inside the user's range, which the service did apply.
  it('does not say a range with no end is not applied when only the snapshot’s end was crossed', async () => {
    const from = '2000-01-01';
    const sentEnds: string[] = [];
    server.use(
      legacyListIgnoringRangeEnd(server.api, async (answer, end) => {
        sentEnds.push(end);
        // Events created since the snapshot, which a service reading `$gt` alone sends on the later page.
        const after = new Date(auditTimeMs(end)! + 60_000).toISOString();
        const body = (await answer.json()) as { data: object[] };
        return HttpResponse.json({
          ...body,
          data: body.data.map((event) => ({ ...event, createdAt: after })),
        });
      }),
    );
    const since: AuditQuery = { ...defaultAuditQuery, time: { from } };
    const numbered = renderHook((query: AuditQuery) => useAuditList(query, { legacy: true }), {
      initialProps: since,
      wrapper: auditWrapper(),
    });
    await waitFor(() => expect(numbered.result.current.events.length).toBeGreaterThan(0));
    numbered.rerender({ ...since, page: 1 });
    await waitFor(() => expect(numbered.result.current.isRefreshing).toBe(false));
    expect(sentEnds).not.toEqual([]);
    const pastEnd = (createdAt: string) => auditTimeMs(createdAt)! > auditTimeMs(sentEnds[0])!;
    expect(pastEnd(numbered.result.current.events[0]!.createdAt)).toBe(true);
    expect(numbered.result.current.unapplied).toEqual([]);

    const infinite = listOf({ legacy: true, paging: 'infinite' }, { ...defaultAuditQuery, time: { from } });
    await waitFor(() => expect(infinite.current.events.length).toBeGreaterThan(0));
    const firstPage = infinite.current.events.length;
    sentEnds.length = 0;
    act(() => infinite.current.loadMore());
    await waitFor(() => expect(infinite.current.events.length).toBeGreaterThan(firstPage));
    expect(sentEnds).not.toEqual([]);
    expect(pastEnd(infinite.current.events.at(-1)!.createdAt)).toBe(true);
    expect(infinite.current.unapplied).toEqual([]);
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
