// The events table as one Tab stop (issue 15): arrow keys between cells and their controls, a visible and named
// focus, and the remembered position across sorting, expanding and virtual scrolling. Real keys (Playwright).
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent, type Locator } from 'vitest/browser';
import type { AuditSort } from '@auditkit/headless';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';
import { AuditTableView } from './AuditTableView.tsx';
import { focusRingContrast } from './focusRing.testUtil.ts';

setupMockApi();

const viewColumns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const viewSort: AuditSort = { column: 'createdAt', direction: 'desc' };
const viewEvent = (n: number): AuditEventLike => ({
  frontegg_id: `e${n}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, n)).toISOString(),
  action: `Action ${n}`,
});

const focused = () => document.activeElement as HTMLElement;

function Framed({ paging }: { paging?: 'pages' | 'infinite' }) {
  return (
    <>
      <button type="button">Before</button>
      <AuditTable paging={paging} />
      <button type="button">After</button>
    </>
  );
}

/**
 * The rows are in and the grid's one Tab stop is on the first event: it moves there from the header in the frame
 * after the rows' commit, so a Tab pressed before that frame lands on the header (a race under load).
 */
async function rowsSettled(grid: Locator) {
  await expect.element(grid.getByRole('button', { name: /^Details of / }).nth(5)).toBeInTheDocument();
  await expect
    .element(grid.getByRole('button', { name: /^Details of / }).first())
    .toHaveAttribute('tabindex', '0');
}

async function renderGrid(paging?: 'pages' | 'infinite') {
  const { screen } = await renderAudit(<Framed paging={paging} />);
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  await rowsSettled(grid);
  const before = screen.getByRole('button', { name: 'Before' });
  (before.element() as HTMLElement).focus();
  return { screen, grid };
}

/** How far the focused element's row reaches below the scroll box's visible area, in CSS px. */
const bottomPastBox = (element: Element, box: HTMLElement) =>
  element.closest('tr')!.getBoundingClientRect().bottom -
  (box.getBoundingClientRect().top + box.clientTop + box.clientHeight);

/** The grid's controls and cells that are in the Tab order. */
const tabStops = (grid: Element) => [...grid.querySelectorAll('tr [tabindex="0"]')];

/** The focused element is named (what a screen reader announces) and has a visible ring of >= 3:1. */
async function expectAnnounced() {
  const element = focused();
  await expect.element(element).toHaveAccessibleName(/\S/);
  expect(
    focusRingContrast(element),
    `focus ring of ${element.outerHTML.slice(0, 80)}`,
  ).toBeGreaterThanOrEqual(3);
}

describe('AuditTable keyboard grid', () => {
  it('is one Tab stop: Tab enters on the first event, Tab again leaves for the next control', async () => {
    const { grid } = await renderGrid();
    expect(tabStops(grid.element())).toHaveLength(1);
    await userEvent.keyboard('{Tab}');
    expect(focused().getAttribute('aria-label')).toMatch(/^Details of /);
    await expectAnnounced();
    await userEvent.keyboard('{Tab}');
    expect(focused().textContent).toBe('After');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused().getAttribute('aria-label')).toMatch(/^Details of /);
  });

  it('reaches every cell and control of a row and of the header with the arrow keys, each named and visible', async () => {
    const { grid } = await renderGrid();
    await userEvent.keyboard('{Tab}');
    const row = focused().closest('tr')!;
    const seen: HTMLElement[] = [focused()];
    for (let i = 0; i < 20; i += 1) {
      await userEvent.keyboard('{ArrowRight}');
      if (focused() === seen.at(-1)) break;
      await expectAnnounced();
      seen.push(focused());
      expect(tabStops(grid.element())).toEqual([focused()]);
    }
    // Expand button, Time, User, Action, Description, the IP's location button, Resource: one stop per cell.
    expect(seen.map((element) => element.closest('td'))).toEqual([...row.cells]);
    expect(seen.map((element) => element.getAttribute('aria-label'))).toContainEqual(
      expect.stringMatching(/^Location of /),
    );
    // The time cell says its relative time too. The mock's events are dated by its fixed clock, so as the real
    // date moves on the phrase does too ("6 days ago", then "last week", "last month"…).
    await expect.element(seen[1]!).toHaveAccessibleDescription(/ ago$|^in |^last |^yesterday$/);

    await userEvent.keyboard('{Home}');
    expect(focused()).toBe(seen[0]);
    await userEvent.keyboard('{End}');
    expect(focused()).toBe(seen.at(-1));

    // Up to the header: its sort buttons, one press a column (a column's resizer is reached with F2, below).
    await userEvent.keyboard('{ArrowUp}');
    await expectAnnounced();
    expect(focused().closest('th')).not.toBeNull();
    await userEvent.keyboard('{Home}');
    const names: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      await userEvent.keyboard('{ArrowRight}');
      const name = focused().getAttribute('aria-label') ?? focused().textContent ?? '';
      if (names.at(-1) === name) break;
      await expectAnnounced();
      names.push(name);
    }
    expect(names).toEqual(expect.arrayContaining(['Time', 'Action']));
    expect(names.filter((name) => name.startsWith('Resize '))).toEqual([]);
  });

  it('moves along the header one column a press, past the resizers; F2 reaches a resizer, F2 or Escape goes back', async () => {
    const { grid } = await renderGrid();
    await userEvent.keyboard('{Tab}{Control>}{Home}{/Control}');
    const headers = [...grid.element().querySelectorAll('th')];
    expect(focused().closest('th')).toBe(headers[0]);
    const visited: (HTMLTableCellElement | null)[] = [];
    for (let i = 0; i < 20; i += 1) {
      await userEvent.keyboard('{ArrowRight}');
      const header = focused().closest('th');
      if (header === visited.at(-1)) break;
      expect(focused().getAttribute('role')).not.toBe('separator');
      visited.push(header);
    }
    // Every header after the first, in order: one press each.
    expect(visited).toEqual(headers.slice(1));

    for (let i = 0; i < 10 && focused().textContent !== 'Action'; i += 1)
      await userEvent.keyboard('{ArrowLeft}');
    const sort = focused();
    expect(sort.textContent).toBe('Action');
    await userEvent.keyboard('{F2}');
    const separator = focused();
    await expect.element(separator).toHaveAccessibleName('Resize Action column');
    await expectAnnounced();
    // The grid stays one Tab stop, on the resizer while it has focus.
    expect(tabStops(grid.element())).toEqual([separator]);
    await userEvent.keyboard('{Escape}');
    expect(focused()).toBe(sort);
    await userEvent.keyboard('{F2}{F2}');
    expect(focused()).toBe(sort);
    // From the resizer, Left goes back to its sort button and Right on to the next column.
    await userEvent.keyboard('{F2}{ArrowLeft}');
    expect(focused()).toBe(sort);
    await userEvent.keyboard('{F2}{ArrowRight}');
    expect(focused().closest('th')).toBe(headers[headers.indexOf(sort.closest('th')!) + 1]);
  });

  it('activates each control with Enter: expand, IP location, sort, and resize mode', async () => {
    const { grid } = await renderGrid();
    await userEvent.keyboard('{Tab}');
    const expand = focused();
    await userEvent.keyboard('{Enter}');
    await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Enter}');
    await expect.element(expand).toHaveAttribute('aria-expanded', 'false');

    for (let i = 0; i < 10 && !focused().getAttribute('aria-label')?.startsWith('Location of '); i += 1)
      await userEvent.keyboard('{ArrowRight}');
    const locate = focused();
    expect(locate.getAttribute('aria-label')).toMatch(/^Location of /);
    await userEvent.keyboard('{Enter}');
    await expect.element(locate).toHaveAttribute('aria-expanded', 'true');

    // Ctrl+Home: the first header cell; then along to the Action sort button.
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focused().closest('th')?.cellIndex).toBe(0);
    for (let i = 0; i < 10 && focused().textContent !== 'Action'; i += 1)
      await userEvent.keyboard('{ArrowRight}');
    expect(focused().textContent).toBe('Action');
    await userEvent.keyboard('{Enter}');
    const header = grid.getByRole('columnheader', { name: 'Action' });
    await expect.element(header).toHaveAttribute('aria-sort', 'ascending');
    // Focus stays on the sort button while the sorted rows arrive.
    expect(focused().textContent).toBe('Action');

    // Its resizer, with F2: Left/Right move on until Enter starts resizing.
    await userEvent.keyboard('{F2}');
    const separator = focused();
    expect(separator.getAttribute('role')).toBe('separator');
    const width = Number(separator.getAttribute('aria-valuenow'));
    await userEvent.keyboard('{Enter}{ArrowRight}{Enter}');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(width + 16));
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).not.toBe(separator);
    expect(separator.getAttribute('aria-valuenow')).toBe(String(width + 16));
  });

  it('moves into an open details panel and back: ArrowDown to it, Tab through its controls, Escape to its row', async () => {
    const { screen, grid } = await renderGrid();
    await userEvent.keyboard('{Tab}{Enter}');
    const expand = focused();
    const name = expand.getAttribute('aria-label')!;
    await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name });
    await expect.element(panel.getByText('Event ID')).toBeVisible();

    // The panel's controls are not Tab stops while focus is elsewhere.
    expect(tabStops(grid.element())).toEqual([expand]);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe(panel.element());
    await expectAnnounced();
    await userEvent.keyboard('{Tab}');
    expect(panel.element().contains(focused())).toBe(true);
    expect(focused()).not.toBe(panel.element());
    await userEvent.keyboard('{Escape}');
    expect(focused()).toBe(expand);

    // ArrowDown past the panel reaches the next event, in the same column as before.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}');
    const next = expand.closest('tbody')!.nextElementSibling!.querySelector('tr')!;
    expect(focused()).toBe(next.cells[2]);
  });

  it('remembers its position across re-renders, clamps it to fewer rows, and keeps focus in the grid', async () => {
    const many = Array.from({ length: 20 }, (_, i) => viewEvent(i));
    const view = (events: AuditEventLike[]) => (
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <button type="button">Before</button>
        <AuditTableView events={events} columns={viewColumns} sort={viewSort} onSortChange={() => {}} />
      </AuditUiProvider>
    );
    const screen = await render(view(many));
    const grid = screen.getByRole('grid').element();
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}{Control>}{End}{/Control}');
    expect(focused().textContent).toBe('Action 19');
    // The same events again (a refetch): focus and stop stay where they are.
    await screen.rerender(view([...many]));
    expect(focused().textContent).toBe('Action 19');
    // Five events (the last page): the focused row is gone; focus moves to the last row, same column.
    await screen.rerender(view(many.slice(0, 5)));
    await expect.poll(() => focused().textContent).toBe('Action 4');
    expect(tabStops(grid)).toEqual([focused()]);
  });

  it('moves past the rendered window of virtual rows, scrolling the row in and focusing it', async () => {
    const { grid } = await renderGrid('infinite');
    const container = grid.element().parentElement!;
    container.style.maxHeight = '400px';
    await userEvent.keyboard('{Tab}');
    expect(focused().getAttribute('aria-label')).toMatch(/^Details of /);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect.poll(() => focused().closest('tbody')?.getAttribute('data-index')).toBe(String(99));
    expect(tabStops(grid.element())).toEqual([focused()]);
    // Only some rows are in the DOM: each says where it is among all (header 1, events from 2).
    expect(focused().closest('tr')!.getAttribute('aria-rowindex')).toBe('101');
    // And how many rows there are in all, from the server's total: the header, 240 events and the list's foot.
    expect(grid.element().getAttribute('aria-rowcount')).toBe('242');
    // PageUp by a screenful, then back to the top with Ctrl+Home (the header) and ArrowDown (the first event).
    await userEvent.keyboard('{PageUp}');
    const index = Number(focused().closest('tbody')?.getAttribute('data-index'));
    expect(index).toBeLessThan(99);
    expect(index).toBeGreaterThan(80);
    await userEvent.keyboard('{Control>}{Home}{/Control}{ArrowDown}');
    await expect.poll(() => focused().closest('tbody')?.getAttribute('data-index')).toBe('0');
    // Down, row by row, past the first rendered window.
    for (let i = 0; i < 40; i += 1) await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => focused().closest('tbody')?.getAttribute('data-index')).toBe('40');
    expect(container.scrollTop).toBeGreaterThan(0);
  });

  it('shows the whole row it moves to in a scrolling list, not only its first control (Ctrl+End)', async () => {
    const { grid } = await renderGrid('infinite');
    const container = grid.element().parentElement!;
    container.style.maxHeight = '400px';
    await userEvent.keyboard('{Tab}{Control>}{End}{/Control}');
    await expect.poll(() => focused().closest('tbody')?.getAttribute('data-index')).toBe('99');
    // Placed by guessed heights, then measured: the row's lower half was left below the box.
    await expect.poll(() => bottomPastBox(focused(), container)).toBeLessThanOrEqual(0.5);
  });

  it('follows the reading direction right to left: ArrowLeft moves to the next cell, drawn on the left', async () => {
    const { screen } = await renderAudit(
      <div dir="rtl">
        <button type="button">Before</button>
        <AuditTable />
      </div>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await rowsSettled(grid);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    const expand = focused();
    await userEvent.keyboard('{ArrowLeft}');
    const time = focused();
    expect(time.closest('td')!.cellIndex).toBe(1);
    expect(time.getBoundingClientRect().right).toBeLessThanOrEqual(expand.getBoundingClientRect().left + 1);
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe(expand);
  });

  it('skips what a narrow (card) layout hides, and moves its Tab stop off a control that layout hides', async () => {
    // Stand-in for the narrow layout's CSS: rows drawn as blocks, no header row, no IP column.
    const cards =
      '.cards table, .cards tbody, .cards tr, .cards td { display: block } .cards thead, .cards td[data-column="ip"] { display: none }';
    const { screen } = await renderAudit(
      <div data-testid="frame">
        <style>{cards}</style>
        <button type="button">Before</button>
        <AuditTable />
      </div>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await rowsSettled(grid);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    for (let i = 0; i < 10 && !focused().getAttribute('aria-label')?.startsWith('Location of '); i += 1)
      await userEvent.keyboard('{ArrowRight}');
    const locate = focused();
    expect(locate.getAttribute('aria-label')).toMatch(/^Location of /);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');

    // Narrow: the IP cell that had the stop is hidden; the stop moves to a cell that is drawn.
    const frame = screen.getByTestId('frame').element() as HTMLElement;
    frame.className = 'cards';
    frame.style.width = '320px';
    await expect.poll(() => tabStops(grid.element())[0]?.closest('td')?.dataset.column).not.toBe('ip');
    await userEvent.keyboard('{Tab}');
    expect(grid.element().contains(focused())).toBe(true);
    const row = focused().closest('tr')!;
    await userEvent.keyboard('{Home}');
    const columns: (string | undefined)[] = [];
    for (let i = 0; i < 10; i += 1) {
      await userEvent.keyboard('{ArrowRight}');
      columns.push(focused().closest('td')?.dataset.column);
    }
    expect(columns).not.toContain('ip');
    expect(columns).toContain('resource');
    // Up and down still mean the previous and next event; Ctrl+Home stops at the first event (no header drawn).
    await userEvent.keyboard('{ArrowDown}');
    expect(focused().closest('tr')).toBe(row.closest('tbody')!.nextElementSibling!.querySelector('tr'));
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focused().getAttribute('aria-label')).toMatch(/^Details of /);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused().getAttribute('aria-label')).toMatch(/^Details of /);
  });

  it('draws a focus ring of at least 3:1 on cells and controls in the dark theme too', async () => {
    const { screen } = await renderAudit(
      <>
        <button type="button">Before</button>
        <AuditTable />
      </>,
      { theme: 'dark' },
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await rowsSettled(grid);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    await expectAnnounced();
    for (let i = 0; i < 6; i += 1) {
      await userEvent.keyboard('{ArrowRight}');
      await expectAnnounced();
    }
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expectAnnounced();
  });

  it("works the same under React's strict mode (the grid attaches twice)", async () => {
    const { screen } = await renderAudit(
      <StrictMode>
        <button type="button">Before</button>
        <AuditTable />
      </StrictMode>,
    );
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await rowsSettled(grid);
    expect(tabStops(grid.element())).toHaveLength(1);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}{Enter}{ArrowDown}');
    const panel = screen.getByRole('region', { name: /^Details of / });
    await expect.element(panel.getByText('Event ID')).toBeVisible();
    expect(focused()).toBe(panel.element());
    await userEvent.keyboard('{Tab}');
    expect(panel.element().contains(focused())).toBe(true);
    expect(focused()).not.toBe(panel.element());
  });
});
