import { gridRows, isPanelRow, isRendered, rowIndexOf, stopAt, cellStops, type GridSpot } from './gridDom.ts';

/**
 * Where the grid's Tab stop is, by position rather than by element, so it survives the rows being replaced (a
 * sort, a new page, a refetch): the event's index in the loaded list, whether it is the event's details row, the
 * cell and the stop within the cell.
 */
export interface GridPosition {
  rowIndex: number;
  panel: boolean;
  cell: number;
  stop: number;
}

/** Before the user has been in the grid: the first event's expand button (the header when there are none). */
const initialPosition: GridPosition = { rowIndex: 0, panel: false, cell: 0, stop: 0 };

/** The position of a spot in the grid. */
export function positionOf(grid: HTMLElement, spot: GridSpot): GridPosition {
  return {
    rowIndex: rowIndexOf(spot.row, gridRows(grid)),
    panel: isPanelRow(spot.row),
    cell: spot.cell.cellIndex,
    stop: spot.stopIndex,
  };
}

/**
 * The stop at a position, clamped to the rows there are now (a shorter last page: its last event, same column);
 * `'offscreen'` when virtual rows (`rowCount` loaded) have the event but have not rendered it.
 */
export function stopAtPosition(
  grid: HTMLElement,
  position: GridPosition | null,
  rowCount: number | undefined,
): HTMLElement | 'offscreen' | undefined {
  const all = gridRows(grid);
  const rows = all.filter(isRendered);
  const at = position ?? initialPosition;
  const indexes = new Map(rows.map((row) => [row, rowIndexOf(row, all)]));
  const same = rows.filter((row) => indexes.get(row) === at.rowIndex);
  let row = same.find((candidate) => isPanelRow(candidate) === at.panel) ?? same[0];
  if (!row) {
    if (rowCount !== undefined && at.rowIndex >= 0 && at.rowIndex < rowCount && rows.length > 1)
      return 'offscreen';
    const events = rows.filter((candidate) => !isPanelRow(candidate));
    row = events.filter((candidate) => indexes.get(candidate)! <= at.rowIndex).at(-1) ?? events[0];
  }
  if (!row) return undefined;
  const cells = [...row.cells];
  const cell = cells[Math.min(at.cell, cells.length - 1)];
  if (!cell || !isRendered(cell)) return stopAt(row, at.cell);
  const stops = cellStops(cell);
  return stops[Math.min(at.stop, stops.length - 1)];
}

/** The rendered row of the event at `rowIndex`: its event row (`start`) or its last row, details included (`end`). */
export function renderedRow(
  grid: HTMLElement,
  rowIndex: number,
  edge: 'start' | 'end',
): HTMLTableRowElement | undefined {
  const all = gridRows(grid);
  const rows = all.filter((row) => rowIndexOf(row, all) === rowIndex);
  return edge === 'end' ? rows.at(-1) : rows[0];
}
