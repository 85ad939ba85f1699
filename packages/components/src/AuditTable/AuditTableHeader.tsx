import type { Header } from '@tanstack/react-table';
import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditEventLike } from '../types.ts';
import { Icon } from '../ui/Icon.tsx';
import { isRightToLeft } from '../ui/isRightToLeft.ts';
import { expandColumnId, fillColumnId } from './auditColumnDefs.tsx';
import type { AuditTableFeatures } from './auditTableFeatures.ts';

/** Props of {@link AuditTableHeader}. */
export interface AuditTableHeaderProps {
  header: Header<AuditTableFeatures, AuditEventLike, unknown>;
  /** Sorts by this column (the one sort rule: `nextAuditSort`). */
  onSort: (columnId: string) => void;
  /** This column's direction in the query's sort (sorting happens on the server), else false. */
  sorted: 'asc' | 'desc' | false;
  /** Whether the column offers sorting (the metadata's `sortable`). */
  canSort: boolean;
  /** Resizes the column by `delta` pixels from `from` (where a drag started), else from its width now. */
  onResizeBy: (columnId: string, delta: number, from?: number) => void;
}

/** Pixels a column grows or shrinks per arrow key (while resizing) or per press of its step buttons. */
const step = 16;
/** A press that moves less than this is a click on the handle, not a drag. */
const dragThreshold = 3;

/** One `<th scope="col">`: a sort button with `aria-sort` on sortable columns, and a keyboard-usable resizer. */
export function AuditTableHeader({ header, onSort, sorted, canSort, onResizeBy }: AuditTableHeaderProps) {
  const { messages } = useAuditUi();
  const [resizing, setResizing] = useState(false);
  const [dragging, setDragging] = useState(false);
  const labelId = useId();
  const column = header.column;
  if (column.id === expandColumnId) {
    return (
      // Inline because it is the column's measured size, which resizing and the colgroup share.
      <th
        scope="col"
        data-slot="audit-expand-cell"
        className="auditkit-expand-cell"
        style={{ width: header.getSize() }}
      >
        <span data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
          {messages.detailsTitle}
        </span>
      </th>
    );
  }
  const label = String(column.columnDef.header ?? column.id);
  // Every column but the fill one (it takes what the others leave: widen it by narrowing them).
  const canResize = column.id !== fillColumnId;
  // A drag on the separator, by mouse, pen or touch: the width follows the pointer while it moves, as it did with
  // TanStack's resizing feature in its 'onChange' mode, but outwards in either direction (TanStack's pointer to
  // the right widened a right-to-left column too, whose edge is drawn on its left).
  // One path, pointer events, for every kind of pointer: a tap fires compatibility mouse events after its touch
  // events, and handling both started a second drag whose release put the step buttons away again. The
  // handle captures the pointer, and moves and the release are heard on its document (an iframe's when the log
  // is rendered into one), so the drag goes on when the pointer leaves the handle.
  // A press that does not move is a click or a tap: it opens the width's step buttons (WCAG 2.5.7: what a drag
  // does, one pointer can do without dragging), as Enter does for the keyboard.
  const startDrag = (handle: HTMLElement, pointerId: number, startX: number) => {
    const page = handle.ownerDocument;
    const startSize = header.getSize();
    // Right to left, the handle is on the column's left edge: the column widens as it is dragged left.
    const outwards = isRightToLeft(handle) ? -1 : 1;
    let moved = false;
    try {
      handle.setPointerCapture(pointerId);
    } catch {
      // Not a pointer the browser knows to be down (an event made by script): the document still hears it.
    }
    setDragging(true);
    const move = (event: Event) => {
      const { pointerId: id, clientX: x } = event as PointerEvent;
      if (id !== pointerId || (!moved && Math.abs(x - startX) < dragThreshold)) return;
      moved = true;
      onResizeBy(column.id, (x - startX) * outwards, startSize);
    };
    const end = (event: Event) => {
      if ((event as PointerEvent).pointerId !== pointerId) return;
      page.removeEventListener('pointermove', move);
      page.removeEventListener('pointerup', end);
      page.removeEventListener('pointercancel', end);
      setDragging(false);
      if (!moved && event.type === 'pointerup') {
        handle.focus();
        setResizing((open) => !open);
      }
    };
    page.addEventListener('pointermove', move);
    page.addEventListener('pointerup', end);
    page.addEventListener('pointercancel', end);
  };
  return (
    <th
      scope="col"
      // Its name is its label alone: from its content it would also read the separator's value (the width) and
      // the step buttons' names, and a screen reader would announce "Time 240" as the header of every cell.
      aria-labelledby={labelId}
      data-slot="audit-table-header"
      className="auditkit-table-header"
      data-sort={sorted || 'none'}
      // For the narrow layout's styles, which would otherwise need `:has()` (see AuditTableRow).
      data-resizable={canResize ? '' : undefined}
      aria-sort={
        canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined
      }
      // Inline because the width is the column's live (resizable) size; the fill column takes what the others
      // leave (see auditColumnDefs), so it states no width.
      style={{ width: column.id === fillColumnId ? undefined : header.getSize() }}
    >
      {canSort ? (
        <button
          type="button"
          data-slot="audit-sort-button"
          className="auditkit-sort-button"
          // The grid's roving tabindex makes one control the Tab stop (useGridNavigation).
          tabIndex={-1}
          onClick={() => onSort(column.id)}
        >
          <span id={labelId}>{label}</span>
          <Icon name={sorted === 'asc' ? 'sortAsc' : sorted === 'desc' ? 'sortDesc' : 'sortNone'} />
        </button>
      ) : (
        <span id={labelId}>{label}</span>
      )}
      {canResize ? (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={messages.resizeColumn(label)}
          aria-valuenow={header.getSize()}
          aria-valuemin={column.columnDef.minSize ?? 40}
          aria-valuemax={column.columnDef.maxSize ?? 900}
          // Beside its header's stop, not a stop of its own: arrowing along the header is one press a column, and
          // F2 reaches the resizer (F2 or Escape goes back; see gridDom). useGridNavigation manages the tabindex.
          data-grid-aside=""
          tabIndex={-1}
          // Enter starts keyboard resizing (announced where screen readers read shortcuts).
          aria-keyshortcuts="Enter"
          data-slot="audit-resize-handle"
          className="auditkit-resize-handle"
          data-resizing={dragging || resizing ? '' : undefined}
          onPointerDown={(event) => {
            // The main button, or the first finger or pen; a second finger is a pinch, left to the browser.
            if (event.isPrimary && event.button === 0)
              startDrag(event.currentTarget, event.pointerId, event.clientX);
          }}
          onDoubleClick={() => column.resetSize()}
          onBlur={() => setResizing(false)}
          onKeyDown={(event) => {
            // Enter starts and ends resizing; meanwhile Left/Right resize instead of moving to the next cell,
            // so arrowing along the header never resizes a column by surprise.
            if (event.key === 'Enter' || (event.key === 'Escape' && resizing)) {
              event.preventDefault();
              setResizing(event.key === 'Enter' && !resizing);
            } else if (resizing && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
              event.preventDefault();
              // The arrow that points away from the column, where its edge is drawn, widens it.
              const widens = event.key === (isRightToLeft(event.currentTarget) ? 'ArrowLeft' : 'ArrowRight');
              onResizeBy(column.id, widens ? step : -step);
            }
          }}
        />
      ) : null}
      {canResize && resizing ? (
        // While resizing, for a pointer: each press narrows or widens by a step. Pressing them leaves focus on
        // the handle (its blur ends resizing, and its arrow keys still work).
        <span data-slot="audit-resize-steps" className="auditkit-resize-steps">
          {(['narrow', 'widen'] as const).map((way) => (
            <button
              key={way}
              type="button"
              data-variant="ghost"
              tabIndex={-1}
              aria-label={way === 'narrow' ? messages.narrowColumn(label) : messages.widenColumn(label)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onResizeBy(column.id, way === 'widen' ? step : -step)}
            >
              <Icon name={way === 'widen' ? 'plus' : 'minus'} />
            </button>
          ))}
        </span>
      ) : null}
    </th>
  );
}
