// A link to one event (`audit.event`) in a log that scrolls infinitely. A burst (a bulk invite: 150 events in one
// second) puts more than the list's first 100 events in the link's two seconds: the log said the event was not in
// the list, though it was further down, and never opened it. An event of the first 100 outside the rows drawn was
// opened but neither brought into view nor focused.
import { auditEventUrl, createAuditClient, type AuditEvent } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, expect, it } from 'vitest';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

afterEach(() => {
  history.replaceState(null, '', location.pathname);
});

/** A burst of 150 events a millisecond apart (the mock's clock is fixed), newest first. */
async function burst(): Promise<AuditEvent[]> {
  const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
  for (let i = 0; i < 150; i++)
    await client.create({ severity: 'Info', action: 'burst.step', description: `step ${i}` });
  const { data } = await client.list({ offset: 0, count: 150, sortBy: 'createdAt', sortDirection: 'desc' });
  return data;
}

/** Opens the log, scrolling infinitely, on a link to `event`. */
async function openLink(event: AuditEvent) {
  history.replaceState(null, '', auditEventUrl(event, { base: location.href })!);
  const screen = await renderAuditLog({ paging: 'infinite', urlState: true });
  const grid = screen.getByRole('grid');
  return {
    screen,
    grid,
    expand: grid.getByRole('button', { name: /^Details of burst\.step/, expanded: true }),
  };
}

it('loads the list down to a linked event past its first events, and opens it focused and in view', async () => {
  const events = await burst();
  // 140 of the burst are later: the list's second 100.
  const event = events[140]!;
  const { screen, expand } = await openLink(event);
  const details = screen.getByRole('region', { name: /^Details of burst\.step at/ });
  await expect.element(details).toBeVisible();
  await expect.element(details).toHaveTextContent(event.frontegg_id);
  await expect.element(expand).toHaveFocus();
  await expect.element(expand).toBeInViewport();
  expect(
    screen.getByRole('status').filter({ hasText: 'The linked event is not in this list' }).elements(),
  ).toEqual([]);
  // The first 100, then the next.
  expect(
    requests
      .filter(isListRequest)
      .filter((url) => url.searchParams.get('count') === '100')
      .map((url) => url.searchParams.get('offset'))
      .slice(0, 2),
  ).toEqual(['0', '100']);
});

it('brings a linked event of the first events into view and focuses it, though its row was not drawn', async () => {
  const events = await burst();
  const event = events[80]!;
  const { screen, expand } = await openLink(event);
  await expect.element(expand).toHaveFocus();
  await expect.element(expand).toBeInViewport();
  const details = screen.getByRole('region', { name: /^Details of burst\.step at/ });
  await expect.element(details).toHaveTextContent(event.frontegg_id);
});

it('still says so for an event the list does not hold, once the list is past its time', async () => {
  const events = await burst();
  const url = new URL(auditEventUrl(events[140]!, { base: location.href })!);
  url.searchParams.set('audit.event', 'no-such-event');
  history.replaceState(null, '', url.href);
  const screen = await renderAuditLog({ paging: 'infinite', urlState: true });
  await expect
    .element(screen.getByRole('status').filter({ hasText: 'The linked event is not in this list' }))
    .toBeVisible();
  expect(screen.getByRole('button', { name: /^Details of /, expanded: true }).elements()).toHaveLength(0);
});

it('loads nothing further for a link whose window was widened by hand: the whole log is not searched', async () => {
  const events = await burst();
  const url = new URL(auditEventUrl(events[140]!, { base: location.href })!);
  const to = Date.parse(url.searchParams.get('audit.to')!);
  url.searchParams.set('audit.from', new Date(to - 86_400_000).toISOString());
  history.replaceState(null, '', url.href);
  requests.length = 0;
  const screen = await renderAuditLog({ paging: 'infinite', urlState: true });
  await expect
    .element(screen.getByRole('status').filter({ hasText: 'The linked event is not in this list' }))
    .toBeVisible();
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(
    requests
      .filter(isListRequest)
      .filter((url) => url.searchParams.get('count') === '100')
      .map((url) => url.searchParams.get('offset')),
  ).toEqual(['0']);
});
