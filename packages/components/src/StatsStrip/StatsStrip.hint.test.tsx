// "Severe this week" said nothing of what it counts: a reader could not tell it means High, Error or Critical
// events in the last 7 days. It says so under its name, seen and read alike, on a phone too.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import * as de from '../messages/de.ts';
import * as he from '../messages/he.ts';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { StatsStrip } from './StatsStrip.tsx';

setupMockApi();
afterEach(() => page.viewport(1400, 900));

describe('StatsStrip: what "Severe this week" counts', () => {
  it.each(['light', 'dark'] as const)(
    'says it under the term, visible on a phone, in AA contrast (%s)',
    async (theme) => {
      await page.viewport(360, 640);
      const { screen } = await renderAudit(<StatsStrip />, { theme });
      const strip = screen.getByRole('region', { name: 'Audit summary' });
      const severe = strip.getByRole('term').nth(1);
      // The term a screen reader reads before the count is the name and what it counts.
      await expect.element(severe).toHaveTextContent('Severe this week');
      await expect.element(severe).toHaveTextContent('High, Error, or Critical in the last 7 days');
      const hint = strip.getByText('High, Error, or Critical in the last 7 days');
      await expect.element(hint).toBeVisible();
      await expect.element(strip.getByRole('definition').nth(1)).toHaveTextContent(/\d/);
      // On its own line under the name, and inside the phone's width.
      const range = document.createRange();
      range.selectNodeContents(severe.element().firstChild!);
      const name = range.getBoundingClientRect();
      const box = hint.element().getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(name.bottom - 1);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(await axeViolations(strip.element())).toEqual([]);
    },
  );

  it('keeps the two counts level on a wide screen, the line under one name notwithstanding', async () => {
    const { screen } = await renderAudit(<StatsStrip />);
    const counts = screen.getByRole('region', { name: 'Audit summary' }).getByRole('definition');
    await expect.element(counts.nth(1)).toHaveTextContent(/\d/);
    const [today, severe] = counts.elements().map((count) => count.getBoundingClientRect().top);
    expect(Math.abs(today! - severe!)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['German', de, 'Hoch, Fehler oder Kritisch in den letzten 7 Tagen'],
    ['Hebrew', he, '\u2067גבוהה, שגיאה או קריטית\u2069 ב־7 הימים האחרונים'],
  ])('names the levels as the language’s severity filter does (%s)', async (_name, pack, hint) => {
    const { screen } = await renderAudit(<StatsStrip />, { messages: pack.messages, locale: pack.locale });
    const severe = screen.getByRole('region', { name: pack.messages.statsLabel }).getByRole('term').nth(1);
    await expect.element(severe).toHaveTextContent(pack.messages.severeThisWeek);
    await expect.poll(() => severe.element().textContent).toContain(hint);
  });
});
