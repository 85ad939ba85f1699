// A host that isolates the log's styles in an iframe renders it there through a portal (react-frame-component):
// its elements are another window's, so `instanceof HTMLElement` is false for them and the page's
// `document.activeElement` is the iframe. The grid still is one Tab stop and the arrow keys still move. Real keys.
import { describe, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { renderInFrame } from '../test/renderInFrame.tsx';

setupMockApi();

/** Every control and cell in the grid's rows that Tab would stop at. */
const tabbable = (grid: Element) =>
  [...grid.querySelectorAll<HTMLElement>('tr button, tr a[href], tr input, tr select, tr [tabindex]')].filter(
    (element) => element.tabIndex >= 0,
  );

async function renderFramedLog() {
  const rendered = await renderInFrame(
    <>
      <button type="button">Before</button>
      <AuditLog {...testAuditLogProps()} newEventsInterval={false} />
    </>,
  );
  const grid = rendered.frame.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('button', { name: /^Details of / }).nth(5)).toBeInTheDocument();
  return { ...rendered, grid: grid.element() };
}

describe('AuditTable in an iframe (portal)', () => {
  it('is one Tab stop, and the arrow keys move between cells and rows', async () => {
    const { doc, frame, grid } = await renderFramedLog();
    const focused = () => doc.activeElement as HTMLElement;
    const expanders = [...grid.querySelectorAll<HTMLElement>('button[aria-label^="Details of "]')];
    await expect.poll(() => tabbable(grid)).toEqual([expanders[0]]);

    (frame.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    // The toolbar's controls, then the grid: one press lands on its first event, the next leaves it.
    for (let i = 0; i < 20 && !grid.contains(focused()); i += 1) await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(expanders[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe(expanders[1]);
    await userEvent.keyboard('{ArrowRight}');
    expect(focused().closest('td')?.cellIndex).toBe(1);
    expect(focused().closest('tr')).toBe(expanders[1]!.closest('tr'));
    expect(tabbable(grid)).toEqual([focused()]);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focused().closest('th')?.cellIndex).toBe(0);

    await userEvent.keyboard('{Tab}');
    expect(grid.contains(focused())).toBe(false);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused().closest('th')?.cellIndex).toBe(0);
  });

  it('stays one Tab stop when the rows are replaced (the next page)', async () => {
    const { frame, grid } = await renderFramedLog();
    const first = grid.querySelector('button[aria-label^="Details of "]');
    await frame.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => grid.querySelector('button[aria-label^="Details of "]')).not.toBe(first);
    await expect.poll(() => tabbable(grid)).toHaveLength(1);
    expect(tabbable(grid)[0]).toBe(grid.querySelector('button[aria-label^="Details of "]'));
  });

  it("resizes a column by a drag, heard on the frame's document", async () => {
    const { frame, doc, view } = await renderFramedLog();
    const separator = frame.getByRole('separator', { name: 'Resize Action column' });
    const handle = separator.element();
    const before = Number(handle.getAttribute('aria-valuenow'));
    const box = handle.getBoundingClientRect();
    const at = (x: number) => ({
      bubbles: true,
      clientX: x,
      clientY: box.top + 5,
      button: 0,
      pointerId: 1,
      isPrimary: true,
    });
    handle.dispatchEvent(new view.PointerEvent('pointerdown', at(box.left + 2)));
    doc.dispatchEvent(new view.PointerEvent('pointermove', at(box.left - 38)));
    doc.dispatchEvent(new view.PointerEvent('pointerup', at(box.left - 38)));
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe(String(before - 40));
  });

  it('reports no error to the host page while it lays out, pages and goes away with its frame', async () => {
    // What a host's error monitor hears: resize observers of the host page watching the frame's elements were
    // told of changes after the page's layout but before the frame's, and the browser reported a loop error on
    // the page ("ResizeObserver loop completed with undelivered notifications"), as when the frame was removed.
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    onTestFinished(() => window.removeEventListener('error', onError));
    const { frame, doc } = await renderFramedLog();
    await frame.getByRole('button', { name: 'Next page' }).click();
    await expect.element(frame.getByRole('button', { name: 'Previous page' })).toBeEnabled();
    doc.defaultView!.frameElement!.remove();
    for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(errors).toEqual([]);
  });
});
