import { auditEventUrl, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', location.pathname);
});

// Below a page's worth of the host's own content: opening the link must bring the event into view.
const log = (urlState = true) => (
  <div>
    <div style={{ height: '200vh' }} />
    <AuditLog
      baseUrl=""
      getToken={getToken}
      urlState={urlState}
      defaultTimeZone="UTC"
      locale="en-US"
      queryClient={testQueryClient()}
    />
  </div>
);

const param = (key: string) => new URLSearchParams(location.search).get(key);

/** Opens the details of the event in the nth row and copies its link; returns the link and the row's name. */
async function copyLinkOfRow(n: number) {
  const writeText = vi.fn(async (_text: string) => {});
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
  history.replaceState(null, '', `${location.pathname}?host=keep&audit.q=a&audit.page=1`);
  const screen = await render(log());
  const expand = screen.getByRole('button', { name: /^Details of / }).nth(n);
  await expect.element(expand).toBeVisible();
  const name = expand.element().getAttribute('aria-label')!;
  await expand.click();
  const details = screen.getByRole('region', { name });
  await details.getByRole('button', { name: 'Copy link to this event' }).click();
  await expect.element(details.getByText('Copied')).toBeVisible();
  await screen.unmount();
  return { link: writeText.mock.calls[0]![0], name };
}

describe('a link to one event', () => {
  it('opens the event’s details in a fresh log, focused and in view', async () => {
    const { link, name } = await copyLinkOfRow(3);
    const url = new URL(link);
    expect(url.searchParams.get('host')).toBe('keep');
    expect(url.searchParams.get('audit.q')).toBeNull();
    expect(url.searchParams.get('audit.event')).toBeTruthy();

    history.replaceState(null, '', link);
    const screen = await render(log());
    const expand = screen.getByRole('grid').getByRole('button', { name, exact: true });
    await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByRole('region', { name })).toBeVisible();
    await expect.element(expand).toHaveFocus();
    await expect.element(expand).toBeInViewport();
    // Once: closed by the user, it stays closed.
    await expand.click();
    await expect.element(expand).toHaveAttribute('aria-expanded', 'false');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect.element(expand).toHaveAttribute('aria-expanded', 'false');
  });

  it('drops the key from the URL when the row is closed, and when the query changes', async () => {
    const { link, name } = await copyLinkOfRow(1);
    history.replaceState(null, '', link);
    const screen = await render(log());
    const expand = screen.getByRole('grid').getByRole('button', { name, exact: true });
    await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
    const length = history.length;
    await expand.click();
    await expect.poll(() => param('audit.event')).toBeNull();
    // Replaced, not a new entry; the window stays.
    expect(history.length).toBe(length);
    expect(param('audit.from')).toBe(new URL(link).searchParams.get('audit.from'));
    await screen.unmount();

    history.replaceState(null, '', link);
    const again = await render(log());
    await expect
      .element(again.getByRole('grid').getByRole('button', { name, exact: true }))
      .toHaveAttribute('aria-expanded', 'true');
    await again.getByRole('button', { name: 'Severity', exact: true }).click();
    await again.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).click();
    await expect.poll(() => param('audit.sev')).toBe('High');
    expect(param('audit.event')).toBeNull();
  });

  it('says so when the event is not among the events around its time', async () => {
    const { link } = await copyLinkOfRow(0);
    const url = new URL(link);
    url.searchParams.set('audit.event', 'no-such-event');
    history.replaceState(null, '', url.href);
    const screen = await render(log());
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'The linked event is not in this list' }))
      .toBeVisible();
    expect(screen.getByRole('button', { name: /^Details of /, expanded: true }).elements()).toHaveLength(0);
  });

  it('opens an event of a burst on the page that holds it, and says so for one that is in no page of it', async () => {
    // 30 events a millisecond apart (the mock's clock is fixed): the link's two seconds hold more than a page.
    const client = createAuditClient({ baseUrl: '', getToken });
    for (let i = 0; i < 30; i++)
      await client.create({ severity: 'Info', action: 'burst.step', description: `${i}` });
    const { data } = await client.list({ offset: 0, count: 30, sortBy: 'createdAt', sortDirection: 'desc' });
    // The 26th newest: the second page's sixth row, pages of 20.
    const event = data[25]!;
    const link = auditEventUrl(event, { base: location.href })!;
    history.replaceState(null, '', link);
    const entries = history.length;
    const screen = await render(log());
    const details = screen.getByRole('region', { name: /^Details of burst\.step at/ });
    await expect.element(details).toBeVisible();
    await expect.element(details).toHaveTextContent(event.frontegg_id);
    expect(param('audit.page')).toBe('2');
    // The link's own step, not the user's: the link still holds (its key stays), and no history entry was added.
    expect(param('audit.event')).toBe(event.frontegg_id);
    expect(history.length).toBe(entries);
    await screen.unmount();

    const missing = new URL(link);
    missing.searchParams.set('audit.event', 'no-such-event');
    history.replaceState(null, '', missing.href);
    const again = await render(log());
    await expect
      .element(again.getByRole('status').filter({ hasText: 'The linked event is not in this list' }))
      .toBeVisible();
  });

  it('offers no link where the log’s query is not in the URL', async () => {
    const screen = await render(log(false));
    const expand = screen.getByRole('button', { name: /^Details of / }).first();
    await expect.element(expand).toBeVisible();
    await expand.click();
    const details = screen.getByRole('region', { name: expand.element().getAttribute('aria-label')! });
    await expect.element(details.getByRole('button', { name: /^Copy / }).first()).toBeVisible();
    expect(details.getByRole('button', { name: 'Copy link to this event' }).elements()).toHaveLength(0);
  });
});
