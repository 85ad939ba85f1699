// Two columns the metadata displays alike (`region` and `Region`, both "Region") showed two identical checkboxes
// and move buttons in the picker and two identical headers: the column's name now tells them apart.
import { defaultAuditColumns } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ExportButton } from '../ExportButton/ExportButton.tsx';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();

const custom = (name: string, displayName: string) => ({
  ...defaultAuditColumns[2]!,
  name,
  displayName,
  showInTable: true,
  isPredefined: false,
});

/** Metadata with `region` and `Region`, displayed "Region" and " region ". */
const serveRegionTwice = () =>
  overrideMock(
    http.get('*/metadata', () =>
      HttpResponse.json({
        rows: [
          {
            entityName: 'audits',
            properties: [...defaultAuditColumns, custom('region', 'Region'), custom('Region', ' region ')],
          },
        ],
      }),
    ),
  );

describe('two columns displayed alike', () => {
  it('get distinct names in the picker and distinct headers, others keep theirs', async () => {
    serveRegionTwice();
    const { screen } = await renderAudit(
      <>
        <ColumnPicker />
        <AuditTable />
      </>,
    );
    const table = screen.getByRole('grid', { name: 'Audit events' });
    for (const name of ['Region (region)', 'region (Region)'])
      await expect.element(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
    await expect.element(table.getByRole('columnheader', { name: 'Action', exact: true })).toBeVisible();

    await screen.getByRole('button', { name: 'Columns' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
    for (const name of ['Region (region)', 'region (Region)']) {
      await expect.element(dialog.getByRole('checkbox', { name, exact: true })).toBeChecked();
      await expect
        .element(dialog.getByRole('button', { name: `Move ${name} up`, exact: true }))
        .toBeVisible();
    }
    await expect.element(dialog.getByRole('checkbox', { name: 'Action', exact: true })).toBeChecked();

    // Each checkbox hides its own column.
    await dialog.getByRole('checkbox', { name: 'region (Region)', exact: true }).click();
    await expect
      .element(table.getByRole('columnheader', { name: 'region (Region)', exact: true }))
      .not.toBeInTheDocument();
    await expect
      .element(table.getByRole('columnheader', { name: 'Region (region)', exact: true }))
      .toBeVisible();
  });

  it('get distinct names in the CSV header row (the export reads the same columns)', async () => {
    serveRegionTwice();
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(
      <>
        <ExportButton target="blob" saveBlob={saveBlob} />
        <AuditTable />
      </>,
    );
    // Both columns in the table: the metadata has arrived.
    await expect.poll(() => screen.getByRole('columnheader', { name: /region/i }).elements().length).toBe(2);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText(/Export complete/)).toBeVisible();
    const header = (await saveBlob.mock.calls[0]![0].text()).replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(header.split(',').slice(-2)).toEqual(['Region (region)', 'region (Region)']);
  });
});
