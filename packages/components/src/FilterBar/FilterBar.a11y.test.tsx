// The filter bar from the keyboard with a screen reader: the result count said inside the open severity dialog
// (the table's live region is out of the accessibility tree behind a modal dialog), and focus kept on a control
// when a chip's remove button or "Clear all" leaves, never on the page's body.
import { defaultAuditQuery } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { FilterBar } from './FilterBar.tsx';

setupMockApi();

const focused = () => document.activeElement;
const threeFilters = {
  state: {
    defaultValue: {
      ...defaultAuditQuery,
      filters: { severity: ['High', 'Critical'], action: ['User logged in'] },
    },
  },
};

describe('FilterBar with a keyboard and a screen reader', () => {
  it('says the new result count from inside the open severity dialog, and once only when it is closed', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Severity' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    const high = dialog.getByRole('checkbox', { name: 'High' });
    (high.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(dialog.getByRole('status')).toHaveTextContent(/^\d+ events?$/);
    const count = dialog.getByRole('status').element().textContent!;
    expect(count).not.toBe('240 events');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('status').filter({ hasText: count }).elements()).toHaveLength(1);
  });

  it('moves focus to the next chip, the previous one, then the search box as chips are removed', async () => {
    const { screen } = await renderAudit(<FilterBar />, threeFilters);
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await expect.element(chips.getByRole('listitem')).toHaveLength(3);
    const buttons = () => chips.getByRole('button').elements();
    const [first, second, third] = buttons().map((button) => button.getAttribute('aria-label')!);
    (chips.getByRole('button', { name: second }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(chips.getByRole('listitem')).toHaveLength(2);
    expect(focused()).toBe(chips.getByRole('button', { name: third }).element());
    await userEvent.keyboard('{Enter}');
    await expect.element(chips.getByRole('listitem')).toHaveLength(1);
    expect(focused()).toBe(chips.getByRole('button', { name: first }).element());
    await userEvent.keyboard('{Enter}');
    await expect.element(chips).not.toBeInTheDocument();
    expect(focused()).toBe(screen.getByRole('combobox', { name: 'Search events' }).element());
  });

  it('moves focus to the search box after "Clear all"', async () => {
    const { screen } = await renderAudit(<FilterBar />, threeFilters);
    const clear = screen.getByRole('button', { name: 'Clear all' });
    (clear.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(clear).not.toBeInTheDocument();
    expect(focused()).toBe(screen.getByRole('combobox', { name: 'Search events' }).element());
  });

  // A rotated phone, a zoom or a host's drawer narrows the container under a focused filter control: the closed
  // sheet hides it, and focus would fall to the page's body.
  it.each([
    ['button', 'Severity'],
    ['combobox', 'Time range'],
  ] as const)(
    'moves focus to "Filters" when the %s "%s" it was on hides as the container narrows',
    async (role, name) => {
      const { screen } = await renderAudit(<FilterBar />);
      const box = screen.container as HTMLElement;
      box.style.inlineSize = '1280px';
      const control = screen.getByRole(role, { name, exact: true });
      await expect.element(control).toBeVisible();
      (control.element() as HTMLElement).focus();
      expect(focused()).toBe(control.element());
      box.style.inlineSize = '320px';
      const toggle = screen.getByRole('button', { name: 'Filters', exact: true });
      await expect.element(toggle).toBeVisible();
      await expect.element(toggle).toHaveFocus();
      await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(focused()).not.toBe(document.body);
    },
  );

  // The other way: the container widens under the focused "Filters" toggle, which hides as the filters go back to
  // the row.
  it('moves focus to the first filter control when "Filters" hides as the container widens', async () => {
    const { screen } = await renderAudit(<FilterBar />);
    const box = screen.container as HTMLElement;
    box.style.inlineSize = '1280px';
    await expect.element(screen.getByRole('button', { name: 'Severity', exact: true })).toBeVisible();
    box.style.inlineSize = '320px';
    const toggle = screen.getByRole('button', { name: 'Filters', exact: true });
    await expect.element(toggle).toBeVisible();
    const toggleElement = toggle.element() as HTMLElement;
    toggleElement.focus();
    expect(focused()).toBe(toggleElement);
    box.style.inlineSize = '1280px';
    // Hidden, it is out of the accessibility tree, so it is held as an element.
    await expect.poll(() => toggleElement.getClientRects().length).toBe(0);
    await expect
      .poll(() => focused()?.closest('[data-slot="audit-filter-controls"]') ?? null, { timeout: 2000 })
      .not.toBeNull();
    expect((focused() as HTMLElement).getClientRects().length).toBeGreaterThan(0);
  });

  // A user who clicks plain text leaves the control (focus goes to the page's body, for no other element): a later
  // narrowing must not pull focus, and the page's scroll, back to the log.
  it('leaves focus where the user left it when the container narrows after they left a filter control', async () => {
    const { screen } = await renderAudit(<FilterBar />);
    const box = screen.container as HTMLElement;
    box.style.inlineSize = '1280px';
    const control = screen.getByRole('button', { name: 'Severity', exact: true });
    await expect.element(control).toBeVisible();
    (control.element() as HTMLElement).focus();
    (control.element() as HTMLElement).blur();
    expect(focused()).toBe(document.body);
    // Two frames: the blur's own check runs in the next one.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    box.style.inlineSize = '320px';
    await expect.element(screen.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(focused()).toBe(document.body);
  });
});
