import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { NewEventsNotice } from './NewEventsNotice.tsx';

setupMockApi();

describe('NewEventsNotice', () => {
  it('counts events newer than the newest on screen and shows them on request', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={250} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('table').getByRole('row').nth(20)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show them' }).elements()).toHaveLength(0);
    await client.create({ severity: 'High', action: 'notice.test.first' });
    await client.create({ severity: 'Info', action: 'notice.test.second' });
    await expect.element(screen.getByText('2 new events')).toBeVisible();
    await screen.getByRole('button', { name: 'Show them' }).click();
    await expect.element(screen.getByRole('table').getByText('notice.test.second')).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Show them' })).not.toBeInTheDocument();
  });
});
