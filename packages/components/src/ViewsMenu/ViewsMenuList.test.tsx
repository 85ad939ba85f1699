// The open Views menu: how it closes (its button again, Escape, a press or focus elsewhere), and its roving
// focus when a host renders the log into an iframe through a portal (react-frame-component). Real clicks and keys.
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { renderInFrame } from '../test/renderInFrame.tsx';
import { ViewsMenu } from './ViewsMenu.tsx';

setupMockApi();
beforeEach(() => localStorage.clear());

const predefined = ['Alpha', 'Beta', 'Gamma'].map((name) => ({ name, query: {} }));

async function renderMenu() {
  const { screen } = await renderAudit(
    <>
      <p>Outside text</p>
      <SearchBox debounceMs={50} />
      <ViewsMenu tenantId="t" userId="u" predefined={predefined} />
    </>,
  );
  const button = screen.getByRole('button', { name: 'Views' });
  const menu = screen.getByRole('menu', { name: 'Views' });
  await button.click();
  await expect.element(menu.getByRole('menuitem', { name: 'Alpha' })).toHaveFocus();
  await expect.element(button).toHaveAttribute('aria-expanded', 'true');
  return { screen, button, menu };
}

describe('ViewsMenuList', () => {
  it('closes when its button is clicked again, focus staying on the button; and opens on the next click', async () => {
    const { button, menu } = await renderMenu();
    await button.click();
    await expect.element(menu).not.toBeInTheDocument();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await expect.element(button).toHaveFocus();
    await button.click();
    await expect.element(menu.getByRole('menuitem', { name: 'Alpha' })).toHaveFocus();

    // As in Safari and Firefox on macOS, where a click does not focus the button: the menu loses focus to nothing.
    const element = button.element() as HTMLElement;
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    (document.activeElement as HTMLElement).blur();
    element.click();
    await expect.element(menu).not.toBeInTheDocument();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape (focus back on the button), on Tab, and on a click elsewhere', async () => {
    const { screen, button, menu } = await renderMenu();
    await userEvent.keyboard('{Escape}');
    await expect.element(menu).not.toBeInTheDocument();
    await expect.element(button).toHaveFocus();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');

    await button.click();
    await expect.element(menu.getByRole('menuitem', { name: 'Alpha' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(menu).not.toBeInTheDocument();

    // On text that takes no focus, and on a control that does (which keeps it).
    await button.click();
    await expect.element(menu).toBeVisible();
    await screen.getByText('Outside text').click();
    await expect.element(menu).not.toBeInTheDocument();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect.element(menu).toBeVisible();
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await search.click();
    await expect.element(menu).not.toBeInTheDocument();
    await expect.element(search).toHaveFocus();
  });

  it('in an iframe (portal): arrow keys move through the items, the button closes it, Escape returns to it', async () => {
    const { frame, doc } = await renderInFrame(
      <AuditLog {...testAuditLogProps()} newEventsInterval={false} predefinedViews={predefined} />,
    );
    const button = frame.getByRole('button', { name: 'Views' });
    const menu = frame.getByRole('menu', { name: 'Views' });
    const focusedName = () => doc.activeElement?.textContent;
    await button.click();
    await expect.poll(focusedName).toBe('Alpha');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('Beta');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('Gamma');
    await userEvent.keyboard('{End}');
    expect(focusedName()).toBe('Manage views…');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('Alpha');

    await button.click();
    await expect.poll(() => button.element().getAttribute('aria-expanded')).toBe('false');
    expect(doc.querySelector('[role="menu"]')).toBeNull();

    await button.click();
    await expect.poll(focusedName).toBe('Alpha');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => doc.activeElement).toBe(button.element());
    expect(menu.query()).toBeNull();
  });
});
