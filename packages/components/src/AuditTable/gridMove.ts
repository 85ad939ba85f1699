import { cellStops, gridRows, isRendered, rowIndexOf, stopAt, type GridSpot } from './gridDom.ts';

/** A key the grid handles, already read from the keyboard event (Ctrl or Cmd counted as `toEdge`). */
export type GridKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

/** Where a key sends focus: a rendered stop, or (virtual rows) an event not rendered yet. */
export type GridTarget =
  | { kind: 'stop'; stop: HTMLElement; column: number }
  | { kind: 'scroll'; rowIndex: number; column: number; edge: 'start' | 'end' };

/** What a move knows beyond the focused spot. */
export interface GridMoveContext {
  /** The column the user last chose by moving sideways: vertical moves return to it after a one-cell row. */
  column: number;
  /** Rows a PageUp/PageDown jumps. */
  pageRows: number;
  /** Every loaded event (virtual rows render only some); `undefined` when all are rendered. */
  rowCount?: number | undefined;
}

function stopInRow(row: HTMLTableRowElement, column: number, last = false): GridTarget | undefined {
  const stop = stopAt(row, column, last);
  return stop ? { kind: 'stop', stop, column } : undefined;
}

/** Whether `next` directly follows (or precedes) `here` in the loaded list: no unrendered events between. */
function adjacent(
  here: HTMLTableRowElement,
  next: HTMLTableRowElement,
  step: number,
  rows: readonly HTMLTableRowElement[],
): boolean {
  const gap = rowIndexOf(next, rows) - rowIndexOf(here, rows);
  return gap === 0 || gap === step;
}

/**
 * The target of `key` from `spot`, following the APG grid pattern: arrows by cell (and by control inside a cell
 * that holds two; a control beside the stop, as a resizer is, is passed), Home/End along the row, with `toEdge`
 * (Ctrl) to the first/last row, PageUp/PageDown by a screenful. Rows are taken in document order, so it works the
 * same when CSS draws them as cards.
 */
export function gridMove(
  grid: HTMLElement,
  spot: GridSpot,
  key: GridKey,
  toEdge: boolean,
  context: GridMoveContext,
): GridTarget | undefined {
  const all = gridRows(grid);
  // Only drawn rows take focus (a narrow layout may hide the header row); indexes count them all.
  const rows = all.filter(isRendered);
  const at = rows.indexOf(spot.row);
  const cells = [...spot.row.cells];
  const cellIndex = cells.indexOf(spot.cell);
  const stops = cellStops(spot.cell);
  const { rowCount } = context;
  // A one-cell row (the details panel) keeps the column the user was in.
  const column = cells.length > 1 ? cellIndex : context.column;

  const vertical = (offset: number): GridTarget | undefined => {
    const step = Math.sign(offset);
    let index = at;
    for (let moved = 0; moved < Math.abs(offset); moved += 1) {
      const here = rows[index]!;
      const next = rows[index + step];
      if (!next || (rowCount !== undefined && !adjacent(here, next, step, all))) {
        // Virtual rows: past the rendered window, ask for the event by its index in the loaded list.
        const current = rowIndexOf(here, all);
        if (rowCount !== undefined && !(step < 0 && current <= 0)) {
          const wanted = Math.max(0, Math.min(rowCount - 1, current + step * (Math.abs(offset) - moved)));
          if (wanted !== current)
            return { kind: 'scroll', rowIndex: wanted, column, edge: step > 0 ? 'end' : 'start' };
        }
        break;
      }
      index += step;
    }
    const row = rows[index];
    return row && row !== spot.row ? stopInRow(row, column) : undefined;
  };

  switch (key) {
    case 'ArrowRight': {
      const next = stops[spot.stopIndex + 1];
      if (next) return { kind: 'stop', stop: next, column: cellIndex };
      const cell = cells.slice(cellIndex + 1).find(isRendered);
      return cell ? { kind: 'stop', stop: cellStops(cell)[0]!, column: cell.cellIndex } : undefined;
    }
    case 'ArrowLeft': {
      // From a control beside the stop (a resizer, after its sort button): back to that stop first.
      if (spot.aside) return { kind: 'stop', stop: spot.stop, column: cellIndex };
      const previous = stops[spot.stopIndex - 1];
      if (previous) return { kind: 'stop', stop: previous, column: cellIndex };
      const cell = cells.slice(0, cellIndex).reverse().find(isRendered);
      return cell ? { kind: 'stop', stop: cellStops(cell).at(-1)!, column: cell.cellIndex } : undefined;
    }
    case 'ArrowDown':
      return vertical(1);
    case 'ArrowUp':
      return vertical(-1);
    case 'PageDown':
      return vertical(Math.max(1, context.pageRows));
    case 'PageUp':
      return vertical(-Math.max(1, context.pageRows));
    case 'Home': {
      // Ctrl+Home: the first cell of the grid, in the header row (unless a narrow layout hides it).
      const first = toEdge ? rows[0] : spot.row;
      return first ? stopInRow(first, 0) : undefined;
    }
    case 'End': {
      if (!toEdge) return stopInRow(spot.row, cells.length - 1, true);
      const last = rows.at(-1);
      if (rowCount !== undefined && last && rowIndexOf(last, all) < rowCount - 1)
        return { kind: 'scroll', rowIndex: rowCount - 1, column: Number.MAX_SAFE_INTEGER, edge: 'end' };
      return last ? stopInRow(last, Number.MAX_SAFE_INTEGER, true) : undefined;
    }
  }
}
