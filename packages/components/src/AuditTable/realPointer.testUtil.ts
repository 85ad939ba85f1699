// Test helper: real pointer input (a finger, a mouse) through the Chrome DevTools Protocol, so the browser itself
// fires every event a person's input does, in its order: pointer events, touch events, then the compatibility
// mouse events and the click a tap produces. Vitest's playwright provider exposes the page's CDP session.
import { cdp } from 'vitest/browser';

/**
 * Where a point of `element`'s viewport is on the top page, which CDP input is addressed to: the test runs in
 * Vitest's iframe, scaled to fit the runner's window, and a framed log is one iframe deeper.
 */
function onTopPage(element: Element, x: number, y: number) {
  let view = element.ownerDocument.defaultView!;
  while (view.frameElement) {
    const frame = view.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const scale = box.width / (frame.offsetWidth || 1);
    x = box.left + (frame.clientLeft + x) * scale;
    y = box.top + (frame.clientTop + y) * scale;
    view = frame.ownerDocument.defaultView!;
  }
  return { x, y };
}

const centreOf = (element: Element) => {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Taps `element` with one finger, at its centre. */
export async function tap(element: Element): Promise<void> {
  const { x, y } = centreOf(element);
  const point = onTopPage(element, x, y);
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settle();
}

/** Drags `element` by `dx` CSS pixels from its centre, with one finger or the mouse's main button, in steps. */
export async function drag(element: Element, dx: number, pointer: 'touch' | 'mouse'): Promise<void> {
  const { x, y } = centreOf(element);
  const at = (offset: number) => onTopPage(element, x + offset, y);
  const steps = [0, dx / 4, dx / 2, (dx * 3) / 4, dx];
  if (pointer === 'touch') {
    await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
    for (const offset of steps.slice(1))
      await cdp().send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(offset)] });
    await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    const mouse = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', offset: number, buttons: number) =>
      cdp().send('Input.dispatchMouseEvent', { type, ...at(offset), button: 'left', buttons, clickCount: 1 });
    await mouse('mouseMoved', 0, 0);
    await mouse('mousePressed', 0, 1);
    for (const offset of steps.slice(1)) await mouse('mouseMoved', offset, 1);
    await mouse('mouseReleased', dx, 0);
  }
  await settle();
}
