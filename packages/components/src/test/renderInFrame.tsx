import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { onTestFinished } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';

/**
 * Renders `ui` into a same-origin iframe through a React portal, as react-frame-component and other hosts that
 * isolate styles do: the React root stays in this document, the elements belong to the frame's document and
 * window (their own `HTMLElement`, `activeElement` and viewport). The stylesheet is copied in, as such hosts
 * inject it. `frame` finds things inside by role and name; `doc.activeElement` is the frame's focus.
 */
export async function renderInFrame(ui: ReactNode, { width = 1100, height = 800 } = {}) {
  const iframe = document.createElement('iframe');
  iframe.title = 'Isolated frame';
  iframe.style.cssText = `display: block; width: ${width}px; height: ${height}px; border: 0`;
  document.body.append(iframe);
  onTestFinished(() => iframe.remove());
  // about:blank is ready at once, with its own window.
  const doc = iframe.contentDocument!;
  for (const sheet of document.querySelectorAll('style, link[rel="stylesheet"]'))
    doc.head.append(doc.importNode(sheet, true));
  const screen = await render(createPortal(ui, doc.body));
  const frame = page.frameLocator(page.elementLocator(iframe));
  // Typed with its constructors (`new view.MouseEvent(…)` makes an event of that window).
  return { screen, frame, doc, view: iframe.contentWindow! as Window & typeof globalThis };
}
