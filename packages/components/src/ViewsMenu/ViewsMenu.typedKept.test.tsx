// A host's storage that answers slowly: what the user typed while the views loaded is not lost to their default view.
import type { AuditStoredViews, AuditViewStorage } from '@auditkit/headless';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ViewsMenu } from './ViewsMenu.tsx';

setupMockApi();
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});
const param = (key: string) => new URLSearchParams(location.search).get(key);

/** Renders a box, the views menu and the table on a storage whose views arrive when `release` is called. */
async function renderSlowViews(stored: AuditStoredViews) {
  let release: (() => void) | undefined;
  const storage: AuditViewStorage = {
    load: () => new Promise((resolve) => (release = () => resolve(structuredClone(stored)))),
    save: () => {},
  };
  const { screen } = await renderAudit(
    <>
      <SearchBox debounceMs={400} />
      <ViewsMenu tenantId="t" userId="u" storage={storage} />
      <AuditTable />
    </>,
    { state: { url: true } },
  );
  await expect.poll(() => release).toBeDefined();
  return { screen, release: () => release?.() };
}

describe('ViewsMenu with a storage that loads slowly', () => {
  it('searches once for a word typed while the views loaded that the default view searches for too', async () => {
    const { screen, release } = await renderSlowViews({
      version: 1,
      views: [{ id: 'logins', name: 'Logins', search: 'q=login' }],
      defaultViewId: 'logins',
    });
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('login');
    release();
    await expect.element(box).toHaveValue('login');
    // Past the pause: `login login` would have applied by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(param('audit.q')).toBe('login');
    await expect.element(box).toHaveValue('login');
  });

  it('keeps the text typed while the views loaded, after the default view’s terms, and applies both', async () => {
    const { screen, release } = await renderSlowViews({
      version: 1,
      views: [{ id: 'sign-ins', name: 'Sign-ins', search: 'action=User+logged+in' }],
      defaultViewId: 'sign-ins',
    });
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('grace');
    // The views arrive within the pause, before the typed text has applied.
    release();
    await expect.element(box).toHaveValue('action:"User logged in" grace');
    await expect.poll(() => param('audit.q')).toBe('grace');
    expect(param('audit.action')).toBe('User logged in');
    await expect.element(box).toHaveValue('action:"User logged in" grace');
  });
});
