import { useRef, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { focusLost } from '../ui/focusLost.ts';

/**
 * Keeps focus in the export dialog when the control that had it is swapped: "Download" gives way to the progress
 * block (focus to its Cancel), and Cancel to the outcome when the export ends (focus to Download or Retry).
 * Without this, focus fell to the page's body behind the modal dialog, and the next Tab left the document.
 */
export function useExportPanelFocus(
  running: boolean,
  start: RefObject<HTMLButtonElement | null>,
  cancel: RefObject<HTMLButtonElement | null>,
): void {
  const was = useRef(running);
  useLayoutEffectOnClient(() => {
    if (was.current === running) return;
    was.current = running;
    const next = (running ? cancel : start).current;
    if (next && focusLost(next)) next.focus();
  }, [running, start, cancel]);
}
