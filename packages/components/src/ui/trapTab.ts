import { activeElementOf } from './domRealm.ts';

const focusable =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a modal dialog, from its last control to its first and back: a modal makes the page inert,
 * but Tab can still leave it for the browser's own UI or, in a log embedded in an iframe, for the host page
 * around the frame. Called from the dialog's keydown with Tab.
 */
export function trapTab(event: KeyboardEvent, dialog: HTMLDialogElement) {
  const items = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter(
    (item) => item.offsetParent !== null,
  );
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  // The dialog's own document: in a framed log the global one only sees the iframe.
  const active = activeElementOf(dialog);
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
