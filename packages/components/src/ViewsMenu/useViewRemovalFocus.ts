import type { AuditView } from '@auditkit/headless';
import { useRef, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { focusLost } from '../ui/focusLost.ts';

const rowSelector = '[data-slot="audit-view-row"]';
const focusable = 'button:not(:disabled), input:not(:disabled), a[href]';

/** The Undo offered for a deleted view: where focus goes when that view's row leaves. */
export interface ViewRemovalUndo {
  /** The id of the view it puts back, if one is offered. */
  id: string | undefined;
  button: RefObject<HTMLElement | null>;
}

/**
 * Where focus goes when a view's row leaves the manage dialog (its Delete had focus): to the Undo offered for it,
 * so a slip is put right with the next press and a second slip does not delete the next view too; else (a row
 * gone for another reason) to the same action in the row that took its place, or in the row before it when it was
 * the last, or the dialog's first control when no row is left. Without this, focus fell to the page's body behind
 * the modal dialog and the next Tab left the document. The row leaves once the storage has saved, so this follows
 * the list, not the click.
 */
export function useViewRemovalFocus(
  dialogRef: RefObject<HTMLDialogElement | null>,
  views: readonly AuditView[],
  undo?: ViewRemovalUndo,
): void {
  const before = useRef(views);
  const undoRef = useRef(undo);
  useLayoutEffectOnClient(() => {
    undoRef.current = undo;
  });
  useLayoutEffectOnClient(() => {
    const previous = before.current;
    before.current = views;
    const dialog = dialogRef.current;
    if (!dialog || previous === views || !focusLost(dialog)) return;
    const remaining = new Set(views.map((view) => view.id));
    const index = previous.findIndex((view) => !remaining.has(view.id));
    if (index < 0) return;
    const offered = undoRef.current;
    const undoButton = offered?.id === previous[index]!.id ? offered.button.current : null;
    const rows = [...dialog.querySelectorAll<HTMLElement>(rowSelector)];
    const row = rows[Math.min(index, rows.length - 1)];
    const target =
      undoButton ??
      row?.querySelector<HTMLElement>('[data-action="delete"]') ??
      row?.querySelector<HTMLElement>(focusable) ??
      dialog.querySelector<HTMLElement>(focusable);
    target?.focus();
  }, [dialogRef, views]);
}
