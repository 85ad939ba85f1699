// New events that arrive while one of the log's modal dialogs is open: the page behind it, the notice's own live
// region included, is out of the accessibility tree, so the count is said from inside the dialog. Only news: a
// dialog opened on a notice already showing starts silent.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ColumnPicker } from '../ColumnPicker/ColumnPicker.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ViewsMenu } from '../ViewsMenu/ViewsMenu.tsx';
import { NewEventsNotice } from './NewEventsNotice.tsx';
import { fastPolling } from '../test/fastPolling.ts';

// Each 5 s interval elapses in 250 ms.
fastPolling();
setupMockApi();

describe('NewEventsNotice while a dialog is open', () => {
  it('says the count from inside an open panel, and nothing is left there once it closes', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <ColumnPicker />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Columns' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Columns' });
    await expect.element(dialog).toBeVisible();
    await client.create({ severity: 'High', action: 'notice.dialog.first' });
    await expect.element(dialog.getByRole('status').filter({ hasText: '1 new event' })).toBeInTheDocument();
    await client.create({ severity: 'Info', action: 'notice.dialog.second' });
    await expect.element(dialog.getByRole('status').filter({ hasText: '2 new events' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    // Closed: the notice's own region on the page is the one place that holds it.
    expect(screen.getByRole('status').filter({ hasText: '2 new events' }).elements()).toHaveLength(1);
  });

  it('reaches the saved-views dialog too, and a dialog opened after the news starts silent', async () => {
    localStorage.clear();
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <ViewsMenu tenantId="t" userId="u" />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    await client.create({ severity: 'High', action: 'notice.views.first' });
    await expect.element(screen.getByText('1 new event')).toBeVisible();
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Save current view…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await expect.element(dialog).toBeVisible();
    expect(dialog.getByRole('status').filter({ hasText: 'new event' }).elements()).toHaveLength(0);
    await client.create({ severity: 'Info', action: 'notice.views.second' });
    await expect.element(dialog.getByRole('status').filter({ hasText: '2 new events' })).toBeInTheDocument();
  });
});
