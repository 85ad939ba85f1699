// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { defaultAuditQuery, type AuditPageSize, type AuditQuery } from '../query/AuditQuery.ts';
import { pageRange } from '../query/pageRange.ts';
import { clientAs, listsWithoutTotal, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList, type AuditList } from './useAuditList.ts';
import { useAuditPageInRange } from './useAuditPageInRange.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';

// Some deployments leave `total` out of the list's answer (parseResponses accepts that). A numbered pager built
// on the headless layer alone must still reach every event: the page's length is not the count.

const server = setupMockBackend(60);
afterEach(cleanup);

/** A pager of the kind a host builds on the headless layer: the range, Next, Last, 50 a page and Refresh. */
function Pager({
  page = 0,
  pageSize = 20,
  sort = defaultAuditQuery.sort,
}: {
  page?: number;
  pageSize?: AuditPageSize;
  sort?: AuditQuery['sort'];
}) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page, pageSize, sort } });
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
      <button type="button" onClick={() => state.setPage(7)}>
        Page 8
      </button>
    </>
  );
}

const status = () => screen.getByRole('status').textContent;
const press = (name: string) => act(() => screen.getByRole('button', { name }).click());
const isDisabled = (name: string) => screen.getByRole('button', { name }).hasAttribute('disabled');

/** An infinite list of 50 a request: `say` writes its status, and "Load more" does `onLoadMore` (its own, by default). */
function Infinite({
  say,
  onLoadMore = (list) => list.loadMore(),
}: {
  say: (list: AuditList) => string;
  onLoadMore?: (list: AuditList) => void;
}) {
  const list = useAuditList(
    { ...defaultAuditQuery, pageSize: 50 },
    { paging: 'infinite', infinitePageSize: 50 },
  );
  return (
    <>
      <p role="status">{say(list)}</p>
      <button type="button" onClick={() => onLoadMore(list)}>
        Load more
      </button>
    </>
  );
}
const loaded = (list: AuditList) => (list.isPending ? 'loading' : `${list.events.length} loaded`);

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

  it('asks one page ahead: a full page followed by an empty one is the last, until other events come', async () => {
    const asked = listsWithoutTotal(server);
    // 60 events, 20 a page: the third page is full and the last; only the fourth, empty, says so.
    renderWithAudit(<Pager page={2} />);
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    expect(isDisabled('Next')).toBe(true);
    expect(asked).toEqual([40, 60]);
    // A new event moves every page along by one: the third is full of other events and the 61st is on a fourth.
    await clientAs().create({ severity: 'Info', action: 'Arrived late' });
    press('Refresh');
    await waitFor(() => expect(status()).toBe('41–60 of many, 20 rows'));
    press('Next');
    await waitFor(() => expect(status()).toBe('61–61 of 61, 1 rows'));
  });

  it('oldest first, a new event after the last page opens the count when that page is asked again', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<Pager page={2} sort={{ column: 'createdAt', direction: 'asc' }} />);
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    // The third page's events do not change: the new one comes after them.
    await clientAs().create({ severity: 'Info', action: 'Arrived late' });
    press('Refresh');
    await waitFor(() => expect(status()).toBe('41–60 of many, 20 rows'));
    press('Next');
    await waitFor(() => expect(status()).toBe('61–61 of 61, 1 rows'));
  });

  it('moves an empty page back to the nearest page seen with events, not to the first', async () => {
    const asked = listsWithoutTotal(server);
    renderWithAudit(<Pager page={2} />);
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    press('Page 8');
    await waitFor(() => expect(asked).toContain(140));
    await waitFor(() => expect(status()).toBe('41–60 of 60, 20 rows'));
    expect(asked).not.toContain(0);
  });

  it('sends an old link far past the end to the first page in one step, not back a page at a time', async () => {
    const asked = listsWithoutTotal(server);
    renderWithAudit(<Pager page={40} pageSize={50} />);
    await waitFor(() => expect(status()).toBe('1–50 of many, 50 rows'));
    // The link's page, then the first, and the one after it asked ahead.
    expect(asked.slice(0, 2)).toEqual([2000, 0]);
  });

  it('counts nothing from the previous page kept on screen while a larger page loads', async () => {
    const asked = listsWithoutTotal(server);
    renderWithAudit(<Pager />);
    await waitFor(() => expect(status()).toBe('1–20 of many, 20 rows'));
    // The second page, asked ahead, is in: the next request is the larger page's.
    await waitFor(() => expect(asked).toContain(20));
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
    renderWithAudit(
      <Infinite say={(list) => `${list.total ?? '…'}${list.totalIsLowerBound ? ' or more' : ''}`} />,
    );
    await waitFor(() => expect(status()).toBe('50 or more'));
    press('Load more');
    await waitFor(() => expect(status()).toBe('60'));
  });

  it('asks the next events once when "load more" comes twice before the list renders again', async () => {
    const asked = listsWithoutTotal(server);
    // Counted where the list is asked: a request cancelled at once may never reach the server here.
    const base = clientAs();
    const offsets: number[] = [];
    const client = {
      ...base,
      list: (...args: Parameters<typeof base.list>) => (offsets.push(args[0].offset), base.list(...args)),
    };
    renderWithAudit(
      <Infinite
        say={loaded}
        onLoadMore={(list) => {
          // The end of the list scrolled into view, and the button pressed, in one task.
          list.loadMore();
          list.loadMore();
        }}
      />,
      { client },
    );
    await waitFor(() => expect(status()).toBe('50 loaded'));
    press('Load more');
    await waitFor(() => expect(status()).toBe('60 loaded'));
    expect(offsets).toEqual([0, 50]);
    expect(asked).toEqual([0, 50]);
  });

  it('loads the next events when "load more" comes while the whole list is asked again', async () => {
    const asked = listsWithoutTotal(server);
    renderWithAudit(
      <Infinite
        say={loaded}
        onLoadMore={(list) => {
          // Window focus or "show them" asks the list again; the user presses Load more meanwhile.
          void list.refresh();
          list.loadMore();
        }}
      />,
    );
    await waitFor(() => expect(status()).toBe('50 loaded'));
    press('Load more');
    await waitFor(() => expect(status()).toBe('60 loaded'));
    expect(asked).toContain(50);
  });
});

/** The offset of every v2 list request from here to the end of the test, as it leaves. */
function listOffsetsAsked(): number[] {
  const asked: number[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/audits/resources/audits/v2'))
      asked.push(Number(url.searchParams.get('offset')));
  };
  server.events.on('request:start', listener);
  onTestFinished(() => void server.events.removeListener('request:start', listener));
  return asked;
}

describe('useAuditList when the next events fail to load', () => {
  it('keeps the loaded events, says why in loadMoreError, and loads them when loadMore is called again', async () => {
    const asked = listOffsetsAsked();
    const seen = new Set<() => void>();
    renderWithAudit(
      <Infinite
        say={(list) => {
          seen.add(list.loadMore);
          return `${loaded(list)}${list.loadMoreError ? `, failed ${list.loadMoreError.status}` : ''}`;
        }}
      />,
    );
    await waitFor(() => expect(status()).toBe('50 loaded'));
    server.api.setScenario({ status: { list: 401 } });
    press('Load more');
    await waitFor(() => expect(status()).toBe('50 loaded, failed 401'));
    server.api.resetScenario();
    press('Load more');
    await waitFor(() => expect(status()).toBe('60 loaded'));
    expect(asked).toEqual([0, 50, 50]);
    // One function throughout: a host's "load at the end" effect that holds it does not run again as a load ends.
    expect(seen.size).toBe(1);
  });

  // Query's isFetchNextPageError turns false as soon as another fetch of the list starts ("show them", the window
  // regaining focus), while its error stays.
  it('stays set while the whole list is fetched again, so nothing asks the failing page again meanwhile', async () => {
    const asked = listOffsetsAsked();
    let current: AuditList | undefined;
    const said: string[] = [];
    renderWithAudit(
      <Infinite
        say={(list) => {
          current = list;
          const text = `${loaded(list)}${list.isRefreshing ? ' (refreshing)' : ''}${
            list.loadMoreError ? `, failed ${list.loadMoreError.status}` : ''
          }`;
          said.push(text);
          return text;
        }}
      />,
    );
    await waitFor(() => expect(status()).toBe('50 loaded'));
    server.api.setScenario({ status: { list: 401 } });
    press('Load more');
    await waitFor(() => expect(status()).toBe('50 loaded, failed 401'));
    // The refresh's answer takes a while, so that the list is seen refreshing (an instant one can be drawn in the
    // same render as its start, and nothing would be seen meanwhile).
    server.api.setScenario({ status: { list: 401 }, latencyMs: 100 });
    said.length = 0;
    await act(async () => {
      await current!.refresh();
    });
    expect(asked).toEqual([0, 50, 0]);
    expect(said).toContain('50 loaded (refreshing), failed 401');
    expect(said.filter((text) => !text.endsWith('failed 401'))).toEqual([]);
  });

  it('is never set with numbered pages', async () => {
    server.api.setScenario({ status: { list: 500 } });
    function Page() {
      const list = useAuditList(defaultAuditQuery);
      return <p role="status">{list.error ? `error, loadMoreError ${String(list.loadMoreError)}` : '…'}</p>;
    }
    renderWithAudit(<Page />);
    await waitFor(() => expect(status()).toBe('error, loadMoreError null'));
  });
});

describe('useAuditList when asking again for the events shown fails', () => {
  const said = (list: AuditList) =>
    `${loaded(list)}${list.refreshError ? `, refresh failed ${list.refreshError.status}` : ''}${
      list.loadMoreError ? `, next failed ${list.loadMoreError.status}` : ''
    }`;

  /** An infinite list of 50 a page, what it says at each render (`seen`), and the list as last rendered. */
  function renderInfiniteSaid() {
    let last: AuditList | undefined;
    const seen: string[] = [];
    renderWithAudit(
      <Infinite
        say={(list) => {
          last = list;
          const text = said(list);
          seen.push(text);
          return text;
        }}
      />,
    );
    return { seen, current: () => last! };
  }

  it.each(['pages', 'infinite'] as const)(
    'keeps the events, says why in refreshError with when they were asked, until a refresh answers (%s)',
    async (paging) => {
      let current: AuditList | undefined;
      function List({ see }: { see: (list: AuditList) => void }) {
        const list = useAuditList({ ...defaultAuditQuery, pageSize: 50 }, { paging, infinitePageSize: 50 });
        see(list);
        return <p role="status">{said(list)}</p>;
      }
      const before = Date.now();
      renderWithAudit(<List see={(list) => (current = list)} />);
      await waitFor(() => expect(status()).toBe('50 loaded'));
      const answeredAt = current!.updatedAt!;
      expect(answeredAt).toBeGreaterThanOrEqual(before);
      expect(answeredAt).toBeLessThanOrEqual(Date.now());

      server.api.setScenario({ status: { list: 503 } });
      await act(async () => {
        await current!.refresh();
      });
      await waitFor(() => expect(status()).toBe('50 loaded, refresh failed 503'));
      expect(current!.error).toBe(current!.refreshError);
      // The events shown are still the earlier answer's: their time stays.
      expect(current!.updatedAt).toBe(answeredAt);

      server.api.resetScenario();
      await act(async () => {
        await current!.refresh();
      });
      await waitFor(() => expect(status()).toBe('50 loaded'));
      expect(current!.updatedAt).toBeGreaterThanOrEqual(answeredAt);
    },
  );

  it('is not set for a failed next page, nor while the whole list is asked again after one (infinite)', async () => {
    const { seen, current } = renderInfiniteSaid();
    await waitFor(() => expect(status()).toBe('50 loaded'));
    server.api.setScenario({ status: { list: 401 } });
    press('Load more');
    await waitFor(() => expect(status()).toBe('50 loaded, next failed 401'));
    expect(seen.filter((text) => text.includes('refresh failed'))).toEqual([]);
    // The list asked again from its first page fails too: that is a refresh that failed, said once it has, not
    // while it is on its way (Query's error is still the next page's then).
    seen.length = 0;
    server.api.setScenario({ status: { list: 401 }, latencyMs: 100 });
    act(() => void current().refresh());
    await waitFor(() => expect(status()).toBe('50 loaded, refresh failed 401, next failed 401'));
    expect(seen.length).toBeGreaterThan(1);
    // (A state may render more than once: what counts is that none before the last says it.)
    const before = seen.filter((text) => text !== seen.at(-1));
    expect(before.filter((text) => text.includes('refresh failed'))).toEqual([]);
    server.api.resetScenario();
    await act(async () => {
      await current().refresh();
    });
    expect(status()).toBe('50 loaded');
  });

  it('stays while more events are loaded below the stale ones, until the list is asked again from the top (infinite)', async () => {
    const { seen, current } = renderInfiniteSaid();
    await waitFor(() => expect(status()).toBe('50 loaded'));
    server.api.setScenario({ status: { list: 503 } });
    await act(async () => {
      await current().refresh();
    });
    await waitFor(() => expect(status()).toBe('50 loaded, refresh failed 503'));
    // Reaching the end asks the next page: the rows above are still the earlier answer's, so the refresh's
    // failure is still said, whether that page fails or answers.
    seen.length = 0;
    press('Load more');
    await waitFor(() => expect(status()).toBe('50 loaded, refresh failed 503, next failed 503'));
    expect(seen.filter((text) => !text.includes('refresh failed 503'))).toEqual([]);
    server.api.resetScenario();
    press('Load more');
    await waitFor(() => expect(status()).toMatch(/^(?!50 )\d+ loaded, refresh failed 503$/));
    expect(seen.filter((text) => !text.includes('refresh failed 503'))).toEqual([]);
    await act(async () => {
      await current().refresh();
    });
    // Asked again from its first page alone (not every page loaded): the events below it go, with the failure.
    await waitFor(() => expect(status()).toBe('50 loaded'));
  });

  it('is not set when another page fails: its events are not kept, the error stands alone', async () => {
    let current: AuditList | undefined;
    function Paged({ see }: { see: (list: AuditList) => void }) {
      const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, pageSize: 20 } });
      const list = useAuditList(state.query);
      see(list);
      return (
        <>
          <p role="status">{`${said(list)}${list.error ? `, error ${list.error.status}` : ''}`}</p>
          <button type="button" onClick={() => state.setPage(1)}>
            Next
          </button>
        </>
      );
    }
    renderWithAudit(<Paged see={(list) => (current = list)} />);
    await waitFor(() => expect(status()).toBe('20 loaded'));
    server.api.setScenario({ status: { list: 500 } });
    press('Next');
    await waitFor(() => expect(status()).toBe('0 loaded, error 500'));
    expect(current!.updatedAt).toBeUndefined();
  });
});
