// An infinite list keeps every event it loads in memory: left to load on all day (or by a link looking for an
// event deep in it) it grew without end. At its most it loads no more, and its foot says where the rest are.
import { expect, it } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

it('stops at the most events it loads, and says to narrow the filters or export them', async () => {
  const { screen } = await renderAudit(<AuditTable paging="infinite" infiniteMaxEvents={150} />);
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const status = grid.getByRole('status').filter({ hasText: /(loaded|…|event\))$/ });
  await expect.element(status).toHaveTextContent('100 of 240 events loaded');
  grid.element().parentElement!.style.maxHeight = '400px';
  (grid.getByRole('button', { name: 'Load more' }).element() as HTMLElement).click();
  await expect
    .element(status)
    .toHaveTextContent(
      '200 of 240 events loaded (the most one list holds: narrow the filters, or export every matching event)',
    );
  await expect.element(grid.getByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  // The grid counts the rows it has: the 200 loaded, its header and its foot.
  expect(grid.element().getAttribute('aria-rowcount')).toBe('202');
});
