import { afterEach, expect, it } from 'vitest';
import { activeElementOf, isElement, isHTMLElement, isNode, windowOf } from './domRealm.ts';

let iframe: HTMLIFrameElement | undefined;
afterEach(() => iframe?.remove());

/** A same-origin iframe's document: its nodes are another window's (`instanceof HTMLElement` is false). */
function frameDocument() {
  iframe = document.createElement('iframe');
  document.body.append(iframe);
  return iframe.contentDocument!;
}

it("recognises another window's nodes, elements and HTML elements by kind and tag", () => {
  const doc = frameDocument();
  const cell = doc.createElement('td');
  expect(cell instanceof HTMLElement).toBe(false);
  expect(isHTMLElement(cell)).toBe(true);
  expect(isHTMLElement(cell, 'td', 'th')).toBe(true);
  expect(isHTMLElement(cell, 'tr')).toBe(false);
  expect(isElement(cell)).toBe(true);
  const text = doc.createTextNode('x');
  expect([isNode(text), isElement(text), isHTMLElement(text)]).toEqual([true, false, false]);
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  expect([isElement(svg), isHTMLElement(svg)]).toEqual([true, false]);
  expect([isNode(null), isNode(window), isNode({})]).toEqual([false, false, false]);
  expect(windowOf(cell)).toBe(iframe!.contentWindow);
  expect(windowOf(doc)).toBe(iframe!.contentWindow);
  expect(windowOf(document.body)).toBe(window);
});

it("reads focus from the node's own document, or its shadow root", () => {
  const doc = frameDocument();
  const input = doc.createElement('input');
  doc.body.append(input);
  input.focus();
  expect(document.activeElement).toBe(iframe);
  expect(activeElementOf(input)).toBe(input);
  expect(activeElementOf(doc)).toBe(input);

  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  shadow.append(button);
  button.focus();
  expect(document.activeElement).toBe(host);
  expect(activeElementOf(button)).toBe(button);
  // Detached: its document's.
  expect(activeElementOf(document.createElement('span'))).toBe(host);
  host.remove();
});
