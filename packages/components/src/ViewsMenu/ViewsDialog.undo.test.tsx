// A delete in the manage dialog is one press, and the view lived only in the storage: a slip (a switch's scan, a
// voice command, a finger beside Rename) lost it for good. After a delete the dialog offers Undo, which puts the
// view back as it was, through the same storage, until the dialog closes or another change is made.
import type { AuditStoredViews, AuditViewStorage } from '@auditkit/headless';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ViewsMenu, type ViewsMenuProps } from './ViewsMenu.tsx';

setupMockApi();
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
});
const param = (key: string) => new URLSearchParams(location.search).get(key);
const storedKey = 'auditkit.views:t:u';

const renderViews = (props: ViewsMenuProps = {}) =>
  renderAudit(
    <>
      <SearchBox debounceMs={50} />
      <ViewsMenu tenantId="t" userId="u" predefined={[{ name: 'Severe events', query: {} }]} {...props} />
      <AuditTable />
    </>,
    { state: { url: true } },
  );
type Screen = Awaited<ReturnType<typeof renderViews>>['screen'];

async function openManage(screen: Screen) {
  await screen.getByRole('button', { name: 'Views' }).click();
  await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Saved views' });
  await expect.element(dialog).toBeVisible();
  return dialog;
}

async function search(screen: Screen, text: string) {
  const box = screen.getByRole('combobox', { name: 'Search events' });
  await box.fill(text);
  await userEvent.keyboard('{Enter}');
}

const names = (dialog: ReturnType<Screen['getByRole']>) =>
  dialog
    .getByRole('listitem')
    .elements()
    .map((row) => row.querySelector('[data-slot="audit-view-name"]')?.textContent);

describe('Saved views dialog: Undo after a delete', () => {
  it('puts a deleted view back with Undo: in its place, the default again, in the storage, applying its query', async () => {
    const { screen } = await renderViews();
    await search(screen, 'severity:critical');
    await expect.poll(() => param('audit.sev')).toBe('Critical');
    let dialog = await openManage(screen);
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Save the current view as' }), 'Critical');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Apply Critical' })).toBeVisible();
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Save the current view as' }), 'Later');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Apply Later' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Open with Critical by default' }).click();
    await expect
      .element(dialog.getByRole('button', { name: 'Open with Critical by default' }))
      .toHaveAttribute('aria-pressed', 'true');
    const before = localStorage.getItem(storedKey);
    expect(JSON.parse(before!).views.map((view: { name: string }) => view.name)).toEqual([
      'Critical',
      'Later',
    ]);

    const deleteCritical = dialog.getByRole('button', { name: 'Delete Critical' });
    (deleteCritical.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(deleteCritical).not.toBeInTheDocument();
    expect(names(dialog)).toEqual(['Severe events', 'Later']);
    expect(JSON.parse(localStorage.getItem(storedKey)!).views).toHaveLength(1);
    // Said, with its Undo beside it, and focus there: one more slip of the same key puts it right.
    await expect.element(dialog.getByRole('status')).toHaveTextContent('View “Critical” deleted');
    const undo = dialog.getByRole('button', { name: 'Undo deleting Critical' });
    await expect.element(undo).toHaveFocus();
    await expect.element(undo).toHaveTextContent('Undo');
    expect(await axeViolations(dialog.element() as HTMLElement)).toEqual([]);

    await userEvent.keyboard('{Enter}');
    await expect.element(undo).not.toBeInTheDocument();
    expect(names(dialog)).toEqual(['Severe events', 'Critical', 'Later']);
    await expect.element(dialog.getByRole('button', { name: 'Apply Critical' })).toHaveFocus();
    await expect.element(dialog.getByRole('status')).toHaveTextContent('View “Critical” restored');
    await expect
      .element(dialog.getByRole('button', { name: 'Open with Critical by default' }))
      .toHaveAttribute('aria-pressed', 'true');
    // The same view in the storage: its id, name, query, place and default.
    expect(localStorage.getItem(storedKey)).toBe(before);
    expect(await axeViolations(dialog.element() as HTMLElement)).toEqual([]);

    // It applies its query as before.
    await userEvent.keyboard('{Escape}');
    await search(screen, 'severity:Low');
    await expect.poll(() => param('audit.sev')).toBe('Low');
    dialog = await openManage(screen);
    await dialog.getByRole('button', { name: 'Apply Critical' }).click();
    await expect.poll(() => param('audit.sev')).toBe('Critical');
    await expect
      .element(screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('severity:Critical');
  });

  it('refuses Undo when a view of the name was saved meanwhile, keeping that view, and says why', async () => {
    let stored: AuditStoredViews = {
      version: 1,
      views: [
        { id: 'a', name: 'Alpha', search: 'q=a' },
        { id: 'b', name: 'Beta', search: 'q=b' },
      ],
    };
    const storage: AuditViewStorage = {
      load: async () => structuredClone(stored),
      save: async (_owner, views) => {
        stored = structuredClone(views);
      },
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    const dialog = await openManage(screen);
    await dialog.getByRole('button', { name: 'Delete Alpha' }).click();
    const undo = dialog.getByRole('button', { name: 'Undo deleting Alpha' });
    await expect.element(undo).toHaveFocus();
    // Another tab saves a view under its name.
    stored = { ...stored, views: [...stored.views, { id: 'c', name: 'ALPHA', search: 'q=c' }] };

    await userEvent.keyboard('{Enter}');
    const taken = 'There is already a view named “ALPHA”. Choose another name.';
    await expect.element(dialog.getByRole('alert')).toHaveTextContent(taken);
    await expect.element(undo).toHaveFocus();
    await expect.element(undo).toHaveAccessibleDescription(taken);
    expect(stored.views.map((view) => [view.id, view.name])).toEqual([
      ['b', 'Beta'],
      ['c', 'ALPHA'],
    ]);
    expect(await axeViolations(dialog.element() as HTMLElement)).toEqual([]);

    // Another change withdraws the offer.
    await dialog.getByRole('button', { name: 'Open with Beta by default' }).click();
    await expect.element(undo).not.toBeInTheDocument();
    await expect.element(dialog.getByRole('alert')).not.toBeInTheDocument();
  });

  // A change the log or the storage refused changed nothing: the view deleted before it can still be put back.
  it('keeps Undo offered after a change that was refused, and it still puts the view back', async () => {
    const { screen } = await renderViews();
    const dialog = await openManage(screen);
    const field = dialog.getByRole('textbox', { name: 'Save the current view as' });
    await userEvent.fill(field, 'Mine');
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(field, 'Theirs');
    await userEvent.keyboard('{Enter}');
    await dialog.getByRole('button', { name: 'Delete Mine' }).click();
    const undo = dialog.getByRole('button', { name: 'Undo deleting Mine' });
    await expect.element(undo).toHaveFocus();

    // A save without a name.
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('Enter a name for the view.');
    await expect.element(undo).toBeVisible();
    // A rename to the name of another view.
    await dialog.getByRole('button', { name: 'Rename Theirs' }).click();
    await userEvent.fill(dialog.getByRole('textbox', { name: 'New name for Theirs' }), 'Severe events');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(dialog.getByRole('alert').filter({ hasText: 'There is already a view named' }))
      .toBeVisible();
    await expect.element(undo).toBeVisible();

    await undo.click();
    await expect.element(undo).not.toBeInTheDocument();
    await expect.element(dialog.getByRole('button', { name: 'Apply Mine' })).toBeVisible();
    await expect.element(dialog.getByRole('status')).toHaveTextContent('View “Mine” restored');
    expect(
      JSON.parse(localStorage.getItem(storedKey)!).views.map((view: { name: string }) => view.name),
    ).toEqual(['Mine', 'Theirs']);
  });

  // While the storage writes, Undo keeps focus and looks busy, as "Load more" does while its page loads.
  it('shows Undo busy while the storage puts the view back', async () => {
    let stored: AuditStoredViews = { version: 1, views: [{ id: 'a', name: 'Alpha', search: 'q=a' }] };
    // The next save waits until `release` (the delete's goes through at once).
    let holdNext = false;
    let release = () => {};
    const storage: AuditViewStorage = {
      load: async () => structuredClone(stored),
      save: async (_owner, views) => {
        if (holdNext) await new Promise<void>((resolve) => (release = resolve));
        stored = structuredClone(views);
      },
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    const dialog = await openManage(screen);
    await dialog.getByRole('button', { name: 'Delete Alpha' }).click();
    const undo = dialog.getByRole('button', { name: 'Undo deleting Alpha' });
    await expect.element(undo).toHaveFocus();

    holdNext = true;
    await userEvent.keyboard('{Enter}');
    await expect.element(undo).toHaveAttribute('aria-busy', 'true');
    await expect.element(undo).toHaveAttribute('aria-disabled', 'true');
    await expect.element(undo).toHaveFocus();
    expect(getComputedStyle(undo.element()).opacity).toBe('0.6');

    release();
    await expect.element(undo).not.toBeInTheDocument();
    expect(names(dialog)).toEqual(['Alpha']);
    expect(stored.views.map((view) => view.name)).toEqual(['Alpha']);
  });

  it('offers Undo until the dialog closes', async () => {
    const { screen } = await renderViews();
    let dialog = await openManage(screen);
    await userEvent.fill(dialog.getByRole('textbox', { name: 'Save the current view as' }), 'Mine');
    await userEvent.keyboard('{Enter}');
    await dialog.getByRole('button', { name: 'Delete Mine' }).click();
    await expect.element(dialog.getByRole('button', { name: 'Undo deleting Mine' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    dialog = await openManage(screen);
    await expect.element(dialog.getByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });
});
