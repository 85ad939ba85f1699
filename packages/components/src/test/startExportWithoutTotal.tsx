// An export of 600 events whose list answers carry no total, for the tests of what it shows and says meanwhile.
import { demoIdentities, type MockAuditApi } from '@auditkit/mock-api';
import { vi } from 'vitest';
import { ExportButton } from '../ExportButton/ExportButton.tsx';
import { listsWithoutTotal } from './mockApi.ts';
import { renderAudit } from './renderAudit.tsx';

/**
 * Renders an `ExportButton` and starts an export from its dialog with no total from the server: two batches of
 * rows (500 a batch), each after 3 s, so the first is written while the export still runs.
 */
export async function startExportWithoutTotal(api: () => MockAuditApi) {
  listsWithoutTotal();
  api().setScenario({
    exportStream: 'slow',
    exportChunkDelayMs: 3000,
    eventsPerTenant: { [demoIdentities.tenantAAdmin.tenantId]: 600 },
  });
  const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={vi.fn()} />);
  await screen.getByRole('button', { name: 'Export' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Download' }).click();
  return { screen, dialog };
}
