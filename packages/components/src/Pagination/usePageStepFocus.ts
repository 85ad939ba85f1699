import { useCallback, useRef, type FocusEvent, type RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { focusLost } from '../ui/focusLost.ts';

/** What {@link usePageStepFocus} gives the list of page buttons: spread it on the `<ol>`. */
export interface PageStepFocusProps {
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Keeps focus on the page buttons when the one that had it becomes disabled ("Last page" on the last page,
 * "First page" on the first) or leaves (a page number out of the shown range): to the current page's button, or
 * the nearest step button still enabled. Without this, focus fell to the page's body and the keyboard user
 * started over from the top. Checked after every commit: the buttons' state follows the page, the total, and the
 * list's loading.
 */
export function usePageStepFocus(list: RefObject<HTMLElement | null>): PageStepFocusProps {
  const focused = useRef<HTMLElement | null>(null);
  useLayoutEffectOnClient(() => {
    const last = focused.current;
    const root = list.current;
    if (!last || !root || (last.isConnected && !last.matches(':disabled')) || !focusLost(root, last)) return;
    focused.current = null;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    const from = buttons.indexOf(last as HTMLButtonElement);
    const nearest = buttons
      .filter((button) => !button.disabled)
      .sort((a, b) => Math.abs(buttons.indexOf(a) - from) - Math.abs(buttons.indexOf(b) - from))[0];
    (root.querySelector<HTMLElement>('[aria-current="page"]') ?? nearest)?.focus();
  });
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    focused.current = event.target;
  }, []);
  // Only when focus went somewhere: a button being disabled under it leaves with no next element.
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget) focused.current = null;
  }, []);
  return { onFocus, onBlur };
}
