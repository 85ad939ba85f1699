import { defaultAuditQuery } from '@auditkit/headless';
import { demoIdentities } from '@auditkit/mock-api';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ExportButton } from './ExportButton.tsx';

const api = setupMockApi();

describe('ExportButton', () => {
  it('downloads every matching event with the visible columns in order, ending with the row count', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(
      <>
        <ExportButton target="blob" saveBlob={saveBlob} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('columnheader', { name: 'Resource' })).toBeVisible();
    const trigger = screen.getByRole('button', { name: 'Export CSV' });
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await expect.element(dialog.getByRole('radio', { name: 'Visible columns, in order' })).toBeChecked();
    expect(await axeViolations(dialog.element())).toEqual([]);
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    expect(saveBlob).toHaveBeenCalledTimes(1);
    const [blob, name] = saveBlob.mock.calls[0]!;
    expect(name).toMatch(/\.csv$/);
    const lines = (await blob.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Time,User,Action,Description,IP Address,Resource');
    expect(lines).toHaveLength(241);
  });

  it('neutralises spreadsheet formulas in the downloaded file by default', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen, client } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />, {
      state: { defaultValue: { ...defaultAuditQuery, search: 'formula-probe' } },
    });
    await client.create({
      severity: 'Info',
      action: '=HYPERLINK("https://evil.example","x")',
      description: 'formula-probe',
    });
    await client.create({ severity: 'Info', action: '@SUM(1+9)', description: 'formula-probe' });
    await screen.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 2 events')).toBeVisible();
    const text = await saveBlob.mock.calls[0]![0].text();
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(text).toContain(`'@SUM(1+9)`);
    expect(text).not.toMatch(/(^|,)[=@]/m);
  });

  it('exports all columns when the user picks them', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await dialog.getByRole('radio', { name: 'All columns' }).click();
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText(/Export complete/)).toBeVisible();
    const header = (await saveBlob.mock.calls[0]![0].text()).split('\r\n')[0];
    expect(header).toBe(
      'Time,User,Action,Description,IP Address,Severity,User Agent,Json Data,Resource,Region',
    );
  });

  it('shows progress and cancels, leaving no file', async () => {
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: 400 });
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await expect.element(dialog.getByText(/Exported \d+ of/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.element(dialog.getByText('Export cancelled; no file was saved.')).toBeVisible();
    expect(saveBlob).not.toHaveBeenCalled();
  });

  it('states a broken-off export as an error with a retry, never a short file', async () => {
    api().setScenario({ exportStream: 'broken', exportBreakAfterRows: 50 });
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByRole('alert')).toHaveTextContent(/Export failed/);
    expect(saveBlob).not.toHaveBeenCalled();
    api().resetScenario();
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    expect(saveBlob).toHaveBeenCalledTimes(1);
  });

  it('is disabled, saying why, for a user who may not read the audit log', async () => {
    const { screen } = await renderAudit(
      <>
        <ExportButton />
        <AuditTable />
      </>,
      { identity: demoIdentities.tenantAViewer },
    );
    const trigger = screen.getByRole('button', { name: 'Export CSV' });
    await expect.element(trigger).toBeDisabled();
    await expect
      .element(trigger)
      .toHaveAccessibleDescription('You do not have permission to export audit events.');
  });
});
