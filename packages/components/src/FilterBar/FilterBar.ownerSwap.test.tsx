// A host composing the parts itself (its own AuditStateProvider given the signed-in ids) that signs another user in
// without a remount: a value the last user typed in More filters and had not added is theirs, not the next user's.
// (The search box's own case is in SearchBox.ownerSwap.test.tsx; this is the bar's key on its popover's fields.)
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditStateProvider } from '../AuditStateProvider/AuditStateProvider.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { FilterBar } from './FilterBar.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));

const identity = demoIdentities.tenantAAdmin;
const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(identity) });
const queryClient = testQueryClient();

/** The host's own filter bar, signed in as `userId`. */
const composed = (userId: string) => (
  <AuditProvider client={client} queryClient={queryClient}>
    <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
      <AuditStateProvider url storage={null} tenantId={identity.tenantId} userId={userId}>
        <FilterBar searchDebounceMs={300} />
      </AuditStateProvider>
    </AuditUiProvider>
  </AuditProvider>
);

describe('a composed <FilterBar> when another user signs in', () => {
  it('drops what the last user typed in More filters and had not added', async () => {
    const screen = await render(composed('alice'));
    const more = screen.getByRole('button', { name: 'More filters' });
    await more.click();
    await screen.getByRole('textbox', { name: 'Action' }).fill('alice-typed-secret');
    // The next user signed in with the popover still open and the value not added.
    await screen.rerender(composed('bob'));
    // Nothing of alice's is left on bob's screen, whether or not a field is shown there…
    const shown = screen.getByRole('textbox', { name: 'Action' }).elements() as HTMLInputElement[];
    expect(shown.map((field) => field.value)).not.toContain('alice-typed-secret');
    // …and his bar starts as anyone's does, its popover closed; opened, the field is empty.
    await expect.element(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect.element(screen.getByRole('textbox', { name: 'Action' })).toHaveValue('');
    expect(new URLSearchParams(location.search).get('audit.f.action')).toBeNull();
  });
});
