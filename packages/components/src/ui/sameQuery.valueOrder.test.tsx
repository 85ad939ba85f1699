// A value ticked off and on again moves last among its column's: the same filters, matching the same events. Read
// as other filters, the export said they had changed since it started, of a file written from these very filters.
import { defaultAuditQuery } from '@auditkit/headless';
import { MAX_LATENCY_MS } from '@auditkit/mock-api';
import { expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ExportButton } from '../ExportButton/ExportButton.tsx';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';

const api = setupMockApi();

const moved = 'The filters changed after this export started: the file follows them as they were then.';

it('says no filter changed while an export runs when a severity is ticked off and on again', async () => {
  api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
  const { screen } = await renderAudit(
    <>
      <FilterBar />
      <ExportButton target="blob" saveBlob={vi.fn()} />
      <AuditTable />
    </>,
    { state: { defaultValue: { ...defaultAuditQuery, filters: { severity: ['High', 'Critical'] } } } },
  );
  await expect.element(screen.getByRole('status').filter({ hasText: /^\d+ events?$/ })).toBeInTheDocument();
  const exportButton = screen.getByRole('button', { name: 'Export' });
  await exportButton.click();
  const dialog = screen.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect.element(dialog.getByRole('progressbar')).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();

  await screen.getByRole('button', { name: 'Severity (2)' }).click();
  const severity = screen.getByRole('dialog', { name: 'Severity' });
  const high = severity.getByRole('checkbox', { name: 'High', exact: true });
  await high.click();
  await expect.element(high).not.toBeChecked();
  await high.click();
  await expect.element(high).toBeChecked();
  await userEvent.keyboard('{Escape}');
  // The same two severities, now in the other order.
  await expect
    .element(screen.getByRole('list', { name: 'Active filters' }))
    .toHaveTextContent(/Severity: Critical.*Severity: High/);

  await exportButton.click();
  await expect.element(dialog.getByRole('progressbar')).toBeVisible();
  expect(dialog.getByText(moved).elements()).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
});
