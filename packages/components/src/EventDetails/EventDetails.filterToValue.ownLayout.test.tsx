// "Show only events with this value" in a layout of the host's own without a filter bar (README, "Your own
// layout"): there is no chip to take focus, and the button itself goes once the log shows only that value, so focus
// fell to the page's body and a keyboard user started again from the top of the page.
import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';

setupMockApi();

describe('EventDetails: show only events with a value, without a filter bar', () => {
  it('keeps focus in the event’s details, which stay open on the filtered rows', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const expand = screen.getByRole('button', { name: /^Details of / }).first();
    await expect.element(expand).toBeVisible();
    await expand.click();
    const details = screen.getByRole('region', { name: /^Details of / });
    const pivot = details.getByRole('button', { name: /^Show only events where Action is / });
    await pivot.click();
    await expect.element(pivot).not.toBeInTheDocument();
    await expect.poll(() => document.activeElement).not.toBe(document.body);
    expect(details.element().contains(document.activeElement)).toBe(true);
    // Still there once the filtered rows have come: the event has the value.
    await expect.poll(() => screen.getByRole('grid').element().getAttribute('aria-busy')).not.toBe('true');
    expect(document.activeElement).not.toBe(document.body);
  });
});
