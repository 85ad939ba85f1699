// `listKey` says the rows are another list's: open rows belong to the list they were opened in.
import type { AuditSort } from '@auditkit/headless';
import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const event = (n: number): AuditEventLike => ({
  frontegg_id: `e${n}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, n)).toISOString(),
  action: `Action ${n}`,
});

const view = (events: readonly AuditEventLike[], listKey: number) => (
  <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
    <AuditTableView
      events={events}
      columns={columns}
      sort={sort}
      onSortChange={() => {}}
      virtual
      total={events.length}
      listKey={listKey}
    />
  </AuditUiProvider>
);

it('keeps a row open while its list grows, and shows it closed in another list', async () => {
  const events = [event(3), event(2), event(1)];
  const screen = await render(view(events, 1));
  const expand = (n: number) => screen.getByRole('button', { name: new RegExp(`^Details of Action ${n} `) });
  await expand(2).click();
  await expect.element(screen.getByRole('region', { name: /^Details of Action 2 / })).toBeVisible();

  // The same list, a page more.
  await screen.rerender(view([...events, event(0)], 1));
  await expect.element(expand(0)).toBeInTheDocument();
  await expect.element(expand(2)).toHaveAttribute('aria-expanded', 'true');

  // Another query's list that holds the same event.
  await screen.rerender(view([event(2), event(1)], 2));
  await expect.element(expand(3)).not.toBeInTheDocument();
  await expect.element(expand(2)).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByRole('region', { name: /^Details of / }).elements()).toHaveLength(0);
  // The header and two events: no details row counted for the row that was open.
  await expect.element(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '3');
});
