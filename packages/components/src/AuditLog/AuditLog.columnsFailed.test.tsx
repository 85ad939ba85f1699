// The column metadata failing after its retries (a 503) left the log on the standard columns without a word: the
// tenant's own columns were missing from the table, the filters and "export all columns". The log says so above
// the table, with a Retry; nothing shows while the metadata loads or once it has come.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

const api = setupMockApi();
const noticeName = 'The columns could not be loaded.';

describe('<AuditLog> when the column metadata could not be loaded', () => {
  it('says the standard columns are shown, and its Retry brings the tenant’s own', async () => {
    // No wait between the retries the log makes by itself.
    api().setScenario({ status: { metadata: 503 }, retryAfterSeconds: 0 });
    const screen = await renderAuditLog();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const notice = screen.getByRole('group', { name: noticeName });
    await expect.element(notice).toBeVisible();
    await expect.element(notice).toHaveTextContent('The standard columns are shown');
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    expect(grid.getByRole('columnheader', { name: /Resource/ }).query()).toBeNull();

    api().resetScenario();
    const retry = notice.getByRole('button', { name: 'Retry' });
    (retry.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(grid.getByRole('columnheader', { name: /Resource/ })).toBeVisible();
    await expect.element(notice).not.toBeInTheDocument();
    await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
  });

  // The grid was looked for in the notice's next sibling alone: with a linked event's status between them (or the
  // refresh notice), focus fell to the page's body once the notice left.
  it('gives focus to the grid after its Retry with a linked event’s status in between', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.event=no-such-event`);
    api().setScenario({ status: { metadata: 503 }, retryAfterSeconds: 0 });
    const screen = await renderAuditLog({ urlState: true });
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const notice = screen.getByRole('group', { name: noticeName });
    await expect.element(notice).toBeVisible();
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'The linked event is not in this list' }))
      .toBeInTheDocument();
    api().resetScenario();
    (notice.getByRole('button', { name: 'Retry' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(notice).not.toBeInTheDocument();
    await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
    history.replaceState(null, '', location.pathname);
  });

  // A server that is down fails both: the table's message and the columns' notice each had a Retry, two buttons of
  // one name for one problem (and the table's alone left the columns failed).
  it('gives way to the table’s own error when the events fail too; that Retry brings both back', async () => {
    api().setScenario({ status: { list: 503, metadata: 503 }, retryAfterSeconds: 0 });
    const screen = await renderAuditLog();
    await expect.element(screen.getByText('The audit log could not be loaded.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' }).elements()).toHaveLength(1);
    expect(screen.getByRole('group', { name: noticeName }).query()).toBeNull();

    api().resetScenario();
    await screen.getByRole('button', { name: 'Retry' }).click();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('columnheader', { name: /Resource/ })).toBeVisible();
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    expect(screen.getByRole('group', { name: noticeName }).query()).toBeNull();
  });

  it('shows no notice when the metadata loads', async () => {
    const screen = await renderAuditLog();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('columnheader', { name: /Resource/ })).toBeVisible();
    expect(screen.getByRole('group', { name: noticeName }).query()).toBeNull();
    expect(screen.getByText(noticeName).query()).toBeNull();
  });
});
