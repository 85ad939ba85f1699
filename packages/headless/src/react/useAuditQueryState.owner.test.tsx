// @vitest-environment jsdom
// Another tenant or user in place of a known one: the query every part reads is the defaults from the render that
// brings them, so no part's request under the new owner ever carries the last owner's search or filters.
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import {
  useAuditQueryState,
  type AuditQueryState,
  type AuditQueryStateOptions,
} from './useAuditQueryState.ts';

afterEach(cleanup);
beforeEach(() => history.replaceState(null, '', '/'));
const param = (key: string) => new URLSearchParams(location.search).get(key);

/** The latest state, for the test to act on. */
class Held {
  state: AuditQueryState | undefined;
  set(state: AuditQueryState) {
    this.state = state;
  }
}

/** What a part read in each render, with the owner it rendered for. */
interface Read {
  userId: string | undefined;
  search: string;
  severity: readonly string[] | undefined;
  page: number;
}

/** The state's hook, and a part below it recording each query it reads (as a list's observer would ask it). */
function Log(props: {
  options: AuditQueryStateOptions;
  reads: Read[];
  held: Held;
  /** What a part does in its effect when the owner changes (a saved default view, a page moved into range). */
  onOwner?: ((state: AuditQueryState) => void) | undefined;
}) {
  const state = useAuditQueryState(props.options);
  props.held.set(state);
  return <Part state={state} userId={props.options.userId} reads={props.reads} onOwner={props.onOwner} />;
}

function Part({
  state,
  userId,
  reads,
  onOwner,
}: {
  state: AuditQueryState;
  userId: string | undefined;
  reads: Read[];
  onOwner?: ((state: AuditQueryState) => void) | undefined;
}) {
  const { query } = state;
  reads.push({ userId, search: query.search, severity: query.filters.severity, page: query.page });
  useEffect(() => {
    if (userId === 'bob') onOwner?.(state);
    // Once per owner, as a default view is decided.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);
  return null;
}

/** Renders as Alice of tenant A, who searches and filters; returns a way to sign `next` in. */
function aliceSearches(options: AuditQueryStateOptions = {}, onOwner?: (state: AuditQueryState) => void) {
  const reads: Read[] = [];
  const held = new Held();
  const alice = { url: true, tenantId: 'tenant-a', userId: 'alice', ...options };
  const view = render(<Log options={alice} reads={reads} held={held} onOwner={onOwner} />);
  act(() => {
    held.state!.setSearch('alice-secret-incident');
    held.state!.setFilter('severity', ['Critical']);
  });
  expect(param('audit.q')).toBe('alice-secret-incident');
  const signIn = (next: AuditQueryStateOptions) =>
    act(() =>
      view.rerender(<Log options={{ ...alice, ...next }} reads={reads} held={held} onOwner={onOwner} />),
    );
  return { reads, held, signIn };
}

describe('useAuditQueryState with the signed-in tenantId and userId', () => {
  it('gives the next user the defaults from their first render, and writes them to the URL in place', () => {
    const { reads, held, signIn } = aliceSearches();
    const entries = history.length;
    signIn({ tenantId: 'tenant-b', userId: 'bob' });
    const bobs = reads.filter((read) => read.userId === 'bob');
    expect(bobs.length).toBeGreaterThan(0);
    expect(bobs.every((read) => read.search === '' && read.severity === undefined)).toBe(true);
    expect(held.state!.query).toEqual(defaultAuditQuery);
    expect(param('audit.q')).toBeNull();
    expect(param('audit.sev')).toBeNull();
    expect(history.length).toBe(entries);
  });

  it('counts each user who replaces a known one, for a search box to mount afresh by', () => {
    const { held, signIn } = aliceSearches();
    expect(held.state!.ownerGeneration).toBe(0);
    signIn({ tenantId: 'tenant-b', userId: 'bob' });
    expect(held.state!.ownerGeneration).toBe(1);
    signIn({ tenantId: 'tenant-b', userId: 'carol' });
    expect(held.state!.ownerGeneration).toBe(2);
  });

  it('builds a change a part makes as the next user arrives on the defaults, and keeps it', () => {
    const { reads, held, signIn } = aliceSearches({}, (state) => {
      state.setPage(2);
      state.setFilter('action', ['User logged in']);
    });
    signIn({ userId: 'bob' });
    expect(reads.filter((read) => read.userId === 'bob').every((read) => read.search === '')).toBe(true);
    const { query } = held.state!;
    expect(query.search).toBe('');
    expect(query.filters).toEqual({ action: ['User logged in'] });
    expect(param('audit.q')).toBeNull();
  });

  it('keeps the query for ids that become known (none before): the same visitor', () => {
    const { held, signIn } = aliceSearches({ tenantId: undefined, userId: '' });
    signIn({ tenantId: 'tenant-a', userId: 'alice' });
    expect(held.state!.query.search).toBe('alice-secret-incident');
    expect(param('audit.q')).toBe('alice-secret-incident');
    expect(held.state!.ownerGeneration).toBe(0);
  });

  it('leaves a query the host controls as it is', () => {
    const value: AuditQuery = { ...defaultAuditQuery, search: 'kept by the host' };
    const reads: Read[] = [];
    const held = new Held();
    const view = render(
      <Log options={{ value, tenantId: 'tenant-a', userId: 'alice' }} reads={reads} held={held} />,
    );
    view.rerender(<Log options={{ value, tenantId: 'tenant-b', userId: 'bob' }} reads={reads} held={held} />);
    expect(reads.every((read) => read.search === 'kept by the host')).toBe(true);
    // The host's query is its own, but what a part holds unapplied is still the last user's.
    expect(held.state!.ownerGeneration).toBe(1);
  });
});
