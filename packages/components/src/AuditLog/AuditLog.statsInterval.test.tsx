// The log's one polling setting: `newEventsInterval` checks for new events and asks for the stats again as often, and
// `false` stops both (a host that turns polling off means no request on a timer at all).
import { createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { fastPolling } from '../test/fastPolling.ts';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();
// Polls four times faster: the log's shortest interval (5 s) every 1.25 s, the strip's own default (30 s) every 7.5 s.
fastPolling(4);

const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
const statsRequests = () => requests.filter((url) => url.pathname.endsWith('/audits/stats')).length;
const eventsToday = () => page.getByRole('region', { name: 'Audit summary' }).getByRole('definition').first();

describe('<AuditLog newEventsInterval> and the stats', () => {
  it('asks for the stats again at the new-events interval, so "Events today" counts an event that arrives', async () => {
    await render(
      <AuditLog client={client} queryClient={testQueryClient()} locale="en-US" newEventsInterval={5_000} />,
    );
    // The mock always answers both counts.
    const totalToday = (await client.stats()).totalToday!;
    await expect.element(eventsToday()).toHaveTextContent(totalToday.toLocaleString('en-US'));
    await client.create({ severity: 'Info', action: 'stats.interval.log' });
    // Within 5 s, under the strip's own default (7.5 s here): it is the log's interval that asks again.
    await expect
      .element(eventsToday(), { timeout: 5_000 })
      .toHaveTextContent((totalToday + 1).toLocaleString('en-US'));
  });

  it('asks for them once when polling is off', async () => {
    await render(
      <AuditLog client={client} queryClient={testQueryClient()} locale="en-US" newEventsInterval={false} />,
    );
    await expect.element(page.getByRole('grid', { name: 'Audit events' })).toBeInTheDocument();
    await expect.poll(statsRequests).toBe(1);
    // Longer than a poll at the shortest interval any test here uses would take to leave.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(statsRequests()).toBe(1);
  });
});
