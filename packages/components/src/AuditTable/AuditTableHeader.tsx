import type { Header } from '@tanstack/react-table';
import { useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditEventLike } from '../types.ts';
import { Icon } from '../ui/Icon.tsx';
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
  onResizeBy: (columnId: string, delta: number) => void;
}

const step = 16;

/** One `<th scope="col">`: a sort button with `aria-sort` on sortable columns, and a keyboard-usable resizer. */
export function AuditTableHeader({ header, onSort, sorted, canSort, onResizeBy }: AuditTableHeaderProps) {
  const { messages } = useAuditUi();
  const [resizing, setResizing] = useState(false);
  const column = header.column;
  if (column.id === expandColumnId) {
    return (
      // Inline because it is the column's measured size, which resizing and the colgroup share.
      <th scope="col" data-slot="audit-expand-cell" style={{ width: header.getSize() }}>
        <span data-slot="audit-visually-hidden">{messages.detailsTitle}</span>
      </th>
    );
  }
  const label = String(column.columnDef.header ?? column.id);
  return (
    <th
      scope="col"
      data-slot="audit-table-header"
      data-sort={sorted || 'none'}
      // For the narrow layout's styles, which would otherwise need `:has()` (see AuditTableRow).
      data-resizable={column.getCanResize() ? '' : undefined}
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
          // The grid's roving tabindex makes one control the Tab stop (useGridNavigation).
          tabIndex={-1}
          onClick={() => onSort(column.id)}
        >
          <span>{label}</span>
          <Icon name={sorted === 'asc' ? 'sortAsc' : sorted === 'desc' ? 'sortDesc' : 'sortNone'} />
        </button>
      ) : (
        <span>{label}</span>
      )}
      {column.getCanResize() ? (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={messages.resizeColumn(label)}
          aria-valuenow={header.getSize()}
          aria-valuemin={column.columnDef.minSize ?? 40}
          aria-valuemax={column.columnDef.maxSize ?? 900}
          // A grid stop like the sort button (useGridNavigation keeps one control of the grid in the Tab order).
          tabIndex={-1}
          // Enter starts keyboard resizing (announced where screen readers read shortcuts).
          aria-keyshortcuts="Enter"
          data-slot="audit-resize-handle"
          data-resizing={column.getIsResizing() || resizing ? '' : undefined}
          onMouseDown={header.getResizeHandler()}
          onTouchStart={header.getResizeHandler()}
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
              onResizeBy(column.id, event.key === 'ArrowRight' ? step : -step);
            }
          }}
        />
      ) : null}
    </th>
  );
}
