// A numbered page that comes back empty while the count says there are events (removed between the count and the
// page): the table said "No events have been recorded yet." beside a pager saying "41–60 of 240". It says this
// page has none, with a way to the first page.
import { defaultAuditQuery } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Pagination } from '../Pagination/Pagination.tsx';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();

/** The v2 list as the mock answers it, with no events at `offset` (and the whole count). */
function emptyAt(offset: string) {
  overrideMock(
    http.get('*/audits/resources/audits/v2', async ({ request }) => {
      // Nothing returned: the mock's own handler answers.
      if (new URL(request.url).searchParams.get('offset') !== offset) return undefined;
      const answer = await api().handle(request);
      const body = (await answer!.json()) as Record<string, unknown>;
      return HttpResponse.json({ ...body, data: [] });
    }),
  );
}

describe('AuditTable on a numbered page that came back empty while the count says there are events', () => {
  it('says this page has none, and its button goes to the first page, where focus follows', async () => {
    emptyAt('40');
    const state = { defaultValue: { ...defaultAuditQuery, page: 2 } };
    const { screen } = await renderAudit(
      <>
        <AuditTable />
        <Pagination />
      </>,
      { state },
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByText(/^This page has no events\./)).toBeVisible();
    expect(screen.getByText('No events have been recorded yet.').query()).toBeNull();
    const pager = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(pager).toHaveTextContent('41–60 of 240');

    const first = grid.getByRole('button', { name: 'Go to the first page' });
    (first.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await expect.element(pager).toHaveTextContent('1–20 of 240');
    // Not to the page's body with the button: to the grid, where the events are.
    await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
  });

  it('offers no button on the first page, and still does not say no events were recorded', async () => {
    emptyAt('0');
    const { screen } = await renderAudit(<AuditTable />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByText(/^This page has no events\./)).toBeVisible();
    expect(grid.getByRole('button', { name: 'Go to the first page' }).query()).toBeNull();
    expect(screen.getByText('No events have been recorded yet.').query()).toBeNull();
  });

  it('keeps "No events have been recorded yet." when there are none', async () => {
    api().setScenario({ emptyTenants: ['tenant-acme'] });
    const { screen } = await renderAudit(<AuditTable />);
    await expect.element(screen.getByText('No events have been recorded yet.')).toBeVisible();
    expect(screen.getByText(/^This page has no events/).query()).toBeNull();
  });
});
