// The details' pivots in a log that scrolls infinitely, where more than the new list's first 100 events sort
// before the event: "what else happened then", and "only this value". Newest first, the new list's first events
// were all later ones: the event's row and its details left the screen (to open again, unseen, once the user had
// scrolled that far).
import { auditEventUrl, auditTimeMs, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, expect, it } from 'vitest';
import type { Locator } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

afterEach(() => {
  history.replaceState(null, '', location.pathname);
});

const name = 'Show events from 5 minutes before to 5 minutes after this one';
const param = (key: string) => new URLSearchParams(location.search).getAll(key);
const shownTimes = () =>
  [...document.querySelectorAll('[role="grid"] td[data-column="createdAt"] time')].map((time) =>
    Date.parse((time as HTMLTimeElement).dateTime),
  );

/** A burst of 150 events, a millisecond apart (the mock's clock is fixed), newest first, with their times. */
async function burst() {
  const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
  for (let i = 0; i < 150; i++)
    await client.create({ severity: 'Info', action: 'burst.step', description: `step ${i}` });
  const { data } = await client.list({ offset: 0, count: 150, sortBy: 'createdAt', sortDirection: 'desc' });
  return data.map((event) => ({ event, id: event.frontegg_id, at: auditTimeMs(event.createdAt)! }));
}

/** Opens the details of the event in the first row of the log's grid; returns its region. */
async function openFirst(screen: { getByRole: Locator['getByRole'] }) {
  await screen
    .getByRole('button', { name: /^Details of / })
    .first()
    .click();
  return screen.getByRole('region', { name: /^Details of / });
}

it('loads the new list down to the event and brings its row, details open, into view', async () => {
  const events = await burst();
  // 140 of the burst are after it: in the new list's second 100.
  const event = events[140]!;
  history.replaceState(null, '', `${location.pathname}?audit.to=${new Date(event.at).toISOString()}`);
  const screen = await renderAuditLog({ paging: 'infinite', urlState: true });
  await expect.poll(() => shownTimes()[0]).toBe(event.at);
  const details = await openFirst(screen);
  await expect.element(details).toHaveTextContent(event.id);
  await details.getByRole('button', { name }).click();

  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
  expect(param('audit.from')).toEqual([new Date(event.at - 300_000).toISOString()]);
  // An infinite list reads no page index.
  expect(param('audit.page')).toEqual([]);
  // Its row in the new list, the 141st: loaded, open and in view, with its details.
  const expand = screen
    .getByRole('grid')
    .getByRole('button', { name: /^Details of burst\.step/, expanded: true });
  await expect.poll(() => expand.query()?.closest('tbody')?.dataset.index).toBe('140');
  await expect.element(expand).toBeInViewport();
  const again = screen.getByRole('region', { name: /^Details of burst\.step at/ });
  await expect.element(again).toBeVisible();
  await expect.element(again).toHaveTextContent(event.id);
  // Focus stays on the chip the pivot focused.
  await expect.element(screen.getByRole('button', { name: /^Remove filter Time range: / })).toHaveFocus();
});

it('filters to a value, loading the new list down to the event, its details still open and in view', async () => {
  const events = await burst();
  // Opened from a link to it (the second 100 of its two seconds): "only this value" keeps that window.
  const { event, id } = events[140]!;
  history.replaceState(null, '', auditEventUrl(event, { base: location.href })!);
  const screen = await renderAuditLog({ paging: 'infinite', urlState: true });
  const details = screen.getByRole('region', { name: /^Details of burst\.step at/ });
  await expect.element(details).toHaveTextContent(id);
  await details.getByRole('button', { name: 'Show only events where Action is burst.step' }).click();

  await expect
    .element(screen.getByRole('button', { name: 'Remove filter Action: burst.step' }))
    .toHaveFocus();
  expect(param('audit.action')).toEqual(['burst.step']);
  const expand = screen
    .getByRole('grid')
    .getByRole('button', { name: /^Details of burst\.step/, expanded: true });
  await expect.poll(() => expand.query()?.closest('tbody')?.dataset.index).toBe('140');
  await expect.element(expand).toBeInViewport();
  await expect
    .element(screen.getByRole('region', { name: /^Details of burst\.step at/ }))
    .toHaveTextContent(id);
  await expect
    .element(screen.getByRole('button', { name: 'Remove filter Action: burst.step' }))
    .toHaveFocus();
});
