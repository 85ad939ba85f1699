import type { AuditView } from '@auditkit/headless';
import { useRef, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { focusLost } from '../ui/focusLost.ts';

const rowSelector = '[data-slot="audit-view-row"]';
const focusable = 'button:not(:disabled), input:not(:disabled), a[href]';

/**
 * Where focus goes when a view's row leaves the manage dialog (its Delete had focus): the same action in the row
 * that took its place, or in the row before it when it was the last, or the dialog's first control when no row is
 * left. Without this, focus fell to the page's body behind the modal dialog and the next Tab left the document.
 * The row leaves once the storage has saved, so this follows the list, not the click.
 */
export function useViewRemovalFocus(
  dialogRef: RefObject<HTMLDialogElement | null>,
  views: readonly AuditView[],
): void {
  const before = useRef(views);
  useLayoutEffectOnClient(() => {
    const previous = before.current;
    before.current = views;
    const dialog = dialogRef.current;
    if (!dialog || previous === views || !focusLost(dialog)) return;
    const remaining = new Set(views.map((view) => view.id));
    const index = previous.findIndex((view) => !remaining.has(view.id));
    if (index < 0) return;
    const rows = [...dialog.querySelectorAll<HTMLElement>(rowSelector)];
    const row = rows[Math.min(index, rows.length - 1)];
    const target =
      row?.querySelector<HTMLElement>('[data-action="delete"]') ??
      row?.querySelector<HTMLElement>(focusable) ??
      dialog.querySelector<HTMLElement>(focusable);
    target?.focus();
  }, [dialogRef, views]);
}
