// @vitest-environment jsdom
// "Show them" on an infinite list scrolled far down: it asked every loaded page again, one after another, in the
// snapshot pinned when the list was first loaded; and "load more" meanwhile (the end of the list still in view)
// cancelled that, so the new events never showed. It now starts the list over from its first page, in one request
// with a new snapshot, and a load of more events waits for it.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

const clock = manualIntervals();
const server = setupMockBackend(600);
const requests = recordRequests(server);
afterEach(cleanup);

const list = { paging: 'infinite', infinitePageSize: 50 } as const;

function Notice() {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, pageSize: 50 } });
  const rows = useAuditList(state.query, list);
  const { total, showNew } = useNewEventsNotice({ state, list, interval: 40 });
  return (
    <>
      <p role="status">{rows.isPending ? 'loading' : `${rows.events.length} rows, ${total} new events`}</p>
      <button type="button" onClick={showNew}>
        Show them
      </button>
      <button type="button" onClick={rows.loadMore}>
        Load more
      </button>
      <ol aria-label="Events">
        {rows.events.slice(0, 1).map((event) => (
          <li key={event.frontegg_id}>{event.action}</li>
        ))}
      </ol>
    </>
  );
}

const status = () => screen.getByRole('status').textContent;
const firstEvent = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')[0];
/** The list's own requests (the notice's baseline and polls ask for one event). */
const listRequests = () =>
  requests
    .map((request) => new URL(request.url))
    .filter(
      (url) => url.pathname.endsWith('/audits/resources/audits/v2') && url.searchParams.get('count') !== '1',
    );

/** 250 rows loaded, then one new event counted by the notice. */
async function scrolledDownWithNewEvent() {
  const view = renderWithAudit(<Notice />);
  await waitFor(() => expect(status()).toBe('50 rows, 0 new events'));
  for (let rows = 100; rows <= 250; rows += 50) {
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(status()).toBe(`${rows} rows, 0 new events`));
  }
  await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
  await clientAs().create({ severity: 'Info', action: 'infinite.show.new' });
  act(() => clock.tick());
  await waitFor(() => expect(status()).toBe('250 rows, 1 new events'));
  await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
  return view;
}

describe('useNewEventsNotice "show them" on an infinite list', () => {
  it('asks the first page alone, once, and shows the new event on top', async () => {
    const view = await scrolledDownWithNewEvent();
    const before = listRequests().length;
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(firstEvent()!.textContent).toBe('infinite.show.new'));
    await waitFor(() => expect(status()).toBe('50 rows, 0 new events'));
    await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
    expect(
      listRequests()
        .slice(before)
        .map((url) => url.searchParams.get('offset')),
    ).toEqual(['0']);
  });

  it('is not cancelled by loading more events meanwhile: they are loaded after its first page', async () => {
    const view = await scrolledDownWithNewEvent();
    const before = listRequests().length;
    // The end of the list is still in view: the table loads more just as "show them" is pressed.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
      fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    });
    await waitFor(() => expect(status()).toBe('100 rows, 0 new events'));
    await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
    expect(firstEvent()!.textContent).toBe('infinite.show.new');
    expect(
      listRequests()
        .slice(before)
        .map((url) => url.searchParams.get('offset')),
    ).toEqual(['0', '50']);
  });
});
