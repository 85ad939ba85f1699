// "Events today" keeps up with the log while it stays open: asked again on an interval while the page is visible,
// and when "Show them" brings new events into the table beside it.
import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { NewEventsNotice } from '../NewEventsNotice/NewEventsNotice.tsx';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { StatsStrip } from './StatsStrip.tsx';
import { fastPolling } from '../test/fastPolling.ts';

// Each 5 s interval elapses in 250 ms.
fastPolling();
const api = setupMockApi();
const statsAsked = () => requests.filter((url) => url.pathname.endsWith('/audits/stats')).length;

describe('StatsStrip refresh', () => {
  it('counts an event that arrives while the page stays visible', async () => {
    const { screen, client } = await renderAudit(<StatsStrip interval={5_000} />);
    const totalToday = (await client.stats()).totalToday!;
    const today = screen.getByRole('region', { name: 'Audit summary' }).getByRole('definition').first();
    await expect.element(today).toHaveTextContent(totalToday.toLocaleString('en-US'));
    await client.create({ severity: 'Info', action: 'stats.refresh.interval' });
    await expect.element(today).toHaveTextContent((totalToday + 1).toLocaleString('en-US'));
  });

  it('counts the new events "Show them" brings into the table', async () => {
    const { screen, client } = await renderAudit(
      <>
        <StatsStrip interval={false} />
        <NewEventsNotice interval={5_000} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    const totalToday = (await client.stats()).totalToday!;
    const today = screen.getByRole('region', { name: 'Audit summary' }).getByRole('definition').first();
    await expect.element(today).toHaveTextContent(totalToday.toLocaleString('en-US'));
    await client.create({ severity: 'Info', action: 'stats.refresh.one' });
    await client.create({ severity: 'Info', action: 'stats.refresh.two' });
    await screen.getByRole('button', { name: 'Show them' }).click();
    await expect.element(screen.getByRole('grid').getByText('stats.refresh.two')).toBeVisible();
    await expect.element(today).toHaveTextContent((totalToday + 2).toLocaleString('en-US'));
  });

  // The counts of the last answer stayed after a failed refresh with no mark: they read as current.
  it('marks the counts it keeps stale when asking again fails, and current again once an answer comes', async () => {
    const { screen, client } = await renderAudit(<StatsStrip interval={5_000} />);
    const totalToday = (await client.stats()).totalToday!;
    const summary = screen.getByRole('region', { name: 'Audit summary' });
    const today = summary.getByRole('definition').first();
    await expect.element(today).toHaveTextContent(totalToday.toLocaleString('en-US'));
    expect(summary.element().getAttribute('data-state')).toBeNull();
    api().setScenario({ status: { stats: 500 } });
    // Said beside the counts, for the eye and a screen reader alike.
    await expect.element(summary.getByText('May be out of date')).toBeVisible();
    await expect.element(today).toHaveTextContent(totalToday.toLocaleString('en-US'));
    expect(summary.element().getAttribute('data-state')).toBe('stale');
    api().resetScenario();
    await expect.element(summary.getByText('May be out of date')).not.toBeInTheDocument();
    expect(summary.element().getAttribute('data-state')).toBeNull();
  });

  it('stops asking after a 403: asking again cannot give the permission back', async () => {
    api().setScenario({ status: { stats: 403 } });
    const { screen } = await renderAudit(<StatsStrip interval={5_000} />);
    const summary = screen.getByRole('region', { name: 'Audit summary' });
    await expect.element(summary.getByText('Not available').first()).toBeInTheDocument();
    // Two intervals and more.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(statsAsked()).toBe(1);
  });
});
