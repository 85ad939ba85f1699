// WCAG 1.4.10 Reflow: the open Views menu lies inside the window and inside the log, at phone widths where the
// toolbar wraps and its button sits at the start edge, in both directions, and when the window changes while open.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import tailwindCss from '../test/tailwindHost.css?inline';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from '../AuditLog/AuditLog.tsx';

setupMockApi();
beforeEach(() => localStorage.clear());
// The frame the project's browser config gives every test (test/support/browser.ts).
afterEach(() => page.viewport(1280, 900));

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

/** The log in a box `width` wide (the whole window when not given), in `dir`. */
async function renderLog({ width, dir }: { width?: number; dir?: 'ltr' | 'rtl' } = {}) {
  const screen = await render(
    <div dir={dir} style={width === undefined ? undefined : { inlineSize: width }}>
      <AuditLog
        baseUrl=""
        getToken={getToken}
        defaultTimeZone="UTC"
        locale="en-US"
        // A signed-in user: views are kept in localStorage (another tab's are written there below).
        userId="u-1"
        queryClient={testQueryClient()}
        newEventsInterval={false}
        predefinedViews={[{ name: 'Failed sign-ins this week', query: { filters: { severity: ['High'] } } }]}
      />
    </div>,
  );
  const button = screen.getByRole('button', { name: 'Views' });
  await expect.element(button).toBeVisible();
  const log = screen.getByRole('region', { name: 'Audit log' }).element();
  return { screen, button, log };
}

/** Opens the menu and waits for its items (its code comes on demand). */
async function openMenu(screen: Awaited<ReturnType<typeof renderLog>>['screen']) {
  await screen.getByRole('button', { name: 'Views' }).click();
  const menu = screen.getByRole('menu', { name: 'Views' });
  await expect.element(menu.getByRole('menuitem', { name: 'Manage views…' })).toBeVisible();
  return menu.element();
}

/** `inner`'s box lies across inside `outer`'s (left and right), half a pixel of rounding allowed. */
function expectAcrossInside(inner: Element, outer: { left: number; right: number }) {
  const box = inner.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(outer.left - 0.5);
  expect(box.right).toBeLessThanOrEqual(outer.right + 0.5);
}

const windowBox = () => ({ left: 0, right: window.innerWidth });

describe('the Views menu at narrow widths', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const width of [320, 375, 414, 600]) {
      it(`lies inside the window and the log at a ${width} px window, ${dir}`, async () => {
        await page.viewport(width, 800);
        const { screen, log } = await renderLog({ dir });
        const menu = await openMenu(screen);
        expectAcrossInside(menu, windowBox());
        expectAcrossInside(menu, log.getBoundingClientRect());
        // Its items are as wide as the menu: none clipped at its edge.
        for (const item of menu.querySelectorAll('[role="menuitem"]')) expectAcrossInside(item, windowBox());
      });
    }

    it(`lies inside a 320 px container in a wide window, ${dir}`, async () => {
      await page.viewport(1280, 800);
      const { screen, log } = await renderLog({ width: 320, dir });
      const menu = await openMenu(screen);
      expectAcrossInside(menu, log.getBoundingClientRect());
    });

    it(`comes back inside the window when it shrinks to 320 px while the menu is open, ${dir}`, async () => {
      await page.viewport(1280, 800);
      const { screen } = await renderLog({ dir });
      const menu = await openMenu(screen);
      await page.viewport(320, 800);
      await expect
        .poll(() => {
          const box = menu.getBoundingClientRect();
          return box.left >= -0.5 && box.right <= window.innerWidth + 0.5;
        })
        .toBe(true);
      await expect.element(screen.getByRole('menu', { name: 'Views' })).toBeInTheDocument();
    });
  }

  it('wraps a long unbroken view name inside the menu and the manage dialog at a 320 px window', async () => {
    await page.viewport(320, 800);
    const { screen } = await renderLog();
    const name = 'x'.repeat(120); // the longest name a view may have
    await openMenu(screen);
    await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Saved views' });
    await dialog.getByRole('textbox', { name: 'Save the current view as' }).fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const row = dialog.getByRole('listitem').filter({ hasText: name });
    await expect.element(row).toBeVisible();
    const noSidewaysScroll = () => {
      const root = document.scrollingElement ?? document.documentElement;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    };
    const nameText = row.getByText(name, { exact: true }).element();
    expectAcrossInside(nameText, dialog.element().getBoundingClientRect());
    expectAcrossInside(nameText, windowBox());
    noSidewaysScroll();

    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    const menu = await openMenu(screen);
    const item = screen.getByRole('menuitem', { name });
    await expect.element(item).toBeVisible();
    const itemText = item.getByText(name, { exact: true }).element();
    expectAcrossInside(itemText, menu.getBoundingClientRect());
    expectAcrossInside(menu, windowBox());
    noSidewaysScroll();
  });

  // "View “…” deleted", its Undo and why an Undo was refused wrap a long name inside the dialog too, and stand apart
  // from the last row, in line with it, with a host's reset of every margin (Tailwind's preflight) loaded.
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`wraps a long view name in the Undo of its delete, and in its refusal, at a 320 px window, ${dir}`, async () => {
      await page.viewport(320, 800);
      const style = document.createElement('style');
      style.textContent = tailwindCss;
      document.head.prepend(style);
      try {
        const { screen } = await renderLog({ dir });
        const name = 'x'.repeat(120);
        await openMenu(screen);
        await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
        const dialog = screen.getByRole('dialog', { name: 'Saved views' });
        await dialog.getByRole('textbox', { name: 'Save the current view as' }).fill(name);
        await dialog.getByRole('button', { name: 'Save', exact: true }).click();
        await dialog.getByRole('button', { name: `Delete ${name}` }).click();
        const undo = dialog.getByRole('button', { name: `Undo deleting ${name}` });
        await expect.element(undo).toBeVisible();
        // The paragraph that says it (the status region says it too), with its Undo.
        const line = undo.element().closest('p')!;
        expect(line.textContent).toContain(`View “${name}” deleted`);
        const box = dialog.element();
        // The dialog does not scroll sideways (a modal dialog is fixed in the window: the page's own scroll is not
        // its).
        const fits = () => expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
        expectAcrossInside(line, box.getBoundingClientRect());
        expectAcrossInside(undo.element(), box.getBoundingClientRect());
        fits();
        // Apart from the last row (not run into it), and starting where the rows start.
        const rows = dialog.getByRole('listitem').elements();
        const last = rows[rows.length - 1]!.getBoundingClientRect();
        const text = line.getBoundingClientRect();
        expect(text.top - last.bottom).toBeGreaterThanOrEqual(4);
        const start = (rect: DOMRect) => (dir === 'rtl' ? rect.right : rect.left);
        expect(Math.abs(start(text) - start(last))).toBeLessThanOrEqual(0.5);

        // Another tab saves a view of the name meanwhile: the Undo is refused, and says so beside it.
        const key = Object.keys(localStorage).find((item) => item.startsWith('auditkit.views'))!;
        const stored = JSON.parse(localStorage.getItem(key)!) as { views: unknown[] };
        stored.views.push({ id: 'other-tab', name: 'X'.repeat(120), search: '' });
        localStorage.setItem(key, JSON.stringify(stored));
        await undo.click();
        const alert = dialog.getByRole('alert');
        await expect.element(alert).toHaveTextContent(`There is already a view named “${'X'.repeat(120)}”`);
        expectAcrossInside(alert.element(), box.getBoundingClientRect());
        fits();
      } finally {
        style.remove();
      }
    });
  }

  it('stays aligned with the end edge of its button where there is room', async () => {
    await page.viewport(1280, 800);
    for (const dir of ['ltr', 'rtl'] as const) {
      const { screen, button } = await renderLog({ dir });
      const menu = await openMenu(screen);
      const end = (box: DOMRect) => (dir === 'rtl' ? box.left : box.right);
      expect(Math.round(end(menu.getBoundingClientRect()))).toBe(
        Math.round(end(button.element().getBoundingClientRect())),
      );
      await screen.unmount();
    }
  });
});
