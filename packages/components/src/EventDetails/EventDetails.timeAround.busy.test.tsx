// "What else happened then" in a busy log: more than a page of events in the five minutes after the event. Newest
// first, the first page of the new range held only later events, and the event left the page with its details.
import { auditTimeMs, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { expect, it } from 'vitest';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

const name = 'Show events from 5 minutes before to 5 minutes after this one';
const param = (key: string) => new URLSearchParams(location.search).getAll(key);
const shownTimes = () =>
  [...document.querySelectorAll('[role="grid"] td[data-column="createdAt"] time')].map((time) =>
    Date.parse((time as HTMLTimeElement).dateTime),
  );

/** A burst of 70 events, a millisecond apart (the mock's clock is fixed); their times, newest first. */
async function burst() {
  const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
  for (let i = 0; i < 70; i++)
    await client.create({ severity: 'Info', action: 'burst.step', description: `step ${i}` });
  const { data } = await client.list({ offset: 0, count: 70, sortBy: 'createdAt', sortDirection: 'desc' });
  return data.map((event) => auditTimeMs(event.createdAt)!);
}

it('opens on the page that holds the event, with the events either side of it', async () => {
  const times = await burst();
  // 45 events after it: pages of 20, newest first, so the third page, sixth row.
  const at = times[45]!;
  history.replaceState(null, '', `${location.pathname}?audit.to=${new Date(at).toISOString()}`);
  const screen = await renderAuditLog({ urlState: true });
  await expect.poll(() => shownTimes()[0]).toBe(at);
  await screen
    .getByRole('button', { name: /^Details of / })
    .first()
    .click();
  const details = screen.getByRole('region', { name: /^Details of / });
  requests.length = 0;
  await details.getByRole('button', { name }).click();

  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.from')).toEqual([new Date(at - 300_000).toISOString()]);
  expect(param('audit.page')).toEqual(['3']);
  await expect.poll(() => shownTimes()[5]).toBe(at);
  // The event is still the one in the details: it is on the page, not gone with its row.
  await expect.element(details).toBeVisible();
  // One count of what sorts before it, then the page.
  expect(requests.filter(isListRequest).map((url) => url.searchParams.get('count'))).toEqual(['1', '20']);
  history.replaceState(null, '', location.pathname);
});

it('opens on the first page when the log is sorted by another column', async () => {
  const times = await burst();
  const at = times[45]!;
  history.replaceState(
    null,
    '',
    `${location.pathname}?audit.to=${new Date(at).toISOString()}&audit.sort=severity:asc`,
  );
  const screen = await renderAuditLog({ urlState: true });
  await expect.poll(() => shownTimes().length).toBeGreaterThan(0);
  await screen
    .getByRole('button', { name: /^Details of / })
    .first()
    .click();
  const details = screen.getByRole('region', { name: /^Details of / });
  requests.length = 0;
  await details.getByRole('button', { name }).click();
  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.page')).toEqual([]);
  expect(requests.filter(isListRequest).map((url) => url.searchParams.get('count'))).toEqual(['20']);
  history.replaceState(null, '', location.pathname);
});
