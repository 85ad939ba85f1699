import { useId, type Ref } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link DeletedViewUndo}. */
export interface DeletedViewUndoProps {
  /** The deleted view's name. */
  name: string;
  /** Its undo is in flight: the button stays (and keeps focus) but does nothing more. */
  busy: boolean;
  /** Why the undo was refused, in the log's language (a view of that name was saved meanwhile…). */
  error?: string | undefined;
  buttonRef: Ref<HTMLButtonElement>;
  onUndo: () => void;
}

/**
 * "View “…” deleted" and its Undo, in the manage dialog after a delete went through: a delete is one press and
 * the view lived only in the storage, so a slip of a switch, a voice command or a finger beside Rename lost it for
 * good (WCAG 3.3.4). Not a live region: the dialog's status region already says the delete.
 */
export function DeletedViewUndo({ name, busy, error, buttonRef, onUndo }: DeletedViewUndoProps) {
  const { messages } = useAuditUi();
  const errorId = useId();
  return (
    <div data-slot="audit-views-undo" className="auditkit-views-undo">
      <p>
        {messages.viewDeleted(name)}{' '}
        <button
          ref={buttonRef}
          type="button"
          // Where focus goes when the deleted view's row leaves (useViewRemovalFocus).
          data-action="undo"
          aria-label={messages.viewUndoDelete(name)}
          aria-describedby={error ? errorId : undefined}
          // Not `disabled`: that would drop the focus it holds while the storage answers.
          aria-disabled={busy || undefined}
          // Looks busy (the styles' button[aria-busy]) and is said so, as "Load more" is while its page loads.
          aria-busy={busy || undefined}
          onClick={busy ? undefined : onUndo}
        >
          {messages.viewUndo}
        </button>
      </p>
      {error ? (
        <p id={errorId} role="alert" data-slot="audit-field-error" className="auditkit-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
