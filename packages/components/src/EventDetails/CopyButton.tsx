import { useEffect, useId, useRef, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { useAnnouncement } from '../ui/useAnnouncement.ts';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** The text put on the clipboard. */
  text: string;
  /** Accessible name. @default messages.copy */
  label?: string | undefined;
  /** Name of the field offered when the clipboard fails. @default the button's name */
  fieldLabel?: string | undefined;
}

/**
 * Copies text to the clipboard and says whether it worked, in a polite status next to the button. When the
 * clipboard is missing (a plain-http page) or refused (a cross-origin iframe without clipboard-write), the exact
 * text shows in a read-only field, focused and selected, to copy by hand, as a saved view's link does.
 */
export function CopyButton({ text, label, fieldLabel }: CopyButtonProps) {
  const { messages } = useAuditUi();
  const name = label ?? messages.copy;
  // Emptied first and filled a frame later: a second "Copied" into a region that already says it is no change,
  // and one emptied and filled within a frame may be no change to the accessibility tree either.
  const [status, announce] = useAnnouncement();
  // How many copies failed: each failure hands the field focus again, its text selected.
  const [failed, setFailed] = useState(0);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const statusId = useId();
  useEffect(() => {
    if (failed === 0) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [failed]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(messages.copied);
    } catch {
      announce(messages.copyFailed);
      setFailed((count) => count + 1);
    }
  };
  return (
    <>
      <span data-slot="audit-copy" className="auditkit-copy">
        <button type="button" onClick={copy}>
          <Icon name="copy" />
          <span>{name}</span>
        </button>
        <span id={statusId} role="status">
          {status}
        </span>
      </span>
      {failed > 0 ? (
        <label data-slot="audit-copy-manual" className="auditkit-copy-manual">
          {fieldLabel ?? name}
          {/* The text itself, whole: the tree beside it folds branches, shows a slice at a time and marks
              invisible characters. Left to right, as the tree's values are: it is JSON. */}
          <textarea
            ref={fieldRef}
            readOnly
            value={text}
            rows={8}
            dir="ltr"
            spellCheck={false}
            aria-describedby={statusId}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      ) : null}
    </>
  );
}
