// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditPageSize } from '../query/AuditQuery.ts';
import { pageRange } from '../query/pageRange.ts';
import { clientAs, listsWithoutTotal, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList } from './useAuditList.ts';
import { useAuditPageInRange } from './useAuditPageInRange.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';

// Some deployments leave `total` out of the list's answer (parseResponses accepts that). A numbered pager built
// on the headless layer alone must still reach every event: the page's length is not the count.

const server = setupMockBackend(60);
afterEach(cleanup);

/** A pager of the kind a host builds on the headless layer: the range, Next, Last, 50 a page and Refresh. */
function Pager({ page = 0, pageSize = 20 }: { page?: number; pageSize?: AuditPageSize }) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page, pageSize } });
  const list = useAuditList(state.query);
  useAuditPageInRange(state, list);
  const range = pageRange({
    page: state.query.page,
    pageSize: state.query.pageSize,
    total: list.total ?? 0,
    totalIsLowerBound: list.totalIsLowerBound,
  });
  const of = range.totalIsLowerBound ? 'many' : range.total;
  return (
    <>
      <p role="status">
        {list.isPending
          ? 'loading'
          : `${range.from}–${range.to} of ${of}${list.isRefreshing ? ' (loading)' : ''}, ${list.events.length} rows`}
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
      <button type="button" onClick={() => state.setPageSize(50)}>
        50 a page
      </button>
      <button type="button" onClick={() => void list.refresh()}>
        Refresh
      </button>
    </>
  );
}

const status = () => screen.getByRole('status').textContent;
const press = (name: string) => act(() => screen.getByRole('button', { name }).click());
const isDisabled = (name: string) => screen.getByRole('button', { name }).hasAttribute('disabled');

describe('useAuditList when the server sends no total', () => {
  it('pages on while pages come back full, and counts the events once a page comes back short', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<Pager pageSize={50} />);
    await waitFor(() => expect(status()).toBe('1–50 of many, 50 rows'));
    expect(isDisabled('Last')).toBe(true);
    press('Next');
    await waitFor(() => expect(status()).toBe('51–60 of 60, 10 rows'));
    expect(isDisabled('Next')).toBe(true);
  });

  it('comes back from an empty page after a full last one, and offers it no more until other events come', async () => {
    const asked = listsWithoutTotal(server);
    // 60 events, 20 a page: the third page is full and the last; only the fourth, empty, says so.
    renderWithAudit(<Pager page={2} />);
    await waitFor(() => expect(status()).toBe('41–60 of many, 20 rows'));
    press('Next');
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    expect(isDisabled('Next')).toBe(true);
    expect(asked.filter((offset) => offset === 60)).toHaveLength(1);
    // Asked again with the same events, the page is still the last.
    press('Refresh');
    await waitFor(() => expect(asked.filter((offset) => offset === 40)).toHaveLength(3));
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    // A new event moves every page along by one: the third is full of other events and the 61st is on a fourth.
    await clientAs().create({ severity: 'Info', action: 'Arrived late' });
    press('Refresh');
    await waitFor(() => expect(status()).toBe('41–60 of many, 20 rows'));
    press('Next');
    await waitFor(() => expect(status()).toBe('61–61 of 61, 1 rows'));
  });

  it('sends an old link far past the end to the first page in one step, not back a page at a time', async () => {
    const asked = listsWithoutTotal(server);
    renderWithAudit(<Pager page={40} pageSize={50} />);
    await waitFor(() => expect(status()).toBe('1–50 of many, 50 rows'));
    expect(asked).toEqual([2000, 0]);
  });

  it('counts nothing from the previous page kept on screen while a larger page loads', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<Pager />);
    await waitFor(() => expect(status()).toBe('1–20 of many, 20 rows'));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Holds the next list answer (then falls through to the answer without total).
    server.use(http.get('*/audits/resources/audits/v2', () => held, { once: true }));
    press('50 a page');
    // The 20 rows kept are not a short page of 50: read as one, they said the log held 20 events.
    await waitFor(() => expect(status()).toBe('1–50 of many (loading), 20 rows'));
    release();
    await waitFor(() => expect(status()).toBe('1–50 of many, 50 rows'));
  });

  it('says the count the server sends, with no lower bound', async () => {
    renderWithAudit(<Pager />);
    await waitFor(() => expect(status()).toBe('1–20 of 60, 20 rows'));
    expect(isDisabled('Last')).toBe(false);
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
    press('Load more');
    await waitFor(() => expect(status()).toBe('60'));
  });
});
