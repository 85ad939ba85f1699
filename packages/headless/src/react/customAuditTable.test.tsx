// @vitest-environment jsdom
// A minimal audit table built on the behaviour hooks alone (plain elements, no @auditkit/components): the
// hooks give everything a UI needs for search, filter chips, clear-all, sort, both paging styles, new events
// and export, so a custom UI never re-derives it. Each behaviour is checked against the mock's own answers.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditPagingMode } from './useAuditList.ts';
import { pageRange } from '../query/pageRange.ts';
import { toListParams } from '../query/toListParams.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useActiveFilters } from './useActiveFilters.ts';
import { useAuditAccess } from './useAuditAccess.ts';
import { useAuditList } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useCsvExport } from './useCsvExport.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

const intervals = manualIntervals();
setupMockBackend(240);
afterEach(cleanup);

const columns = [
  { name: 'createdAt', displayName: 'Time' },
  { name: 'action', displayName: 'Action' },
  { name: 'severity', displayName: 'Severity' },
];

function CustomAuditTable({ paging, onFile }: { paging: AuditPagingMode; onFile: (text: string) => void }) {
  const state = useAuditQueryState();
  const { query } = state;
  const list = useAuditList(query, { paging });
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
        <option>High</option>
        <option>Critical</option>
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
      <p role="status">{list.isPending ? 'Loading' : `${list.total} events`}</p>
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
/** The mock's own answer for a query: the oracle. */
const expected = (query: AuditQuery, count: number = query.pageSize) =>
  client.list({ ...toListParams(query, new Date()), count });
const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Audit events' }))
    .getAllByRole('row')
    .slice(1);
const cellTexts = (column: number) => bodyRows().map((row) => row.children[column]?.textContent);

function renderCustom(paging: AuditPagingMode = 'pages') {
  const files: string[] = [];
  renderWithAudit(<CustomAuditTable paging={paging} onFile={(text) => files.push(text)} />, { client });
  return files;
}

describe('a custom audit table on the hooks alone', () => {
  it('searches, shows the search and filters as chips, removes one, and clears all', async () => {
    renderCustom();
    await screen.findByText('240 events');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), {
      target: { value: 'login' },
    });
    const searched = await expected({ ...defaultAuditQuery, search: 'login' });
    await screen.findByText(`${searched.total} events`);
    expect(cellTexts(1)).toEqual(searched.data.map((event) => event.action));
    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: 'High' } });
    const both = await expected({ ...defaultAuditQuery, search: 'login', filters: { severity: ['High'] } });
    await screen.findByText(`${both.total} events`);
    expect(new Set(cellTexts(2))).toEqual(new Set(both.total > 0 ? ['High'] : []));
    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(chips.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Remove filter search: login',
      'Remove filter severity: High',
    ]);
    fireEvent.click(chips.getByRole('button', { name: 'Remove filter search: login' }));
    const high = await expected({ ...defaultAuditQuery, filters: { severity: ['High'] } });
    await screen.findByText(`${high.total} events`);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    await screen.findByText('240 events');
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
  });

  it('sorts by a column from its header, then reverses', async () => {
    renderCustom();
    await screen.findByText('240 events');
    // The same rule as <AuditLog>'s headers (nextAuditSort): A to Z first, then Z to A.
    fireEvent.click(screen.getByRole('button', { name: 'Action' }));
    const asc = await expected({ ...defaultAuditQuery, sort: { column: 'action', direction: 'asc' } });
    await waitFor(() => expect(cellTexts(1)).toEqual(asc.data.map((event) => event.action)));
    expect(screen.getByRole('columnheader', { name: 'Action' }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Action' }));
    const desc = await expected({ ...defaultAuditQuery, sort: { column: 'action', direction: 'desc' } });
    await waitFor(() => expect(cellTexts(1)).toEqual(desc.data.map((event) => event.action)));
  });

  it('pages with numbered pages', async () => {
    renderCustom('pages');
    await screen.findByText('1–20 of 240');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('21–40 of 240');
    const second = await expected({ ...defaultAuditQuery, page: 1 });
    await waitFor(() => expect(cellTexts(0)).toEqual(second.data.map((event) => event.createdAt)));
  });

  it('scrolls infinitely: loads more until every event is there', async () => {
    renderCustom('infinite');
    await screen.findByText('240 events');
    await waitFor(() => expect(bodyRows()).toHaveLength(100));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(200));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(240));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const first = await expected(defaultAuditQuery, 200);
    const rest = await client.list({
      ...toListParams(defaultAuditQuery, new Date()),
      count: 200,
      offset: 200,
    });
    expect(cellTexts(0)).toEqual([...first.data, ...rest.data].map((event) => event.createdAt));
  });

  for (const paging of ['pages', 'infinite'] as const) {
    it(`shows new events on request (${paging})`, async () => {
      renderCustom(paging);
      await screen.findByText('240 events');
      await client.create({ severity: 'High', action: `custom.${paging}.new` });
      act(() => intervals.tick());
      fireEvent.click(await screen.findByRole('button', { name: '1 new, show them' }));
      await waitFor(() => expect(cellTexts(1)[0]).toBe(`custom.${paging}.new`));
      await screen.findByText('241 events');
    });
  }

  it('exports every event that matches the filters', async () => {
    const files = renderCustom();
    await screen.findByText('240 events');
    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: 'Critical' } });
    const critical = await expected({ ...defaultAuditQuery, filters: { severity: ['Critical'] } }, 1);
    await screen.findByText(`${critical.total} events`);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const lines = files[0]!
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Time.*,Action,Severity$/);
    expect(lines).toHaveLength(critical.total + 1);
    expect(lines.slice(1).every((line) => line.endsWith(',Critical'))).toBe(true);
  });
});
