// A ViewsMenu in the host's own layout keeps the views of the user its AuditStateProvider names, as the column
// choices are kept: given the owner only there, the views were kept in the page's memory, lost on reload.
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditStateProvider } from '../AuditStateProvider/AuditStateProvider.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { ViewsMenu, type ViewsMenuProps } from './ViewsMenu.tsx';

setupMockApi();
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});

const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
const composed = (props: ViewsMenuProps = {}) =>
  render(
    <AuditProvider client={client} queryClient={testQueryClient()}>
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <AuditStateProvider tenantId="t-1" userId="u-1">
          <ViewsMenu {...props} />
        </AuditStateProvider>
      </AuditUiProvider>
    </AuditProvider>,
  );

async function saveCurrentAs(screen: Awaited<ReturnType<typeof composed>>, name: string) {
  await screen.getByRole('button', { name: 'Views' }).click();
  await screen.getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Saved views' });
  await dialog.getByRole('textbox', { name: 'Save the current view as' }).fill(name);
  await userEvent.keyboard('{Enter}');
  await expect.element(dialog.getByRole('button', { name: `Apply ${name}` })).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();
}

describe('ViewsMenu under an AuditStateProvider given tenantId and userId', () => {
  it("keeps the views in localStorage as that user's, and shows them after a remount", async () => {
    const first = await composed();
    await saveCurrentAs(first, 'Mine');
    expect(localStorage.getItem('auditkit.views:t-1:u-1')).toContain('"Mine"');
    await first.unmount();

    const second = await composed();
    await second.getByRole('button', { name: 'Views' }).click();
    await expect.element(second.getByRole('menuitem', { name: 'Mine' })).toBeVisible();
  });

  it('keeps them as the owner given to the menu itself, when given', async () => {
    const screen = await composed({ tenantId: 't-2', userId: 'u-2' });
    await saveCurrentAs(screen, 'Theirs');
    expect(localStorage.getItem('auditkit.views:t-2:u-2')).toContain('"Theirs"');
    expect(localStorage.getItem('auditkit.views:t-1:u-1')).toBeNull();
  });
});
