import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { renderInFrame } from '../test/renderInFrame.tsx';
import { Popover } from './Popover.tsx';

// The frame the project's browser config gives every test (test/support/browser.ts).
afterEach(() => page.viewport(1280, 900));

/** The dialog's box lies inside the window's viewport, with the 8 px margin it keeps. */
function expectInsideViewport(dialog: Element, view: Window = window) {
  const box = dialog.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(8);
  expect(box.top).toBeGreaterThanOrEqual(8);
  expect(box.right).toBeLessThanOrEqual(view.innerWidth - 8 + 0.5);
  expect(box.bottom).toBeLessThanOrEqual(view.innerHeight - 8 + 0.5);
}

/** A panel like Export's: a list of columns to pick, then the Download button last. */
function ExportLike({ align = 'end' }: { align?: 'start' | 'end' }) {
  return (
    <AuditRoot theme="light">
      <div style={{ display: 'flex', justifyContent: `flex-${align}`, padding: 16 }}>
        <Popover label="Export" title="Export CSV">
          {() => (
            <>
              <fieldset>
                <legend>Columns</legend>
                {[
                  'Time',
                  'User',
                  'Action',
                  'Description',
                  'IP address',
                  'Severity',
                  'Tenant',
                  'Resource',
                ].map((name) => (
                  <label key={name} style={{ display: 'block', padding: 4 }}>
                    <input type="checkbox" defaultChecked /> {name}
                  </label>
                ))}
              </fieldset>
              <button type="button">Download</button>
            </>
          )}
        </Popover>
      </div>
    </AuditRoot>
  );
}

describe('Popover when the viewport changes while it is open', () => {
  it('comes back into view when the window shrinks to 400% zoom (1280×1024 → 320×256), its last control reachable', async () => {
    await page.viewport(1280, 1024);
    const screen = await render(<ExportLike />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await expect.element(dialog).toBeVisible();
    // Opened at the trigger, at the window's end.
    expect(dialog.element().getBoundingClientRect().left).toBeGreaterThan(700);

    await page.viewport(320, 256);
    await expect
      .poll(() => dialog.element().getBoundingClientRect().right)
      .toBeLessThanOrEqual(320 - 8 + 0.5);
    expectInsideViewport(dialog.element());
    // The panel scrolls itself: its last control comes into view within it, never below the window.
    const download = dialog.getByRole('button', { name: 'Download' });
    (download.element() as HTMLElement).focus();
    await expect.element(download).toHaveFocus();
    await expect.element(download).toBeInViewport();
    expect(download.element().getBoundingClientRect().bottom).toBeLessThanOrEqual(256);
  });

  it('keeps Download reachable when a phone turns sideways (375×740 → 740×360)', async () => {
    await page.viewport(375, 740);
    const screen = await render(<ExportLike align="start" />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    const download = dialog.getByRole('button', { name: 'Download' });
    await expect.element(download).toBeInViewport();

    await page.viewport(740, 360);
    await expect
      .poll(() => dialog.element().getBoundingClientRect().bottom)
      .toBeLessThanOrEqual(360 - 8 + 0.5);
    expectInsideViewport(dialog.element());
    // Scrolled to its end, the panel shows its last control inside the window.
    dialog.element().scrollTop = dialog.element().scrollHeight;
    await expect.element(download).toBeInViewport();
    expect(download.element().getBoundingClientRect().bottom).toBeLessThanOrEqual(360);
  });

  it('keeps the focused field in view when an on-screen keyboard shrinks the viewport (375×740 → 375×400)', async () => {
    await page.viewport(375, 740);
    const screen = await render(
      <AuditRoot theme="light">
        <div style={{ paddingTop: 200 }}>
          <Popover label="More filters" title="More filters">
            {() => (
              <>
                {['User', 'Action', 'Resource', 'Tenant', 'IP address'].map((name) => (
                  <label key={name} style={{ display: 'grid', gap: 4, paddingBlock: 8 }}>
                    {name}
                    <input type="text" />
                  </label>
                ))}
              </>
            )}
          </Popover>
        </div>
      </AuditRoot>,
    );
    await screen.getByRole('button', { name: 'More filters' }).click();
    const dialog = screen.getByRole('dialog', { name: 'More filters' });
    const ip = dialog.getByRole('textbox', { name: 'IP address' });
    await ip.click();
    await expect.element(ip).toHaveFocus();
    await expect.element(ip).toBeInViewport();

    await page.viewport(375, 400);
    await expect
      .poll(() => dialog.element().getBoundingClientRect().bottom)
      .toBeLessThanOrEqual(400 - 8 + 0.5);
    expectInsideViewport(dialog.element());
    await expect.element(ip).toHaveFocus();
    await expect.element(ip).toBeInViewport();
    expect(ip.element().getBoundingClientRect().bottom).toBeLessThanOrEqual(400);
  });

  it('keeps its start-edge alignment in right-to-left text when it is re-placed', async () => {
    await page.viewport(1000, 700);
    const screen = await render(
      <div dir="rtl">
        <ExportLike align="start" />
      </div>,
    );
    const trigger = screen.getByRole('button', { name: 'Export' });
    await trigger.click();
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    await expect.element(dialog).toBeVisible();
    await page.viewport(900, 600);
    // Its right edge on the trigger's right edge (both moved left with the window's right edge).
    await expect
      .poll(() => Math.round(dialog.element().getBoundingClientRect().right))
      .toBe(Math.round(trigger.element().getBoundingClientRect().right));
    expectInsideViewport(dialog.element());
  });

  it('stops listening to the viewport when it closes', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const screen = await render(<ExportLike />);
    await screen.getByRole('button', { name: 'Export' }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Export CSV' })).toBeVisible();
    const onResize = added.mock.calls.find(([type]) => type === 'resize')?.[1];
    expect(onResize).toBeDefined();
    await screen.getByRole('button', { name: 'Close' }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Export CSV' })).not.toBeInTheDocument();
    expect(removed.mock.calls.some(([type, listener]) => type === 'resize' && listener === onResize)).toBe(
      true,
    );
    added.mockRestore();
    removed.mockRestore();
  });

  it("follows the window of a framed log: the iframe's, resized by its host", async () => {
    const { frame, view } = await renderInFrame(<ExportLike />, { width: 900, height: 600 });
    await frame.getByRole('button', { name: 'Export' }).click();
    const dialog = frame.getByRole('dialog', { name: 'Export CSV' });
    await expect.element(dialog).toBeVisible();
    expect(dialog.element().getBoundingClientRect().left).toBeGreaterThan(500);
    const iframe = view.frameElement as HTMLIFrameElement;
    iframe.style.width = '320px';
    iframe.style.height = '300px';
    await expect
      .poll(() => dialog.element().getBoundingClientRect().right)
      .toBeLessThanOrEqual(view.innerWidth - 8 + 0.5);
    expectInsideViewport(dialog.element(), view);
  });
});
