// "Show them" from the keyboard: the button leaves with the notice, and focus goes to the events grid, where the
// new events are, never to the page's body.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { NewEventsNotice } from './NewEventsNotice.tsx';
import { fastPolling } from '../test/fastPolling.ts';

// Each 5 s interval elapses in 250 ms.
fastPolling();
setupMockApi();

describe('NewEventsNotice focus', () => {
  it('moves focus to the grid\'s Tab stop after "Show them"', async () => {
    const { screen, client } = await renderAudit(
      <>
        <NewEventsNotice interval={5_000} />
        <AuditTable />
      </>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('row').nth(20)).toBeInTheDocument();
    await client.create({ severity: 'High', action: 'notice.focus.new' });
    const show = screen.getByRole('button', { name: 'Show them' });
    await expect.element(show).toBeVisible();
    (show.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(show).not.toBeInTheDocument();
    await expect.element(grid.getByText('notice.focus.new')).toBeVisible();
    await expect.poll(() => document.activeElement).not.toBe(document.body);
    const active = document.activeElement!;
    expect(grid.element().contains(active)).toBe(true);
    expect(active.getAttribute('tabindex')).toBe('0');
  });
});
