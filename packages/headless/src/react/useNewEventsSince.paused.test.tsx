// @vitest-environment jsdom
// Offline, Query holds the poll instead of failing it: no error, a count that may be out of date. The hook says so.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEvents } from './useAuditEvents.ts';
import { useNewEventsSince } from './useNewEventsSince.ts';

const clock = manualIntervals();
setupMockBackend(30);
afterEach(cleanup);
afterEach(() => onlineManager.setOnline(true));

function Notice() {
  const { data } = useAuditEvents(defaultAuditQuery);
  const poll = useNewEventsSince({ query: defaultAuditQuery, since: data?.data[0]?.createdAt, interval: 40 });
  const state = poll.isPaused ? 'waiting for the network' : poll.isFetching ? 'checking' : 'checked';
  return <p role="status">{`${poll.total} new events, ${state}, ${poll.error ? 'failed' : 'no error'}`}</p>;
}

describe('useNewEventsSince offline', () => {
  it('says the poll waits for the network while the browser is offline, and not once it is back', async () => {
    renderWithAudit(<Notice />);
    const status = () => screen.getByRole('status').textContent;
    await waitFor(() => expect(status()).toBe('0 new events, checked, no error'));
    act(() => onlineManager.setOnline(false));
    act(() => clock.tick());
    await waitFor(() => expect(status()).toBe('0 new events, waiting for the network, no error'));
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(status()).toBe('0 new events, checked, no error'));
  });
});
