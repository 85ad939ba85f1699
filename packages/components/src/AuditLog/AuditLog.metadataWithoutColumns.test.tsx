// Metadata naming no column (`properties: []`) was taken as the tenant's columns: the table had no data column
// (only the expand button and the severity stripe) and nothing said why. It is now read as `{ rows: [] }` is:
// the standard columns, and the notice that the columns could not be loaded.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

describe('<AuditLog> on metadata that names no column', () => {
  it('shows the standard columns and says the columns could not be loaded', async () => {
    overrideMock(
      http.get('*/metadata', () => HttpResponse.json({ rows: [{ entityName: 'audits', properties: [] }] })),
    );
    const screen = await renderAuditLog();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const notice = screen.getByRole('group', { name: 'The columns could not be loaded.' });
    await expect.element(notice).toBeVisible();
    await expect.element(notice).toHaveTextContent('The standard columns are shown');
    await expect.element(grid.getByRole('columnheader', { name: /^Time/ })).toBeVisible();
    await expect.element(grid.getByRole('columnheader', { name: /^Action/ })).toBeVisible();
  });
});
