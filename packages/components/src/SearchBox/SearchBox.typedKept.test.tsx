// What the user types is never lost to a change made elsewhere during the pause before it applies (a time range
// picked at once): the box shows the new query's terms with the typed ones after them and applies both, so the box
// and the URL agree. Leaving the box ends the pause.
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
import { urlParam } from '../test/renderSearch.tsx';
import { SearchBox } from './SearchBox.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));

describe('SearchBox, text typed and not yet applied', () => {
  it('keeps the typed text when a time range is picked at once, and applies both', async () => {
    const screen = await renderAuditLog({ urlState: true, tenantId: 't', userId: 'u' });
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('grace');
    // Within the pause (400 ms), as fast as a user moves to the filter bar.
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Last 30 days');
    await expect.element(box).toHaveValue(expect.stringContaining('grace'));
    expect((box.element() as HTMLInputElement).value).toContain('created:30d');
    await expect.poll(() => urlParam('audit.q')).toBe('grace');
    expect(urlParam('audit.range')).toBe('30d');
    expect((box.element() as HTMLInputElement).value).toMatch(/^(created:30d grace|grace created:30d)$/);
  });

  it('applies what was typed when the box loses focus, without waiting for the pause', async () => {
    const { screen } = await renderAudit(
      <>
        <SearchBox debounceMs={60_000} />
        <button type="button">Elsewhere</button>
      </>,
      { state: { url: true } },
    );
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('grace');
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    await expect.poll(() => urlParam('audit.q')).toBe('grace');
    await expect.element(box).toHaveValue('grace');
  });
});
