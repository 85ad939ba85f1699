// The details' "Event ID" is the id the service has: the id a user quotes to find the event in a download or to
// support. The client gives every row an id of its own where the answer has none, or repeats one.
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

/** Serves these events (raw JSON text) from both list endpoints. */
function serveEvents(...events: string[]) {
  const body = `{"data":[${events.join(',')}],"total":${events.length}}`;
  const answer = () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
  overrideMock(http.get('*/audits/resources/audits/v2', answer), http.get('*/audits', answer));
}

/** The "Event ID" shown in a details region, or `undefined` when none is shown. */
function shownEventId(region: Element): string | undefined {
  const term = [...region.querySelectorAll('dt')].find((dt) => dt.textContent === 'Event ID');
  return term ? (term.nextElementSibling?.textContent ?? '') : undefined;
}

it('shows the id the event came with: the same for a repeated id, none for an event sent without one', async () => {
  serveEvents(
    '{"frontegg_id":"dup","createdAt":"2026-11-25T12:00:00.000Z","severity":"Info","action":"first"}',
    '{"frontegg_id":"dup","createdAt":"2026-11-25T11:00:00.000Z","severity":"Info","action":"second"}',
    '{"createdAt":"2026-11-25T10:00:00.000Z","severity":"Info","action":"no id"}',
  );
  const screen = await renderAuditLog();
  const open = async (index: number, action: string) => {
    await screen
      .getByRole('button', { name: /^Details of / })
      .nth(index)
      .click();
    const region = screen.getByRole('region', { name: new RegExp(`^Details of ${action} at`) });
    await expect.element(region.getByText('Severity')).toBeVisible();
    return region.element();
  };
  expect(shownEventId(await open(1, 'second'))).toBe('dup');
  expect(shownEventId(await open(2, 'no id'))).toBeUndefined();
});
