// Checks that hold for elements of any window. Hosts that isolate styles render the log into an iframe through a
// React portal (react-frame-component): its elements are that frame's, so `instanceof HTMLElement` (this
// window's class) is false for them, and this window's `document.activeElement` is the iframe, not what has
// focus. Node types, namespaces and the element's own document answer the same in every window.

const elementNode = 1;
const documentNode = 9;
const htmlNamespace = 'http://www.w3.org/1999/xhtml';

/** Whether `value` is a DOM node, of whichever window. */
export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).nodeType === 'number';
}

/** Whether `value` is an element, of whichever window. */
export function isElement(value: unknown): value is Element {
  return isNode(value) && value.nodeType === elementNode;
}

/**
 * Whether `value` is an HTML element, of whichever window (`instanceof HTMLElement` is only this window's);
 * with tag names, one of those (`isHTMLElement(node, 'td', 'th')` for a table cell).
 */
export function isHTMLElement(value: unknown): value is HTMLElement;
export function isHTMLElement<K extends keyof HTMLElementTagNameMap>(
  value: unknown,
  ...localNames: K[]
): value is HTMLElementTagNameMap[K];
export function isHTMLElement(value: unknown, ...localNames: string[]): boolean {
  return (
    isElement(value) &&
    value.namespaceURI === htmlNamespace &&
    (localNames.length === 0 || localNames.includes(value.localName))
  );
}

/**
 * The focused element as seen from `node`: its shadow root's (which the document sees only as the host) or its
 * own document's, which is not the global `document` in an iframe.
 */
export function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Node & Partial<DocumentOrShadowRoot>;
  // A detached node's root is itself or a fragment: no focus of its own, its document's then.
  if (root.activeElement !== undefined) return root.activeElement;
  return documentOf(node).activeElement;
}

/** The document `node` belongs to (itself for a document), which is an iframe's for a framed log. */
export function documentOf(node: Node): Document {
  return node.nodeType === documentNode ? (node as Document) : node.ownerDocument!;
}

/** The window `node` lives in (its viewport, its `getComputedStyle`), which is an iframe's for a framed log. */
export function windowOf(node: Node): Window {
  return documentOf(node).defaultView ?? window;
}

/**
 * A `ResizeObserver` of the window `node` lives in. One made by the host page for a framed log's elements is
 * delivered in the page's rendering steps, before the frame's layout is brought up to date, and the browser
 * reported "ResizeObserver loop completed with undelivered notifications" on the page for every change.
 */
export function resizeObserverOf(node: Node, callback: ResizeObserverCallback): ResizeObserver {
  const Observer = (windowOf(node) as Window & typeof globalThis).ResizeObserver ?? ResizeObserver;
  return new Observer(callback);
}
