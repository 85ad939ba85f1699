// A long page mounts its first screenful first and the rest right after (useProgressiveRows, for the filter
// change's speed): every row of the page still arrives, once and in order, whatever happens meanwhile.
import { defaultAuditQuery, type AuditPageSize } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

const api = setupMockApi();

// The rest of a page mounts in steps (development React, a busy machine): allow it a while.
const allRows = { timeout: 20_000 };

/** The times of the rows shown, top to bottom (newest first by default). */
const rowTimes = () =>
  [...document.querySelectorAll('tr[data-slot="audit-table-row"] time')].map((time) =>
    Date.parse(time.getAttribute('datetime') ?? ''),
  );

/** The log on pages of `pageSize` events, once every row of its first page is in, and those rows' times. */
async function showFirstPage(pageSize: AuditPageSize) {
  const screen = await renderAuditLog({ defaultQuery: { ...defaultAuditQuery, pageSize } });
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  const expanders = grid.getByRole('button', { name: /^Details of / });
  await expect.poll(() => expanders.elements().length, allRows).toBe(pageSize);
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  return { grid, expanders, nav, times: rowTimes() };
}

describe('a long page of events', () => {
  it('shows every row of a 200-row page once and in order, and again after a page change and back', async () => {
    const { expanders, nav, times } = await showFirstPage(200);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(expanders.elements().map((button) => button.getAttribute('aria-label'))).size).toBe(200);

    // The next page replaces every row.
    await userEvent.click(nav.getByRole('button', { name: 'Next page' }));
    await expect.element(nav).toHaveTextContent('201–240 of 240');
    await expect.poll(() => expanders.elements().length, allRows).toBe(40);
    expect(Math.max(...rowTimes())).toBeLessThan(Math.min(...times));

    // Back to the first page: all 200 again, the same as before.
    await userEvent.click(nav.getByRole('button', { name: 'Previous page' }));
    await expect.poll(() => expanders.elements().length, allRows).toBe(200);
    expect(rowTimes()).toEqual(times);
  }, 60_000);

  it('takes the rows past its first screenful down while the next page loads, and shows every row after', async () => {
    const { grid, expanders, nav, times } = await showFirstPage(100);

    // An answer that takes far longer than the test's steps.
    api().setScenario({ latencyMs: 20_000 });
    await userEvent.click(nav.getByRole('button', { name: 'Next page' }));
    await expect.element(grid).toHaveAttribute('aria-busy', 'true');
    // The top of the page shown stays, in order; the rows past a screenful (8 to 32 rows), out of sight, are gone.
    const kept = expanders.elements().length;
    expect(kept).toBeGreaterThanOrEqual(8);
    expect(kept).toBeLessThanOrEqual(32);
    expect(rowTimes()).toEqual(times.slice(0, kept));

    // Undone before the answer: the page shown is whole again.
    await userEvent.click(nav.getByRole('button', { name: 'Previous page' }));
    await expect.poll(() => expanders.elements().length, allRows).toBe(100);
    expect(rowTimes()).toEqual(times);
    expect(grid.element().getAttribute('aria-busy')).toBeNull();

    // A change that is answered (not the page still loading): every row of the new page, once and in order.
    api().setScenario({ latencyMs: 300 });
    await userEvent.click(nav.getByRole('button', { name: 'Page 3', exact: true }));
    await expect.element(nav).toHaveTextContent('201–240 of 240');
    await expect.poll(() => expanders.elements().length, allRows).toBe(40);
    const next = rowTimes();
    expect(next).toEqual([...next].sort((a, b) => b - a));
    expect(Math.max(...next)).toBeLessThan(Math.min(...times));
  }, 60_000);

  it('keeps every row while the next page loads when the rows past its first screenful are in sight', async () => {
    const { grid, expanders, nav, times } = await showFirstPage(100);
    // Scrolled down to the last rows, as someone reading the page to its end is.
    expanders.last().element().scrollIntoView({ block: 'end' });

    api().setScenario({ latencyMs: 20_000 });
    await userEvent.click(nav.getByRole('button', { name: 'Next page' }));
    await expect.element(grid).toHaveAttribute('aria-busy', 'true');
    expect(rowTimes()).toEqual(times);
  }, 60_000);
});
