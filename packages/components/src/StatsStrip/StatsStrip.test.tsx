import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe.ts';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { StatsStrip } from './StatsStrip.tsx';

const api = setupMockApi();

describe('StatsStrip', () => {
  it("shows today's events and this week's severe ones as a labelled region", async () => {
    const { screen, client } = await renderAudit(<StatsStrip />, { theme: 'dark' });
    const stats = await client.stats();
    const list = screen.getByRole('region', { name: 'Audit summary' });
    await expect.element(list.getByRole('term').first()).toHaveTextContent('Events today');
    await expect
      .element(list.getByRole('definition').first())
      .toHaveTextContent(stats.totalToday.toLocaleString('en-US'));
    await expect
      .element(list.getByRole('definition').nth(1))
      .toHaveTextContent(stats.severeThisWeek.toLocaleString('en-US'));
    expect(await axeViolations(list.element())).toEqual([]);
  });

  it('holds its place while the stats load, so nothing below it moves when they come', async () => {
    api().setScenario({ latencyMs: 400 });
    const { screen } = await renderAudit(
      <>
        <StatsStrip />
        <p>Below the strip</p>
      </>,
    );
    const list = screen.getByRole('region', { name: 'Audit summary' });
    await expect.element(list).toHaveAttribute('aria-busy', 'true');
    await expect.element(list.getByRole('term').first()).toHaveTextContent('Events today');
    const below = screen.getByText('Below the strip').element();
    const before = below.getBoundingClientRect().top;
    await expect.element(list.getByRole('definition').first()).toHaveTextContent(/\d/);
    expect(list.element().getAttribute('aria-busy')).toBeNull();
    expect(below.getBoundingClientRect().top).toBe(before);
    expect(await axeViolations(list.element())).toEqual([]);
  });

  it('stays out of the way when stats fail', async () => {
    api().setScenario({ status: { stats: 500 } });
    const { screen } = await renderAudit(<StatsStrip />);
    await expect.poll(() => requests.some((url) => url.pathname.endsWith('/audits/stats'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('region', { name: 'Audit summary' }).elements()).toHaveLength(0);
  });
});
