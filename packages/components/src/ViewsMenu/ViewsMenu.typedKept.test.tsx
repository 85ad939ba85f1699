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

describe('ViewsMenu with a storage that loads slowly', () => {
  it('keeps the text typed while the views loaded, after the default view’s terms, and applies both', async () => {
    let release: (() => void) | undefined;
    const stored: AuditStoredViews = {
      version: 1,
      views: [{ id: 'sign-ins', name: 'Sign-ins', search: 'action=User+logged+in' }],
      defaultViewId: 'sign-ins',
    };
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
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('grace');
    // The views arrive within the pause, before the typed text has applied.
    release?.();
    await expect.element(box).toHaveValue('action:"User logged in" grace');
    await expect.poll(() => param('audit.q')).toBe('grace');
    expect(param('audit.action')).toBe('User logged in');
    await expect.element(box).toHaveValue('action:"User logged in" grace');
  });
});
