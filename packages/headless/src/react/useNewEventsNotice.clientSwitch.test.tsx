// @vitest-environment jsdom
// A host that signs another user (or tenant) in without remounting gives the provider another client with the same
// filters on screen: the notice's baseline is the new tenant's newest event, never the last tenant's.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, demoIdentities, setupMockBackend } from '../test-utils/mockBackend.ts';
import { testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { auditKeys } from './auditQueryOptions.ts';
import { useAuditList } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

manualIntervals();
setupMockBackend();
afterEach(cleanup);

function Notice() {
  // Page 2: the baseline is asked for (`count=1`), not read from the rows.
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page: 1 } });
  const list = useAuditList(state.query);
  const { total } = useNewEventsNotice({ state, interval: 40 });
  return <p role="status">{list.events.length ? `${total} new events` : 'loading'}</p>;
}

describe('useNewEventsNotice after the provider’s client changes', () => {
  it('asks the new tenant for its own baseline and counts none of its older events as new', async () => {
    const queryClient = testQueryClient();
    const host = (client: AuditClient) => (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
        <Notice />
      </AuditProvider>
    );
    /** Nothing loading, the poll for the client's current baseline has answered, and the notice says `text`. */
    const says = async (client: AuditClient, text: string) =>
      waitFor(() => {
        expect(queryClient.isFetching()).toBe(0);
        const polls = queryClient
          .getQueryCache()
          .findAll({ queryKey: [...auditKeys.all(client), 'new-since'], type: 'active' });
        expect(polls.map((poll) => poll.state.status)).toEqual(['success']);
        expect(screen.getByRole('status').textContent).toBe(text);
      });

    const acme = clientAs(demoIdentities.tenantAAdmin);
    const view = render(host(acme));
    await says(acme, '0 new events');

    // Tenant B's events, all later than tenant A's newest, existed before its user signed in: none is new.
    const globex = clientAs(demoIdentities.tenantBAdmin);
    await globex.create({ severity: 'Info', action: 'globex.before.sign-in' });
    await globex.create({ severity: 'Info', action: 'globex.before.sign-in.two' });
    view.rerender(host(globex));
    await says(globex, '0 new events');
  });
});
