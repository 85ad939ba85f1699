// A column the metadata marks sortable whose name the API cannot sort by (`sortBy` must match `^[A-Za-z0-9_]+$`):
// its header offered a sort button, and a click showed it sorted while the request fell back to the newest first.
import { defaultAuditColumns } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

const custom = (name: string, displayName: string) => ({
  ...defaultAuditColumns[2]!,
  name,
  displayName,
  sortable: true,
  showInTable: true,
  isPredefined: false,
});

describe('a sortable column whose name the API cannot sort by', () => {
  it('has no sort button and no aria-sort in its header, while a sortable `action` keeps both', async () => {
    overrideMock(
      http.get('*/metadata', () =>
        HttpResponse.json({
          rows: [
            {
              entityName: 'audits',
              properties: [
                ...defaultAuditColumns,
                custom('geo.country', 'Country'),
                custom('x-request-id', 'Request ID'),
              ],
            },
          ],
        }),
      ),
    );
    const { screen } = await renderAudit(<AuditTable />);
    const table = screen.getByRole('grid', { name: 'Audit events' });
    const country = table.getByRole('columnheader', { name: 'Country', exact: true });
    await expect.element(country).toBeVisible();
    await expect.element(country.getByRole('button', { name: 'Country' })).not.toBeInTheDocument();
    await expect.element(country).not.toHaveAttribute('aria-sort');
    const requestId = table.getByRole('columnheader', { name: 'Request ID', exact: true });
    await expect.element(requestId.getByRole('button', { name: 'Request ID' })).not.toBeInTheDocument();
    await expect.element(requestId).not.toHaveAttribute('aria-sort');

    const action = table.getByRole('columnheader', { name: 'Action', exact: true });
    await expect.element(action).toHaveAttribute('aria-sort', 'none');
    await action.getByRole('button', { name: 'Action' }).click();
    await expect.element(action).toHaveAttribute('aria-sort', 'ascending');
  });
});
