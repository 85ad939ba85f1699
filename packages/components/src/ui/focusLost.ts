import { activeElementOf, documentOf, windowOf } from './domRealm.ts';

/**
 * Whether focus has fallen out of the controls around `near`: nothing or the body has it (the focused control
 * left the page), or `left`, a control that can no longer hold it (disabled, or gone), still does. Chrome moves
 * focus off a control that becomes disabled only at its next style update, so right after the commit it may
 * still be there. Read from `near`'s own document: in a log framed in an iframe the global one sees the iframe.
 * Not lost when the host page around a log in a shadow root or an iframe has it: its root or frame then sees no
 * focus (or its body's), and reading that as lost pulled the user back into the log from the host's own search
 * box when a Retry's rows or an export arrived.
 */
export function focusLost(near: Node, left?: HTMLElement | null): boolean {
  const active = activeElementOf(near);
  if (!active || active === documentOf(near).body) return !focusedAround(near);
  return active === left && (!left.isConnected || left.matches(':disabled'));
}

/** Whether a control of the page around the log has focus: outside its shadow root, or outside its frame. */
function focusedAround(near: Node): boolean {
  const own = documentOf(near);
  const focusedIn = (document: Document, element: Element | null) => element !== null && element !== document.body;
  if (near.getRootNode() !== own && focusedIn(own, own.activeElement)) return true;
  // Up through same-origin frames (a cross-origin parent's `frameElement` is null): the first document whose focus
  // is not on the frame that holds the log says whether one of its controls has it.
  let frame = frameOf(windowOf(near));
  while (frame) {
    const outer = activeElementOf(frame);
    if (outer !== frame) return focusedIn(documentOf(frame), outer);
    frame = frameOf(windowOf(frame));
  }
  return false;
}

function frameOf(view: Window): Element | null {
  try {
    return view.frameElement;
  } catch {
    return null;
  }
}
