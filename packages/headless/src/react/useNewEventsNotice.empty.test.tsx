// @vitest-environment jsdom
// A view with no matching event yet (a quiet tenant filtered to Critical) still checks for new ones: with no row
// there was no baseline, so nothing was ever polled and no notice, nor a failed check, ever showed.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList, type AuditPagingMode } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

const clock = manualIntervals();
const server = setupMockBackend(40);
const requests = recordRequests(server);
afterEach(cleanup);

// No seeded event carries it: the filtered view starts empty.
const marker = 'quiet-tenant-marker';

function Notice({ start, paging = 'pages' }: { start: Partial<AuditQuery>; paging?: AuditPagingMode }) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, search: marker, ...start } });
  const list = useAuditList(state.query, { paging });
  const { total } = useNewEventsNotice({ state, list: { paging }, interval: 40 });
  return (
    <>
      <p role="status">{`${total} new events`}</p>
      <p>{list.isPending ? 'loading' : `${list.events.length} rows`}</p>
    </>
  );
}

const polls = () =>
  requests
    .map((request) => new URL(request.url))
    .filter((url) => url.searchParams.get('count') === '1' && url.searchParams.has('created_from'));

/** Waits for the first poll to answer, then lets one event in and one interval pass. */
async function newEventArrives() {
  await waitFor(() => expect(screen.getByText('0 rows')).toBeTruthy());
  await waitFor(() => expect(polls().length).toBeGreaterThanOrEqual(1));
  await clientAs().create({ severity: 'Critical', action: `${marker}.one` });
  act(() => clock.tick());
}

describe('useNewEventsNotice on an empty view', () => {
  it('page 1 newest first, no rows: a matching event that arrives is counted', async () => {
    renderWithAudit(<Notice start={{}} />);
    await newEventArrives();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 new events'));
  });

  it('infinite, no rows: a matching event that arrives is counted', async () => {
    renderWithAudit(<Notice start={{}} paging="infinite" />);
    await newEventArrives();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 new events'));
  });

  it('sorted by another column, no matching event: one that arrives is counted', async () => {
    renderWithAudit(<Notice start={{ sort: { column: 'action', direction: 'asc' } }} />);
    await newEventArrives();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 new events'));
  });

  it('in a preset range, polls from the range’s start, so no earlier event is counted and no later one missed', async () => {
    renderWithAudit(<Notice start={{ time: { preset: '24h' } }} />);
    await newEventArrives();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 new events'));
    const list = requests
      .map((request) => new URL(request.url))
      .find((url) => url.searchParams.get('count') === '20')!;
    const from = Date.parse(polls()[0]!.searchParams.get('created_from')!);
    const rangeStart = Date.parse(list.searchParams.get('created_from')!);
    // The baseline is read a moment after the list answered: its range starts that moment later, never earlier.
    expect(from).toBeGreaterThanOrEqual(rangeStart);
    expect(from - rangeStart).toBeLessThan(60_000);
  });
});
