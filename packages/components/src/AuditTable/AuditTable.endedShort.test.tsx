// An infinite list whose server stops sending events before its total: a page comes back empty, or pages repeat
// events so fewer distinct rows are loaded. No next page is asked for then, and the foot said "All 240 events
// loaded" with the grid counting 240 rows when 100 were loaded. It says what is loaded, and that no more came.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();

/** The v2 list as the mock answers it, with the page at `offset` 100 changed by `change`. */
function pageAt100(change: (url: URL, request: Request) => Promise<Response | undefined>) {
  overrideMock(
    http.get('*/audits/resources/audits/v2', ({ request }) => {
      const url = new URL(request.url);
      // Nothing returned: the mock's own handler answers.
      return url.searchParams.get('offset') === '100' ? change(url, request) : undefined;
    }),
  );
}

describe('AuditTable with infinite paging, when the server sends no more before its total', () => {
  it.each([
    [
      'a page comes back empty',
      async (url: URL, request: Request) => {
        const answer = await api().handle(new Request(url, { headers: request.headers }));
        const body = (await answer!.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...body, data: [] });
      },
      '100',
    ],
    [
      'a page repeats the first page’s events',
      (url: URL, request: Request) => {
        url.searchParams.set('offset', '0');
        return api().handle(new Request(url, { headers: request.headers }));
      },
      '140',
    ],
  ])(
    'says how many are loaded of the total, that no more came, and counts the loaded rows (%s)',
    async (_name, change, loaded) => {
      pageAt100(change);
      const { screen } = await renderAudit(<AuditTable paging="infinite" />);
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
      const status = grid.getByRole('status').filter({ hasText: /loaded|…|\)$/ });
      await expect.element(status).toHaveTextContent('100 of 240 events loaded');
      const loadMore = grid.getByRole('button', { name: 'Load more' });
      // Pressed until the list ends (the repeated page asks for the one after it by itself while the end is in view).
      await expect
        .poll(() => {
          (loadMore.query() as HTMLElement | null)?.click();
          return loadMore.query();
        })
        .toBeNull();
      await expect
        .element(status)
        .toHaveTextContent(`${loaded} of 240 events loaded (the server sent no more)`);
      expect(grid.getByText('All 240 events loaded').query()).toBeNull();
      // The header, the loaded events and the foot.
      expect(grid.element().getAttribute('aria-rowcount')).toBe(String(Number(loaded) + 2));
    },
  );

  it('still says all are loaded when every event came', async () => {
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const loadMore = grid.getByRole('button', { name: 'Load more' });
    await expect.element(loadMore).toBeInTheDocument();
    await expect
      .poll(() => {
        (loadMore.query() as HTMLElement | null)?.click();
        return loadMore.query();
      })
      .toBeNull();
    await expect.element(grid.getByRole('status')).toHaveTextContent('All 240 events loaded');
    expect(grid.element().getAttribute('aria-rowcount')).toBe('242');
  });
});
