import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();

const defaultHeaders = ['Event details', 'Time', 'User', 'Action', 'Description', 'IP Address', 'Resource'];

const headerNames = (table: Element) =>
  [...table.querySelectorAll('th')].map((th) => th.textContent?.trim()).filter(Boolean);

/** The column picker open beside the table it orders, once the table shows its columns. */
async function openPickerBesideTable() {
  const { screen } = await renderAudit(
    <>
      <ColumnPicker />
      <AuditTable />
    </>,
  );
  const table = screen.getByRole('grid');
  await expect.element(table.getByRole('columnheader', { name: 'Resource' })).toBeVisible();
  await screen.getByRole('button', { name: 'Columns' }).click();
  const dialog = screen.getByRole('dialog');
  const item = (name: string) => dialog.getByRole('listitem').filter({ hasText: name });
  return { table, dialog, item };
}

describe('ColumnPicker', () => {
  it('shows, hides and reorders columns by keyboard, announcing each move, and resets', async () => {
    const { screen } = await renderAudit(
      <>
        <ColumnPicker />
        <AuditTable />
      </>,
    );
    const table = screen.getByRole('grid');
    // The vendor's metadata adds a custom column, Resource, shown by default.
    await expect.element(table.getByRole('columnheader', { name: 'Resource' })).toBeVisible();
    expect(headerNames(table.element())).toEqual(defaultHeaders);

    const trigger = screen.getByRole('button', { name: 'Columns' });
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
    await expect.element(dialog).toBeVisible();

    // Show Severity with Space.
    (dialog.getByRole('checkbox', { name: 'Severity' }).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(table.getByRole('columnheader', { name: 'Severity' })).toBeVisible();

    // Move Action up twice: focus stays on the moved item's button and each move is announced.
    (dialog.getByRole('button', { name: 'Move Action up' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Action moved to position 2 of 10');
    await expect.element(dialog.getByRole('button', { name: 'Move Action up' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Action moved to position 1 of 10');
    await expect.poll(() => headerNames(table.element())[1]).toBe('Action');
    expect(headerNames(table.element())).toEqual([
      'Event details',
      'Action',
      'Time',
      'User',
      'Description',
      'IP Address',
      'Severity',
      'Resource',
    ]);
    // At the top, "Move up" is disabled and focus moved to "Move down".
    await expect.element(dialog.getByRole('button', { name: 'Move Action up' })).toBeDisabled();
    await expect.element(dialog.getByRole('button', { name: 'Move Action down' })).toHaveFocus();

    // Hide Description.
    await dialog.getByRole('checkbox', { name: 'Description' }).click();
    await expect.element(table.getByRole('columnheader', { name: 'Description' })).not.toBeInTheDocument();
    expect(await axeViolations(dialog.element())).toEqual([]);

    await dialog.getByRole('button', { name: 'Reset columns' }).click();
    await expect.poll(() => headerNames(table.element())).toEqual(defaultHeaders);
    await userEvent.keyboard('{Escape}');
    await expect.element(trigger).toHaveFocus();

    // Opened again, the panel's status starts empty: a live region that arrives holding the last move's words
    // has some screen readers say them again, about a move made before the panel closed.
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog).toBeVisible();
    await expect.poll(() => dialog.getByRole('status').query()?.textContent).toBe('');
    await userEvent.keyboard('{Escape}');
  });

  it('reorders by drag and drop too', async () => {
    const { table, dialog, item } = await openPickerBesideTable();
    await userEvent.dragAndDrop(item('IP Address'), item('Time'));
    await expect.poll(() => headerNames(table.element())[1]).toBe('IP Address');
    await expect
      .element(dialog.getByRole('status'))
      .toHaveTextContent('IP Address moved to position 1 of 10');
  });

  it('drops a column dragged downward after the item it is dropped on, where the line shows, the last place too', async () => {
    const { table, dialog, item } = await openPickerBesideTable();
    // Dragged down, the line is drawn at the bottom edge of the item under the pointer ("goes after this").
    await userEvent.dragAndDrop(item('Time'), item('Action'));
    await expect.poll(() => headerNames(table.element()).slice(1, 4)).toEqual(['User', 'Action', 'Time']);
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Time moved to position 3 of 10');
    // The last item takes a column after it: the one way to put one last by dragging.
    const items = dialog.getByRole('listitem');
    const last = items.last().element().textContent!.trim();
    await userEvent.dragAndDrop(item('User'), items.last());
    await expect.poll(() => items.last().element().textContent!.trim()).toMatch(/^User/);
    expect(items.nth(8).element().textContent!.trim()).toBe(last);
  });

  it('keeps at least one column visible', async () => {
    const { screen } = await renderAudit(<ColumnPicker />);
    await screen.getByRole('button', { name: 'Columns' }).click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog.getByRole('checkbox', { name: 'Region' })).toBeInTheDocument();
    for (const name of ['Time', 'User', 'Action', 'Description', 'Resource'])
      await dialog.getByRole('checkbox', { name, exact: true }).click();
    await expect.element(dialog.getByRole('checkbox', { name: 'IP Address' })).toBeChecked();
    await expect.element(dialog.getByRole('checkbox', { name: 'IP Address' })).toBeDisabled();
  });
});
