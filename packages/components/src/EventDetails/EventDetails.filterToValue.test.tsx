// "Show only events with this value" beside a field of an event's details: the same query state as the filter
// bar, that field's filter replaced and the rest kept, back on page 1, focus on the new chip; refusals said.
import { defaultAuditColumns, defaultAuditQuery } from '@auditkit/headless';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { EventDetails } from '../guardedParts.ts';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

const param = (key: string) => new URLSearchParams(location.search).getAll(key);
const grid = () => document.querySelector('[role="grid"]')!;
const cells = (column: string) =>
  [...grid().querySelectorAll(`tr[data-slot="audit-table-row"] td[data-column="${column}"]`)].map(
    (cell) => cell.textContent ?? '',
  );

afterEach(() => history.replaceState(null, '', location.pathname));

describe('EventDetails: show only events with a value', () => {
  it('filters the log to a field’s value, keeps the other filters and the search, returns to page 1 and focuses the new chip', async () => {
    // Two actions, a severity and a search: the pivot replaces the actions and keeps the rest.
    history.replaceState(
      null,
      '',
      `${location.pathname}?audit.sev=Info&audit.q=signed&audit.action=User%20logged%20in,User%20logged%20out`,
    );
    const screen = await renderAuditLog({ urlState: true });
    await screen.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => param('audit.page')).toEqual(['2']);
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    const action = cells('action')[0]!;
    expect(['User logged in', 'User logged out']).toContain(action);

    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    // Filterable fields have the button; the time, a field the log cannot filter by, the payload and a value the
    // log already shows alone (the severity) do not.
    await expect
      .element(details.getByRole('button', { name: `Show only events where Action is ${action}` }))
      .toBeVisible();
    await expect
      .element(details.getByRole('button', { name: /^Show only events where Severity is Info$/ }))
      .not.toBeInTheDocument();
    await expect
      .element(details.getByRole('button', { name: /^Show only events where IP address is / }))
      .toBeVisible();
    await expect
      .element(
        details.getByRole('button', { name: /^Show only events where (Time|Description|Json Data) is / }),
      )
      .not.toBeInTheDocument();
    requests.length = 0;
    await details.getByRole('button', { name: `Show only events where Action is ${action}` }).click();

    const chip = screen.getByRole('button', { name: `Remove filter Action: ${action}` });
    await expect.element(chip).toHaveFocus();
    await expect.poll(() => param('audit.action')).toEqual([action]);
    expect(param('audit.sev')).toEqual(['Info']);
    expect(param('audit.q')).toEqual(['signed']);
    expect(param('audit.page')).toEqual([]);
    await expect.element(screen.getByRole('button', { name: 'Remove filter Severity: Info' })).toBeVisible();
    await expect.poll(() => new Set(cells('action'))).toEqual(new Set([action]));
    await expect.element(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent(/^1–/);
    expect(
      requests.some((url) => isListRequest(url) && url.searchParams.get('action')?.includes(action)),
    ).toBe(true);
    // Focus is still on the chip once the rows have changed.
    await expect.element(chip).toHaveFocus();
  });

  // The user's address is the "User" field of the details and the filter bar's "Email" filter: the button named
  // the field, and focus then landed on a chip of another name.
  it('names the filter as the chip that takes focus names it', async () => {
    const screen = await renderAuditLog();
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    const pivot = details.getByRole('button', { name: /^Show only events where Email is / });
    const value = (pivot.element().getAttribute('aria-label') ?? '').replace(
      /^Show only events where Email is /,
      '',
    );
    await pivot.click();
    await expect.element(screen.getByRole('button', { name: `Remove filter Email: ${value}` })).toHaveFocus();
  });

  it('says why when the query state refuses the filter, and leaves the filters as they were', async () => {
    // Fifty filtered columns already: a fifty-first is over what a link carries.
    const filters = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`c${index}`, ['x']]));
    const screen = await renderAuditLog({ defaultQuery: { ...defaultAuditQuery, filters } });
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    const button = details.getByRole('button', { name: /^Show only events where Action is / });
    await button.click();
    await expect
      .element(details.getByRole('alert'))
      .toHaveTextContent('The filter was not changed. More than 50 columns are filtered.');
    await expect
      .element(button)
      .toHaveAccessibleDescription('The filter was not changed. More than 50 columns are filtered.');
    await expect.element(button).toHaveFocus();
    await expect
      .element(screen.getByRole('button', { name: /^Remove filter Action: / }))
      .not.toBeInTheDocument();
  });

  it('offers no button on a standalone panel, outside a log’s query state', async () => {
    const event = {
      frontegg_id: 'evt-1',
      createdAt: '2026-11-25T10:00:00.000Z',
      email: 'ada@acme.test',
      action: 'Role changed',
      ip: '81.2.69.142',
      severity: 'High',
    };
    const screen = await render(<EventDetails event={event} columns={defaultAuditColumns} />);
    await expect.element(screen.getByText('Role changed')).toBeVisible();
    expect(screen.container.querySelectorAll('button[aria-label^="Show only events"]')).toHaveLength(0);
  });
});
