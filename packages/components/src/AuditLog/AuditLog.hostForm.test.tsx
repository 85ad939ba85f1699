// A host page that wraps its whole body in a form (ASP.NET WebForms, a settings page): the log's custom range and
// its views' Save and rename were forms of their own, whose submit went to the host's form. The page reloaded
// (`path?`), the log's URL keys were lost, and nothing was applied or saved. Enter on a popover's checkbox or radio
// submits a form around it too in Chromium (implicit submission).
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});
const param = (key: string) => new URLSearchParams(location.search).get(key);

/** The log in a host's form with a submit button of its own; each submit is counted and cancelled. */
async function renderInHostForm() {
  const form = document.createElement('form');
  const container = document.createElement('div');
  const hostSubmit = document.createElement('button');
  hostSubmit.textContent = 'Save settings';
  form.append(container, hostSubmit);
  document.body.append(form);
  let submits = 0;
  // On window, capturing: before anything of the log's, so the test runner's page never navigates.
  const onSubmit = (event: Event) => {
    submits += 1;
    event.preventDefault();
  };
  window.addEventListener('submit', onSubmit, true);
  onTestFinished(() => {
    window.removeEventListener('submit', onSubmit, true);
    form.remove();
  });
  const screen = await render(
    <AuditLog {...testAuditLogProps()} urlState userId="u1" newEventsInterval={false} />,
    { container },
  );
  await expect.element(screen.getByRole('button', { name: 'Views' })).toBeVisible();
  return { screen, submits: () => submits };
}

describe('<AuditLog> inside a host page’s form', () => {
  it('applies a custom range by Apply and by Enter, never submitting the host’s form', async () => {
    const { screen, submits } = await renderInHostForm();
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Custom range');
    const from = screen.getByLabelText('From', { exact: true });
    await from.fill('2026-11-19T00:00');
    await screen.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => param('audit.from')).toBe('2026-11-19T00:00:00.000Z');

    await screen.getByLabelText('To', { exact: true }).fill('2026-11-20T10:00');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => param('audit.to')).toBe('2026-11-20T10:00:59.999Z');
    expect(param('audit.from')).toBe('2026-11-19T00:00:00.000Z');
    // Enter on a start after the end applies nothing, and still does not reach the host's form.
    await from.fill('2026-11-21T00:00');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The start must be before the end.');
    await userEvent.keyboard('{Enter}');
    expect(param('audit.from')).toBe('2026-11-19T00:00:00.000Z');
    expect(submits()).toBe(0);
  });

  it('saves a view by Save and by Enter, and renames one by Enter, never submitting the host’s form', async () => {
    const { screen, submits } = await renderInHostForm();
    const views = screen.getByRole('button', { name: 'Views' });
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const name = dialog.getByRole('textbox', { name: 'Save the current view as' });

    await views.click();
    await screen.getByRole('menuitem', { name: 'Save current view…' }).click();
    await name.fill('Mine');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.element(dialog.getByRole('button', { name: 'Apply Mine' })).toBeVisible();
    await expect.element(name).toHaveValue('');

    await name.fill('Other');
    // Enter that confirms an input method's word is the method's: nothing is saved yet.
    (name.element() as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }),
    );
    await new Promise(requestAnimationFrame);
    await expect.element(name).toHaveValue('Other');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Apply Other' })).toBeVisible();

    await dialog.getByRole('button', { name: 'Rename Mine' }).click();
    await dialog.getByRole('textbox', { name: 'New name for Mine' }).fill('Mine, renamed');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Rename Mine, renamed' })).toHaveFocus();
    // Enter in the shared link's read-only field, which a host's form would take as its own.
    await dialog.getByRole('button', { name: 'Copy a link to Mine, renamed' }).click();
    await dialog.getByRole('textbox', { name: 'Link to Mine, renamed' }).click();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();

    await views.click();
    await expect.element(screen.getByRole('menuitem', { name: 'Mine, renamed' })).toBeVisible();
    await expect.element(screen.getByRole('menuitem', { name: 'Other' })).toBeVisible();
    expect(submits()).toBe(0);
  });

  it.each([
    { trigger: 'Severity', dialog: 'Severity', role: 'checkbox', name: 'Info' },
    { trigger: 'Columns', dialog: 'Show and order columns', role: 'checkbox', name: 'Severity' },
    { trigger: 'Export', dialog: 'Export', role: 'radio', name: 'All columns' },
  ] as const)(
    'keeps Enter on $name (a $role) in $dialog from the host’s form, the $role as it was',
    async ({ trigger, dialog, role, name }) => {
      const { screen, submits } = await renderInHostForm();
      await screen.getByRole('button', { name: trigger, exact: true }).click();
      const control = screen.getByRole('dialog', { name: dialog }).getByRole(role, { name, exact: true });
      await expect.element(control).not.toBeChecked();
      (control.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      // Enter neither ticks a checkbox nor picks a radio; Space still does.
      await expect.element(control).toHaveFocus();
      await expect.element(control).not.toBeChecked();
      expect(submits()).toBe(0);
      await userEvent.keyboard(' ');
      await expect.element(control).toBeChecked();
      expect(submits()).toBe(0);
    },
  );
});
