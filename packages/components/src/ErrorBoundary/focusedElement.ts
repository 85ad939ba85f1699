import { isHTMLElement } from '../ui/domRealm.ts';

/**
 * The element that has focus, looked for from `document` down through shadow roots and same-origin frames: a log
 * rendered into an iframe through a portal (see domRealm.ts) has its focus in the frame's document, which the
 * page's sees only as the iframe. A boundary about to swap a part for its error state knows no node of it yet.
 */
export function focusedElement(document: Document): Element | null {
  let active = document.activeElement;
  for (;;) {
    const inner = active?.shadowRoot?.activeElement ?? frameFocus(active);
    if (!inner || inner === active) return active;
    active = inner;
  }
}

function frameFocus(element: Element | null): Element | null {
  if (!isHTMLElement(element, 'iframe')) return null;
  try {
    // Null for a cross-origin frame.
    return element.contentDocument?.activeElement ?? null;
  } catch {
    return null;
  }
}
