// What a keyboard and screen reader user gets inside the open export dialog: the export's progress and outcome
// spoken from a live region in the dialog (the page behind a modal dialog is out of the accessibility tree), and
// focus kept on a control when Download and Cancel give way to each other.
import { MAX_LATENCY_MS } from '@auditkit/mock-api';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { startExportWithoutTotal } from '../test/startExportWithoutTotal.tsx';
import { ExportButton } from './ExportButton.tsx';

const api = setupMockApi();

describe('ExportButton in its dialog', () => {
  it('announces the outcome from a status region inside the open dialog, and once only when it is closed', async () => {
    const { screen } = await renderAudit(
      <>
        <ExportButton target="blob" saveBlob={vi.fn()} />
        <AuditTable />
      </>,
    );
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Export complete: 240 events');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    // Closed: the one region beside the button, no copy left anywhere.
    expect(screen.getByRole('status').filter({ hasText: 'Export complete' }).elements()).toHaveLength(1);
  });

  it('moves focus from Download to Cancel, and back to Download when the export is cancelled', async () => {
    // Slow enough that the export is still running when the focus is checked.
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={vi.fn()} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    const download = dialog.getByRole('button', { name: 'Download' });
    (download.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const cancel = dialog.getByRole('button', { name: 'Cancel export' });
    await expect.element(cancel).toBeVisible();
    await expect.poll(() => document.activeElement).toBe(cancel.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByText('Export cancelled; no file was saved.')).toBeVisible();
    await expect.poll(() => document.activeElement).toBe(download.element());
  });

  it('says the rows written so far, not "0% complete", while an export with no total from the server runs', async () => {
    const { screen, dialog } = await startExportWithoutTotal(api);
    // The first batch written: the bar (named by the visible progress) counts its rows.
    const written = /^Exported [1-9][\d,]* of … events$/;
    await expect.element(dialog.getByRole('progressbar', { name: written })).toBeInTheDocument();
    const status = dialog.getByRole('status');
    await expect.element(status).toHaveTextContent(written);
    expect(status.element().textContent).not.toMatch(/%/);
    // Closed, the page's own region beside the button says the same while the export goes on.
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    const page = screen.getByRole('status').filter({ hasText: written });
    await expect.element(page).toBeInTheDocument();
    expect(screen.getByRole('status').filter({ hasText: '%' }).elements()).toHaveLength(0);
  });
});
