// The details' icon-only buttons ("events around this time", "show only events with this value") said their words
// only in a `title`, which neither the keyboard nor touch ever shows. Their name now shows in the times' tooltip on
// hover and on focus (WCAG 1.4.13: hoverable, stays, and Escape hides it without moving focus).
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit, type RenderAuditOptions } from '../test/renderAudit.tsx';

setupMockApi();

const around = 'Show events from 5 minutes before to 5 minutes after this one';

async function openDetails(options?: RenderAuditOptions) {
  const { screen } = await renderAudit(<AuditTable />, options);
  const expand = screen.getByRole('button', { name: /^Details of / }).first();
  await expect.element(expand).toBeVisible();
  await expand.click();
  const details = screen.getByRole('region', { name: /^Details of / });
  await expect.element(details.getByRole('button', { name: around })).toBeVisible();
  return { expand, details };
}

describe('EventDetails: the icon-only buttons’ labels', () => {
  it('shows a name on focus; Escape hides it with focus kept, and the next Escape goes to the row', async () => {
    const { expand, details } = await openDetails();
    const button = details.getByRole('button', { name: around });
    const label = details.getByText(around, { exact: true });
    // Not shown until asked for (nor in the page: the panel's text is not said again), and no browser tooltip.
    await expect.element(label).not.toBeInTheDocument();
    await expect.element(button).not.toHaveAttribute('title');

    button.element().focus();
    await expect.element(label).toBeVisible();
    // Inside the panel, not past its side.
    const panel = details.element().getBoundingClientRect();
    const box = label.element().getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(panel.left);
    expect(box.right).toBeLessThanOrEqual(panel.right);
    expect(await axeViolations(details.element())).toEqual([]);

    await userEvent.keyboard('{Escape}');
    await expect.element(label).not.toBeVisible();
    await expect.element(button).toHaveFocus();
    // With the label gone, Escape is the grid's again: back to the event's row.
    await userEvent.keyboard('{Escape}');
    await expect.element(expand).toHaveFocus();
    // Focus back on the button shows it again.
    button.element().focus();
    await expect.element(label).toBeVisible();
  });

  it('shows a button’s name on hover, stays while the pointer is on it, and Escape hides it (dark)', async () => {
    const { expand, details } = await openDetails({ theme: 'dark' });
    const button = details.getByRole('button', { name: /^Show only events where Action is / });
    const name = button.element().getAttribute('aria-label')!;
    const label = details.getByText(name, { exact: true });
    await expect.element(label).not.toBeInTheDocument();
    await expect.element(button).not.toHaveAttribute('title');

    await userEvent.hover(button);
    await expect.element(label).toBeVisible();
    // Hoverable: the pointer moves onto the label and it stays.
    await userEvent.hover(label);
    await expect.element(label).toBeVisible();
    expect(await axeViolations(details.element())).toEqual([]);
    // Escape hides it while the pointer stays on the button.
    await userEvent.hover(button);
    await userEvent.keyboard('{Escape}');
    await expect.element(label).not.toBeVisible();
    // The pointer elsewhere hides it; back on the button, it shows again.
    await userEvent.hover(details.getByRole('button', { name: around }));
    await expect.element(details.getByText(around, { exact: true })).toBeVisible();
    await userEvent.hover(button);
    await expect.element(label).toBeVisible();
    await expect.element(details.getByText(around, { exact: true })).not.toBeInTheDocument();
    expect(expand.element().getAttribute('aria-expanded')).toBe('true');
  });
});
