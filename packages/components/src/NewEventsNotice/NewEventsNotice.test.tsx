import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ExportButton } from '../ExportButton/ExportButton.tsx';
import { listsWithoutTotal, requests, setupMockApi } from '../test/mockApi.ts';
import { axeViolations } from '../test/axe.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { NewEventsNotice } from './NewEventsNotice.tsx';
import { fastPolling } from '../test/fastPolling.ts';

// Each 5 s interval elapses in 250 ms.
fastPolling();
const api = setupMockApi();

describe('NewEventsNotice', () => {
  it('counts events newer than the newest on screen and shows them on request', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show them' }).elements()).toHaveLength(0);
    await client.create({ severity: 'High', action: 'notice.test.first' });
    await client.create({ severity: 'Info', action: 'notice.test.second' });
    await expect.element(screen.getByText('2 new events')).toBeVisible();
    await screen.getByRole('button', { name: 'Show them' }).click();
    await expect.element(screen.getByRole('grid').getByText('notice.test.second')).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Show them' })).not.toBeInTheDocument();
  });

  it('says when the check for new events fails, instead of showing nothing as if none came, until one answers', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    // The token expired, or the network went: the table keeps its rows, the poll fails.
    api().setScenario({ status: { list: 500 } });
    const failed = screen.getByText('New events could not be checked.');
    await expect.element(failed).toBeVisible();
    expect(await axeViolations(document.querySelector('.auditkit')!)).toEqual([]);
    api().resetScenario();
    await client.create({ severity: 'High', action: 'notice.test.after-failure' });
    await expect.element(screen.getByText('1 new event')).toBeVisible();
    await expect.element(failed).not.toBeInTheDocument();
  });

  it('in infinite mode, "Show them" brings the new events into the infinite list, and no page of 20 is asked (bug 2)', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <ExportButton />
        <AuditTable paging="infinite" />
      </>,
      { state: { paging: 'infinite' } },
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(3)).toBeInTheDocument();
    await client.create({ severity: 'High', action: 'notice.infinite.new' });
    await expect.element(screen.getByText(/^1 new event/)).toBeVisible();
    await screen.getByRole('button', { name: 'Show them' }).click();
    await expect.element(screen.getByRole('grid').getByText('notice.infinite.new')).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Show them' })).not.toBeInTheDocument();
    // Every list request is the infinite list's (100 a request) or the notice's count=1 poll.
    const lists = requests.filter((url) => url.pathname.endsWith('/audits/resources/audits/v2'));
    expect(lists.map((url) => url.searchParams.get('count')).filter((count) => count !== '1')).not.toContain(
      '20',
    );
  });

  it('says "New events", not "1 new event", when the server sends no count', async () => {
    listsWithoutTotal();
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    await client.create({ severity: 'High', action: 'notice.uncounted.first' });
    await client.create({ severity: 'Info', action: 'notice.uncounted.second' });
    // The poll asks for one event: without a count that says there are new ones, not how many.
    await expect.element(screen.getByText('New events', { exact: true })).toBeVisible();
    await screen.getByRole('button', { name: 'Show them' }).click();
    await expect.element(screen.getByRole('grid').getByText('notice.uncounted.second')).toBeVisible();
  });
});
