// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditPageSize } from '../query/AuditQuery.ts';
import { pageRange } from '../query/pageRange.ts';
import { listsWithoutTotal, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList } from './useAuditList.ts';
import { useAuditPageInRange } from './useAuditPageInRange.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';

// Some deployments leave `total` out of the list's answer (parseResponses accepts that). A numbered pager built
// on the headless layer alone must still reach every event: the page's length is not the count.

const server = setupMockBackend(60);
afterEach(cleanup);

/** A pager of the kind a host builds on the headless layer: the range, and Next and Last buttons. */
function Pager({ page = 0, pageSize = 20 }: { page?: number; pageSize?: AuditPageSize }) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page, pageSize } });
  const list = useAuditList(state.query);
  useAuditPageInRange(state, list);
  const range = pageRange({
    page: state.query.page,
    pageSize,
    total: list.total ?? 0,
    totalIsLowerBound: list.totalIsLowerBound,
  });
  const settled = !list.isPending && !list.isRefreshing;
  return (
    <>
      <p role="status">
        {settled
          ? `${range.from}–${range.to} of ${range.totalIsLowerBound ? 'many' : range.total}, ${list.events.length} rows`
          : 'loading'}
      </p>
      <button type="button" disabled={!range.hasNext} onClick={() => state.setPage(range.page + 1)}>
        Next
      </button>
      <button
        type="button"
        disabled={range.totalIsLowerBound || !range.hasNext}
        onClick={() => state.setPage(range.pageCount - 1)}
      >
        Last
      </button>
    </>
  );
}

const status = () => screen.getByRole('status').textContent;
const next = () => act(() => screen.getByRole('button', { name: 'Next' }).click());

describe('useAuditList when the server sends no total', () => {
  it('pages on while pages come back full, and counts the events once a page comes back short', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<Pager pageSize={50} />);
    await waitFor(() => expect(status()).toBe('1–50 of many, 50 rows'));
    expect(screen.getByRole('button', { name: 'Last' })).toHaveProperty('disabled', true);
    next();
    await waitFor(() => expect(status()).toBe('51–60 of 60, 10 rows'));
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('comes back from an empty page after a full last one, and then offers no next page', async () => {
    const asked = listsWithoutTotal(server);
    // 60 events, 20 a page: the third page is full and the last; only the fourth, empty, says so.
    renderWithAudit(<Pager page={2} />);
    await waitFor(() => expect(status()).toBe('41–60 of many, 20 rows'));
    next();
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    // The empty page was asked once: the count it closed is not asked again.
    expect(asked.filter((offset) => offset === 60)).toHaveLength(1);
  });

  it('walks an old link past the end back to the last page with events', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<Pager page={6} pageSize={50} />);
    await waitFor(() => expect(status()).toBe('51–60 of 60, 10 rows'));
  });

  it('says the count the server sends, with no lower bound', async () => {
    renderWithAudit(<Pager />);
    await waitFor(() => expect(status()).toBe('1–20 of 60, 20 rows'));
    expect(screen.getByRole('button', { name: 'Last' })).toHaveProperty('disabled', false);
  });

  it('in an infinite list, calls what is loaded the least there can be until a short page ends it', async () => {
    listsWithoutTotal(server);
    function Infinite() {
      const list = useAuditList(
        { ...defaultAuditQuery, pageSize: 50 },
        { paging: 'infinite', infinitePageSize: 50 },
      );
      return (
        <>
          <p role="status">{`${list.total ?? '…'}${list.totalIsLowerBound ? ' or more' : ''}`}</p>
          <button type="button" onClick={list.loadMore}>
            Load more
          </button>
        </>
      );
    }
    renderWithAudit(<Infinite />);
    await waitFor(() => expect(status()).toBe('50 or more'));
    act(() => screen.getByRole('button', { name: 'Load more' }).click());
    await waitFor(() => expect(status()).toBe('60'));
  });
});
