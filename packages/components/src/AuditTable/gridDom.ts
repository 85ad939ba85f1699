// The grid's structure is read from the DOM, in document order, never from geometry: the same markup is drawn
// as a table or (in narrow containers) as cards, and arrow keys must mean "next event" in both.
//
// Markup contract (set by the table's parts):
// - every navigable row is a `<tr data-grid-row>`: `header`, `event`, or `details` (the panel row after its event);
// - an event's index in the loaded list is its position among the event rows, or, for virtual rows (only some
//   rendered), its `<tbody data-index>`;
// - a details row's single cell holds the details region, which is the stop; the controls inside are the
//   panel's own (reached with Tab or Enter once the region has focus);
// - a control marked `data-grid-aside` (a column's resizer) is beside its cell's stop, not a stop of its own: arrow
//   keys pass it, and F2 on the stop reaches it (F2 or Escape goes back).

import { isHTMLElement } from '../ui/domRealm.ts';

/** What can take focus inside a cell (a hidden disclosure's contents cannot). */
const focusableSelector =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/** Selects the navigable rows. */
export const gridRowSelector = 'tr[data-grid-row]';
/** Selects the cell of a details row. */
export const panelCellSelector = 'tr[data-grid-row="details"] > td';
/** Selects a control beside its cell's stop (see the markup contract above). */
export const asideSelector = '[data-grid-aside]';

/** The navigable rows of a grid, in document order (virtual mode: only the rendered ones). */
export function gridRows(grid: HTMLElement): HTMLTableRowElement[] {
  return [...grid.querySelectorAll<HTMLTableRowElement>(gridRowSelector)];
}

/** The event's index in the loaded list of a row (`-1` for the header row); `rows` are the grid's rows. */
export function rowIndexOf(row: HTMLTableRowElement, rows: readonly HTMLTableRowElement[]): number {
  const kind = row.dataset.gridRow;
  if (kind === 'header') return -1;
  const stored = row.parentElement?.dataset.index;
  if (stored !== undefined) return Number(stored);
  const event = kind === 'details' ? row.previousElementSibling : row;
  return rows
    .filter((candidate) => candidate.dataset.gridRow === 'event')
    .indexOf(event as HTMLTableRowElement);
}

/** {@link rowIndexOf} of every row at once, in one pass (the grid settles after each commit of its rows). */
export function rowIndexes(rows: readonly HTMLTableRowElement[]): number[] {
  let ordinal = -1;
  return rows.map((row) => {
    const kind = row.dataset.gridRow;
    if (kind === 'header') return -1;
    if (kind === 'event') ordinal += 1;
    const stored = row.parentElement?.dataset.index;
    return stored !== undefined ? Number(stored) : ordinal;
  });
}

/** Whether the cell is a details panel's (one cell across the row). */
export function isPanelCell(cell: Element): boolean {
  return cell.matches(panelCellSelector);
}

/** Whether the row is the details row of an event. */
export function isPanelRow(row: HTMLTableRowElement): boolean {
  return row.dataset.gridRow === 'details';
}

/**
 * Whether CSS draws the element: a narrow (card) layout may hide a column, the header row or a control, and
 * focus cannot go there. (Visibility only; the order is still the document's.)
 */
export function isRendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true })
    : element.getClientRects().length > 0;
}

/** Everything focusable inside `root` that is not hidden. */
export function focusablesIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => !element.closest('[hidden], [inert]'),
  );
}

/**
 * The places focus can rest in a cell, in order: its controls (a sort button and a column resizer, an IP's
 * location button, a time), or the cell itself when it holds none; for a details cell, the details region.
 */
export function cellStops(cell: HTMLTableCellElement): HTMLElement[] {
  if (isPanelCell(cell)) {
    const region = cell.firstElementChild;
    return [isHTMLElement(region) ? region : cell];
  }
  // A time is focusable only to reveal its relative time; in the grid the cell itself is the stop and takes
  // the time's description (GridTabStops), so a screen reader names it by its text. A control beside the stop
  // (a resizer) is not one: arrowing along the header took two presses a column, one of them onto the resizer.
  const controls = focusablesIn(cell).filter(
    (element) => element.localName !== 'time' && !element.matches(asideSelector) && isRendered(element),
  );
  return controls.length > 0 ? controls : [cell];
}

/** The drawn controls beside a cell's stop (its column's resizer), which F2 reaches. */
export function cellAsides(cell: HTMLTableCellElement): HTMLElement[] {
  return focusablesIn(cell).filter((element) => element.matches(asideSelector) && isRendered(element));
}

/** Where an element inside the grid sits: its row, cell and stop (a panel's inner controls count as the panel). */
export interface GridSpot {
  row: HTMLTableRowElement;
  cell: HTMLTableCellElement;
  stop: HTMLElement;
  /** Position of the stop within the cell. */
  stopIndex: number;
  /** Whether the element is a control inside an open details panel (not the region itself). */
  inPanel: boolean;
  /** The control beside the stop the element is (a resizer): the spot is otherwise its cell's stop's. */
  aside?: HTMLElement | undefined;
}

/** The spot of an element inside `grid`, or undefined for anything outside the navigable rows. */
export function spotOf(grid: HTMLElement, element: Element): GridSpot | undefined {
  const row = element.closest<HTMLTableRowElement>(gridRowSelector);
  if (!row || !grid.contains(row)) return undefined;
  const cell = element.closest<HTMLTableCellElement>('td, th');
  if (!cell || cell.parentElement !== row) return undefined;
  const stops = cellStops(cell);
  const direct = stops.indexOf(element as HTMLElement);
  if (direct >= 0) return { row, cell, stop: stops[direct]!, stopIndex: direct, inPanel: false };
  if (isPanelCell(cell)) return { row, cell, stop: stops[0]!, stopIndex: 0, inPanel: true };
  const aside = element.closest<HTMLElement>(asideSelector);
  if (aside && cell.contains(aside)) {
    // Its stop is the one before it in the cell (a header's sort button), else the cell's first.
    const before = stops.findLastIndex(
      (stop) => (stop.compareDocumentPosition(aside) & stop.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    const stopIndex = Math.max(0, before);
    return { row, cell, stop: stops[stopIndex]!, stopIndex, inPanel: false, aside };
  }
  // A non-focusable part of a cell (a click on its text): the cell's first stop.
  return { row, cell, stop: stops[0]!, stopIndex: 0, inPanel: false };
}

/**
 * The drawn cell of `row` nearest to `column` (a one-cell details row has only one), and its first stop; with
 * `last`, the last drawn cell at or before `column` and its last stop (End).
 */
export function stopAt(row: HTMLTableRowElement, column: number, last = false): HTMLElement | undefined {
  const cells = [...row.cells];
  const from = Math.max(0, Math.min(column, cells.length - 1));
  let cell: HTMLTableCellElement | undefined;
  for (let distance = 0; !cell && distance < cells.length; distance += 1) {
    const candidates = last ? [cells[from - distance]] : [cells[from - distance], cells[from + distance]];
    cell = candidates.find((candidate) => candidate !== undefined && isRendered(candidate));
  }
  if (!cell) return undefined;
  const stops = cellStops(cell);
  return last ? stops.at(-1) : stops[0];
}
