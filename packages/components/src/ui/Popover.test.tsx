import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { renderInFrame } from '../test/renderInFrame.tsx';
import { onDemand } from './onDemand.ts';
import { Popover } from './Popover.tsx';

it('closes on a click outside the panel and returns focus to the trigger', async () => {
  const screen = await render(
    <Popover label="Open" title="Panel">
      {() => <button type="button">Inside</button>}
    </Popover>,
  );
  const trigger = screen.getByRole('button', { name: 'Open' });
  await trigger.click();
  const dialog = screen.getByRole('dialog', { name: 'Panel' });
  await expect.element(dialog).toBeVisible();
  const box = dialog.element().getBoundingClientRect();
  dialog
    .element()
    .dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: box.right + 40, clientY: box.bottom + 40 }),
    );
  await expect.element(dialog).not.toBeInTheDocument();
  await expect.element(trigger).toHaveFocus();
  await expect.element(trigger).toHaveAttribute('aria-expanded', 'false');
});

// Safari and Firefox on macOS do not focus a button on click, and a script may open the panel: the browser then
// gives focus back on Escape to what had it before (the page's body, or something far away), not the trigger.
it('returns focus to the trigger on Escape when the trigger did not have focus as it opened', async () => {
  const screen = await render(
    <>
      <button type="button">Elsewhere</button>
      <Popover label="Open" title="Panel">
        {() => <button type="button">Inside</button>}
      </Popover>
    </>,
  );
  (screen.getByRole('button', { name: 'Elsewhere' }).element() as HTMLElement).focus();
  const trigger = screen.getByRole('button', { name: 'Open' });
  (trigger.element() as HTMLElement).click();
  const dialog = screen.getByRole('dialog', { name: 'Panel' });
  await expect.element(dialog).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();
  await expect.element(trigger).toHaveFocus();
  await expect.element(trigger).toHaveAttribute('aria-expanded', 'false');
});

it('opens at once on content that loads on demand: title and a busy body first, nothing on the page moving', async () => {
  let arrive = () => {};
  const load = vi.fn(
    () =>
      new Promise<{ Panel: () => ReactNode }>((resolve) => {
        arrive = () => resolve({ Panel: () => <button type="button">Inside</button> });
      }),
  );
  const part = onDemand(load);
  const Panel = part.part((module) => module.Panel);
  const preload = () => void part.preload();
  const screen = await render(
    <div>
      <Popover label="Open" title="Panel" preload={preload}>
        {() => <Panel />}
      </Popover>
      <p>After</p>
    </div>,
  );
  const trigger = screen.getByRole('button', { name: 'Open' });
  const after = screen.getByText('After').element();
  const before = after.getBoundingClientRect().top;
  // Intent (focus reaches the trigger) starts the fetch, once.
  trigger.element().focus();
  expect(load).toHaveBeenCalledTimes(1);
  await trigger.click();
  const dialog = screen.getByRole('dialog', { name: 'Panel' });
  await expect.element(dialog).toBeVisible();
  await expect.element(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
  expect(
    dialog.element().querySelector('[data-slot="audit-popover-loading"][aria-busy="true"]'),
  ).not.toBeNull();
  arrive();
  await expect.element(dialog.getByRole('button', { name: 'Inside' })).toBeVisible();
  expect(dialog.element().querySelector('[data-slot="audit-popover-loading"]')).toBeNull();
  expect(load).toHaveBeenCalledTimes(1);
  expect(after.getBoundingClientRect().top).toBe(before);
});

describe('in an iframe, rendered through a portal (a host isolating styles)', () => {
  const framed = (width: number) =>
    renderInFrame(
      <AuditRoot theme="light">
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Popover label="Open" title="Panel">
            {() => (
              <>
                <button type="button">First inside</button>
                <button type="button">Last inside</button>
              </>
            )}
          </Popover>
        </div>
      </AuditRoot>,
      { width, height: 500 },
    );

  it('keeps Tab inside the panel: past its last control to its first, and back', async () => {
    const { frame, doc } = await framed(800);
    await frame.getByRole('button', { name: 'Open' }).click();
    const dialog = frame.getByRole('dialog', { name: 'Panel' });
    await expect.element(dialog).toBeVisible();
    const close = dialog.getByRole('button', { name: 'Close' }).element() as HTMLElement;
    const last = dialog.getByRole('button', { name: 'Last inside' }).element() as HTMLElement;
    last.focus();
    await userEvent.keyboard('{Tab}');
    expect(doc.activeElement).toBe(close);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(doc.activeElement).toBe(last);
  });

  it("stays inside the frame's viewport, not the page's", async () => {
    const { frame, view } = await framed(400);
    await frame.getByRole('button', { name: 'Open' }).click();
    const dialog = frame.getByRole('dialog', { name: 'Panel' });
    await expect.element(dialog).toBeVisible();
    const box = dialog.element().getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(8);
    expect(box.right).toBeLessThanOrEqual(view.innerWidth - 8);
  });
});
