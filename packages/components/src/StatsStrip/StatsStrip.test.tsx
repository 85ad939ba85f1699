import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe.ts';
import { overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { StatsStrip } from './StatsStrip.tsx';

const api = setupMockApi();

/**
 * The strip above a paragraph, still loading: the strip, and `moved()`, how far the paragraph has moved since.
 * Each test changes the strip's state and then checks nothing below it moved.
 */
async function stripAboveParagraph() {
  const { screen } = await renderAudit(
    <>
      <StatsStrip />
      <p>Below the strip</p>
    </>,
  );
  const list = screen.getByRole('region', { name: 'Audit summary' });
  await expect.element(list).toHaveAttribute('aria-busy', 'true');
  const below = screen.getByText('Below the strip').element();
  const before = below.getBoundingClientRect().top;
  return { list, moved: () => below.getBoundingClientRect().top - before };
}

describe('StatsStrip', () => {
  it("shows today's events and this week's severe ones as a labelled region", async () => {
    const { screen, client } = await renderAudit(<StatsStrip />, { theme: 'dark' });
    const stats = await client.stats();
    const list = screen.getByRole('region', { name: 'Audit summary' });
    await expect.element(list.getByRole('term').first()).toHaveTextContent('Events today');
    await expect
      .element(list.getByRole('definition').first())
      .toHaveTextContent(stats.totalToday!.toLocaleString('en-US'));
    await expect
      .element(list.getByRole('definition').nth(1))
      .toHaveTextContent(stats.severeThisWeek!.toLocaleString('en-US'));
    expect(await axeViolations(list.element())).toEqual([]);
  });

  it('holds its place while the stats load, so nothing below it moves when they come', async () => {
    api().setScenario({ latencyMs: 400 });
    const { list, moved } = await stripAboveParagraph();
    await expect.element(list.getByRole('term').first()).toHaveTextContent('Events today');
    await expect.element(list.getByRole('definition').first()).toHaveTextContent(/\d/);
    expect(list.element().getAttribute('aria-busy')).toBeNull();
    expect(moved()).toBe(0);
    expect(await axeViolations(list.element())).toEqual([]);
  });

  it('keeps its place when the stats fail, each count read as not available', async () => {
    api().setScenario({ latencyMs: 400, status: { stats: 500 } });
    const { list, moved } = await stripAboveParagraph();
    await expect.poll(() => requests.some((url) => url.pathname.endsWith('/audits/stats'))).toBe(true);
    await expect.element(list.getByRole('definition').first()).toHaveTextContent('Not available');
    await expect.element(list.getByRole('definition').nth(1)).toHaveTextContent('Not available');
    expect(list.element().getAttribute('aria-busy')).toBeNull();
    expect(moved()).toBe(0);
    expect(await axeViolations(list.element())).toEqual([]);
  });

  // One count sent as text lost both: the whole answer failed, and the good count with it.
  it('shows the count an answer gives and "Not available" for the one it gives as no count', async () => {
    overrideMock(http.get('*/audits/stats', () => HttpResponse.json({ totalToday: 5, severeThisWeek: '3' })));
    const { screen } = await renderAudit(<StatsStrip />);
    const list = screen.getByRole('region', { name: 'Audit summary' });
    await expect.element(list.getByRole('definition').first()).toHaveTextContent('5');
    // Not a placeholder waiting forever: that count will not come by waiting.
    await expect.element(list.getByRole('definition').nth(1)).toHaveTextContent('Not available');
    expect(list.element().getAttribute('aria-busy')).toBeNull();
    expect(await axeViolations(list.element())).toEqual([]);
  });
});
