// What an infinite list says of the events it has loaded: its foot's status counts them after each page ("200 of
// 240 events loaded"), stays the same element to the end so "All 240 events loaded" is announced (it used to
// leave with the last page and go silent after "Loading more events…"), and the grid's row count comes from the
// total the server gave (it was always -1, unknown).
import { describe, expect, it } from 'vitest';
import { listsWithoutTotal, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

describe('AuditTable with infinite paging says how many events are loaded', () => {
  it('counts them in a status that stays to the end, and gives the grid its row count', async () => {
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    grid.element().parentElement!.style.maxHeight = '400px';
    const foot = () => grid.element().querySelector('[data-slot="audit-table-footer"] tr')!;
    // The foot's status (an open event's details hold statuses of their own).
    const status = grid.getByRole('status').filter({ hasText: /(loaded|…)$/ });
    await expect.element(status).toHaveTextContent('100 of 240 events loaded');
    await expect.element(status).toBeVisible();
    const element = status.element();
    expect(foot().contains(element)).toBe(true);
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(element.textContent ?? ''));
    observer.observe(element, { childList: true, subtree: true, characterData: true });

    // The header, the 240 events (loaded or not) and the foot; the foot's row is the last.
    expect(grid.element().getAttribute('aria-rowcount')).toBe('242');
    expect(foot().getAttribute('aria-rowindex')).toBe('242');
    // An open event adds its details row.
    await grid
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    await expect.element(grid).toHaveAttribute('aria-rowcount', '243');
    expect(foot().getAttribute('aria-rowindex')).toBe('243');

    const loadMore = grid.getByRole('button', { name: 'Load more' });
    // A click where the button is: scrolled into view, the list may ask for the next events by itself.
    (loadMore.element() as HTMLElement).click();
    await expect.element(status).toHaveTextContent('200 of 240 events loaded');
    (loadMore.element() as HTMLElement).click();
    await expect.element(status).toHaveTextContent('All 240 events loaded');
    observer.disconnect();
    // The same element all along, so a screen reader hears each change, the last one too.
    expect(status.element()).toBe(element);
    expect(element.isConnected).toBe(true);
    expect(said.filter((text, index) => text !== said[index - 1])).toEqual([
      'Loading more events…',
      '200 of 240 events loaded',
      'Loading more events…',
      'All 240 events loaded',
    ]);
    await expect.element(loadMore).not.toBeInTheDocument();
    expect(grid.element().getAttribute('aria-rowcount')).toBe('243');
  });

  it('counts them without a total when the server sends none, and says the row count is unknown', async () => {
    listsWithoutTotal();
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await expect.element(grid.getByRole('status')).toHaveTextContent('100 events loaded');
    expect(grid.element().getAttribute('aria-rowcount')).toBe('-1');
    expect(
      grid.element().querySelector('[data-slot="audit-table-footer"] tr')!.hasAttribute('aria-rowindex'),
    ).toBe(false);
  });
});
