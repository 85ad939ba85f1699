// A time's tooltip in the events grid, where the cell (not the time) is the Tab stop and rows are memoised: its
// relative time is read as it shows, Escape hides it while hover or focus stays (WCAG 1.4.13) and it shows again
// once they leave and come back; and the rows add no DOM listener each for any of it (a filter change mounts a
// page of them). Real keys and pointer (Playwright).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import type { AuditSort } from '@auditkit/headless';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { AuditTableView } from '../AuditTable/AuditTableView.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { TimestampCell } from './TimestampCell.tsx';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const at = Date.UTC(2026, 10, 26, 1, 0);
const event = (n: number, prefix = 'e'): AuditEventLike => ({
  frontegg_id: `${prefix}${n}`,
  createdAt: new Date(at - n * 60_000).toISOString(),
  action: `Action ${n}`,
});
const minutesAfter = (minutes: number) => new Date(at + minutes * 60_000);

function View({ events }: { events: readonly AuditEventLike[] }) {
  return (
    <AuditUiProvider timeZone="UTC" locale="en-US">
      {/* The log's root class, which the stylesheet's rules hang from (the tip is hidden until shown). */}
      <div className="auditkit">
        <button type="button">Before</button>
        <AuditTableView events={events} columns={columns} sort={sort} onSortChange={() => {}} />
        <p>Elsewhere</p>
      </div>
    </AuditUiProvider>
  );
}

const focused = () => document.activeElement as HTMLElement;

async function renderGrid(events = [event(0), event(1), event(2)]) {
  const screen = await render(<View events={events} />);
  const grid = screen.getByRole('grid');
  await expect
    .element(grid.getByRole('button', { name: /^Details of / }).first())
    .toHaveAttribute('tabindex', '0');
  const firstTime = grid.element().querySelector<HTMLElement>('tbody time')!;
  const tip = grid.getByRole('tooltip', { includeHidden: true }).first();
  return { screen, grid, firstTime, tip };
}

describe('A time’s tooltip in the events grid', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the relative time when the time’s cell takes focus, though the row did not render again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minutesAfter(5));
    const { screen, firstTime, tip } = await renderGrid();
    await expect.element(tip).toHaveTextContent('5 minutes ago');
    vi.setSystemTime(minutesAfter(65));
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}{ArrowRight}');
    expect(focused()).toBe(firstTime.closest('td'));
    await expect.element(tip).toBeVisible();
    await expect.element(tip).toHaveTextContent('1 hour ago');
    await expect.element(focused()).toHaveAccessibleDescription('1 hour ago');
  });

  it('hides on Escape while the time’s cell keeps focus, and shows again once focus leaves and comes back', async () => {
    const { screen, firstTime, tip } = await renderGrid();
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}{ArrowRight}');
    const cell = firstTime.closest('td')!;
    expect(focused()).toBe(cell);
    await expect.element(tip).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(tip).not.toBeVisible();
    expect(focused()).toBe(cell);
    // Still hidden after another key that keeps focus there.
    await userEvent.keyboard('{Escape}');
    await expect.element(tip).not.toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).not.toBe(cell);
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe(cell);
    await expect.element(tip).toBeVisible();
  });

  it('hides on Escape while the pointer stays on a time, shows again once the pointer comes back, read afresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minutesAfter(5));
    const { screen, grid } = await renderGrid();
    const time = grid.element().querySelectorAll<HTMLElement>('tbody time')[1]!;
    const tip = grid.getByRole('tooltip', { includeHidden: true }).nth(1);
    await userEvent.hover(time);
    await expect.element(tip).toBeVisible();
    await expect.element(tip).toHaveTextContent('6 minutes ago');
    await userEvent.keyboard('{Escape}');
    await expect.element(tip).not.toBeVisible();
    vi.setSystemTime(minutesAfter(65));
    await userEvent.hover(screen.getByText('Elsewhere'));
    await userEvent.hover(time);
    await expect.element(tip).toBeVisible();
    await expect.element(tip).toHaveTextContent('1 hour ago');
  });

  it('stops watching Escape when the log goes while a time is hovered, keeping nothing of it', async () => {
    const { screen, grid } = await renderGrid();
    const removed = vi.spyOn(document, 'removeEventListener');
    try {
      await userEvent.hover(grid.element().querySelector<HTMLElement>('tbody time')!);
      await expect.element(grid.getByRole('tooltip', { includeHidden: true }).first()).toBeVisible();
      // Gone with the pointer still over it (a dialog holding the log closed by a key): no pointer leave comes.
      await screen.unmount();
      expect(removed.mock.calls.some(([type]) => type === 'keydown')).toBe(true);
    } finally {
      removed.mockRestore();
    }
  });

  it('leaves a tip hidden by Escape on one time shown on another the pointer then reaches', async () => {
    const { grid } = await renderGrid();
    const times = grid.element().querySelectorAll<HTMLElement>('tbody time');
    const tips = grid.getByRole('tooltip', { includeHidden: true });
    await userEvent.hover(times[0]!);
    await userEvent.keyboard('{Escape}');
    await expect.element(tips.nth(0)).not.toBeVisible();
    await userEvent.hover(times[2]!);
    await expect.element(tips.nth(2)).toBeVisible();
  });

  it('adds no DOM listener per row when a filter change mounts a page of rows', async () => {
    const { screen, grid } = await renderGrid([event(0)]);
    const added: EventTarget[] = [];
    const original = EventTarget.prototype.addEventListener;
    const spy = vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
      this: EventTarget,
      ...args: Parameters<EventTarget['addEventListener']>
    ) {
      added.push(this);
      original.apply(this, args);
    });
    try {
      await screen.rerender(<View events={Array.from({ length: 40 }, (_, n) => event(n, 'f'))} />);
      await expect.poll(() => grid.element().querySelectorAll('tbody time').length).toBe(40);
    } finally {
      spy.mockRestore();
    }
    const inRows = added.filter((target) => target instanceof Node && grid.element().contains(target));
    expect(inRows).toEqual([]);
    // Anything else added (once for the table, not for each row) stays well below one per row.
    expect(added.length).toBeLessThan(10);
  });
});

describe('A time’s tooltip in a shadow root', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // A host may render the log inside a shadow root, where focus seen from the document is on the host element.
  it('is read when the cell holding the time takes focus, and Escape marks it hidden', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minutesAfter(5));
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    try {
      await render(
        <AuditUiProvider timeZone="UTC" locale="en-US">
          <table>
            <tbody>
              <tr>
                <td tabIndex={-1}>
                  <TimestampCell value={new Date(at).toISOString()} />
                </td>
              </tr>
            </tbody>
          </table>
        </AuditUiProvider>,
        { container },
      );
      const cell = shadow.querySelector('td')!;
      const stamp = shadow.querySelector('[data-slot="audit-timestamp"]')!;
      const tip = shadow.querySelector('[role="tooltip"]')!;
      expect(tip.textContent).toBe('5 minutes ago');
      vi.setSystemTime(minutesAfter(65));
      cell.focus();
      await expect.poll(() => tip.textContent).toBe('1 hour ago');
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => stamp.hasAttribute('data-dismissed')).toBe(true);
      cell.blur();
      cell.focus();
      await expect.poll(() => stamp.hasAttribute('data-dismissed')).toBe(false);
    } finally {
      host.remove();
    }
  });
});
