import { defaultAuditQuery, type AuditStoredViews, type AuditViewStorage } from '@auditkit/headless';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
afterEach(() => vi.unstubAllGlobals());
const param = (key: string) => new URLSearchParams(location.search).get(key);
const predefined = [{ name: 'Severe events', query: { filters: { severity: ['High', 'Critical'] } } }];

const renderViews = (props: ViewsMenuProps = {}, url: true | { prefix: string } = true) =>
  renderAudit(
    <>
      <SearchBox debounceMs={50} />
      <ViewsMenu tenantId="t" userId="u" predefined={predefined} {...props} />
      <AuditTable />
    </>,
    { state: { url } },
  );

async function saveCurrentAs(screen: Awaited<ReturnType<typeof renderViews>>['screen'], name: string) {
  const button = screen.getByRole('button', { name: 'Views' });
  (button.element() as HTMLElement).focus();
  await userEvent.keyboard('{ArrowUp}');
  await expect.element(screen.getByRole('menuitem', { name: 'Manage views…' })).toHaveFocus();
  await userEvent.keyboard('{ArrowUp}{Enter}');
  const dialog = screen.getByRole('dialog', { name: 'Saved views' });
  await expect.element(dialog.getByRole('textbox', { name: 'Save the current view as' })).toHaveFocus();
  await userEvent.keyboard(`${name}{Enter}`);
  await expect.element(dialog.getByRole('button', { name: `Apply ${name}` })).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();
  await expect.element(button).toHaveFocus();
}

describe('ViewsMenu', () => {
  it('saves the current view and applies it again after a reload, by keyboard', async () => {
    const first = await renderViews();
    const box = first.screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('severity:critical created:7d{Enter}');
    await expect.poll(() => param('audit.sev')).toBe('Critical');
    await saveCurrentAs(first.screen, 'Critical this week');
    await first.screen.unmount();

    // A reload: a fresh mount on a clean URL, the same storage.
    history.replaceState(null, '', location.pathname);
    const second = await renderViews();
    const button = second.screen.getByRole('button', { name: 'Views' });
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const menu = second.screen.getByRole('menu', { name: 'Views' });
    await expect.element(menu.getByRole('group', { name: 'Suggested views' })).toBeVisible();
    expect(await axeViolations(document.querySelector('.auditkit')!)).toEqual([]);
    await expect.element(menu.getByRole('menuitem', { name: 'Severe events' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(menu.getByRole('menuitem', { name: 'Critical this week' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => param('audit.sev')).toBe('Critical');
    expect(param('audit.range')).toBe('7d');
    await expect
      .element(second.screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('created:7d severity:Critical');
    await expect.element(button).toHaveFocus();
  });

  it('keeps Tab inside the saved views dialog: past its last control to its first, and back', async () => {
    const { screen } = await renderViews();
    await saveCurrentAs(screen, 'Mine');
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await expect.element(dialog).toBeVisible();
    const controls = [...dialog.element().querySelectorAll<HTMLElement>('button, input')].filter(
      (control) => !control.hasAttribute('disabled') && control.offsetParent !== null,
    );
    const first = controls[0]!;
    const last = controls.at(-1)!;
    last.focus();
    // The tests run in a frame, as a log embedded in one does: a modal alone lets Tab leave for the parent.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(first);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(last);
  });

  it('applies a predefined view that cannot be deleted, and shares a view as a link that opens it', async () => {
    const { screen } = await renderViews();
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Severe events' }).click();
    await expect.poll(() => param('audit.sev')).toBe('High,Critical');

    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await expect
      .element(dialog.getByRole('button', { name: 'Delete Severe events' }))
      .not.toBeInTheDocument();
    await dialog.getByRole('button', { name: 'Copy a link to Severe events' }).click();
    const link = dialog.getByRole('textbox', { name: 'Link to Severe events' });
    const url = new URL((link.element() as HTMLInputElement).value);
    expect(url.searchParams.get('audit.sev')).toBe('High,Critical');
    expect(await axeViolations(dialog.element())).toEqual([]);
    await screen.unmount();

    // Opened by someone else: the link alone shows the view.
    history.replaceState(null, '', `${url.pathname}${url.search}`);
    const other = await renderViews({ userId: 'someone-else' });
    await expect
      .element(other.screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('severity:High,Critical');
  });

  // The copy's failure was swallowed: nothing said whether the link was on the clipboard (the details' Copy button
  // says "Copied" or "Copy failed").
  it('says whether a view’s link was copied, in that view’s row, as the details’ Copy button does', async () => {
    let refuse = true;
    const writeText = vi.fn(async (_text: string) => {
      if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { screen } = await renderViews();
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const row = dialog.getByRole('listitem').filter({ hasText: 'Severe events' });
    const copy = dialog.getByRole('button', { name: 'Copy a link to Severe events' });
    await copy.click();
    await expect.element(row.getByRole('status')).toHaveTextContent('Copy failed');
    // The link to copy by hand.
    const link = dialog.getByRole('textbox', { name: 'Link to Severe events' });
    expect(writeText).toHaveBeenLastCalledWith((link.element() as HTMLInputElement).value);

    refuse = false;
    await copy.click();
    await expect.element(row.getByRole('status')).toHaveTextContent('Copied');
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it('says a view is applied again when the same view is applied again, after a filter changed', async () => {
    const { screen } = await renderViews();
    const applySevereEvents = async () => {
      await screen.getByRole('button', { name: 'Views' }).click();
      await screen.getByRole('menuitem', { name: 'Severe events' }).click();
      await expect.poll(() => param('audit.sev')).toBe('High,Critical');
    };
    await applySevereEvents();
    const status = screen.getByRole('status').filter({ hasText: 'View “Severe events” applied' });
    await expect.element(status).toBeInTheDocument();
    const region = status.element();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.fill('severity:Low');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => param('audit.sev')).toBe('Low');

    // The same words again are no change to the region, and nothing would be heard: it is emptied, then filled.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    await applySevereEvents();
    await expect.poll(() => said).toEqual(['', 'View “Severe events” applied']);
    observer.disconnect();
    await expect.element(status).toHaveTextContent('View “Severe events” applied');
  });

  it('shares a link in its own log’s URL keys, not the default ones another log on the page reads', async () => {
    const { screen } = await renderViews({}, { prefix: 'adminAudit' });
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await dialog.getByRole('button', { name: 'Copy a link to Severe events' }).click();
    const link = dialog.getByRole('textbox', { name: 'Link to Severe events' });
    const params = new URL((link.element() as HTMLInputElement).value).searchParams;
    expect(params.get('adminAudit.sev')).toBe('High,Critical');
    expect([...params.keys()].filter((key) => key.startsWith('audit.'))).toEqual([]);
  });

  it('shares a link that opens the view in a log with the host’s own defaults, all time and no filter included', async () => {
    const hostDefaults = {
      ...defaultAuditQuery,
      time: { preset: '7d' as const },
      filters: { severity: ['High'] },
    };
    const everything = [{ name: 'Everything', query: { time: null, filters: {} } }];
    const render = () =>
      renderAudit(
        <>
          <SearchBox debounceMs={50} />
          <ViewsMenu tenantId="t" userId="u" predefined={everything} />
          <AuditTable />
        </>,
        { state: { url: true, defaultValue: hostDefaults } },
      );
    const { screen } = await render();
    await expect
      .element(screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('created:7d severity:High');
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await dialog.getByRole('button', { name: 'Copy a link to Everything' }).click();
    const link = dialog.getByRole('textbox', { name: 'Link to Everything' });
    const url = new URL((link.element() as HTMLInputElement).value);
    expect(url.searchParams.get('audit.range')).toBe('all');
    expect(url.searchParams.get('audit.sev')).toBe('');
    await screen.unmount();

    // Opened in the same host's log: every event, not the host's default week of High ones.
    history.replaceState(null, '', `${url.pathname}${url.search}`);
    const other = await render();
    await expect.element(other.screen.getByRole('combobox', { name: 'Search events' })).toHaveValue('');
  });

  it('says the saved views could not be loaded, instead of that there are none', async () => {
    const storage: AuditViewStorage = {
      load: () => Promise.reject(new Error('The host’s view service is down')),
      save: () => Promise.resolve(),
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await expect
      .element(
        dialog.getByText('Your views could not be loaded, so they cannot be changed now.', { exact: false }),
      )
      .toBeVisible();
    await expect.element(dialog.getByText('No views yet.')).not.toBeInTheDocument();
  });

  it('says in the open menu too that the views could not be loaded, as an item the arrow keys reach', async () => {
    const storage: AuditViewStorage = {
      load: () => Promise.reject(new Error('The host’s view service is down')),
      save: () => Promise.resolve(),
    };
    const { screen } = await renderViews({ storage });
    const button = screen.getByRole('button', { name: 'Views' });
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(screen.getByRole('menuitem', { name: 'Severe events' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    const notice = screen
      .getByRole('group', { name: 'My views' })
      .getByRole('menuitem', { name: /Your views could not be loaded/ });
    await expect.element(notice).toHaveFocus();
    await expect.element(notice).toHaveAttribute('aria-disabled', 'true');
    // Pressing it does nothing and leaves the menu open.
    await userEvent.keyboard('{Enter}');
    await expect.element(notice).toHaveFocus();
    expect(await axeViolations(document.querySelector('.auditkit')!)).toEqual([]);
  });

  it('says why a rename, a delete or a default failed in that view’s row, keeping a refused new name', async () => {
    const rows = new Map<string, AuditStoredViews>();
    let down = false;
    const storage: AuditViewStorage = {
      load: async () => rows.get('t/u') ?? null,
      save: async (_owner, views) => {
        if (down) throw new Error('The host’s view service is down');
        rows.set('t/u', structuredClone(views));
      },
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    await saveCurrentAs(screen, 'Mine');
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const row = dialog.getByRole('listitem').filter({ hasText: 'Mine' });
    const saveField = dialog.getByRole('textbox', { name: 'Save the current view as' });

    // A name over the limit: said in the row, and what was typed stays in the field, which keeps focus.
    await dialog.getByRole('button', { name: 'Rename Mine' }).click();
    const rename = dialog.getByRole('textbox', { name: 'New name for Mine' });
    await userEvent.fill(rename, 'n'.repeat(121));
    await userEvent.keyboard('{Enter}');
    const alert = row.getByRole('alert');
    await expect.element(alert).toHaveTextContent('A view’s name can have at most 120 characters.');
    await expect.element(rename).toHaveValue('n'.repeat(121));
    await expect.element(rename).toHaveFocus();
    await expect.element(rename).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(rename)
      .toHaveAccessibleDescription('A view’s name can have at most 120 characters.');
    // The save form's field was not what was wrong.
    await expect.element(saveField).not.toHaveAttribute('aria-invalid');
    expect(await axeViolations(dialog.element() as HTMLElement)).toEqual([]);
    // Escape leaves the refused rename (not the dialog): the name as it was, the reason gone, focus on Rename.
    await userEvent.keyboard('{Escape}');
    await expect.element(rename).not.toBeInTheDocument();
    await expect.element(dialog.getByRole('button', { name: 'Rename Mine' })).toHaveFocus();
    await expect.element(alert).not.toBeInTheDocument();
    await expect.element(dialog).toBeVisible();

    // The storage down: a delete and a change of default say so in the row, and the view stays.
    down = true;
    await dialog.getByRole('button', { name: 'Delete Mine' }).click();
    await expect.element(alert).toHaveTextContent('The host’s view service is down');
    await expect.element(dialog.getByRole('button', { name: 'Apply Mine' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Open with Mine by default' }).click();
    await expect.element(alert).toHaveTextContent('The host’s view service is down');
    await expect
      .element(dialog.getByRole('button', { name: 'Open with Mine by default' }))
      .toHaveAttribute('aria-pressed', 'false');

    // Back up: the rename goes through, its field leaves, focus returns to Rename, and the row is clear.
    down = false;
    await dialog.getByRole('button', { name: 'Rename Mine' }).click();
    await userEvent.fill(rename, 'Mine, renamed');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Rename Mine, renamed' })).toHaveFocus();
    await expect.element(dialog.getByRole('alert')).not.toBeInTheDocument();
    expect(rows.get('t/u')?.views.map((view) => view.name)).toEqual(['Mine, renamed']);
  });

  // `save` replaces the view of its name: a rename to a name in use left "Prod" and "prod", and the next save
  // overwrote whichever came first; a suggested view's name made a second row that read the same.
  it('refuses a rename to a name another view has, in any case, and says so in that row', async () => {
    const { screen } = await renderViews();
    await saveCurrentAs(screen, 'Prod');
    await saveCurrentAs(screen, 'Staging');
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const row = dialog.getByRole('listitem').filter({ hasText: 'Staging' });

    await dialog.getByRole('button', { name: 'Rename Staging' }).click();
    const rename = dialog.getByRole('textbox', { name: 'New name for Staging' });
    await userEvent.fill(rename, 'prod');
    await userEvent.keyboard('{Enter}');
    const taken = 'There is already a view named “Prod”. Choose another name.';
    await expect.element(row.getByRole('alert')).toHaveTextContent(taken);
    await expect.element(rename).toHaveValue('prod');
    await expect.element(rename).toHaveAccessibleDescription(taken);
    // A suggested view's name is taken too.
    await userEvent.fill(rename, 'severe EVENTS');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(row.getByRole('alert'))
      .toHaveTextContent('There is already a view named “Severe events”. Choose another name.');
    await userEvent.keyboard('{Escape}');
    const names = () =>
      dialog
        .getByRole('listitem')
        .elements()
        .map((item) => item.querySelector('[data-slot="audit-view-name"]')?.textContent);
    expect(names()).toEqual(['Severe events', 'Prod', 'Staging']);

    // A view's own name in another case is its own.
    await dialog.getByRole('button', { name: 'Rename Prod' }).click();
    await userEvent.fill(dialog.getByRole('textbox', { name: 'New name for Prod' }), 'PROD');
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog.getByRole('button', { name: 'Rename PROD' })).toHaveFocus();
    await expect.element(dialog.getByRole('alert')).not.toBeInTheDocument();
  });

  // Saved under a suggested view's name, the user's view was a second row that read the same as the suggested one.
  it('refuses to save under a suggested view’s name, in any case, and says so under the name field', async () => {
    const { screen } = await renderViews();
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Save current view…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const name = dialog.getByRole('textbox', { name: 'Save the current view as' });
    await expect.element(name).toHaveFocus();
    await userEvent.keyboard('severe EVENTS{Enter}');
    const taken = 'There is already a view named “Severe events”. Choose another name.';
    await expect.element(dialog.getByRole('alert')).toHaveTextContent(taken);
    await expect.element(name).toHaveValue('severe EVENTS');
    await expect.element(name).toHaveAccessibleDescription(taken);
    await expect.element(name).toHaveAttribute('aria-invalid', 'true');
    expect(dialog.getByRole('button', { name: /^Apply / }).elements()).toHaveLength(1);
  });

  it('says each row’s own failure when two changes fail at once, the first not replaced by the second', async () => {
    const stored: AuditStoredViews = {
      version: 1,
      views: [
        { id: 'a', name: 'Alpha', search: 'q=a' },
        { id: 'b', name: 'Beta', search: 'q=b' },
      ],
    };
    const storage: AuditViewStorage = {
      load: async () => stored,
      // Slow, then refused: both changes are in flight together.
      save: () =>
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('The host’s view service is down')), 150),
        ),
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await dialog.getByRole('button', { name: 'Open with Alpha by default' }).click();
    await dialog.getByRole('button', { name: 'Open with Beta by default' }).click();
    const alertIn = (name: string) =>
      dialog.getByRole('listitem').filter({ hasText: name }).getByRole('alert');
    // Beta's change settles last; Alpha's failure is still said when it does.
    await expect.element(alertIn('Beta')).toHaveTextContent('The host’s view service is down');
    expect(alertIn('Alpha').elements()).toHaveLength(1);
    expect(alertIn('Alpha').element().textContent).toBe('The host’s view service is down');
  });

  it('keeps a view’s row, its open rename and the focus on its Delete when the delete is refused', async () => {
    const stored: AuditStoredViews = {
      version: 1,
      views: [
        { id: 'a', name: 'Alpha', search: 'q=a' },
        { id: 'b', name: 'Beta', search: 'q=b' },
      ],
    };
    let answer: (refusal?: Error) => void = () => {};
    const storage: AuditViewStorage = {
      load: async () => stored,
      save: () =>
        new Promise<void>((resolve, reject) => {
          answer = (refusal) => (refusal ? reject(refusal) : resolve());
        }),
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const alpha = dialog.getByRole('listitem').filter({ hasText: 'Alpha' });
    await dialog.getByRole('button', { name: 'Rename Alpha' }).click();
    await userEvent.fill(dialog.getByRole('textbox', { name: 'New name for Alpha' }), 'Alpha, draft');
    const deleteAlpha = dialog.getByRole('button', { name: 'Delete Alpha' });
    (deleteAlpha.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    // In flight: the row stays, busy, and focus stays on its Delete.
    await expect.element(alpha).toHaveAttribute('aria-busy', 'true');
    await expect.element(deleteAlpha).toHaveFocus();
    // Its link is still its link (it was looked up among the views, which no longer held it: an empty link).
    await dialog.getByRole('button', { name: 'Copy a link to Alpha' }).click();
    const link = dialog.getByRole('textbox', { name: 'Link to Alpha' });
    await expect.element(link).toBeVisible();
    expect((link.element() as HTMLInputElement).value).toMatch(/^http/);
    (deleteAlpha.element() as HTMLElement).focus();
    answer(new Error('The host’s view service is down'));
    // Refused: said in the row, the rename's draft kept, focus still on this view's Delete. (The row used to
    // leave and come back: focus went to Beta's Delete and stayed there, and the draft was gone.)
    await expect.element(alpha.getByRole('alert')).toHaveTextContent('The host’s view service is down');
    await expect.element(alpha).not.toHaveAttribute('aria-busy');
    await expect.element(deleteAlpha).toHaveFocus();
    await expect
      .element(dialog.getByRole('textbox', { name: 'New name for Alpha' }))
      .toHaveValue('Alpha, draft');
    // Again, and the storage says yes: the row leaves, and focus goes to its Undo.
    await userEvent.keyboard('{Enter}');
    answer();
    await expect.element(alpha).not.toBeInTheDocument();
    await expect.element(dialog.getByRole('button', { name: 'Undo deleting Alpha' })).toHaveFocus();
  });

  it('keeps a refused delete’s row in its place, and focus on it, while another delete goes through', async () => {
    let stored: AuditStoredViews = {
      version: 1,
      views: ['Alpha', 'Beta', 'Gamma', 'Delta'].map((name) => ({ id: name, name, search: `q=${name}` })),
    };
    const answers: ((refusal?: Error) => void)[] = [];
    // A storage that keeps what it accepts: each change is made to what it holds when its turn comes.
    const storage: AuditViewStorage = {
      load: async () => stored,
      save: (_owner, views) =>
        new Promise<void>((resolve, reject) => {
          answers.push((refusal) => {
            if (refusal) return reject(refusal);
            stored = views;
            resolve();
          });
        }),
    };
    const { screen } = await renderViews({ storage, predefined: [] });
    await screen.getByRole('button', { name: 'Views' }).click();
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    const names = () =>
      dialog
        .getByRole('listitem')
        .elements()
        .map((row) => row.querySelector('[data-slot="audit-view-name"]')?.textContent);
    await dialog.getByRole('button', { name: 'Delete Beta' }).click();
    const deleteGamma = dialog.getByRole('button', { name: 'Delete Gamma' });
    (deleteGamma.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    // Written one at a time: Beta's goes through, and Gamma's row stays where it was (it went after Delta, and
    // lost focus, as a position kept from before Beta left), and keeps focus.
    await expect.poll(() => answers.length).toBe(1);
    answers[0]!();
    await expect.element(dialog.getByRole('button', { name: 'Delete Beta' })).not.toBeInTheDocument();
    expect(names()).toEqual(['Alpha', 'Gamma', 'Delta']);
    await expect.element(deleteGamma).toHaveFocus();
    // Gamma's is refused: said in its row, focus still on its Delete, so Enter retries Gamma's, not Delta's.
    await expect.poll(() => answers.length).toBe(2);
    answers[1]!(new Error('The host’s view service is down'));
    const gamma = dialog.getByRole('listitem').filter({ hasText: 'Gamma' });
    await expect.element(gamma.getByRole('alert')).toHaveTextContent('The host’s view service is down');
    expect(names()).toEqual(['Alpha', 'Gamma', 'Delta']);
    await expect.element(deleteGamma).toHaveFocus();
  });

  it('keeps views in a storage the host provides, and opens on the default view', async () => {
    const rows = new Map<string, AuditStoredViews>();
    const storage: AuditViewStorage = {
      load: async ({ tenantId, userId }) => rows.get(`${tenantId}/${userId}`) ?? null,
      save: async ({ tenantId, userId }, views) => {
        rows.set(`${tenantId}/${userId}`, structuredClone(views));
      },
    };
    const first = await renderViews({ storage });
    await first.screen.getByRole('combobox', { name: 'Search events' }).click();
    await userEvent.keyboard('action:"User logged in"{Enter}');
    await expect.poll(() => param('audit.action')).toBe('User logged in');
    await saveCurrentAs(first.screen, 'Sign-ins');
    expect(rows.get('t/u')?.views.map((view) => view.name)).toEqual(['Sign-ins']);
    await first.screen.getByRole('button', { name: 'Views' }).click();
    await first.screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    await first.screen.getByRole('button', { name: 'Open with Sign-ins by default' }).click();
    await expect
      .element(first.screen.getByRole('button', { name: 'Open with Sign-ins by default' }))
      .toHaveAttribute('aria-pressed', 'true');
    expect(rows.get('t/u')?.defaultViewId).toBe(rows.get('t/u')?.views[0]?.id);
    await first.screen.unmount();

    history.replaceState(null, '', location.pathname);
    const second = await renderViews({ storage });
    await expect
      .element(second.screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('action:"User logged in"');
  });

  it('opens on the default view of the user signed in next, in the same log', async () => {
    // A host that switches users without a reload re-renders the log with the next user's id.
    const storage: AuditViewStorage = {
      load: ({ userId }) =>
        userId === 'second'
          ? {
              version: 1,
              views: [{ id: 'sign-ins', name: 'Sign-ins', search: 'action=User+logged+in' }],
              defaultViewId: 'sign-ins',
            }
          : null,
      save: () => {},
    };
    function SwitchingUsers() {
      const [userId, setUserId] = useState('first');
      return (
        <>
          <button type="button" onClick={() => setUserId('second')}>
            Sign in as the second user
          </button>
          <SearchBox debounceMs={50} />
          <ViewsMenu tenantId="t" userId={userId} storage={storage} />
        </>
      );
    }
    const { screen } = await renderAudit(<SwitchingUsers />, { state: { url: true } });
    const search = screen.getByRole('combobox', { name: 'Search events' });
    await expect.element(screen.getByRole('button', { name: 'Views' })).toBeVisible();
    await expect.element(search).toHaveValue('');
    await screen.getByRole('button', { name: 'Sign in as the second user' }).click();
    await expect.element(search).toHaveValue('action:"User logged in"');
  });

  describe("with the host's defaultQuery", () => {
    // The host opens the log on the last 7 days; the user chose to open on their own view instead.
    const hostDefault = { ...defaultAuditQuery, time: { preset: '7d' as const } };
    const storage: AuditViewStorage = {
      load: () => ({
        version: 1,
        views: [{ id: 'mine', name: 'Sign-ins', search: 'action=User+logged+in' }],
        defaultViewId: 'mine',
      }),
      save: () => {},
    };
    const renderWithDefault = () =>
      renderAudit(
        <>
          <SearchBox debounceMs={50} />
          <ViewsMenu tenantId="t" userId="u" storage={storage} />
          <AuditTable />
        </>,
        { state: { url: true, defaultValue: hostDefault } },
      );

    it('opens on the user’s default view when the URL carries no query', async () => {
      const { screen } = await renderWithDefault();
      await expect
        .element(screen.getByRole('combobox', { name: 'Search events' }))
        .toHaveValue('action:"User logged in"');
      await expect.poll(() => param('audit.action')).toBe('User logged in');
    });

    it('keeps a link’s own query, a cleared default included', async () => {
      for (const [key, value] of [
        ['audit.q', 'admin'],
        ['audit.range', 'all'],
      ] as const) {
        const search = `?${key}=${value}`;
        history.replaceState(null, '', `${location.pathname}${search}`);
        const { screen } = await renderWithDefault();
        // Once the menu lists the stored view, they have loaded, and the default would have been applied.
        await screen.getByRole('button', { name: 'Views' }).click();
        await expect.element(screen.getByRole('menuitem', { name: 'Sign-ins' })).toBeVisible();
        await userEvent.keyboard('{Escape}');
        expect(param(key), search).toBe(value);
        expect(param('audit.action'), search).toBeNull();
        await screen.unmount();
      }
    });
  });
});
