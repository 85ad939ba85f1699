// The column metadata failing (a 503 after the retries) left the log on the standard columns without a word: the
// tenant's own columns were gone from the table, the filters and the export. A notice says so, with a Retry.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
const noticeName = 'The columns could not be loaded.';

async function renderLog(options?: Parameters<typeof renderAudit>[1]) {
  // The table places the notice before its grid, so a layout of the host's own parts has it too.
  const rendered = await renderAudit(<AuditTable />, options);
  const { screen } = rendered;
  return {
    ...rendered,
    grid: screen.getByRole('grid', { name: 'Audit events' }),
    notice: screen.getByRole('group', { name: noticeName }),
    said: screen.getByRole('status').filter({ hasText: noticeName }),
  };
}

describe('ColumnsFailedNotice', () => {
  it('says the columns could not be loaded and the standard ones are shown; Retry brings the tenant’s', async () => {
    api().setScenario({ status: { metadata: 503 } });
    const { screen, grid, notice, said } = await renderLog();
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await expect.element(notice).toBeVisible();
    await expect.element(notice).toHaveTextContent(/Service unavailable|503/);
    await expect.element(notice).toHaveTextContent('The standard columns are shown');
    // Said politely, in a region there from the first render.
    await expect.element(said).toBeInTheDocument();
    expect(grid.getByRole('columnheader', { name: /Resource/ }).query()).toBeNull();
    expect(await axeViolations(screen.container)).toEqual([]);

    api().resetScenario();
    const retry = notice.getByRole('button', { name: 'Retry' });
    (retry.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(notice).not.toBeInTheDocument();
    await expect.element(grid.getByRole('columnheader', { name: /Resource/ })).toBeVisible();
    expect(said.query()).toBeNull();
    // Focus does not fall to the page's body with the notice: it goes to the grid.
    await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
  });

  it('keeps Retry and its focus while a Retry fails again', async () => {
    api().setScenario({ status: { metadata: 500 } });
    const { screen, grid, notice } = await renderLog();
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    const retry = notice.getByRole('button', { name: 'Retry' });
    await expect.element(retry).toBeVisible();
    api().setScenario({ status: { metadata: 500 }, latencyMs: 300 });
    (retry.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(retry).toHaveAttribute('aria-busy', 'true');
    // The rows stay on the standard columns meanwhile: the table showed its skeleton while the columns were asked.
    expect(grid.getByRole('button', { name: /^Details of / }).elements().length).toBeGreaterThan(0);
    await expect.element(retry).not.toHaveAttribute('aria-busy');
    await expect.element(retry).toHaveFocus();
    await expect.element(notice).toBeVisible();
    // Said again, in the region emptied while the Retry was on its way.
    await expect.element(screen.getByRole('status').filter({ hasText: noticeName })).toBeInTheDocument();
  });

  it('shows nothing while the metadata loads, nor once it has loaded', async () => {
    api().setScenario({ latencyMs: 300 });
    const { grid, notice, said } = await renderLog();
    expect(notice.query()).toBeNull();
    expect(said.query()).toBeNull();
    await expect.element(grid.getByRole('columnheader', { name: /Resource/ })).toBeVisible();
    expect(notice.query()).toBeNull();
    expect(said.query()).toBeNull();
  });

  it('offers no Retry for a 403', async () => {
    api().setScenario({ status: { metadata: 403 } });
    const { notice } = await renderLog();
    await expect.element(notice).toBeVisible();
    expect(notice.getByRole('button').query()).toBeNull();
  });
});
