// The row window once its container lets it go (the virtual rows unmounting): the rows' resize observer kept
// observing, so it, the rows it observed and the window stayed alive and were still called on a resize.
import { afterEach, expect, it } from 'vitest';
import { RowWindow } from './RowWindow.ts';

const items = Array.from({ length: 50 }, (_, i) => `e${i}`);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let box: HTMLDivElement | undefined;
afterEach(() => box?.remove());

/** A scroll box with the window's first range drawn in 40 px rows, each measured as VirtualRows' refs do. */
async function drawnWindow() {
  box = document.createElement('div');
  box.style.cssText = 'height: 200px; overflow: auto';
  document.body.append(box);
  const rowWindow = new RowWindow<string>({ keyOf: (item) => item, estimate: 40, overscan: 2 });
  rowWindow.setItems(items);
  const detach = rowWindow.attach(box);
  const { start, end } = rowWindow.getRange();
  const rows = items.slice(start, end).map((item, offset) => {
    const row = document.createElement('div');
    row.dataset.index = String(start + offset);
    row.style.height = '40px';
    row.textContent = item;
    return row;
  });
  box.append(...rows);
  for (const row of rows) rowWindow.measure(row);
  await nextFrame();
  let calls = 0;
  rowWindow.subscribe(() => (calls += 1));
  return { box, rowWindow, rows, detach, calls: () => calls };
}

it('hears nothing more from its rows once detached', async () => {
  const { rows, detach, calls } = await drawnWindow();
  detach();
  rows[0]!.style.height = '200px';
  await nextFrame();
  await nextFrame();
  expect(calls()).toBe(0);
});

it('measures its drawn rows again when attached again without their refs (React 18 StrictMode)', async () => {
  const { box, rowWindow, rows, detach, calls } = await drawnWindow();
  detach();
  rowWindow.attach(box);
  const before = rowWindow.getRange().after;
  rows[0]!.style.height = '200px';
  await expect.poll(() => rowWindow.getRange().after).not.toBe(before);
  expect(calls()).toBeGreaterThan(0);
});
