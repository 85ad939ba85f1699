// Buttons that leave when pressed ("Clear filters", "Retry") or that a loading page used to replace ("Load more"):
// from the keyboard, focus goes on to where the user can carry on, never to the page's body.
import { defaultAuditQuery } from '@auditkit/headless';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
const listCalls = () => requests.filter((url) => url.pathname.endsWith('/audits/resources/audits/v2'));
const pagesAsked = () => listCalls().map((url) => url.searchParams.get('offset'));

/** An infinitely scrolled table in a short box, whose later pages take a moment to come. */
async function infiniteTable() {
  overrideMock(
    http.get('*/audits/resources/audits/v2', async ({ request }) => {
      // Nothing returned: the mock's own handler answers, after the pause.
      if (new URL(request.url).searchParams.get('offset') !== '0') await delay(400);
    }),
  );
  const { screen } = await renderAudit(<AuditTable paging="infinite" />);
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  grid.element().parentElement!.style.maxHeight = '400px';
  return { grid, loadMore: grid.getByRole('button', { name: 'Load more' }) };
}

const press = async (button: Element, key = '{Enter}') => {
  (button as HTMLElement).focus();
  await userEvent.keyboard(key);
};

describe('AuditTable keeps focus from the keyboard', () => {
  it('moves it to the first event after "Clear filters" brings the events back', async () => {
    const state = { defaultValue: { ...defaultAuditQuery, search: 'zz-no-such-event-zz' } };
    const { screen } = await renderAudit(<AuditTable />, { state });
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    await expect.element(clear).toBeVisible();
    await press(clear.element());
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('row').nth(20)).toBeInTheDocument();
    // The grid's one Tab stop: the first event's expand button.
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toHaveFocus();
  });

  it('moves it to the first event after "Retry" loads them, and keeps it on "Retry" when that fails again', async () => {
    api().setScenario({ status: { list: 500 } });
    const { screen } = await renderAudit(<AuditTable />);
    const retry = screen.getByRole('alert').getByRole('button', { name: 'Retry' });
    await expect.element(retry).toBeVisible();
    const calls = listCalls().length;
    await press(retry.element());
    await expect.poll(() => listCalls().length).toBeGreaterThan(calls);
    await expect.element(screen.getByRole('alert').getByRole('button', { name: 'Retry' })).toHaveFocus();

    api().resetScenario();
    await press(screen.getByRole('alert').getByRole('button', { name: 'Retry' }).element(), ' ');
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('row').nth(20)).toBeInTheDocument();
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toHaveFocus();
  });

  it('keeps it on "Load more" while the next page loads, and gives it to the words saying all are loaded', async () => {
    const { grid, loadMore } = await infiniteTable();
    // Reached by Tab from the grid's one stop. Scrolled into view, it may start the next page's load itself.
    (
      grid
        .getByRole('button', { name: /^Details of / })
        .first()
        .element() as HTMLElement
    ).focus();
    await userEvent.keyboard('{Tab}');
    await expect.element(loadMore).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(loadMore).toHaveAttribute('aria-busy', 'true');
    await expect.element(loadMore).toHaveAttribute('aria-disabled', 'true');
    await expect.element(grid.getByRole('status')).toHaveTextContent('Loading more events…');
    await expect.element(loadMore).toHaveFocus();
    // Pressed while busy, it asks for nothing more.
    await userEvent.keyboard('{Enter}');
    await expect.element(loadMore).not.toHaveAttribute('aria-busy');
    expect(pagesAsked()).toEqual(['0', '100']);
    await expect.element(loadMore).toHaveFocus();
    await expect.element(grid.getByRole('status')).toHaveTextContent('200 of 240 events loaded');

    // The last page: the button leaves, and the words in its place take focus.
    await userEvent.keyboard('{Enter}');
    await expect.element(loadMore).toHaveAttribute('aria-busy', 'true');
    const end = grid.getByText('All 240 events loaded');
    await expect.element(end).toHaveFocus();
    expect(pagesAsked()).toEqual(['0', '100', '200']);
    await expect.element(loadMore).not.toBeInTheDocument();
  });

  it('gives it to Retry when the page "Load more" asked for fails, and back to "Load more" when Retry is pressed', async () => {
    const { grid, loadMore } = await infiniteTable();
    api().setScenario({ status: { list: 500 } });
    await press(loadMore.element());
    const retry = grid.getByRole('alert').getByRole('button', { name: 'Retry' });
    await expect.element(retry).toHaveFocus();
    api().resetScenario();
    await press(retry.element());
    await expect.element(loadMore).toHaveFocus();
    await expect.element(loadMore).not.toHaveAttribute('aria-busy');
    await expect.element(grid.getByRole('alert')).not.toBeInTheDocument();
    expect(pagesAsked()).toEqual(['0', '100', '100']);
  });
});
