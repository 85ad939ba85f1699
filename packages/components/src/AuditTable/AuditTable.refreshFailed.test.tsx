// Rows from an earlier answer kept after asking again for them failed (the window regaining focus, a refresh): a
// notice above the table says they could not be refreshed, why and as of when, with a Retry; it used to say
// nothing, and a user read the old rows as current.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Pagination } from '../Pagination/Pagination.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
const noticeName = 'The events could not be refreshed.';

/**
 * A table of 20 rows whose refresh then fails as `scenario` says: the grid, the notice, and the rest of the
 * render's result.
 */
async function refreshFailing(
  scenario: Parameters<ReturnType<typeof api>['setScenario']>[0],
  options?: Parameters<typeof renderAudit>[1],
) {
  const rendered = await renderAudit(<AuditTable />, options);
  const grid = rendered.screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('row').nth(20)).toBeInTheDocument();
  api().setScenario(scenario);
  await rendered.queryClient.invalidateQueries();
  return { ...rendered, grid, notice: rendered.screen.getByRole('group', { name: noticeName }) };
}

describe('AuditTable when asking again for the rows shown fails', () => {
  it.each(['pages', 'infinite'] as const)(
    'keeps the rows, says so with why and as of when, and Retry brings the new rows (%s)',
    async (paging) => {
      // The test's QueryClient is handed to the provider alone, as a host may: the provider mounts it, so the
      // window regaining focus asks again.
      const { screen, client, queryClient } = await renderAudit(<AuditTable paging={paging} />);
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
      // The table's count, not the infinite list's foot ("100 of 240 events loaded").
      const count = screen.getByRole('status').filter({ hasText: /^240 events$/ });
      await expect.element(count).toBeInTheDocument();
      const notice = screen.getByRole('group', { name: noticeName });
      expect(notice.query()).toBeNull();

      api().setScenario({ status: { list: 503 } });
      // Pages: what TanStack Query reads as the window regaining focus, on which the page is asked again. An
      // infinite list is asked nothing then (it would be every page loaded): its lists are marked stale instead,
      // as creating an event does.
      if (paging === 'pages') window.dispatchEvent(new Event('visibilitychange'));
      else void queryClient.invalidateQueries();
      await expect.element(notice).toBeVisible();
      await expect.element(notice).toHaveTextContent(/Service unavailable|503/);
      // As of when the rows are: today (the mock's answers are not dated, the browser's clock is).
      const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(),
      );
      await expect.element(notice).toHaveTextContent(`The events shown are as of ${today}`);
      await expect.element(notice).toHaveTextContent('may be out of date');
      // The rows stay, and no error state replaces them.
      expect(grid.getByRole('button', { name: /^Details of / }).elements().length).toBeGreaterThan(0);
      expect(screen.getByText('The audit log could not be loaded.').query()).toBeNull();
      // Said politely in the table's one status region, in the count's place, not beside it.
      const said = screen.getByRole('status').filter({ hasText: noticeName });
      await expect.element(said).toBeInTheDocument();
      expect(
        screen
          .getByRole('status')
          .filter({ hasText: /^240 events$/ })
          .query(),
      ).toBeNull();
      expect(screen.getByRole('alert').query()).toBeNull();
      expect(await axeViolations(screen.container)).toEqual([]);

      await client.create({ severity: 'Info', action: 'Recorded while the list failed' });
      api().resetScenario();
      const retry = notice.getByRole('button', { name: 'Retry' });
      (retry.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await expect.element(notice).not.toBeInTheDocument();
      await expect.element(grid.getByText('Recorded while the list failed').first()).toBeVisible();
      await expect
        .element(screen.getByRole('status').filter({ hasText: /^241 events$/ }))
        .toBeInTheDocument();
      // Focus does not fall to the page's body with the notice: it goes to the grid, where the new rows are.
      await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
    },
  );

  it('keeps Retry and its focus while a Retry fails again, and says the failure again', async () => {
    const { screen, grid, notice } = await refreshFailing({ status: { list: 500 } });
    const retry = notice.getByRole('button', { name: 'Retry' });
    await expect.element(retry).toBeVisible();
    const region = screen.getByRole('status').filter({ hasText: noticeName }).element();
    // Every text the region holds on the way: emptied while the Retry is on its way, then the failure again.
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(region.textContent ?? ''));
    watch.observe(region, { childList: true, subtree: true, characterData: true });
    api().setScenario({ status: { list: 500 }, latencyMs: 300 });
    (retry.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(retry).toHaveAttribute('aria-busy', 'true');
    await expect.element(retry).not.toHaveAttribute('aria-busy');
    watch.disconnect();
    expect(seen[0]).toBe('');
    expect(seen.at(-1)).toContain(noticeName);
    await expect.element(retry).toHaveFocus();
    expect(grid.getByRole('row').elements()).toHaveLength(21);
  });

  it('offers no Retry when the permission is gone (403), and says that instead of a status code', async () => {
    const { notice } = await refreshFailing({ status: { list: 403 } });
    await expect.element(notice).toHaveTextContent('You do not have permission to view the audit log.');
    expect(notice.getByRole('button').query()).toBeNull();
  });

  it('moves focus to the grid when a Retry is answered by a 403 and the notice loses its Retry', async () => {
    const { grid, notice } = await refreshFailing({ status: { list: 503 } });
    const retry = notice.getByRole('button', { name: 'Retry' });
    await expect.element(retry).toBeVisible();
    api().setScenario({ status: { list: 403 } });
    (retry.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(notice).toHaveTextContent('You do not have permission to view the audit log.');
    expect(notice.getByRole('button').query()).toBeNull();
    await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
  });

  it('says it in dark as well, with no contrast or other axe violation', async () => {
    const { screen, notice } = await refreshFailing(
      { status: { list: 429 }, retryAfterSeconds: 12 },
      { theme: 'dark' },
    );
    await expect.element(notice).toHaveTextContent('try again in 12 seconds');
    await expect.element(notice).toHaveTextContent(/Trace ID: \S+/);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('is not shown for a failed next page, which has its own alert (infinite)', async () => {
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    api().setScenario({ status: { list: 500 } });
    const container = grid.element().parentElement!;
    container.style.maxHeight = '400px';
    container.scrollTop = container.scrollHeight;
    await expect.element(grid.getByRole('alert')).toHaveTextContent('The next events could not be loaded.');
    expect(screen.getByRole('group', { name: noticeName }).query()).toBeNull();
  });

  it("does not keep the previous page's rows under a page that failed: the error takes their place", async () => {
    const { screen } = await renderAudit(
      <>
        <AuditTable />
        <Pagination />
      </>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('row').nth(20)).toBeInTheDocument();
    api().setScenario({ status: { list: 500 } });
    await screen.getByRole('button', { name: 'Next page' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The audit log could not be loaded.');
    expect(grid.getByRole('button', { name: /^Details of / }).elements()).toHaveLength(0);
    expect(screen.getByRole('group', { name: noticeName }).query()).toBeNull();
  });
});
