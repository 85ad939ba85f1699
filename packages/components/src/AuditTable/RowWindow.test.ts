// The row window's race with a jump while it learns the rows' height, in an order no React test can force: the
// range is worked out with the new guess, the user's jump lands before that range is drawn (a scroll made on the
// compositor thread, or a task between the two), and the jump's scroll event comes only after the redraw. The
// list is drawn here by hand, exactly as VirtualRows draws it (a spacer, the rows, a spacer), at the moments the
// test chooses.
import { afterEach, expect, it } from 'vitest';
import { RowWindow, type RowRange } from './RowWindow.ts';

const count = 2000;
const items = Array.from({ length: count }, (_, i) => `e${i}`);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let container: HTMLDivElement | undefined;
afterEach(() => container?.remove());

/**
 * A 400 px scroll box whose rows have no height until `show()` (a stylesheet still loading), then 80 px; or, given
 * `heightOf`, each row that height from the start. `drawn` holds the index of every row drawn so far.
 */
function mountList(heightOf?: (index: number) => number) {
  const box = document.createElement('div');
  box.style.cssText = 'height: 400px; overflow: auto';
  const body = document.createElement('div');
  box.append(body);
  document.body.append(box);
  container = box;
  const rowWindow = new RowWindow<string>({ keyOf: (item) => item, estimate: 48, overscan: 2 });
  rowWindow.setItems(items);
  let rowHeight = 0;
  const drawn = new Set<number>();
  /** Draws `range` as VirtualRows does, then tells the window it is on screen (its layout effect). */
  const draw = (range: RowRange) => {
    const before = document.createElement('div');
    before.style.height = `${range.before}px`;
    const rows = items.slice(range.start, range.end).map((item, offset) => {
      const index = range.start + offset;
      drawn.add(index);
      const row = document.createElement('div');
      row.dataset.index = String(index);
      row.style.height = `${heightOf ? heightOf(index) : rowHeight}px`;
      row.textContent = item;
      return row;
    });
    const after = document.createElement('div');
    after.style.height = `${range.after}px`;
    body.replaceChildren(before, ...rows, after);
    for (const row of rows) rowWindow.measure(row);
    rowWindow.settle(range);
  };
  const show = () => {
    rowHeight = 80;
    for (const row of body.querySelectorAll<HTMLElement>('[data-index]')) row.style.height = '80px';
  };
  rowWindow.attach(box);
  draw(rowWindow.getRange());
  return { box, rowWindow, draw, show, drawn };
}

const lastDrawn = (box: HTMLElement) =>
  Number([...box.querySelectorAll<HTMLElement>('[data-index]')].at(-1)?.dataset.index);

it('stays at the end when the list is redrawn with the rows’ height between the user’s jump and its scroll event', async () => {
  const { box, rowWindow, draw, show } = mountList();
  await nextFrame();
  const heights = { jump: 0, event: 0 };
  // The window works the range out with the new guess (from its resize observer, a frame later); the jump lands
  // then, before the range is drawn; the scroll event it causes comes after the redraw.
  const redrawn = new Promise<void>((resolve) => {
    const stop = rowWindow.subscribe(() => {
      stop();
      heights.jump = box.scrollHeight;
      box.scrollTop = heights.jump;
      draw(rowWindow.getRange());
      resolve();
    });
  });
  const scrolled = new Promise<void>((resolve) =>
    box.addEventListener(
      'scroll',
      () => {
        heights.event = box.scrollHeight;
        resolve();
      },
      { once: true },
    ),
  );
  show();
  await redrawn;
  // From here on the list is drawn at once whenever its range changes, as React's store subscription does.
  rowWindow.subscribe(() => draw(rowWindow.getRange()));
  await scrolled;
  await nextFrame();
  // The order this test is about did happen: the list had grown when the jump's scroll event came.
  expect(heights.event).toBeGreaterThan(heights.jump);
  // The view is at the end, where infinite scrolling asks for the next page, not in the middle of the list.
  expect(lastDrawn(box)).toBe(count - 1);
  expect(box.scrollHeight - box.scrollTop - box.clientHeight).toBeLessThan(box.clientHeight);
});

it('keeps the row at the top of the view still when the list is redrawn with the rows’ height', async () => {
  const { box, rowWindow, draw, show } = mountList();
  // Rows 100 to 108 in view, at the default guess (48 px a row).
  box.scrollTop = 100 * 48;
  await nextFrame();
  draw(rowWindow.getRange());
  const redrawn = new Promise<void>((resolve) => {
    const stop = rowWindow.subscribe(() => {
      stop();
      draw(rowWindow.getRange());
      resolve();
    });
  });
  show();
  await redrawn;
  rowWindow.subscribe(() => draw(rowWindow.getRange()));
  await nextFrame();
  // Row 100 is still the one at the top, now at its learnt height.
  const top = [...box.querySelectorAll<HTMLElement>('[data-index]')].find(
    (row) => row.getBoundingClientRect().bottom > box.getBoundingClientRect().top + 1,
  );
  expect(top?.dataset.index).toBe('100');
});

it('keeps the spacers the exact height of the rows they stand for, as rows of many heights are measured', async () => {
  // Rows of three heights, measured a few at a time as the view moves down, and one that grows later (an event
  // whose details open): the space above the drawn rows is then the sum of the real heights above them.
  const heightOf = (index: number) => 40 + (index % 3) * 17;
  const grown = new Map<number, number>();
  const { box, rowWindow, draw, drawn } = mountList((index) => grown.get(index) ?? heightOf(index));
  rowWindow.subscribe(() => draw(rowWindow.getRange()));
  const sumAbove = (index: number) =>
    Array.from({ length: index }, (_, i) => grown.get(i) ?? heightOf(i)).reduce((a, b) => a + b, 0);
  for (let step = 0; step < 40; step += 1) {
    box.scrollTop += 150;
    await nextFrame();
  }
  let range = rowWindow.getRange();
  expect(range.start).toBeGreaterThan(50);
  expect(range.before).toBe(sumAbove(range.start));
  // A drawn row grows by 100 px: the rows below it move down by as much, the space above does not change.
  const row = range.start + 3;
  grown.set(row, heightOf(row) + 100);
  box.querySelector<HTMLElement>(`[data-index="${row}"]`)!.style.height = `${grown.get(row)}px`;
  await nextFrame();
  box.scrollTop += 600;
  await nextFrame();
  await nextFrame();
  await nextFrame();
  range = rowWindow.getRange();
  expect(range.start).toBeGreaterThan(row);
  expect(range.before).toBe(sumAbove(range.start));
  // And the space below is the rows' there: those drawn at some point at their heights, the rest at the first
  // row's, the guess.
  let below = 0;
  for (let index = range.end; index < count; index += 1)
    below += drawn.has(index) ? (grown.get(index) ?? heightOf(index)) : heightOf(0);
  expect(range.after).toBe(below);
});

it('brings a row the keyboard moves to back into view only while it is measured, not at a later resize', async () => {
  // Rows measured at 40 px; the keyboard goes to the first (Ctrl+Home), the wheel moves on, then a row grows.
  const grown = new Map<number, number>();
  const { box, rowWindow, draw } = mountList((index) => grown.get(index) ?? 40);
  rowWindow.subscribe(() => draw(rowWindow.getRange()));
  await nextFrame();
  rowWindow.scrollToIndex(0);
  await nextFrame();
  box.scrollTop = 40;
  await nextFrame();
  grown.set(4, 140);
  box.querySelector<HTMLElement>('[data-index="4"]')!.style.height = '140px';
  await nextFrame();
  await nextFrame();
  // Where the user scrolled to, not back at the row the keyboard visited.
  expect(box.scrollTop).toBe(40);
});
