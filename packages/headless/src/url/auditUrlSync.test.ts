// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditHistoryStateKey, subscribeAuditUrl, writeAuditUrl } from './auditUrlSync.ts';

afterEach(() => vi.restoreAllMocks());

/** The state each history write of `write` passed to pushState / replaceState, by method. */
function written(write: () => void) {
  const push = vi.spyOn(history, 'pushState');
  const replace = vi.spyOn(history, 'replaceState');
  write();
  const calls = [
    ...push.mock.calls.map(([state]) => ['push', state] as const),
    ...replace.mock.calls.map(([state]) => ['replace', state] as const),
  ];
  push.mockRestore();
  replace.mockRestore();
  return calls.map(([method, state]) => ({ method, state: state as Record<string, unknown> }));
}

const severity = (value: string) => (search: string) =>
  [...search.split('&').filter((pair) => pair && !pair.startsWith('audit.sev=')), `audit.sev=${value}`].join(
    '&',
  );
const noSeverity = (search: string) =>
  search
    .split('&')
    .filter((pair) => pair && !pair.startsWith('audit.sev='))
    .join('&');
// Each write in a task of its own: the writes of one task share an entry.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('writeAuditUrl and the host router’s history state', () => {
  // Next.js App Router patches pushState/replaceState: a state carrying `__NA` (or `_N`) is taken for Next's own
  // write and the router is not told of the new URL, so its next render (router.refresh(), a server action) wrote
  // the old URL back and `useSearchParams()` stayed stale.
  it('leaves the App Router’s markers out, so Next syncs its router with the new URL', async () => {
    const tree = { tree: ['', {}], renderedSearch: '?audit.sev=High' };
    history.replaceState(
      { __NA: true, _N: true, __PRIVATE_NEXTJS_INTERNALS_TREE: tree, scrollY: 120 },
      '',
      '/audit?audit.sev=High',
    );
    await nextTask();
    const writes = [
      ...written(() => writeAuditUrl('audit', 'query', noSeverity, 'push')),
      ...(await nextTask(), written(() => writeAuditUrl('audit', 'query', severity('Low'), 'replace'))),
    ];
    expect(writes.map(({ method }) => method)).toEqual(['push', 'replace']);
    for (const { state } of writes) {
      expect(Object.keys(state)).not.toContain('__NA');
      expect(Object.keys(state)).not.toContain('_N');
      expect(Object.keys(state)).not.toContain('__PRIVATE_NEXTJS_INTERNALS_TREE');
      // The host's own state and our mark stay.
      expect(state.scrollY).toBe(120);
      expect(state[auditHistoryStateKey]).toEqual(['audit']);
    }
    expect(location.search).toBe('?audit.sev=Low');
  });

  // Pages Router: on back/forward to an entry with `__N` it navigates to the entry's `as`; copied into our entry,
  // that was the URL before our write, so Back between two filters put the old URL back.
  it('keeps the Pages Router’s entry out of a new entry, and points the router’s own entry at its new URL', async () => {
    const pagesState = { __N: true, url: '/audit', as: '/audit', options: { locale: undefined }, key: 'k1' };
    history.replaceState(pagesState, '', '/audit');
    await nextTask();
    const [pushed] = written(() => writeAuditUrl('audit', 'query', severity('High'), 'push'));
    expect(pushed?.method).toBe('push');
    for (const key of ['__N', 'url', 'as', 'options', 'key'])
      expect(Object.keys(pushed?.state ?? {})).not.toContain(key);
    expect(pushed?.state[auditHistoryStateKey]).toEqual(['audit']);

    history.replaceState(pagesState, '', '/audit');
    await nextTask();
    const [replaced] = written(() => writeAuditUrl('audit', 'query', severity('Low'), 'replace'));
    expect(replaced?.method).toBe('replace');
    // Still the router's entry (coming back to it from another page renders this page), at the URL it now has.
    expect(replaced?.state).toMatchObject({
      __N: true,
      url: '/audit',
      key: 'k1',
      as: '/audit?audit.sev=Low',
    });
  });
});

describe('writeAuditUrl and a typing burst over an unmount', () => {
  const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  const search = (text: string) => (base: string) =>
    [...base.split('&').filter((pair) => pair && !pair.startsWith('audit.q=')), `audit.q=${text}`].join('&');

  // The log unmounted by a host link took the popstate listener with it, so the Back that came back to the typed
  // entry never ended the burst: typing on from there rewrote that entry, and Back skipped the search typed first.
  it('starts a new entry for typing after the user left by a host link and came back with Back', async () => {
    history.pushState(null, '', '/audit');
    let unsubscribe = subscribeAuditUrl('audit', () => {});
    writeAuditUrl('audit', 'query', search('foo'), 'typing');
    expect(location.search).toBe('?audit.q=foo');
    unsubscribe();
    history.pushState(null, '', '/settings');
    const back = popped();
    history.back();
    await back;
    expect(location.search).toBe('?audit.q=foo');
    unsubscribe = subscribeAuditUrl('audit', () => {});
    const writes = written(() => writeAuditUrl('audit', 'query', search('foobar'), 'typing'));
    unsubscribe();
    expect(writes.map(({ method }) => method)).toEqual(['push']);
    expect(location.search).toBe('?audit.q=foobar');
  });
});
