import {
  cellStops,
  gridRows,
  isPanelRow,
  isRendered,
  rowIndexes,
  rowIndexOf,
  stopAt,
  type GridSpot,
} from './gridDom.ts';

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
  const rows = gridRows(grid);
  const indexes = rowIndexes(rows);
  const at = position ?? initialPosition;
  // Rows come in index order (the header's -1 first): the remembered row, else the last drawn event before it.
  // Whether CSS draws a row is asked only of the rows that could be the answer: the question forces a style
  // update, and a virtual grid settles in every frame of a scroll, where the remembered row is mostly not
  // rendered at all and nothing needs asking (bench/profile.mjs scroll).
  let exact: HTMLTableRowElement | undefined;
  let other: HTMLTableRowElement | undefined;
  let before = 0;
  for (let i = 0; i < rows.length && indexes[i]! <= at.rowIndex; i += 1) {
    const candidate = rows[i]!;
    if (indexes[i] !== at.rowIndex) before = i + 1;
    else if (isPanelRow(candidate) === at.panel) exact ??= isRendered(candidate) ? candidate : undefined;
    else other ??= isRendered(candidate) ? candidate : undefined;
  }
  let row = exact ?? other;
  if (!row) {
    // Virtual rows: the event is loaded but not rendered.
    if (rowCount !== undefined && at.rowIndex >= 0 && at.rowIndex < rowCount && rows.length > 1)
      return 'offscreen';
    const drawnEvent = (candidate: HTMLTableRowElement) => !isPanelRow(candidate) && isRendered(candidate);
    row = rows.slice(0, before).findLast(drawnEvent) ?? rows.find(drawnEvent);
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
