// The infinite list's next page failing: the loaded rows and the count stay, an alert says so with a Retry, and
// nothing is asked again until the user retries (it used to ask back to back, flipping "Load more" busy and idle).
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.ts';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
const listCalls = () => requests.filter((url) => url.pathname.endsWith('/audits/resources/audits/v2'));
const pagesAsked = () => listCalls().map((url) => url.searchParams.get('offset'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AuditTable with infinite paging, when the next page fails', () => {
  it.each([401, 500] as const)(
    'keeps the rows and the count, alerts once with a Retry that loads the page (%i)',
    async (status) => {
      const { screen } = await renderAudit(<AuditTable paging="infinite" />);
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      const details = grid.getByRole('button', { name: /^Details of / });
      await expect.element(details.first()).toBeVisible();
      // The table's count, not the foot's status ("100 of 240 events loaded").
      const count = screen.getByRole('status').filter({ hasText: /^240 events$/ });
      await expect.element(count).toBeInTheDocument();

      api().setScenario({ status: { list: status } });
      const container = grid.element().parentElement!;
      container.style.maxHeight = '400px';
      container.scrollTop = container.scrollHeight;
      // The rows already loaded stay, so the alert says the next events did not come, not that the log did not load.
      const alert = grid.getByRole('alert');
      await expect.element(alert).toHaveTextContent('The next events could not be loaded.');
      await expect.element(alert).not.toHaveTextContent('The audit log could not be loaded.');
      // Still at the end a second later: the failed page was asked for once, not again and again.
      await pause(1_000);
      expect(pagesAsked()).toEqual(['0', '100']);
      // Nor when the user scrolls away and back to the end: only Retry asks again.
      container.scrollTop = container.scrollHeight - container.clientHeight - 1_500;
      await pause(200);
      container.scrollTop = container.scrollHeight;
      await pause(500);
      expect(pagesAsked()).toEqual(['0', '100']);
      await expect.element(alert).toBeInTheDocument();
      expect(grid.getByRole('status').filter({ hasText: 'Loading more events…' }).query()).toBeNull();
      // Nor a count of those loaded beside the alert, said at the same moment: the alert is what to hear.
      expect(
        grid
          .getByRole('status')
          .filter({ hasText: /events loaded$/ })
          .query(),
      ).toBeNull();
      // The rows already loaded and the count stay.
      expect(details.elements().length).toBeGreaterThan(0);
      await expect.element(count).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);

      api().resetScenario();
      const retry = alert.getByRole('button', { name: 'Retry' });
      (retry.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => pagesAsked().slice(0, 3)).toEqual(['0', '100', '100']);
      await expect.element(grid.getByRole('alert')).not.toBeInTheDocument();
      // While it loads, the busy "Load more" stands in its place, and keeps the focus Retry had.
      const loadMore = grid.getByRole('button', { name: 'Load more' });
      await expect.element(loadMore).toHaveFocus();
      await expect.element(loadMore).not.toHaveAttribute('aria-busy');
      // The page came: the list goes on growing as before (the third page is asked for near the end).
      container.scrollTop = container.scrollHeight;
      await expect.poll(() => pagesAsked()).toContain('200');
      await expect.element(grid.getByText('All 240 events loaded')).toBeInTheDocument();
    },
  );
});
