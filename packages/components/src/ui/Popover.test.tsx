import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
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
