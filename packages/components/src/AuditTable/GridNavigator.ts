import { activeElementOf, isElement, isHTMLElement, isNode, resizeObserverOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';
import {
  cellAsides,
  focusablesIn,
  isPanelCell,
  isRendered,
  spotOf,
  stopAt,
  type GridSpot,
} from './gridDom.ts';
import { gridKeyOf, pageRows } from './gridKey.ts';
import { gridMove } from './gridMove.ts';
import { positionOf, renderedRow, stopAtPosition, type GridPosition } from './gridPosition.ts';
import { GridTabStops } from './GridTabStops.ts';
import { revealStop } from './revealStop.ts';

/** A row the user moved to that virtual scrolling has not rendered yet. */
interface Pending {
  rowIndex: number;
  column: number;
  edge: 'start' | 'end';
}

/**
 * The decisions of a keyboard grid over a table's DOM (see `gridDom.ts` for the markup it reads): which element
 * is the one Tab stop, where each key moves focus, and what happens when the rows under it change.
 * `useGridNavigation` connects it to React; it holds no React state, so moving focus re-renders nothing.
 */
export class GridNavigator {
  /** Every loaded event when rows are virtualised (only some rendered); `undefined` otherwise. */
  rowCount: number | undefined;
  /** Brings the event at this index into the virtual window. */
  scrollToRow: ((index: number) => void) | undefined;

  setRowCount(count: number | undefined): void {
    if (count === this.rowCount) return;
    this.rowCount = count;
    // At the next frame's start, like a commit's: settling now forced a layout in the middle of the commit that
    // appends a page of virtual rows, a frame dropped while scrolling (bench/profile.mjs scroll).
    this.#settleBeforePaint();
  }

  setScrollToRow(scroll: ((index: number) => void) | undefined): void {
    this.scrollToRow = scroll;
  }

  #grid: HTMLElement | null = null;
  #stops: GridTabStops | null = null;
  #observer: MutationObserver | null = null;
  #resize: ResizeObserver | null = null;
  #position: GridPosition | null = null;
  #column = 0;
  #pending: Pending | null = null;
  #focused: HTMLElement | null = null;

  attach(grid: HTMLElement): void {
    if (this.#grid === grid) return;
    this.detach();
    this.#grid = grid;
    this.#stops = new GridTabStops(grid);
    this.#stops.suppress(grid);
    this.settle();
    this.#observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (isElement(node)) this.#stops?.suppress(node);
      this.#settleBeforePaint();
    });
    this.#observer.observe(grid, { childList: true, subtree: true });
    // A container query can redraw the rows as cards and hide what had the Tab stop, with no DOM change.
    if (typeof ResizeObserver === 'function') {
      this.#resize = resizeObserverOf(grid, () => this.settle());
      this.#resize.observe(grid);
    }
  }

  /**
   * `settle` at the start of the next frame, once however many commits came before it. Settling reads what CSS
   * draws (`isRendered`), which forces a layout: run from the observer after every commit, it laid the table out
   * once more per commit, so each frame of a virtual scroll (rows mounted while scrolling) laid it out twice and
   * dropped frames (bench/profile.mjs scroll). In the frame's own first step the layout is the one the frame
   * needs anyway. Until then the previous stop stands, for at most one frame.
   */
  #settleBeforePaint(): void {
    if (this.#settleFrame !== undefined) return;
    this.#settleFrame = requestAnimationFrame(() => {
      this.#settleFrame = undefined;
      this.settle();
    });
  }

  #settleFrame: number | undefined;

  detach(): void {
    if (this.#settleFrame !== undefined) cancelAnimationFrame(this.#settleFrame);
    this.#settleFrame = undefined;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#resize?.disconnect();
    this.#resize = null;
    this.#grid = null;
    this.#stops = null;
  }

  /** After the rows changed: keep exactly one valid Tab stop, at the remembered position or the nearest one. */
  settle(): void {
    const grid = this.#grid;
    const stops = this.#stops;
    if (!grid || !stops) return;
    if (this.#pending && this.#fulfil()) return;
    const current = stops.active;
    const spot = current?.isConnected ? spotOf(grid, current) : undefined;
    // Until focus has been in the grid there is no position to keep: the default follows the rows as they come.
    if (spot && (spot.aside ?? spot.stop) === current && this.#position && isRendered(current!)) {
      this.#remember(spot);
      stops.door(false);
      return;
    }
    const found = stopAtPosition(grid, this.#position, this.rowCount);
    if (found === 'offscreen') {
      stops.setActive(null);
      stops.door(true);
      return;
    }
    stops.door(false);
    stops.setActive(found ?? null);
    // The focused row went away (a refresh replaced the rows): focus stays in the grid instead of on the page
    // (`focusLost` reads the grid's own document, an iframe's when the log is rendered into one).
    const gone = this.#focused && !this.#focused.isConnected;
    if (found && gone && focusLost(grid)) found.focus({ preventScroll: true });
  }

  /**
   * The rows are another list now (a new query of an infinite list, its view back at the top): the Tab stop goes
   * back to the first event, in the column the user was in, not to a row deep in a list that is gone. Focus is not
   * moved. Where it is in the header (a sort button just pressed), the stop stays with it; on a row still drawn,
   * that row stays the stop where it now is; on a row that left, `settle` gives it to the new stop, as for any
   * row that leaves.
   */
  restart(): void {
    this.#pending = null;
    const grid = this.#grid;
    const stops = this.#stops;
    if (!grid || !stops) {
      this.#position = null;
      return;
    }
    const active = activeElementOf(grid);
    const spot = active && grid.contains(active) ? spotOf(grid, active) : undefined;
    if (spot?.row.dataset.gridRow === 'header') return;
    // Never in the grid: the default stop (the first event) follows the rows by itself.
    if (this.#position) this.#position = { rowIndex: 0, panel: false, cell: this.#column, stop: 0 };
    // The old stop may still be drawn (the same event among the new rows) and `settle` keeps a drawn stop.
    if (!spot) stops.setActive(null);
    this.#settleBeforePaint();
  }

  /** Focus arrived in the grid: that place becomes the Tab stop; inside a details panel its controls open up. */
  focusIn(target: EventTarget | null): void {
    const grid = this.#grid;
    const stops = this.#stops;
    if (!grid || !stops || !isHTMLElement(target)) return;
    if (target === grid) {
      // The door of a virtual grid: bring the remembered row back and focus it.
      const position = this.#position;
      if (position && this.scrollToRow) {
        this.#pending = { rowIndex: position.rowIndex, column: position.cell, edge: 'start' };
        this.scrollToRow(position.rowIndex);
      }
      return;
    }
    const spot = spotOf(grid, target);
    if (!spot) return;
    // Tab back into the grid lands on the stop where it was left, which the box may since have been scrolled
    // away from, and the browser leaves a cell partly in view where it is. Not for a pointer's focus (a scroll
    // under a drag starting on a resizer), nor for focus given back in `settle`, which keeps the view still.
    const entering = this.#focused === null;
    this.#focused = target;
    if (entering && !spot.inPanel && target.matches(':focus-visible')) revealStop(target);
    stops.enter(isPanelCell(spot.cell) ? spot.cell : null);
    // On a resizer, the resizer is the Tab stop while it has focus (Shift+Tab leaves the grid, not onto its sort
    // button); its place is remembered as its stop's, where the stop goes back when the rows change.
    stops.setActive(spot.aside ?? spot.stop);
    stops.door(false);
    this.#remember(spot);
    if (spot.row.cells.length > 1) this.#column = spot.cell.cellIndex;
  }

  /** Focus left an element; leaving the grid closes an entered panel's controls again. */
  focusOut(target: EventTarget | null, next: EventTarget | null): void {
    const grid = this.#grid;
    if (!grid) return;
    // A removed element loses focus with no destination: `settle` puts focus back in the grid.
    if (next === null && isNode(target) && !target.isConnected) return;
    if (isNode(next) && grid.contains(next)) return;
    this.#focused = null;
    this.#stops?.enter(null);
  }

  /** A key pressed inside the grid; returns whether the grid used it (the caller prevents the default). */
  keyDown(event: KeyboardEvent): boolean {
    const grid = this.#grid;
    if (!grid || event.defaultPrevented || event.altKey || !isHTMLElement(event.target)) return false;
    const target = event.target;
    const spot = spotOf(grid, target);
    if (!spot) return false;
    const panel = isPanelCell(spot.cell);
    if (event.key === 'Escape' && panel) return this.#focusOwner(spot);
    // The panel's controls keep their own keys; the grid moves only from a stop.
    if (spot.inPanel) return false;
    if (panel && (event.key === 'Enter' || event.key === 'F2')) {
      const first = focusablesIn(spot.cell).find((element) => element !== spot.stop);
      first?.focus();
      return first !== undefined;
    }
    // F2 reaches the control beside a stop (a column's resizer), which arrow keys pass; F2 or Escape goes back.
    if (spot.aside && (event.key === 'F2' || event.key === 'Escape')) {
      this.#focus(spot.stop);
      return true;
    }
    if (event.key === 'F2') {
      const aside = cellAsides(spot.cell)[0];
      if (aside) this.#focus(aside);
      return aside !== undefined;
    }
    const key = gridKeyOf(event, grid);
    if (!key) return false;
    const move = gridMove(grid, spot, key, event.ctrlKey || event.metaKey, {
      column: this.#column,
      pageRows: pageRows(grid, spot.row),
      rowCount: this.rowCount,
    });
    // At an edge too: an arrow key in a grid never scrolls the page instead.
    if (!move) return true;
    this.#column = move.column;
    if (move.kind === 'stop') this.#focus(move.stop);
    else {
      this.#pending = { rowIndex: move.rowIndex, column: move.column, edge: move.edge };
      this.scrollToRow?.(move.rowIndex);
    }
    return true;
  }

  /** Escape in a details panel returns to the row it belongs to. */
  #focusOwner(spot: GridSpot): boolean {
    const owner = spot.row.previousElementSibling;
    if (!isHTMLElement(owner, 'tr') || owner.dataset.gridRow !== 'event') return false;
    const stop = stopAt(owner, 0);
    if (stop) this.#focus(stop);
    return stop !== undefined;
  }

  /**
   * Focuses a stop, making it the Tab stop first (a cell is focusable only with a tabindex), its cell shown whole
   * in the table's box first: `focus()` alone leaves a cell partly in view at the box's edge.
   */
  #focus(stop: HTMLElement): void {
    this.#stops?.setActive(stop);
    revealStop(stop);
    stop.focus();
  }

  #remember(spot: GridSpot): void {
    this.#position = positionOf(this.#grid!, spot);
  }

  /** Focuses the row a virtual move asked for, once it is rendered. */
  #fulfil(): boolean {
    const pending = this.#pending!;
    const row = renderedRow(this.#grid!, pending.rowIndex, pending.edge);
    if (!row) return false;
    this.#pending = null;
    const stop = stopAt(row, pending.column, pending.column === Number.MAX_SAFE_INTEGER);
    if (stop) this.#focus(stop);
    return stop !== undefined;
  }
}
