// @vitest-environment jsdom
// A minimal audit table built on the behaviour hooks alone (plain elements, no @auditkit/components): the
// hooks give everything a UI needs for search, filter chips, clear-all, sort, both paging styles, new events
// and export, so a custom UI never re-derives it. It passes the same behaviour tests as <AuditLog>
// (test/behaviour/auditBehaviourSuite.ts), checked against the mock's own answers.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  behaviourOracle,
  describeAuditBehaviour,
  type AuditBehaviourDriver,
} from '../../../../test/behaviour/auditBehaviourSuite.ts';
import type { AuditPagingMode } from './useAuditList.ts';
import type { AuditListParams } from '../client/auditTypes.ts';
import { pageRange } from '../query/pageRange.ts';
import { auditSeverities } from '../search/auditSeverities.ts';
import { toListParams } from '../query/toListParams.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useActiveFilters } from './useActiveFilters.ts';
import { useAuditAccess } from './useAuditAccess.ts';
import { useAuditList } from './useAuditList.ts';
import { useAuditListView } from './useAuditListView.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useCsvExport } from './useCsvExport.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

const intervals = manualIntervals();
const backend = setupMockBackend(240);
afterEach(cleanup);

// A warning React prints is a defect of the hooks too: a custom table on them renders without one. (A new
// search's list query, built in a render, once re-rendered the access hook's component mid-render.)
const reactWarnings: string[] = [];
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(
    (message: unknown) => void reactWarnings.push(String(message)),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(
    reactWarnings.splice(0).filter((warning) => warning.includes('while rendering a different')),
  ).toEqual([]);
});

const columns = [
  { name: 'createdAt', displayName: 'Time' },
  { name: 'action', displayName: 'Action' },
  { name: 'severity', displayName: 'Severity' },
];

function CustomAuditTable({ paging, onFile }: { paging: AuditPagingMode; onFile: (text: string) => void }) {
  const state = useAuditQueryState();
  const { query } = state;
  const list = useAuditList(query, { paging });
  // What to show in the events' place, decided by the hooks: an empty answer kept while the next query loads is
  // "Loading", not "No events" (`list.isPending` alone is false then).
  const view = useAuditListView(list, query);
  const { chips, clearAll } = useActiveFilters(state);
  const notice = useNewEventsNotice({ state, list: { paging }, interval: 1000 });
  const access = useAuditAccess();
  const csv = useCsvExport();
  const range = pageRange({ page: query.page, pageSize: query.pageSize, total: list.total ?? 0 });
  return (
    <section aria-label="Custom audit log">
      <input
        type="search"
        aria-label="Search events"
        value={query.search}
        onChange={(e) => state.setSearch(e.target.value)}
      />
      <select
        aria-label="Severity"
        value=""
        onChange={(e) => state.setFilter('severity', [...(query.filters.severity ?? []), e.target.value])}
      >
        <option value="">Any</option>
        {auditSeverities.map((level) => (
          <option key={level}>{level}</option>
        ))}
      </select>
      <ul aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" onClick={chip.remove}>
              {`Remove filter ${chip.kind === 'filter' ? chip.column : chip.kind}: ${chip.kind === 'time' ? 'range' : chip.value}`}
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 0 ? (
        <button type="button" onClick={clearAll}>
          Clear all
        </button>
      ) : null}
      {notice.total > 0 ? (
        <button type="button" onClick={notice.showNew}>{`${notice.total} new, show them`}</button>
      ) : null}
      <button
        type="button"
        disabled={!access.canExport}
        onClick={() =>
          void csv.start({
            query,
            columns,
            target: 'blob',
            saveBlob: (blob) => void blob.text().then(onFile),
          })
        }
      >
        Export
      </button>
      {/* How the export ended, as a person sees it. */}
      {csv.status === 'done' ? <p>{`Exported ${csv.rows} events`}</p> : null}
      {csv.status === 'error' ? <p role="alert">{`Export failed: ${csv.error?.message}`}</p> : null}
      <p role="status">
        {view.status === 'loading'
          ? 'Loading'
          : view.status === 'error'
            ? 'Events could not be loaded'
            : view.status === 'empty'
              ? 'No events'
              : `${list.total} events`}
      </p>
      <table aria-label="Audit events" aria-busy={list.isRefreshing}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.name}
                aria-sort={
                  query.sort.column === column.name
                    ? query.sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : 'none'
                }
              >
                <button type="button" onClick={() => state.toggleSort(column)}>
                  {column.displayName}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.events.map((event) => (
            <tr key={event.frontegg_id}>
              {columns.map((column) => (
                <td key={column.name}>{String(event[column.name] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {paging === 'pages' ? (
        <nav aria-label="Pagination">
          <span>{`${range.from}–${range.to} of ${range.total}`}</span>
          <button type="button" disabled={!range.hasNext} onClick={() => state.setPage(range.page + 1)}>
            Next page
          </button>
        </nav>
      ) : list.hasMore ? (
        <button type="button" onClick={list.loadMore}>
          Load more
        </button>
      ) : null}
    </section>
  );
}

const client = clientAs();
const files: string[] = [];
const table = () => screen.getByRole('table', { name: 'Audit events' });
const header = (name: string) => within(table()).getByRole('columnheader', { name });
const actionColumn = () => columns.findIndex((column) => column.name === 'action');
const button = (name: string | RegExp) => screen.queryByRole('button', { name });

const driver: AuditBehaviourDriver = {
  async mount(paging) {
    cleanup();
    files.length = 0;
    renderWithAudit(<CustomAuditTable paging={paging} onFile={(text) => files.push(text)} />, { client });
    await screen.findByText(/^\d+ events$/);
  },
  shownTotal: () => {
    const match = /^(\d+) events$/.exec(screen.queryByRole('status')?.textContent ?? '');
    return match ? Number(match[1]) : undefined;
  },
  actions: () =>
    within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[actionColumn()]?.textContent ?? ''),
  search: async (text) => {
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), { target: { value: text } });
  },
  addSeverity: async (level) => {
    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: level } });
  },
  chips: () =>
    within(screen.getByRole('list', { name: 'Active filters' }))
      .queryAllByRole('button')
      .map((chip) => (chip.textContent ?? '').replace(/^Remove filter /, '')),
  removeChip: async (chip) => {
    fireEvent.click(screen.getByRole('button', { name: `Remove filter ${chip}` }));
  },
  clearAll: async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
  },
  sortByAction: async () => {
    fireEvent.click(within(header('Action')).getByRole('button'));
  },
  actionSort: () => header('Action').getAttribute('aria-sort'),
  nextPage: async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
  },
  range: () =>
    within(screen.getByRole('navigation', { name: 'Pagination' })).getByText(/ of /).textContent ?? '',
  loadMore: async () => {
    const more = button('Load more');
    if (!more) return false;
    const before = driver.actions().length;
    fireEvent.click(more);
    await expect.poll(() => driver.actions().length).toBeGreaterThan(before);
    return true;
  },
  checkForNewEvents: async () => {
    act(() => intervals.tick());
  },
  showNew: async () => {
    fireEvent.click(await screen.findByRole('button', { name: /new, show them$/ }));
  },
  exportCsv: async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    // Until the table says how the export ended (done, or the error), within the suite's usual 10 s: a bare poll
    // of the saved files gave up after Vitest's default 1 s, less than a loaded run took for the first export,
    // which also fetches the on-demand export engine.
    const ended = await screen.findByText(/^Export(ed \d+ events$| failed: )/, undefined, {
      timeout: 10_000,
    });
    expect(ended.textContent).toMatch(/^Exported /);
    // The saver reads the Blob's text after the export has ended.
    await expect.poll(() => files.length).toBe(1);
    return files[0]!;
  },
};

describeAuditBehaviour(
  'a custom table on the headless hooks',
  driver,
  behaviourOracle<AuditQuery, AuditListParams>({
    list: (params) => client.list(params),
    create: (event) => client.create(event),
    query: (change) => ({ ...defaultAuditQuery, ...change }),
    params: (query) => toListParams(query, new Date()),
  }),
);

describe('a custom table on the headless hooks: while the next answer is on its way', () => {
  it('says "Loading", not "No events", while the last query\'s empty answer stays on screen', async () => {
    renderWithAudit(<CustomAuditTable paging="pages" onFile={() => undefined} />, { client });
    await screen.findByText(/^\d+ events$/);
    const search = screen.getByRole('searchbox', { name: 'Search events' });
    fireEvent.change(search, { target: { value: 'zqxjv matches nothing' } });
    await screen.findByText('No events');

    // The next query's answer is held until the table has been looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = () => {};
    const arrived = new Promise<void>((resolve) => (asked = resolve));
    backend.use(
      http.get('*/audits/resources/audits/v2', async ({ request }) => {
        asked();
        await held;
        return backend.api.handle(request);
      }),
    );
    fireEvent.change(search, { target: { value: 'login' } });
    try {
      await arrived;
      // An audit log saying there are no login events while it is still asking would be false.
      expect(screen.getByRole('status').textContent).toBe('Loading');
      expect(screen.queryByText('No events')).toBeNull();
    } finally {
      release();
    }
    await screen.findByText(/^\d+ events$/);
  });
});
