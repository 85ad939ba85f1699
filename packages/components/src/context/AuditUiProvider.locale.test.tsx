// The locale that formats dates and numbers: an embedder's `locale` prop comes from their backend or settings
// (`en_US`, empty), and a translation names only a language, while the reader's browser knows their region.
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

/** The text of the first event time in the grid, once its rows are there. */
async function firstTime(screen: Awaited<ReturnType<typeof renderAuditLog>>): Promise<string> {
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  return grid.element().querySelector('time')?.textContent ?? '';
}

describe('AuditUiProvider locale', () => {
  it.each(['en_US', ''])('shows the rows, counts and no error for locale %j', async (locale) => {
    const screen = await renderAuditLog({ locale });
    const region = screen.getByRole('region', { name: 'Audit log' });
    await expect
      .element(
        region
          .getByRole('grid', { name: 'Audit events' })
          .getByRole('button', { name: /^Details of / })
          .first(),
      )
      .toBeVisible();
    await expect
      .element(region.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    expect(region.getByRole('alert').elements()).toHaveLength(0);
  });

  it('formats an underscore locale as the tag it means (en_US is en-US)', async () => {
    const screen = await renderAuditLog({ locale: 'en_US' });
    expect(await firstTime(screen)).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M UTC$/);
  });
});
