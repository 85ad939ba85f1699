// A host composing the parts itself (its own AuditStateProvider given the signed-in ids) that signs another user in
// without a remount: what the last user typed and had not applied is theirs, and must not apply for the next one.
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditStateProvider } from '../AuditStateProvider/AuditStateProvider.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { SearchBox } from './SearchBox.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));
const param = (key: string) => new URLSearchParams(location.search).get(key);

const identity = demoIdentities.tenantAAdmin;
const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(identity) });
const queryClient = testQueryClient();

/** The host's own layout of one part, signed in as `userId`. */
function composed(part: 'SearchBox' | 'FilterBar', userId: string) {
  return (
    <AuditProvider client={client} queryClient={queryClient}>
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <AuditStateProvider url storage={null} tenantId={identity.tenantId} userId={userId}>
          {part === 'SearchBox' ? <SearchBox debounceMs={300} /> : <FilterBar searchDebounceMs={300} />}
        </AuditStateProvider>
      </AuditUiProvider>
    </AuditProvider>
  );
}

describe.each(['SearchBox', 'FilterBar'] as const)('a composed <%s> when another user signs in', (part) => {
  it('drops the text the last user had typed and not applied', async () => {
    const screen = await render(composed(part, 'alice'));
    const search = screen.getByRole('combobox', { name: 'Search events' });
    // Typed, and the next user signed in within the pause, focus still in the box (no blur applies it).
    await search.fill('alice-typed-secret');
    await screen.rerender(composed(part, 'bob'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect.element(search).toHaveValue('');
    expect(param('audit.q')).toBeNull();
  });

  it('keeps the text while the same user stays signed in', async () => {
    const screen = await render(composed(part, 'alice'));
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await search.fill('grace');
    await screen.rerender(composed(part, 'alice'));
    await expect.poll(() => param('audit.q')).toBe('grace');
    await expect.element(search).toHaveValue('grace');
  });
});
