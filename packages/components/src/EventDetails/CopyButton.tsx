import { useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** The text put on the clipboard. */
  text: string;
  /** Accessible name. @default messages.copy */
  label?: string;
}

/** Copies text to the clipboard and says whether it worked, in a polite status next to the button. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const { messages } = useAuditUi();
  const [status, setStatus] = useState('');
  const copy = async () => {
    // Emptied first: a second "Copied" into a region that already says it is no change, and nothing is heard.
    setStatus('');
    try {
      await navigator.clipboard.writeText(text);
      setStatus(messages.copied);
    } catch {
      setStatus(messages.copyFailed);
    }
  };
  return (
    <span data-slot="audit-copy" className="auditkit-copy">
      <button type="button" onClick={copy}>
        <Icon name="copy" />
        <span>{label ?? messages.copy}</span>
      </button>
      <span role="status">{status}</span>
    </span>
  );
}
