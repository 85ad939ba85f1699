// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { delay } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEvents } from './useAuditEvents.ts';
import { useNewEventsSince } from './useNewEventsSince.ts';

const server = setupMockBackend();
const requests = recordRequests(server);
afterEach(cleanup);

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
afterEach(() => setVisibility('visible'));

function Notice({ query }: { query: AuditQuery }) {
  const { data } = useAuditEvents(query);
  const { total } = useNewEventsSince({ query, since: data?.data[0]?.createdAt, interval: 40 });
  return <p role="status">{data ? `${total} new events` : 'loading'}</p>;
}

const polls = () =>
  requests
    .filter((request) => new URL(request.url).searchParams.get('count') === '1')
    .map((request) => new URL(request.url));

describe('useNewEventsSince', () => {
  it('counts matching events newer than the newest on screen, cheaply', async () => {
    renderWithAudit(<Notice query={defaultAuditQuery} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 new events'));
    const client = clientAs();
    await client.create({ severity: 'High', action: 'New one' });
    await client.create({ severity: 'Info', action: 'New two' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 new events'));
    const poll = polls().at(-1)!;
    expect(poll.searchParams.get('offset')).toBe('0');
    expect(poll.searchParams.has('created_from')).toBe(true);
  });

  it('counts only events matching the filters', async () => {
    renderWithAudit(<Notice query={{ ...defaultAuditQuery, filters: { severity: ['Critical'] } }} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 new events'));
    await clientAs().create({ severity: 'Info', action: 'Not critical' });
    await delay(150);
    expect(screen.getByRole('status').textContent).toBe('0 new events');
    expect(polls().at(-1)!.searchParams.getAll('severity')).toEqual(['Critical']);
  });

  it('pauses while the document is hidden', async () => {
    renderWithAudit(<Notice query={defaultAuditQuery} />);
    await waitFor(() => expect(polls().length).toBeGreaterThanOrEqual(2));
    act(() => setVisibility('hidden'));
    await delay(60);
    const before = polls().length;
    await delay(200);
    expect(polls().length).toBe(before);
    act(() => setVisibility('visible'));
    await waitFor(() => expect(polls().length).toBeGreaterThan(before));
  });
});
