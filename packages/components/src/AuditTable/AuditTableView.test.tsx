import type { AuditSort } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const onSortChange = () => {};
const event = (n: number): AuditEventLike => ({
  frontegg_id: `e${n}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, n)).toISOString(),
  action: `Action ${n}`,
});

describe('AuditTableView rendering', () => {
  it('renders each row once per data change: not again while the next page loads, only new events after', async () => {
    // Every timestamp cell asks for its relative time when it renders, so the calls count cell renders.
    let renders = 0;
    const formatRelative = () => {
      renders += 1;
      return 'a moment ago';
    };
    const first = Array.from({ length: 20 }, (_, i) => event(i));
    const view = (events: AuditEventLike[], loading: boolean) => (
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US" formatRelative={formatRelative}>
        <AuditTableView
          events={events}
          columns={columns}
          sort={sort}
          onSortChange={onSortChange}
          loading={loading}
        />
      </AuditUiProvider>
    );
    const screen = await render(view(first, false));
    await expect.element(screen.getByRole('row', { name: /Action 19/ })).toBeInTheDocument();
    expect(renders).toBe(20);

    await screen.rerender(view(first, true));
    await expect.element(screen.getByRole('grid')).toHaveAttribute('aria-busy', 'true');
    expect(renders).toBe(20);

    // The same events in a new array, plus one new event: only the new row renders.
    await screen.rerender(view([event(20), ...first], false));
    await expect.element(screen.getByRole('row', { name: /Action 20/ })).toBeInTheDocument();
    expect(renders).toBe(21);
  });
});
