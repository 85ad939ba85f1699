// A filter ticked in its popover whose list then fails: the table's alert is on the page, out of the accessibility
// tree while the popover is open as a modal dialog, and the dialog's count region said nothing of a failed list.
// It says the error in the count's place, and only there while the dialog is open: on the page the alert says it.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { watchText } from '../test/watchText.ts';
import { FilterBar } from './FilterBar.tsx';

const api = setupMockApi();

describe('ResultCountRegion when the list fails', () => {
  it('says the error from inside the Severity dialog, and once on the page after it closes', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    api().setScenario({ status: { list: 500, listLegacy: 500 } });
    await screen.getByRole('button', { name: 'Severity', exact: true }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Info' }).click();
    await expect
      .element(dialog.getByRole('status').filter({ hasText: 'The audit log could not be loaded.' }))
      .toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    // Closed: the table's alert is the one place that says it (its polite count region says nothing).
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The audit log could not be loaded.');
    expect(screen.getByRole('status').filter({ hasText: 'could not be loaded' }).elements()).toHaveLength(0);
  });
});

// A tick whose answer has the same count (any filter of a log with no events): the dialog's region kept its text,
// so nothing was heard that the answer had come, and the table's region that says it again is behind the dialog.
describe('ResultCountRegion after a filter with the same count', () => {
  it('says the count again from inside the Severity dialog', async () => {
    api().setScenario({ emptyTenants: ['tenant-acme'] });
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('status').filter({ hasText: /^0 events$/ })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Severity', exact: true }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    await expect.element(dialog).toBeVisible();
    const watch = watchText(dialog.getByRole('status').element());
    const asked = requests.filter(isListRequest).length;
    await dialog.getByRole('checkbox', { name: 'Info' }).click();
    await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
    await expect.poll(() => watch.said).toEqual(['0 events']);
    watch.stop();
  });
});
