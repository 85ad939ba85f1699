import { ownValue, valueToText } from '@auditkit/headless';
import { memo, useId } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { renderCell } from '../cells/renderCell.tsx';
import { severityKey } from '../cells/severityKey.ts';
import { severityLabel } from '../messages/severityLabel.ts';
import { AuditErrorBoundary } from '../ErrorBoundary/AuditErrorBoundary.tsx';
import { LazyEventDetails, loadEventDetails } from '../EventDetails/LazyEventDetails.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { formatTimestamp, parseTimestamp } from '../ui/formatTimestamp.ts';
import { shownText } from '../ui/shownText.ts';
import { expandColumnId } from './auditColumnDefs.tsx';

/** Props of {@link AuditTableRow}. */
export interface AuditTableRowProps {
  event: AuditEventLike;
  /** The event's row id (useAuditTable's `rowId`): its cells' keys and its open state's. */
  rowId: string;
  columns: readonly AuditColumnLike[];
  /** The shown columns' ids in order, the expand column first (a new array when the user changes them). */
  columnIds: readonly string[];
  /** Whether the details row is shown. */
  open: boolean;
  /** Opens or closes the details row of a row id (stable). */
  onToggle: (rowId: string) => void;
  index?: number | undefined;
  /**
   * Virtual rows: the row's position among all the grid's rows (`aria-rowindex`; the header is 1, an open
   * details row counts), since only some rows are in the DOM.
   */
  ariaRowIndex?: number | undefined;
  measureRef?: ((element: HTMLTableSectionElement | null) => void) | undefined;
}

// A page or filter change re-renders the table several times (loading, placeholder, data); a row re-renders only
// when what it shows changed. Time zone, locale and messages reach the row and its cells through context, which
// React re-renders regardless of memo.
const sameRow = (before: AuditTableRowProps, after: AuditTableRowProps) =>
  before.event === after.event &&
  before.rowId === after.rowId &&
  before.open === after.open &&
  before.columnIds === after.columnIds &&
  before.onToggle === after.onToggle &&
  before.columns === after.columns &&
  before.index === after.index &&
  before.ariaRowIndex === after.ariaRowIndex &&
  before.measureRef === after.measureRef;

// A failed fetch is no error of the page's (unhandled): the panel's own load, when it opens, tries again and shows it.
const preload = () => void loadEventDetails().catch(() => undefined);

// The metadata columns by name, once per columns array (the rows of a page share it).
const byNameCache = new WeakMap<readonly AuditColumnLike[], Map<string, AuditColumnLike>>();
function columnsByName(columns: readonly AuditColumnLike[]): Map<string, AuditColumnLike> {
  let map = byNameCache.get(columns);
  if (!map) {
    map = new Map(columns.map((column) => [column.name, column]));
    byNameCache.set(columns, map);
  }
  return map;
}

/**
 * One event as its own `<tbody>`: the row, and when expanded the details row it controls. A `<tbody>` per event
 * keeps the pair together for virtual scrolling's measurement without breaking table semantics.
 */
export const AuditTableRow = memo(function AuditTableRow({
  event,
  rowId,
  columns,
  columnIds,
  open,
  onToggle,
  index,
  ariaRowIndex,
  measureRef,
}: AuditTableRowProps) {
  const { messages, timeZone, locale, localTimeZone } = useAuditUi();
  const detailsId = useId();
  // The column's metadata type on its cell, so styles (the narrow layout's cards, a host's) select cells by what
  // they hold with plain attribute selectors: `:has()` over hundreds of cells made every style recalculation of
  // a page of rows several times slower (bench/profile.mjs).
  const byName = columnsByName(columns);
  const severityShown = columnIds.some((id) => byName.get(id)?.type === 'Severity');
  const severity = valueToText(ownValue(event, 'severity')).trim();
  const date = parseTimestamp(ownValue(event, 'createdAt'));
  const name = messages.detailsFor(
    shownText(valueToText(ownValue(event, 'action')), messages) || messages.unknownValue,
    date ? formatTimestamp(date, timeZone, locale, localTimeZone) : valueToText(ownValue(event, 'createdAt')),
  );
  return (
    <tbody ref={measureRef} data-index={index} data-slot="audit-table-body" className="auditkit-table-body">
      <tr
        data-slot="audit-table-row"
        className="auditkit-table-row"
        data-grid-row="event"
        aria-rowindex={ariaRowIndex}
        data-state={open ? 'open' : 'closed'}
        // A styling hook for the event's severity (hosts'; the card's pill is in the expand cell below).
        data-severity={severity || undefined}
        data-severity-shown={severityShown ? '' : undefined}
      >
        {columnIds.map((id) => {
          if (id === expandColumnId)
            return (
              <td key={id} data-slot="audit-expand-cell" className="auditkit-expand-cell">
                {/* A card shows the severity even when its column is hidden: in a cell, as text in the log's
                    language, so reading cell by cell reaches it; the badge's look without its icon (one element a
                    row). Drawn only by the card layout. */}
                {severity && !severityShown ? (
                  <span
                    data-slot="audit-severity"
                    className="auditkit-severity"
                    data-severity={severityKey(severity)}
                  >
                    {severityLabel(severity, messages)}
                  </span>
                ) : null}
                {/* The chevron is drawn by CSS (an SVG in every row was two more elements a row). */}
                <button
                  type="button"
                  data-slot="audit-expand-button"
                  className="auditkit-expand-button"
                  data-variant="ghost"
                  aria-expanded={open}
                  // The details row is there only while open: an id that resolves to nothing is an error.
                  aria-controls={open ? detailsId : undefined}
                  aria-label={name}
                  // The grid's roving tabindex makes one control the Tab stop (useGridNavigation).
                  tabIndex={-1}
                  onClick={() => onToggle(rowId)}
                  // Intent to open: fetch the details panel now, so it is usually there by the click.
                  onPointerEnter={preload}
                  onFocus={preload}
                />
              </td>
            );
          const column = byName.get(id);
          return (
            <td
              key={id}
              data-slot="audit-table-cell"
              className="auditkit-table-cell"
              data-column={id}
              data-type={column?.type}
            >
              {/* The cell's component directly, not through TanStack's FlexRender and a CellByType: two
                  components fewer a cell to mount and unmount, six cells a row (bench/profile.mjs filter). */}
              {column ? renderCell(column, event, `${rowId}:${id}`) : null}
            </td>
          );
        })}
      </tr>
      {open ? (
        <tr
          data-slot="audit-table-details-row"
          className="auditkit-table-details-row"
          data-grid-row="details"
          aria-rowindex={ariaRowIndex === undefined ? undefined : ariaRowIndex + 1}
          id={detailsId}
        >
          <td colSpan={columnIds.length}>
            {/* Its own boundary: an event that breaks the details panel leaves the table usable. */}
            <AuditErrorBoundary part="EventDetails">
              <LazyEventDetails
                event={event}
                columns={columns}
                aria-label={name}
                role="region"
                // Focusable: the details row's stop in the grid (ArrowDown from the event reaches it).
                tabIndex={-1}
              />
            </AuditErrorBoundary>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}, sameRow);
