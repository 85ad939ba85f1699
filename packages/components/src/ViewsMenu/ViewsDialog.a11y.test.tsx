// The manage dialog from the keyboard with a screen reader: what it does is said from inside the open modal
// dialog (the page behind it is out of the accessibility tree), and focus stays on a control when the one that
// had it leaves (a saved rename, a deleted view), never on the page's body.
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ViewsMenu } from './ViewsMenu.tsx';

setupMockApi();
beforeEach(() => localStorage.clear());

async function openManage() {
  const { screen } = await renderAudit(<ViewsMenu tenantId="t" userId="u" />);
  await screen.getByRole('button', { name: 'Views' }).click();
  await screen.getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Saved views' });
  await expect.element(dialog.getByRole('textbox', { name: 'Save the current view as' })).toHaveFocus();
  return { screen, dialog };
}

async function save(dialog: Awaited<ReturnType<typeof openManage>>['dialog'], name: string) {
  await userEvent.keyboard(`${name}{Enter}`);
  await expect.element(dialog.getByRole('button', { name: `Apply ${name}` })).toBeVisible();
}

const focused = () => document.activeElement;

describe('Saved views dialog', () => {
  it('announces a saved and a deleted view from a status region inside the open dialog', async () => {
    const { screen, dialog } = await openManage();
    await save(dialog, 'Mine');
    await expect.element(dialog.getByRole('status')).toHaveTextContent('View “Mine” saved');
    await save(dialog, 'Ours');
    await dialog.getByRole('button', { name: 'Delete Ours' }).click();
    await expect.element(dialog.getByRole('status')).toHaveTextContent('View “Ours” deleted');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    // Closed: said once, beside the menu button.
    expect(screen.getByRole('status').filter({ hasText: 'View “Ours” deleted' }).elements()).toHaveLength(1);
  });

  it('says a save again when a view is saved again under the same name', async () => {
    const { dialog } = await openManage();
    await save(dialog, 'Mine');
    const status = dialog.getByRole('status');
    await expect.element(status).toHaveTextContent('View “Mine” saved');
    const region = status.element();
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    // The same name replaces the view: the same words, said again (emptied, then filled).
    await save(dialog, 'Mine');
    await expect.poll(() => said).toEqual(['', 'View “Mine” saved']);
    observer.disconnect();
    await expect.element(status).toHaveTextContent('View “Mine” saved');
  });

  it('keeps focus on the Rename button after a rename is saved', async () => {
    const { dialog } = await openManage();
    await save(dialog, 'Mine');
    (dialog.getByRole('button', { name: 'Rename Mine' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('textbox', { name: 'New name for Mine' })).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}Theirs{Enter}');
    const rename = dialog.getByRole('button', { name: 'Rename Theirs' });
    await expect.element(rename).toBeVisible();
    expect(focused()).toBe(rename.element());
  });

  // Focus went to the next row's Delete: a second slip of the same key deleted that view too, with nothing to
  // undo it. It goes to the deleted view's Undo, which replaces the one offered before.
  it('moves focus to the deleted view’s Undo, the last row’s included, never to the page behind', async () => {
    const { dialog } = await openManage();
    for (const name of ['One', 'Two', 'Three']) await save(dialog, name);
    (dialog.getByRole('button', { name: 'Delete Two' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Delete Two' })).not.toBeInTheDocument();
    await expect.poll(focused).toBe(dialog.getByRole('button', { name: 'Undo deleting Two' }).element());
    (dialog.getByRole('button', { name: 'Delete Three' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Delete Three' })).not.toBeInTheDocument();
    await expect.poll(focused).toBe(dialog.getByRole('button', { name: 'Undo deleting Three' }).element());
    expect(dialog.getByRole('button', { name: /^Undo/ }).elements()).toHaveLength(1);
    (dialog.getByRole('button', { name: 'Delete One' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Delete One' })).not.toBeInTheDocument();
    await expect.poll(focused).toBe(dialog.getByRole('button', { name: 'Undo deleting One' }).element());
    // Still inside the modal dialog: Tab moves on to its next control.
    await userEvent.tab();
    expect(dialog.element().contains(focused())).toBe(true);
  });
});
