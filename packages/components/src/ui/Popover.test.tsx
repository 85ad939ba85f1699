import type { ReactNode } from 'react';
import { expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
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
