// The count shown is news only while the check goes on: when a poll fails after a count (Query keeps the last one)
// or the browser goes offline (Query holds the poll, with no error), the notice says the check failed.
import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { NewEventsNotice } from './NewEventsNotice.tsx';
import { fastPolling } from '../test/fastPolling.ts';

// Each 5 s interval elapses in 250 ms.
fastPolling();
const api = setupMockApi();

async function renderNotice() {
  const view = await renderAudit(
    <>
      <NewEventsNotice interval={5_000} />
      <AuditTable />
    </>,
  );
  await expect.element(view.screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
  return view;
}

describe('NewEventsNotice when the check stops', () => {
  it('says the check failed beside a count it can no longer update, until a poll answers again', async () => {
    const { screen, client } = await renderNotice();
    for (const action of ['one', 'two', 'three']) {
      await client.create({ severity: 'Info', action: `notice.failed.${action}` });
    }
    const status = screen.getByRole('status');
    await expect.element(status.getByText('3 new events')).toBeVisible();

    // The token expired: every poll now answers 401, while more events arrive.
    api().setScenario({ status: { list: 401 } });
    await client.create({ severity: 'Info', action: 'notice.failed.four' });
    await client.create({ severity: 'Info', action: 'notice.failed.five' });
    await expect.element(status.getByText('New events could not be checked.')).toBeVisible();
    // The last count stays, with the failure said beside it, and "Show them" still shows what is known.
    await expect.element(status.getByText('3 new events')).toBeVisible();
    await expect.element(status.getByRole('button', { name: 'Show them' })).toBeVisible();
    // Two boxes, apart: the failure is not drawn as a second border of the count's box.
    const countBox = status.getByText('3 new events').element().parentElement!.getBoundingClientRect();
    const failedBox = status.getByText('New events could not be checked.').element().getBoundingClientRect();
    expect(failedBox.top).toBeGreaterThanOrEqual(countBox.bottom + 2);

    api().resetScenario();
    await expect.element(status.getByText('5 new events')).toBeVisible();
    await expect.element(status.getByText('New events could not be checked.')).not.toBeInTheDocument();
  });

  it('says the check failed while the browser is offline, and counts again once it is back', async () => {
    const { screen, client } = await renderNotice();
    const status = screen.getByRole('status');
    try {
      window.dispatchEvent(new Event('offline'));
      await expect.element(status.getByText('New events could not be checked.')).toBeVisible();
    } finally {
      window.dispatchEvent(new Event('online'));
    }
    // Back online the table is asked again (Query refetches on reconnect), and the check goes on.
    await expect.element(status.getByText('New events could not be checked.')).not.toBeInTheDocument();
    await client.create({ severity: 'Info', action: 'notice.offline.one' });
    await expect.element(status.getByText('1 new event')).toBeVisible();
  });
});
