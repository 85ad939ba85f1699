import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { useAnnouncement } from '../ui/useAnnouncement.ts';

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
  // Emptied first and filled a frame later: a second "Copied" into a region that already says it is no change,
  // and one emptied and filled within a frame may be no change to the accessibility tree either.
  const [status, announce] = useAnnouncement();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(messages.copied);
    } catch {
      announce(messages.copyFailed);
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
