import { createContext } from 'react';

/**
 * Which of the log's modal dialogs is open, if any. While one is, the page behind it is out of the accessibility
 * tree, so a part whose news is spoken from a live region on the page (the new-events notice) speaks it from
 * inside that dialog instead (see `ModalAnnouncement`).
 */
export interface OpenModalStore {
  current(): HTMLDialogElement | null;
  /** Called by a modal dialog as it opens (`open`) and closes. */
  set(dialog: HTMLDialogElement, open: boolean): void;
  subscribe(listener: () => void): () => void;
}

/** A store for one log (one `AuditRoot`). */
export function createOpenModalStore(): OpenModalStore {
  let open: HTMLDialogElement | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => open,
    set(dialog, isOpen) {
      const next = isOpen ? dialog : open === dialog ? null : open;
      if (next === open) return;
      open = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `null` outside an `AuditRoot`: a part laid out alone has no dialogs of the log's to speak from. */
export const OpenModalContext = createContext<OpenModalStore | null>(null);
