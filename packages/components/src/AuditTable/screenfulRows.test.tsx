// A new page of many rows mounts what fills the table's visible height first (useScreenfulRows), then the rest:
// enough rows to leave no gap at the bottom, and not the 32 a tall screen needs, which cost a filter change its
// speed on a shorter one.
import type { AuditSort } from '@auditkit/headless';
import type { CSSProperties } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';
import { firstRowCount } from './useProgressiveRows.ts';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const page = (from: number): AuditEventLike[] =>
  Array.from({ length: 200 }, (_, i) => ({
    frontegg_id: `e${from + i}`,
    createdAt: new Date(Date.UTC(2026, 10, 26, 0, 0, from + i)).toISOString(),
    action: `Action ${from + i}`,
  }));

const rowCount = () => document.querySelectorAll('tr[data-slot="audit-table-row"]').length;

describe('a new page of many rows', () => {
  it('mounts a screenful of the visible height first, with no gap below it, then every row', async () => {
    const view = (events: AuditEventLike[]) => (
      <div className="auditkit" style={{ '--auditkit-table-max-height': '300px' } as CSSProperties}>
        <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
          <AuditTableView events={events} columns={columns} sort={sort} onSortChange={() => {}} />
        </AuditUiProvider>
      </div>
    );
    const screen = await render(view(page(0)));
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(200);

    // The rows in the DOM in the commit that shows the new page (a mutation observer's callback runs right
    // after that commit, before the browser paints it).
    let firstCommit = 0;
    const grid = screen.getByRole('grid').element();
    const observer = new MutationObserver(() => {
      if (!firstCommit && grid.textContent?.includes('Action 1000')) firstCommit = rowCount();
    });
    observer.observe(grid, { childList: true, subtree: true, characterData: true });
    await screen.rerender(view(page(1000)));
    await expect.poll(() => firstCommit).toBeGreaterThan(0);
    observer.disconnect();

    const container = grid.parentElement!;
    const row = document.querySelector('tr[data-slot="audit-table-row"]')!;
    expect(container.clientHeight).toBeLessThanOrEqual(300);
    // No gap: the first rows are taller than the visible part of the table.
    expect(firstCommit * row.getBoundingClientRect().height).toBeGreaterThan(container.clientHeight);
    expect(firstCommit).toBeLessThan(firstRowCount);
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(200);
  }, 60_000);
});
