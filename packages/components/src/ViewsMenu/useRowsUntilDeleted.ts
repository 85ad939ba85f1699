import type { AuditView } from '@auditkit/headless';
import { useCallback, useMemo, useState } from 'react';

/** The manage dialog's rows, and deletes that leave a row only once they went through. */
export interface RowsUntilDeleted {
  /** The views, and each view being deleted still in its place. */
  rows: readonly AuditView[];
  /** Whether a delete of the view is in flight. */
  deleting: (id: string) => boolean;
  /** Runs the delete of the view at `index` of `rows`, keeping its row until it settles. */
  remove: <T>(view: AuditView, index: number, run: () => Promise<T>) => Promise<T>;
}

/**
 * Keeps a view's row in the dialog while its delete is in flight. `useSavedViews` takes a view out at once and puts
 * it back if the storage refuses: a row that left and came back lost what was open in it (a rename's draft), and
 * meanwhile focus moved to the next row's Delete (useViewRemovalFocus) and stayed there, with the failure said in
 * the row that came back, so pressing Enter again to retry deleted the other view.
 */
export function useRowsUntilDeleted(views: readonly AuditView[]): RowsUntilDeleted {
  const [pending, setPending] = useState<ReadonlyMap<string, { view: AuditView; index: number }>>(
    () => new Map(),
  );
  const rows = useMemo(() => {
    if (pending.size === 0) return views;
    const list = [...views];
    const kept = [...pending.values()].sort((a, b) => a.index - b.index);
    for (const { view, index } of kept)
      if (!list.some((item) => item.id === view.id)) list.splice(Math.min(index, list.length), 0, view);
    return list;
  }, [views, pending]);
  const remove = useCallback(<T>(view: AuditView, index: number, run: () => Promise<T>) => {
    setPending((current) => new Map(current).set(view.id, { view, index }));
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
