import { createPortal } from 'react-dom';
import { LiveRegion } from './LiveRegion.tsx';
import { useMessageSinceMount } from './useMessageSinceMount.ts';
import { useOpenModal } from './useOpenModal.ts';

/** Props of {@link ModalAnnouncement}. */
export interface ModalAnnouncementProps {
  /** What the part's own live region on the page says now. */
  message: string;
}

/**
 * Speaks a part's news from inside the log's open modal dialog, where the part's own live region cannot be heard.
 * Only news that comes while that dialog is open: it starts silent in each dialog.
 */
export function ModalAnnouncement({ message }: ModalAnnouncementProps) {
  const dialog = useOpenModal();
  // Another dialog is another container, where React mounts the region afresh: it starts silent again.
  return dialog ? createPortal(<SinceOpened message={message} />, dialog) : null;
}

function SinceOpened({ message }: ModalAnnouncementProps) {
  return <LiveRegion message={useMessageSinceMount(message)} />;
}
