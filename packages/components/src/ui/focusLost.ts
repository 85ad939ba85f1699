import { activeElementOf, documentOf } from './domRealm.ts';

/**
 * Whether focus has fallen out of the controls around `near`: nothing or the body has it (the focused control
 * left the page), or `left`, a control that can no longer hold it (disabled, or gone), still does. Chrome moves
 * focus off a control that becomes disabled only at its next style update, so right after the commit it may
 * still be there. Read from `near`'s own document: in a log framed in an iframe the global one sees the iframe.
 */
export function focusLost(near: Node, left?: HTMLElement | null): boolean {
  const active = activeElementOf(near);
  if (!active || active === documentOf(near).body) return true;
  return active === left && (!left.isConnected || left.matches(':disabled'));
}
