// @vitest-environment jsdom
// "N new events" counts what arrived after the view's filters were loaded, on whatever page and in whatever sort
// the view shows: the first row on screen is the newest event only on page 1 sorted newest first.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditListClient } from '../client/createAuditListClient.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { auditKeys } from './auditQueryOptions.ts';
import { useAuditList, type AuditPagingMode } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

const clock = manualIntervals();
const server = setupMockBackend();
const requests = recordRequests(server);
afterEach(cleanup);

function Notice({ start, paging = 'pages' }: { start: Partial<AuditQuery>; paging?: AuditPagingMode }) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, ...start } });
  const { query } = state;
  const list = useAuditList(query, { paging });
  const { total, showNew } = useNewEventsNotice({ state, list: { paging }, interval: 40 });
  return (
    <>
      <p role="status">{list.events.length ? `${total} new events` : 'loading'}</p>
      <p>{`Page ${query.page + 1}, by ${query.sort.column} ${query.sort.direction}`}</p>
      <button type="button" onClick={showNew}>
        Show them
      </button>
      <button type="button" onClick={() => state.setPage(query.page + 1)}>
        Next page
      </button>
      <button type="button" onClick={() => state.setPage(0)}>
        First page
      </button>
      <button type="button" onClick={() => state.setFilter('severity', ['Critical'])}>
        Critical only
      </button>
      <ol aria-label="Events">
        {list.events.map((event) => (
          <li key={event.frontegg_id}>{event.action}</li>
        ))}
      </ol>
    </>
  );
}

const countOne = () =>
  requests.map((request) => new URL(request.url)).filter((url) => url.searchParams.get('count') === '1');
// The tests set no time range: only a poll sends one (v2's `created_from`, or the legacy list's `createdAt`).
const since = (url: URL) => url.searchParams.has('created_from') || url.searchParams.has('createdAt');
/** The notice's polls: how many events since the baseline. */
const polls = () => countOne().filter(since);
/** The baseline asked for: the newest matching event. */
const asks = () => countOne().filter((url) => !since(url));

const status = () => screen.getByRole('status').textContent;
const firstEvent = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')[0];

/** The poll for the notice's current baseline has answered (one for an earlier baseline has no observer left). */
function pollAnswered(queryClient: QueryClient, client: AuditListClient) {
  const active = queryClient
    .getQueryCache()
    .findAll({ queryKey: [...auditKeys.all(client), 'new-since'], type: 'active' });
  return active.length === 1 && active[0]!.state.status === 'success';
}

/** Waits until nothing is loading, the poll for the current baseline has answered, and the notice says `text`. */
async function says(
  { queryClient, client }: { queryClient: QueryClient; client: AuditListClient },
  text: string,
) {
  const settled = () => {
    expect(queryClient.isFetching()).toBe(0);
    expect(pollAnswered(queryClient, client), 'the poll for the baseline has answered').toBe(true);
    expect(status()).toBe(text);
  };
  await waitFor(settled);
  // A new baseline's poll starts in the effect after the render that shows it: still so a moment later.
  await new Promise((resolve) => setTimeout(resolve, 20));
  settled();
}

/** One interval elapses; resolves once the poll it started has answered. */
async function pollOnce(queryClient: QueryClient) {
  const before = polls().length;
  act(() => clock.tick());
  await waitFor(() => {
    expect(polls().length).toBe(before + 1);
    expect(queryClient.isFetching()).toBe(0);
  });
}

async function create(...actions: { action: string; severity?: 'Critical' | 'Info' }[]) {
  const client = clientAs();
  for (const { action, severity = 'Info' } of actions) await client.create({ severity, action });
}

describe('useNewEventsNotice', () => {
  it('on page 2 counts events newer than the newest matching one, not than the page’s first row', async () => {
    const view = renderWithAudit(<Notice start={{ page: 1 }} />);
    await says(view, '0 new events');
    expect(polls().length).toBeGreaterThanOrEqual(1);
    // The baseline: one cheap request for the newest matching event, which the page, opened past the first, asks
    // for its snapshot's end (the pages after it ask within it) and the notice reads from there: not twice.
    expect(asks()).toHaveLength(1);
    for (const { searchParams: ask } of asks())
      expect([ask.get('offset'), ask.get('sortBy'), ask.get('sortDirection')]).toEqual([
        '0',
        'createdAt',
        'desc',
      ]);
    await create({ action: 'notice.page2.one' }, { action: 'notice.page2.two' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('2 new events');
  });

  it('opened straight on page 3: a page change keeps the count, the first page shows them and resets it', async () => {
    const view = renderWithAudit(<Notice start={{ page: 2 }} />);
    await says(view, '0 new events');
    await create({ action: 'notice.page3.new' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');

    const before = countOne().length;
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 4, by createdAt desc')).toBeTruthy());
    await says(view, '1 new events');
    // Same filters, same baseline: the page change asks nothing of the notice's own.
    expect(countOne()).toHaveLength(before);

    fireEvent.click(screen.getByRole('button', { name: 'First page' }));
    await waitFor(() => expect(firstEvent()!.textContent).toBe('notice.page3.new'));
    await says(view, '0 new events');
    // Page 1 newest first gives the baseline by its first row: no other request for it (the one is page 3's
    // snapshot's, opened past the first page, which the notice's baseline read; page 4 asked within that snapshot).
    expect(asks()).toHaveLength(1);
  });

  it('sorted oldest first, counts new events; "show them" shows them first, newest first', async () => {
    const view = renderWithAudit(<Notice start={{ sort: { column: 'createdAt', direction: 'asc' } }} />);
    await says(view, '0 new events');
    await create({ action: 'notice.asc.one' }, { action: 'notice.asc.two' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('2 new events');

    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(screen.getByText('Page 1, by createdAt desc')).toBeTruthy());
    await waitFor(() => expect(firstEvent()!.textContent).toBe('notice.asc.two'));
    await says(view, '0 new events');
  });

  it('sorted by another column on a later page, counts new events', async () => {
    const view = renderWithAudit(
      <Notice start={{ page: 3, sort: { column: 'action', direction: 'asc' } }} />,
    );
    await says(view, '0 new events');
    await create({ action: 'notice.other-sort.new' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(firstEvent()!.textContent).toBe('notice.other-sort.new'));
    await says(view, '0 new events');
  });

  it('sorted by another column, a new event that sorts onto the page does not hide one that did not', async () => {
    const view = renderWithAudit(<Notice start={{ sort: { column: 'action', direction: 'asc' } }} />);
    await says(view, '0 new events');
    await create({ action: 'zzzz.not-on-screen' }, { action: '0000.first-in-sort' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('2 new events');
    // Page 1 asked again: the later of the two is now its first row, the earlier one is on no page shown.
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2, by action asc')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'First page' }));
    await waitFor(() => expect(firstEvent()!.textContent).toBe('0000.first-in-sort'));
    await says(view, '2 new events');
  });

  it('sorted by another column, asks the newest matching event once per filter change, not twice', async () => {
    const view = renderWithAudit(<Notice start={{ sort: { column: 'action', direction: 'asc' } }} />);
    await says(view, '0 new events');
    const before = asks().length;
    fireEvent.click(screen.getByRole('button', { name: 'Critical only' }));
    await waitFor(() =>
      expect(asks().some((url) => url.searchParams.get('severity') === 'Critical')).toBe(true),
    );
    await says(view, '0 new events');
    // The page's snapshot asks it beside the page; the notice's baseline reads that answer.
    expect(asks().slice(before)).toHaveLength(1);
    await create({ action: 'notice.critical', severity: 'Critical' }, { action: 'notice.info' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');
  });

  it('in an infinite list sorted oldest first, counts new events; "show them" then refreshes it', async () => {
    const view = renderWithAudit(
      <Notice paging="infinite" start={{ sort: { column: 'createdAt', direction: 'asc' } }} />,
    );
    await says(view, '0 new events');
    await create({ action: 'notice.infinite.one' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(firstEvent()!.textContent).toBe('notice.infinite.one'));
    await says(view, '0 new events');

    // Newest first now: "show them" asks the same list again, and its new first row is the new baseline.
    await create({ action: 'notice.infinite.two' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(firstEvent()!.textContent).toBe('notice.infinite.two'));
    await says(view, '0 new events');
  });

  it('new filters start a new baseline; a new page keeps it', async () => {
    const view = renderWithAudit(<Notice start={{ sort: { column: 'createdAt', direction: 'asc' } }} />);
    await says(view, '0 new events');
    await create(
      { action: 'notice.filters.critical', severity: 'Critical' },
      { action: 'notice.filters.info' },
    );
    await pollOnce(view.queryClient);
    expect(status()).toBe('2 new events');

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2, by createdAt asc')).toBeTruthy());
    await pollOnce(view.queryClient);
    expect(status()).toBe('2 new events');
    expect(asks()).toHaveLength(1);

    // Critical events only, loaded now: the new Critical one is part of what they loaded, not new.
    fireEvent.click(screen.getByRole('button', { name: 'Critical only' }));
    await waitFor(() => expect(asks()).toHaveLength(2));
    expect(asks()[1]!.searchParams.getAll('severity')).toEqual(['Critical']);
    await says(view, '0 new events');
    await create({ action: 'notice.filters.info.again' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('0 new events');
    await create({ action: 'notice.filters.critical.again', severity: 'Critical' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');
  });

  it('on page 2, a baseline lookup that failed is asked again at the interval, and the count then comes', async () => {
    // The lookup (count=1, no created_from) fails, the page itself does not; the tab stays visible and online.
    let failing = true;
    server.use(
      http.get('*/audits/resources/audits/v2', ({ request }) => {
        const url = new URL(request.url);
        return failing && url.searchParams.get('count') === '1' && !since(url)
          ? HttpResponse.json({ errors: ['Service unavailable'] }, { status: 503 })
          : server.api.handle(request);
      }),
    );
    const view = renderWithAudit(<Notice start={{ page: 1 }} />);
    // The notice's and the page's snapshot's (opened past the first page), which then ends at its own moment.
    await waitFor(() => expect(asks()).toHaveLength(2));
    await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
    expect(polls()).toHaveLength(0);
    failing = false;
    for (let tick = 0; tick < 3; tick++) {
      act(() => clock.tick());
      await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
    }
    expect(asks().length).toBeGreaterThan(2);
    await says(view, '0 new events');
    await create({ action: 'notice.lookup.retried' });
    await pollOnce(view.queryClient);
    expect(status()).toBe('1 new events');
  });
});
