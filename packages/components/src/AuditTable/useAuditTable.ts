import { canSortBy, nextAuditSort, ownValue, type AuditSort } from '@auditkit/headless';
import { useTable } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { auditColumnDefs, expandColumnId } from './auditColumnDefs.tsx';
import { auditTableFeatures } from './auditTableFeatures.ts';

/** Inputs of {@link useAuditTable}: the columns and the server-side sort the table shows. */
export interface AuditTableInput {
  columns: readonly AuditColumnLike[];
  visibleColumns: readonly string[] | undefined;
  sort: AuditSort;
  onSortChange: (sort: AuditSort) => void;
  /** Which list the rows are (AuditTableView's `listKey`): another list starts with every row closed. */
  listKey?: string | number | undefined;
}

const noRows: AuditEventLike[] = [];

/** An events array's row ids, and (once asked for) the same as a set. */
interface RowIdsOf {
  readonly ids: readonly string[];
  set?: ReadonlySet<string>;
}
const rowIdsByEvents = new WeakMap<readonly AuditEventLike[], RowIdsOf>();

/**
 * Each event's row id, which keys its row and its open state: its Frontegg id, else its position. Ids given twice
 * (pages that overlap in an infinite scroll, a host's own events) are numbered `id~1`, `id~2`… past every id
 * given before them (headless's parser, within a page, also keeps clear of the ids after): shared, one row's
 * expand button opened both and React mixed up their rows.
 * Worked out once per events array, as the body, the row window and each of its measurements all ask.
 */
export function rowIds(events: readonly AuditEventLike[]): readonly string[] {
  const known = rowIdsByEvents.get(events);
  if (known) return known.ids;
  // Maps and Sets, not objects: an id is event data, and `__proto__` or `constructor` is no count.
  const taken = new Set<string>();
  const repeats = new Map<string, number>();
  const ids = events.map((event, index) => {
    const given = ownValue(event, 'frontegg_id');
    const own = typeof given === 'string' && given ? given : String(index);
    let times = repeats.get(own) ?? 0;
    let id = own;
    // Past an event's own id of that form too (`a`, `a~1`, `a`): the repeat is `a~2`, not a second `a~1`.
    while (taken.has(id)) id = `${own}~${++times}`;
    repeats.set(own, times);
    taken.add(id);
    return id;
  });
  rowIdsByEvents.set(events, { ids });
  return ids;
}

/**
 * The row ids of `events` as a set, kept with them once asked for: with a row open, each render of a deep infinite
 * list (each toggle, each load) counted the open rows against a set of all 10,000 ids built again.
 */
export function rowIdSet(events: readonly AuditEventLike[]): ReadonlySet<string> {
  rowIds(events);
  const entry = rowIdsByEvents.get(events)!;
  return (entry.set ??= new Set(entry.ids));
}

/** The row id of the event at `index` in `events` (see {@link rowIds}). */
export const rowId = (_event: AuditEventLike, index: number, events: readonly AuditEventLike[]) =>
  rowIds(events)[index]!;

/** Which events show their details row, by row id. */
export type ExpandedRows = Readonly<Record<string, boolean>>;

const noneOpen: ExpandedRows = {};

/**
 * The TanStack table of the events' columns: columns from the metadata in the user's order (`columnIds`), the
 * sort indicator from the query (sorting happens on the server; `sortable` names the columns that offer it: the
 * metadata's `sortable` ones whose name the API can sort by) and user-resizable widths; and which rows are
 * expanded (`expanded`, `toggleExpanded`, `openRow`). Also `onSort`, the next sort when a header asks for a column, and
 * `onResizeBy`, a column's resize by some pixels within its limits (a keyboard step, or a drag from the width it
 * started at).
 */
export function useAuditTable({ columns, visibleColumns, sort, onSortChange, listKey }: AuditTableInput) {
  const defs = useMemo(() => auditColumnDefs(columns), [columns]);
  const shown = useMemo(
    () =>
      visibleColumns ?? columns.filter((column) => column.showInTable !== false).map((column) => column.name),
    [visibleColumns, columns],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(columns.map((column) => [column.name, shown.includes(column.name)])),
    [columns, shown],
  );
  const columnOrder = useMemo(() => [expandColumnId, ...shown], [shown]);
  // The one sort rule (headless nextAuditSort), not TanStack's toggle: the headers and a UI built on the hooks
  // alone sort alike.
  const types = useMemo(() => new Map(columns.map((column) => [column.name, column.type])), [columns]);
  const onSort = useCallback(
    (columnId: string) => onSortChange(nextAuditSort(sort, { name: columnId, type: types.get(columnId) })),
    [onSortChange, sort, types],
  );
  // Which headers offer sorting: the metadata's `sortable`, for a name the API can sort by (headless canSortBy).
  // A `geo.country` marked sortable showed its header sorted while the request fell back to the newest first.
  const sortable = useMemo(
    () =>
      new Set(
        columns
          .filter((column) => column.sortable === true && canSortBy(column.name))
          .map((column) => column.name),
      ),
    [columns],
  );
  const [columnSizing, setColumnSizing] = useState<Record<string, number>>({});
  const [expanded, setExpanded] = useState<ExpandedRows>(noneOpen);
  // Another query's rows start closed: kept, an event open under the last filter came back open under the next,
  // and an all-day infinite list held a key for every row ever opened. Reset while rendering (as useListRun),
  // so no commit shows the new rows with the old list's open ones.
  const [expandedList, setExpandedList] = useState(listKey);
  if (expandedList !== listKey) {
    setExpandedList(listKey);
    setExpanded(noneOpen);
  }
  // Only open rows keep a key: the record, and the copy each toggle makes of it, stay the size of what is open.
  const toggleExpanded = useCallback(
    (id: string) =>
      setExpanded((open) => {
        if (open[id] !== true) return { ...open, [id]: true };
        const { [id]: _closed, ...rest } = open;
        return rest;
      }),
    [],
  );
  // Opens a row without closing it if it is open (a link to one event, useLinkedRow).
  const openRow = useCallback(
    (id: string) => setExpanded((open) => (open[id] === true ? open : { ...open, [id]: true })),
    [],
  );

  // The columns and header only: the body draws the events itself (AuditTableRow), so TanStack never builds a
  // row model. It built one object per event, and per cell of each drawn row, on every data change: every page
  // an infinite scroll appended rebuilt all the rows loaded so far (bench/profile.mjs scroll).
  const table = useTable({
    features: auditTableFeatures,
    columns: defs,
    data: noRows,
    state: { columnVisibility, columnOrder, columnSizing },
    onColumnSizingChange: setColumnSizing,
  });

  // A width within the column's limits; `from` is where a drag started, else the column's width now.
  const onResizeBy = useCallback(
    (columnId: string, delta: number, from?: number) => {
      const column = table.getColumn(columnId);
      if (!column) return;
      const min = column.columnDef.minSize ?? 40;
      const max = column.columnDef.maxSize ?? 900;
      const next = Math.round(Math.min(max, Math.max(min, (from ?? column.getSize()) + delta)));
      setColumnSizing((sizes) => (sizes[columnId] === next ? sizes : { ...sizes, [columnId]: next }));
    },
    [table],
  );

  // The shown columns' ids in order, the expand column first (names the metadata lacks are left out, as
  // TanStack leaves them out of the header); a new array only when the user shows, hides or moves a column.
  const columnIds = useMemo(
    () => columnOrder.filter((id) => id === expandColumnId || types.has(id)),
    [columnOrder, types],
  );
  return { table, onSort, sortable, onResizeBy, columnIds, expanded, toggleExpanded, openRow };
}
