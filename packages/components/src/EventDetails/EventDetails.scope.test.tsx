// Open details panels share the table's one disclosure scope: each panel's cells need keys of their own there,
// or their tooltips share an id and one panel's time is described by another's relative time.
import { defaultAuditColumns } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { AuditTableView } from '../AuditTable/AuditTableView.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';

setupMockApi();

const event = {
  createdAt: '2026-11-25T10:00:00.000Z',
  email: 'ada@acme.test',
  description: 'Changed a role',
  ip: '81.2.69.142',
  severity: 'High',
};

describe('EventDetails in the table', () => {
  it('describes each open panel’s times by their own relative time, not by another panel’s', async () => {
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    const minute = 60_000;
    const events = [
      { ...event, frontegg_id: 'evt-a', action: 'Role changed', createdAt: ago(5 * minute) },
      {
        ...event,
        frontegg_id: 'evt-b',
        action: 'User invited',
        createdAt: ago(3 * 24 * 60 * minute),
        reviewedAt: ago(2 * 60 * minute),
      },
    ];
    // A second Timestamp column, so one panel holds two times.
    const columns = [
      ...defaultAuditColumns,
      { name: 'reviewedAt', displayName: 'Reviewed', type: 'Timestamp', showInTable: false },
    ];
    const { screen } = await renderAudit(
      <AuditTableView
        events={events}
        columns={columns}
        sort={{ column: 'createdAt', direction: 'desc' }}
        onSortChange={() => {}}
      />,
    );
    await screen.getByRole('button', { name: /^Details of Role changed/ }).click();
    await screen.getByRole('button', { name: /^Details of User invited/ }).click();
    const first = screen.getByRole('region', { name: /^Details of Role changed/ });
    const second = screen.getByRole('region', { name: /^Details of User invited/ });
    await expect.element(first.getByRole('time')).toHaveAccessibleDescription('5 minutes ago');
    await expect.element(second.getByRole('time').nth(0)).toHaveAccessibleDescription('3 days ago');
    await expect.element(second.getByRole('time').nth(1)).toHaveAccessibleDescription('2 hours ago');
  });
});
