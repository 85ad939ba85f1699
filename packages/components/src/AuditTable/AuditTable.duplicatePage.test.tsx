// An infinite list whose next page brings only events loaded before: the list pins its later pages to the first
// page's snapshot, but a server that ignores that bound, with new events at the top, shifts every offset, so the
// page after the first screenful holds the first page's events again, and no row is added. With the end still in
// view, the page after it must be asked for then, as for any page that came.
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
const pagesAsked = () =>
  requests
    .filter((url) => url.pathname.endsWith('/audits/resources/audits/v2'))
    .map((url) => url.searchParams.get('offset'));

describe('AuditTable with infinite paging, when a next page adds no row', () => {
  it('asks for the page after it while the end is still in view', async () => {
    overrideMock(
      http.get('*/audits/resources/audits/v2', ({ request }) => {
        const url = new URL(request.url);
        // Nothing returned: the mock's own handler answers.
        if (url.searchParams.get('offset') !== '100') return undefined;
        // What a server keeping no snapshot answers once a hundred new events are at the top: the first page again.
        url.searchParams.set('offset', '0');
        url.searchParams.delete('created_to');
        return api().handle(new Request(url, { headers: request.headers }));
      }),
    );
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    expect(pagesAsked()).toEqual(['0']);
    const container = grid.element().parentElement!;
    container.style.maxHeight = '400px';
    container.scrollTop = container.scrollHeight;
    await expect.poll(() => pagesAsked()).toContain('100');
    await expect.poll(() => pagesAsked()).toContain('200');
  });
});
