// Cards under enlarged text (a root font of 32 px, as a user's browser setting gives): each sort button above the
// cards is as wide as its label, not the column's width in px, which cut "Action" to "Ac…" and "IP Address" to
// "IP …" with room to spare; a label longer than the row still ends in an ellipsis, scrolling nothing sideways.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';

setupMockApi();

async function renderCards(width: number) {
  const screen = await render(
    <div style={{ inlineSize: width }}>
      <AuditLog {...testAuditLogProps()} newEventsInterval={false} />
    </div>,
  );
  await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  const sortButtons = [...document.querySelectorAll<HTMLElement>('[data-slot="audit-sort-button"]')];
  const container = document.querySelector('[data-slot="audit-table-container"]')!;
  return { sortButtons, container };
}

/** Whether the button's label is cut (an ellipsis in place of its end). */
const cut = (button: Element) => {
  const label = button.querySelector('span')!;
  return label.scrollWidth > label.clientWidth;
};

describe('card sort buttons under enlarged text', () => {
  beforeEach(() => page.viewport(1400, 900));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('show their whole labels where the row has room', async () => {
    document.documentElement.style.fontSize = '32px';
    const { sortButtons } = await renderCards(700);
    expect(sortButtons.length).toBeGreaterThanOrEqual(5);
    for (const button of sortButtons) expect(cut(button), button.textContent!).toBe(false);
  });

  it('cut a label longer than the row, and scroll nothing sideways', async () => {
    document.documentElement.style.fontSize = '56px';
    const { sortButtons, container } = await renderCards(320);
    const right = container.getBoundingClientRect().right;
    for (const button of sortButtons)
      expect(button.getBoundingClientRect().right, button.textContent!).toBeLessThanOrEqual(right + 1);
    expect(sortButtons.some(cut)).toBe(true);
    expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
  });
});
