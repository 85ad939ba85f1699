// @vitest-environment jsdom
// Two logs on one host QueryClient (a modal log opened over the page's, or a second widget in its own React root):
// each one's baseline is the newest event when IT loaded, never the one the other log looked up earlier, or the
// later log counts events it has just loaded as new.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { auditKeys } from './auditQueryOptions.ts';
import { useAuditList } from './useAuditList.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';
import { useNewEventsNotice } from './useNewEventsNotice.ts';

const clock = manualIntervals();
const server = setupMockBackend();
const requests = recordRequests(server);
afterEach(cleanup);

function Log({ name, start }: { name: string; start: Partial<AuditQuery> }) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, ...start } });
  const list = useAuditList(state.query);
  const { total } = useNewEventsNotice({ state, interval: 40 });
  return (
    <p role="status" aria-label={name}>
      {list.events.length ? `${total} new events` : 'loading'}
    </p>
  );
}

// Both logs open somewhere other than the newest events: each looks its baseline up (`count=1`).
const pageA = { page: 1 } satisfies Partial<AuditQuery>;
const pageB = { sort: { column: 'action', direction: 'asc' } } satisfies Partial<AuditQuery>;

const status = (name: string) => screen.getByRole('status', { name }).textContent;
const polls = () =>
  requests
    .map((request) => new URL(request.url))
    .filter((url) => url.searchParams.get('count') === '1' && url.searchParams.has('created_from'));

/** Nothing loading, every mounted log's poll has answered, and each log says what `texts` says. */
async function say(queryClient: QueryClient, client: AuditClient, texts: Record<string, string>) {
  const settled = () => {
    expect(queryClient.isFetching()).toBe(0);
    const active = queryClient
      .getQueryCache()
      .findAll({ queryKey: [...auditKeys.all(client), 'new-since'], type: 'active' });
    expect(active.length).toBeGreaterThan(0);
    expect(active.map((poll) => poll.state.status)).not.toContain('pending');
    for (const [name, text] of Object.entries(texts)) expect(status(name)).toBe(text);
  };
  await waitFor(settled);
  // A new baseline's poll starts in the effect after the render that shows it: still so a moment later.
  await new Promise((resolve) => setTimeout(resolve, 20));
  settled();
}

/** One interval elapses; resolves once every poll it started has answered. */
async function pollOnce(queryClient: QueryClient) {
  const before = polls().length;
  act(() => clock.tick());
  await waitFor(() => {
    expect(polls().length).toBeGreaterThan(before);
    expect(queryClient.isFetching()).toBe(0);
  });
}

async function fiveNewEvents(client: AuditClient) {
  for (let n = 1; n <= 5; n++) await client.create({ severity: 'Info', action: `two-logs.new.${n}` });
}

describe('useNewEventsNotice with two logs on one QueryClient', () => {
  it('a log opened later over the first one counts none of the events it loaded as new', async () => {
    const queryClient = testQueryClient();
    const client = clientAs();
    const host = (modal: boolean) => (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
        <Log name="Page log" start={pageA} />
        {modal ? <Log name="Modal log" start={pageB} /> : null}
      </AuditProvider>
    );
    const view = render(host(false));
    await say(queryClient, client, { 'Page log': '0 new events' });

    await fiveNewEvents(client);
    view.rerender(host(true));
    await say(queryClient, client, { 'Modal log': '0 new events' });

    await pollOnce(queryClient);
    await say(queryClient, client, { 'Page log': '5 new events', 'Modal log': '0 new events' });
    await client.create({ severity: 'Info', action: 'two-logs.after-both' });
    await pollOnce(queryClient);
    await say(queryClient, client, { 'Page log': '6 new events', 'Modal log': '1 new events' });
  });

  it('a second widget in its own React root, mounted later, takes its own baseline', async () => {
    const queryClient = testQueryClient();
    const client = clientAs();
    const widget = (name: string, start: Partial<AuditQuery>) => (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
        <Log name={name} start={start} />
      </AuditProvider>
    );
    render(widget('First widget', pageA));
    await say(queryClient, client, { 'First widget': '0 new events' });

    await fiveNewEvents(client);
    render(widget('Second widget', pageA));
    await say(queryClient, client, { 'Second widget': '0 new events' });

    await pollOnce(queryClient);
    await say(queryClient, client, { 'First widget': '5 new events', 'Second widget': '0 new events' });
  });
});
