// An infinite list whose next page brings only events loaded before: new events at the top shift every offset, so
// the page after the first screenful holds the first page's events again, and no row is added. With the end still
// in view, the page after it must be asked for then, as for any page that came.
import { describe, expect, it } from 'vitest';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();
const pagesAsked = () =>
  requests
    .filter((url) => url.pathname.endsWith('/audits/resources/audits/v2'))
    .map((url) => url.searchParams.get('offset'));

describe('AuditTable with infinite paging, when a next page adds no row', () => {
  it('asks for the page after it while the end is still in view', async () => {
    const { screen, client } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    expect(pagesAsked()).toEqual(['0']);
    // A hundred new events: the next page (offset 100) now holds the hundred events already loaded.
    for (let index = 0; index < 100; index++)
      await client.create({ severity: 'Info', action: `shift.${index}` });
    const container = grid.element().parentElement!;
    container.style.maxHeight = '400px';
    container.scrollTop = container.scrollHeight;
    await expect.poll(() => pagesAsked()).toContain('100');
    await expect.poll(() => pagesAsked()).toContain('200');
  });
});
