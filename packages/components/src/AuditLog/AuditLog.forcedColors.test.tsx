// Forced colours (Windows High Contrast) drop backgrounds and box shadows, so a state drawn only with them is
// lost (WCAG 2.4.7, 1.4.11): the log's states each keep a mark of their own there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { Pagination } from '../Pagination/Pagination.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import { emulateForcedColors, mark, systemColour } from '../test/forcedColors.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ViewsMenu } from '../ViewsMenu/ViewsMenu.tsx';

const api = setupMockApi();

const transparent = 'rgba(0, 0, 0, 0)';

const renderParts = () =>
  renderAudit(
    <>
      <SearchBox debounceMs={50} />
      <ViewsMenu tenantId="t" userId="u" />
      <AuditTable />
      <Pagination />
    </>,
  );

emulateForcedColors();
beforeEach(() => history.replaceState(null, '', location.pathname));
afterEach(() => api().resetScenario());

describe('in forced colours', () => {
  it('the emulation is on (backgrounds and shadows are dropped)', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('shows the focused Views menu item with an outline', async () => {
    const { screen } = await renderParts();
    (screen.getByRole('button', { name: 'Views' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowUp}');
    const item = screen.getByRole('menuitem', { name: 'Manage views…' });
    await expect.element(item).toHaveFocus();
    const style = getComputedStyle(item.element());
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    // Forced colours paint the transparent ring in a system colour.
    expect(style.outlineColor).not.toBe(transparent);
  });

  it('marks the active search suggestion apart from the others', async () => {
    const { screen } = await renderParts();
    (screen.getByRole('combobox', { name: 'Search events' }).element() as HTMLElement).focus();
    await userEvent.keyboard('sev');
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
    await expect.element(listbox).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(listbox.getByRole('option', { selected: true })).toBeVisible();
    const selected = listbox.getByRole('option', { selected: true }).element();
    // Not Canvas, the list's own background, which forced colours turn the accent background into.
    expect(getComputedStyle(selected).backgroundColor).toBe(systemColour('Highlight'));
    expect(getComputedStyle(selected).color).toBe(systemColour('HighlightText'));
  });

  it('marks the current page apart from the other page buttons', async () => {
    const { screen } = await renderParts();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav.getByRole('button', { name: /2/ }).first()).toBeVisible();
    const current = nav.element().querySelector('[aria-current="page"]')!;
    const other = [...nav.element().querySelectorAll('li button:not([aria-current])')].find((button) =>
      /^\d+$/.test(button.textContent ?? ''),
    )!;
    expect(mark(current)).not.toEqual(mark(other));
    expect(getComputedStyle(current).backgroundColor).toBe(systemColour('Highlight'));
  });

  it('marks a toggle that is on (the default view) apart from one that is off', async () => {
    await render(
      <AuditRoot>
        <button type="button" aria-pressed="true">
          Default
        </button>
        <button type="button" aria-pressed="false">
          Default
        </button>
      </AuditRoot>,
    );
    const [on, off] = [...document.querySelectorAll('button[aria-pressed]')];
    expect(mark(on!)).not.toEqual(mark(off!));
    expect(getComputedStyle(on!).backgroundColor).toBe(systemColour('Highlight'));
  });

  it('rings a focused toggle that is on, and the current page, in the page’s text colour whatever the theme', async () => {
    // A dark-themed log on a light high-contrast page: the theme's pale focus blue was under 3:1 there.
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: 'light' },
      ],
    });
    const { screen } = await renderAudit(
      <>
        <button type="button" aria-pressed="true">
          Default
        </button>
        <AuditTable />
        <Pagination />
      </>,
      { theme: 'dark' },
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav.getByRole('button', { name: /2/ }).first()).toBeVisible();
    for (const element of [
      screen.getByRole('button', { name: 'Default' }).element(),
      nav.element().querySelector('[aria-current="page"]')!,
    ] as HTMLElement[]) {
      element.focus();
      expect(element.matches(':focus-visible')).toBe(true);
      expect(getComputedStyle(element).outlineColor).toBe(systemColour('CanvasText'));
    }
  });

  it('draws the loading line under the header', async () => {
    const { screen } = await renderParts();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    api().setScenario({ latencyMs: 3000 });
    await screen.getByRole('button', { name: 'Next page' }).click();
    await expect.element(grid).toHaveAttribute('aria-busy', 'true');
    const header = grid.element().querySelector('thead th')!;
    const line = getComputedStyle(header, '::after');
    expect(line.content).not.toBe('none');
    expect(parseFloat(line.blockSize)).toBeGreaterThanOrEqual(2);
    expect(line.backgroundColor).toBe(systemColour('Highlight'));
  });

  it('draws a time’s tooltip with an edge, apart from the header or row it covers', async () => {
    const { screen } = await renderParts();
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await userEvent.hover(grid.element().querySelector('tbody time')!);
    const tip = screen.getByRole('tooltip');
    await expect.element(tip).toBeVisible();
    // Its background is the page's own (Canvas) here: only an edge tells it from the text beside and under it.
    const { outline } = mark(tip.element());
    expect(outline).toBe(`1px ${systemColour('CanvasText')}`);
  });
});
