import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { TimestampCell } from './TimestampCell.tsx';

const at = '2026-11-26T01:00:00.000Z';
const minutesAfter = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000);

// Rows are memoised and a background refetch keeps the same event objects, so a time's cell may not render again
// for hours: its relative time must be read when it is shown, not when the row rendered.
describe('TimestampCell’s relative time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is read when the pointer or focus reaches the time, not left as it was when the cell rendered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minutesAfter(5));
    const screen = await render(
      <AuditUiProvider timeZone="UTC" locale="en-US">
        <div className="auditkit">
          <TimestampCell value={at} />
          <p>Elsewhere</p>
        </div>
      </AuditUiProvider>,
    );
    const time = screen.getByText(/1:00:00 AM/);
    await expect.element(time).toHaveAccessibleDescription('5 minutes ago');

    // An hour on, with no render in between.
    vi.setSystemTime(minutesAfter(65));
    await userEvent.hover(time);
    await expect.element(screen.getByRole('tooltip')).toHaveTextContent('1 hour ago');

    vi.setSystemTime(minutesAfter(125));
    await userEvent.hover(screen.getByText('Elsewhere'));
    (time.element() as HTMLElement).focus();
    await expect.element(screen.getByRole('tooltip')).toHaveTextContent('2 hours ago');
    await expect.element(time).toHaveAccessibleDescription('2 hours ago');
  });

  // 23:30 on 28 March in Tokyo, read at 00:30 on the 30th there: two dates back, though 25 hours is one day rounded
  // and in the browser's own zone (UTC here) the two fall on the 28th and the 29th.
  it('counts calendar days in the log’s zone, not the browser’s', async () => {
    const event = '2026-03-28T14:30:00.000Z';
    const screen = await render(
      <AuditUiProvider timeZone="Asia/Tokyo" locale="en-US">
        <div className="auditkit">
          <TimestampCell value={event} now={new Date('2026-03-29T15:30:00.000Z')} />
        </div>
      </AuditUiProvider>,
    );
    await expect.element(screen.getByText(/11:30:00 PM/)).toHaveAccessibleDescription('2 days ago');
  });

  it('is read when the table cell holding the time takes focus (the grid’s stop, described by the time’s tip)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minutesAfter(5));
    const screen = await render(
      <AuditUiProvider timeZone="UTC" locale="en-US">
        <table className="auditkit">
          <tbody>
            <tr>
              <td tabIndex={-1} data-testid="cell">
                <TimestampCell value={at} />
              </td>
            </tr>
          </tbody>
        </table>
      </AuditUiProvider>,
    );
    const cell = screen.getByTestId('cell');
    const tip = screen.getByRole('tooltip', { includeHidden: true });
    await expect.element(tip).toHaveTextContent('5 minutes ago');
    vi.setSystemTime(minutesAfter(65));
    (cell.element() as HTMLElement).focus();
    await expect.element(tip).toHaveTextContent('1 hour ago');
  });
});

// The tip covers the row above, or the sticky header: Escape hides it without moving away (WCAG 1.4.13).
describe('TimestampCell’s tooltip', () => {
  it('hides on Escape while focus stays on the time cell, and shows again once focus comes back', async () => {
    const screen = await render(
      <AuditUiProvider timeZone="UTC" locale="en-US">
        <table className="auditkit">
          <tbody>
            <tr>
              <td tabIndex={0} className="auditkit-table-cell" data-testid="cell">
                <TimestampCell value={at} now={minutesAfter(5)} />
              </td>
            </tr>
          </tbody>
        </table>
        <button type="button">Elsewhere</button>
      </AuditUiProvider>,
    );
    const cell = screen.getByTestId('cell');
    const tip = screen.getByRole('tooltip', { includeHidden: true });
    await userEvent.tab();
    await expect.element(cell).toHaveFocus();
    await expect.element(tip).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(tip).not.toBeVisible();
    await expect.element(cell).toHaveFocus();
    // Focus on to the time and back to the cell: shown again each time it arrives.
    await userEvent.tab();
    await expect.element(tip).toBeVisible();
    await userEvent.tab({ shift: true });
    await expect.element(cell).toHaveFocus();
    await expect.element(tip).toBeVisible();
  });

  it('hides on Escape while the pointer stays on the time, and shows again once the pointer comes back', async () => {
    const screen = await render(
      <AuditUiProvider timeZone="UTC" locale="en-US">
        <div className="auditkit">
          <TimestampCell value={at} now={minutesAfter(5)} />
          <p>Elsewhere</p>
        </div>
      </AuditUiProvider>,
    );
    const time = screen.getByText(/1:00:00 AM/);
    const tip = screen.getByRole('tooltip', { includeHidden: true });
    await userEvent.hover(time);
    await expect.element(tip).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(tip).not.toBeVisible();
    await userEvent.hover(screen.getByText('Elsewhere'));
    await userEvent.hover(time);
    await expect.element(tip).toBeVisible();
  });
});
