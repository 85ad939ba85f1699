// A host that signs another user in on the mounted log: no request under the next user's token may carry the last
// user's search or filters (their text in another tenant's request logs and cache), not even the first one.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { http } from 'msw';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();

const first = demoIdentities.tenantAAdmin;
const second = demoIdentities.tenantBAdmin;
/** Each user's token, signed once, to tell whose a request is by its `Authorization` header. */
const tokens = new Map<string, string>();
beforeAll(async () => {
  for (const identity of [first, second]) tokens.set(identity.id, await demoToken(identity));
});
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});
const param = (key: string) => new URLSearchParams(location.search).get(key);

interface Sent {
  url: URL;
  /** The identity whose token the request carried. */
  as: string | undefined;
}

/** Every request to the audits API from now on, with whose token it carried. */
function recordRequests(): Sent[] {
  const sent: Sent[] = [];
  const byToken = new Map([...tokens].map(([id, token]) => [`Bearer ${token}`, id]));
  // Answers nothing: the mock's own handler answers each.
  overrideMock(
    http.all('*/audits*', ({ request }) => {
      sent.push({ url: new URL(request.url), as: byToken.get(request.headers.get('authorization') ?? '') });
    }),
  );
  return sent;
}

/** Resolves once no request has been made for `quietMs`: whatever the first user's changes asked has been asked. */
async function settled(sent: readonly Sent[], quietMs = 400) {
  let count = -1;
  while (count !== sent.length) {
    count = sent.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** How the host signs the next user in: within the click, or once an answer has come (a sign-in call). */
type SignIn = 'in the click' | 'after an answer';
const afterAnAnswer = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * The log signed in as `identity` (its ids given, unless `known` is false: a visitor whose ids have not come yet),
 * on the host's one QueryClient, so a rerender as another user keeps the client as a host's app does.
 */
function logAs(identity: typeof first | typeof second, queryClient: QueryClient, known = true) {
  return (
    <AuditLog
      baseUrl=""
      getToken={() => tokens.get(identity.id)!}
      tenantId={known ? identity.tenantId : undefined}
      userId={known ? identity.userId : undefined}
      urlState
      defaultTimeZone="UTC"
      locale="en-US"
      newEventsInterval={60_000}
      queryClient={queryClient}
    />
  );
}

/** One log, and a button that signs the second user (of another tenant) in without remounting it. */
function SwitchingUsers({ signIn }: { signIn: SignIn }) {
  const [signedIn, setSignedIn] = useState(false);
  const [queryClient] = useState(testQueryClient);
  const identity = signedIn ? second : first;
  return (
    <>
      <button
        type="button"
        onClick={() =>
          signIn === 'in the click' ? setSignedIn(true) : void afterAnAnswer().then(() => setSignedIn(true))
        }
      >
        Sign in as the second user
      </button>
      {logAs(identity, queryClient)}
    </>
  );
}

describe('<AuditLog> requests when the host signs another user in without remounting', () => {
  it.for([
    ['search', 'after an answer'],
    ['search', 'in the click'],
    ['search and filter', 'after an answer'],
  ] as const)(
    'sends none under the next user’s token with the last user’s %s (signed in %s), and shows their defaults',
    async ([what, signIn]) => {
      const sent = recordRequests();
      const screen = await render(<SwitchingUsers signIn={signIn} />);
      const nav = screen.getByRole('navigation', { name: 'Pagination' });
      await expect.element(nav).toHaveTextContent('1–20 of 240');

      const search = screen.getByRole('combobox', { name: 'Search events' });
      await search.fill('alice-secret-incident');
      await expect.poll(() => param('audit.q')).toBe('alice-secret-incident');
      if (what === 'search and filter') {
        await screen.getByRole('button', { name: 'Severity' }).click();
        await screen
          .getByRole('dialog', { name: 'Severity' })
          .getByRole('checkbox', { name: 'Critical' })
          .click();
        await userEvent.keyboard('{Escape}');
        await expect.poll(() => param('audit.sev')).toBe('Critical');
      }
      // The first user's list has been asked for, and nothing more is on its way.
      await expect
        .poll(() => sent.some(({ url }) => url.searchParams.get('filter') === 'alice-secret-incident'))
        .toBe(true);
      await settled(sent);

      const before = sent.length;
      await screen.getByRole('button', { name: 'Sign in as the second user' }).click();
      await expect.element(nav).toHaveTextContent('1–20 of 240');
      await settled(sent);

      const after = sent.slice(before);
      expect(after.length).toBeGreaterThan(0);
      expect(after.filter(({ as }) => as !== second.id).map(({ url }) => url.href)).toEqual([]);
      // By any parameter: the list, its count, the new-events check, the next page asked ahead.
      const leaked = after.filter(({ url }) =>
        /alice-secret-incident|Critical/i.test(decodeURIComponent(url.search)),
      );
      expect(leaked.map(({ url }) => url.href)).toEqual([]);

      // The second user's log: the defaults, on screen and in the URL.
      await expect.element(search).toHaveValue('');
      await expect.element(screen.getByRole('button', { name: 'Severity', exact: true })).toBeVisible();
      expect(param('audit.q')).toBeNull();
      expect(param('audit.sev')).toBeNull();
    },
  );

  it('drops the last user’s text still waiting in the search box when the next one signs in', async () => {
    const sent = recordRequests();
    const queryClient = testQueryClient();
    const screen = await render(logAs(first, queryClient));
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await settled(sent);

    // Typed, and the host signs the next user in within the box's pause, focus still in the box (no blur applies it).
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await search.fill('alice-typed-secret');
    const before = sent.length;
    await screen.rerender(logAs(second, queryClient));
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await settled(sent, 800);

    const leaked = sent
      .slice(before)
      .filter(({ url }) => /alice-typed-secret/.test(decodeURIComponent(url.search)));
    expect(leaked.map(({ url }) => url.href)).toEqual([]);
    await expect.element(search).toHaveValue('');
    expect(param('audit.q')).toBeNull();
  });

  it('keeps what a visitor types while their ids become known (the same visitor, not a swap)', async () => {
    const queryClient = testQueryClient();
    const screen = await render(logAs(first, queryClient, false));
    await expect
      .element(screen.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await search.fill('grace');
    await screen.rerender(logAs(first, queryClient));
    await expect.element(search).toHaveValue('grace');
    await expect.element(search).toHaveFocus();
    await expect.poll(() => param('audit.q')).toBe('grace');
  });
});
