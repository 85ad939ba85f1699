// @vitest-environment jsdom
// The stats poll: asked again every interval while the page is visible, except after a 403. Asking again cannot
// give a permission back (as the table and its refresh notice decide), so a user without it sent a failing request
// every interval for as long as the page stayed open.
import { act, screen, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ForcedStatus } from '@auditkit/mock-api';
import { manualIntervals } from '../test-utils/manualIntervals.ts';
import { recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditStats } from './useAuditStats.ts';

const clock = manualIntervals();
const server = setupMockBackend();
const requests = recordRequests(server);

function Stats() {
  const { data, error } = useAuditStats({ refetchInterval: 30_000 });
  return (
    <p role="status">{error ? `failed ${error.status}` : data ? `${data.totalToday} today` : 'loading'}</p>
  );
}

const statsAsked = () =>
  requests.filter((request) => new URL(request.url).pathname.endsWith('/stats')).length;

async function intervals(queryClient: QueryClient, count: number) {
  for (let tick = 0; tick < count; tick++) {
    act(() => clock.tick());
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  }
}

describe('useAuditStats polling', () => {
  it('stops asking after a 403', async () => {
    server.api.setScenario({ status: { stats: 403 } });
    const { queryClient } = renderWithAudit(<Stats />);
    await screen.findByText('failed 403');
    await intervals(queryClient, 3);
    expect(statsAsked()).toBe(1);
  });

  it.each([500, 401] as ForcedStatus[])(
    'keeps asking after a %i, and counts once it answers',
    async (status) => {
      server.api.setScenario({ status: { stats: status } });
      const { queryClient } = renderWithAudit(<Stats />);
      await screen.findByText(`failed ${status}`);
      await intervals(queryClient, 2);
      expect(statsAsked()).toBe(3);
      server.api.resetScenario();
      await intervals(queryClient, 1);
      await screen.findByText(/^\d+ today$/);
    },
  );
});
