// The details' pivots in a busy log: "what else happened then" and "only this value" with more than a page of
// events that sort before the event. Newest first, the first page of the new query held only later events, and
// the event left the page with its details.
import { auditTimeMs, createAuditClient, defaultAuditQuery, type AuditQuery } from '@auditkit/headless';
import { useState } from 'react';
import { render } from 'vitest-browser-react';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { delay, http } from 'msw';
import { expect, it } from 'vitest';
import type { Locator } from 'vitest/browser';
import { isListRequest, overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderAuditLog, testAuditLogProps } from '../test/renderAuditLog.tsx';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { AuditLog } from '../AuditLog/AuditLog.tsx';

const mock = setupMockApi();

const name = 'Show events from 5 minutes before to 5 minutes after this one';
const param = (key: string) => new URLSearchParams(location.search).getAll(key);
const shownTimes = () =>
  [...document.querySelectorAll('[role="grid"] td[data-column="createdAt"] time')].map((time) =>
    Date.parse((time as HTMLTimeElement).dateTime),
  );

/** Opens the details of the event in row `index` of the log's grid; returns its region. */
async function openDetails(screen: { getByRole: Locator['getByRole'] }, index: number) {
  await screen
    .getByRole('button', { name: /^Details of / })
    .nth(index)
    .click();
  return screen.getByRole('region', { name: /^Details of / });
}

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
  const details = await openDetails(screen, 0);
  requests.length = 0;
  await details.getByRole('button', { name }).click();

  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.from')).toEqual([new Date(at - 300_000).toISOString()]);
  expect(param('audit.page')).toEqual(['3']);
  await expect.poll(() => shownTimes()[5]).toBe(at);
  // The event is still the one in the details: it is on the page, not gone with its row.
  await expect.element(details).toBeVisible();
  // One count of what sorts before it, then the page, with the newest event for its snapshot beside it (a page
  // opened past the first: the pages either side then ask within it).
  expect(requests.filter(isListRequest).map((url) => url.searchParams.get('count'))).toEqual([
    '1',
    '20',
    '1',
  ]);
  history.replaceState(null, '', location.pathname);
});

it('asks the count again after a busy server’s 503, as the list would, and still opens on the event’s page', async () => {
  const times = await burst();
  const at = times[45]!;
  let refused = 0;
  const busyOnce = async ({ request }: { request: Request }) => {
    if (new URL(request.url).searchParams.get('count') === '1' && refused++ === 0)
      return new Response(null, { status: 503 });
    return mock().handle(request);
  };
  overrideMock(http.get('*/audits/resources/audits/v2', busyOnce));
  history.replaceState(null, '', `${location.pathname}?audit.to=${new Date(at).toISOString()}`);
  const screen = await renderAuditLog({ urlState: true });
  await expect.poll(() => shownTimes()[0]).toBe(at);
  const details = await openDetails(screen, 0);
  requests.length = 0;
  await details.getByRole('button', { name }).click();
  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.page')).toEqual(['3']);
  await expect.poll(() => shownTimes()[5]).toBe(at);
  // The count refused, the count again, and the page's snapshot's newest event.
  expect(refused).toBe(3);
  history.replaceState(null, '', location.pathname);
});

it('retries the count as the provider’s queries do: with retries off, a refused count is not asked again', async () => {
  const times = await burst();
  let refused = 0;
  overrideMock(
    http.get('*/audits/resources/audits/v2', async ({ request }) => {
      if (new URL(request.url).searchParams.get('count') !== '1') return mock().handle(request);
      refused++;
      return new Response(null, { status: 503 });
    }),
  );
  history.replaceState(null, '', `${location.pathname}?audit.to=${new Date(times[45]!).toISOString()}`);
  // `retryPolicy={false}` and a QueryClient without retries, as a host composing the parts may choose.
  const { screen } = await renderAudit(<AuditTable />, { state: { url: true } });
  await expect.poll(() => shownTimes()[0]).toBe(times[45]);
  const details = await openDetails(screen, 0);
  await details.getByRole('button', { name }).click();
  await expect.poll(() => param('audit.from')).toEqual([new Date(times[45]! - 300_000).toISOString()]);
  // The list beside it would not have asked again either; the first page then, at once, as without a count.
  expect(param('audit.page')).toEqual([]);
  await expect.poll(() => shownTimes()[0]).toBe(times[0]);
  // Longer than the library's rule would wait before its first retry (500 ms).
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(refused).toBe(1);
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
  const details = await openDetails(screen, 0);
  requests.length = 0;
  await details.getByRole('button', { name }).click();
  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.page')).toEqual([]);
  // No count: the page, and its snapshot's newest event beside it (sorted by severity, a new event lands on any page).
  expect(requests.filter(isListRequest).map((url) => url.searchParams.get('count'))).toEqual(['20', '1']);
  history.replaceState(null, '', location.pathname);
});

it('filters to a value on the page that holds the event, its details still open', async () => {
  const times = await burst();
  // Third page, sixth row: the 46th newest event, with 45 of the burst after it.
  history.replaceState(null, '', `${location.pathname}?audit.page=3`);
  const screen = await renderAuditLog({ urlState: true });
  await expect.poll(() => shownTimes()[5]).toBe(times[45]);
  const details = await openDetails(screen, 5);
  await details.getByRole('button', { name: 'Show only events where Action is burst.step' }).click();
  await expect
    .element(screen.getByRole('button', { name: 'Remove filter Action: burst.step' }))
    .toHaveFocus();
  expect(param('audit.action')).toEqual(['burst.step']);
  expect(param('audit.page')).toEqual(['3']);
  await expect.poll(() => shownTimes()[5]).toBe(times[45]);
  await expect.element(details).toBeVisible();
  history.replaceState(null, '', location.pathname);
});

it('says it is loading while it counts, and drops the change when the user changes the query meanwhile', async () => {
  const times = await burst();
  const slowCount = async ({ request }: { request: Request }) => {
    if (new URL(request.url).searchParams.get('count') === '1') await delay(1500);
    return mock().handle(request);
  };
  overrideMock(http.get('*/audits/resources/audits/v2', slowCount));
  history.replaceState(null, '', `${location.pathname}?audit.to=${new Date(times[45]!).toISOString()}`);
  const screen = await renderAuditLog({ urlState: true });
  await expect.poll(() => shownTimes()[0]).toBe(times[45]);
  const details = await openDetails(screen, 0);
  const button = details.getByRole('button', { name });
  await button.click();
  await expect
    .element(details.getByRole('status').filter({ hasText: 'Loading events…' }))
    .toBeInTheDocument();
  await expect.element(button).toHaveAttribute('aria-disabled', 'true');
  // The user moves on before the count is back: their choice stays, and focus stays where they are.
  const range = screen.getByRole('combobox', { name: 'Time range' });
  (range.element() as HTMLElement).focus();
  await range.selectOptions('Last 24 hours');
  await expect.poll(() => param('audit.range')).toEqual(['24h']);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(param('audit.range')).toEqual(['24h']);
  expect(param('audit.from')).toEqual([]);
  expect(document.activeElement).toBe(range.element());
  history.replaceState(null, '', location.pathname);
});

it('gives a host that holds the query one change: the filter and the page together', async () => {
  const times = await burst();
  const changes: AuditQuery[] = [];
  function Host() {
    const [query, setQuery] = useState<AuditQuery>({ ...defaultAuditQuery, page: 2 });
    return (
      <AuditLog
        {...testAuditLogProps()}
        query={query}
        onQueryChange={(next) => {
          changes.push(next);
          setQuery(next);
        }}
      />
    );
  }
  const screen = await render(<Host />);
  await expect.poll(() => shownTimes()[5]).toBe(times[45]);
  const details = await openDetails(screen, 5);
  await details.getByRole('button', { name: 'Show only events where Action is burst.step' }).click();
  await expect.poll(() => changes.length).toBe(1);
  expect(changes[0]).toMatchObject({ filters: { action: ['burst.step'] }, page: 2 });
  await expect.poll(() => shownTimes()[5]).toBe(times[45]);
  await expect.element(details).toBeVisible();
  expect(changes).toHaveLength(1);
});

it('takes the later of two pivots pressed while the first one counts', async () => {
  const times = await burst();
  const slowCount = async ({ request }: { request: Request }) => {
    if (new URL(request.url).searchParams.get('count') === '1') await delay(2500);
    return mock().handle(request);
  };
  overrideMock(http.get('*/audits/resources/audits/v2', slowCount), http.get('*/audits', slowCount));
  // Third page, sixth row: both pivots have to count where it is.
  history.replaceState(null, '', `${location.pathname}?audit.page=3`);
  const screen = await renderAuditLog({ urlState: true });
  await expect.poll(() => shownTimes()[5]).toBe(times[45]);
  const details = await openDetails(screen, 5);
  await details.getByRole('button', { name: 'Show only events where Action is burst.step' }).click();
  await details.getByRole('button', { name }).click();
  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.from')).toEqual([new Date(times[45]! - 300_000).toISOString()]);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(param('audit.action')).toEqual([]);
  expect(param('audit.from')).toEqual([new Date(times[45]! - 300_000).toISOString()]);
  history.replaceState(null, '', location.pathname);
});
