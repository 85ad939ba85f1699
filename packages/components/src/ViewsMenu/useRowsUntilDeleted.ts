import type { AuditView } from '@auditkit/headless';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';

/** The manage dialog's rows, and deletes that leave a row only once they went through. */
export interface RowsUntilDeleted {
  /** The views, and each view being deleted still in its place. */
  rows: readonly AuditView[];
  /** Whether a delete of the view is in flight. */
  deleting: (id: string) => boolean;
  /** Runs the delete of one of `rows`, keeping its row until it settles. */
  remove: <T>(view: AuditView, run: () => Promise<T>) => Promise<T>;
}

/**
 * Keeps a view's row in the dialog while its delete is in flight. `useSavedViews` takes a view out at once and puts
 * it back if the storage refuses: a row that left and came back lost what was open in it (a rename's draft), and
 * meanwhile focus moved to the next row's Delete (useViewRemovalFocus) and stayed there, with the failure said in
 * the row that came back, so pressing Enter again to retry deleted the other view. A kept row goes after the rows
 * that were before it when its Delete was pressed (those still there), not back to a position, which other deletes
 * settling meanwhile would make another place: React would move the row, and a moved element loses focus.
 */
export function useRowsUntilDeleted(views: readonly AuditView[]): RowsUntilDeleted {
  const [pending, setPending] = useState<ReadonlyMap<string, { view: AuditView; after: readonly string[] }>>(
    () => new Map(),
  );
  const rows = useMemo(() => {
    if (pending.size === 0) return views;
    const list = [...views];
    for (const { view, after } of pending.values()) {
      if (list.some((item) => item.id === view.id)) continue;
      // After the nearest row that was before it and still is (kept rows included, in the order they were kept).
      const ids = new Set(after);
      const previous = list.findLastIndex((item) => ids.has(item.id));
      list.splice(previous + 1, 0, view);
    }
    return list;
  }, [views, pending]);
  const rowsRef = useRef(rows);
  useLayoutEffectOnClient(() => {
    rowsRef.current = rows;
  });
  const remove = useCallback(<T>(view: AuditView, run: () => Promise<T>) => {
    const shown = rowsRef.current;
    const after = shown
      .slice(
        0,
        Math.max(
          0,
          shown.findIndex((item) => item.id === view.id),
        ),
      )
      .map((item) => item.id);
    setPending((current) => new Map(current).set(view.id, { view, after }));
    return run().finally(() =>
      setPending((current) => {
        const next = new Map(current);
        next.delete(view.id);
        return next;
      }),
    );
  }, []);
  return { rows, deleting: (id) => pending.has(id), remove };
}
