// While its first page is on the way the log is an empty frame (FirstPageGate) about the log's height, so the host's
// content below does not jump when the parts come. The frame's estimate of the parts around the table follows the
// toolbar's rows at each width and the root font: it was 67 px short in a 1,000 px container at a 15 px root font.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();

/**
 * The frame's height while waiting, then the log's once its parts have come and settled. With the defaults, as the
 * estimate is (the new-events check's live region among them, which takes a gap of its own).
 */
async function heights(width: number) {
  const container = document.body.appendChild(document.createElement('div'));
  container.style.inlineSize = `${width}px`;
  let waiting: number | undefined;
  const observer = new MutationObserver(() => {
    const root = container.querySelector('[data-slot="audit-root"][aria-busy="true"]:empty');
    if (root) waiting ??= root.getBoundingClientRect().height;
  });
  observer.observe(container, { childList: true, subtree: true, attributes: true });
  const screen = await render(<AuditLog {...testAuditLogProps()} />, { container });
  await expect.element(screen.getByRole('button', { name: /^Details of / }).nth(19)).toBeInTheDocument();
  observer.disconnect();
  const root = screen.getByRole('region', { name: 'Audit log' }).element();
  // The stats, the time zones and the lazily loaded menus come on their own: until the height holds.
  let last = -1;
  await expect
    .poll(async () => {
      const before = last;
      await new Promise((resolve) => setTimeout(resolve, 150));
      last = root.getBoundingClientRect().height;
      return last === before;
    })
    .toBe(true);
  await screen.unmount();
  container.remove();
  return { waiting, loaded: last };
}

describe('the frame while the first page loads', () => {
  beforeEach(() => page.viewport(1400, 900));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  // A one-row toolbar, two rows (a table that scrolls sideways, then cards), and a phone's folded filters.
  for (const rootFont of ['16px', '15px'])
    it(`is as tall as the log it stands for, at every width, with a ${rootFont} root font`, async () => {
      document.documentElement.style.fontSize = rootFont;
      for (const width of [1264, 1000, 738, 360]) {
        const { waiting, loaded } = await heights(width);
        expect(waiting, `${width} px`).toBeDefined();
        expect(Math.abs(loaded - waiting!), `${width} px: ${waiting} then ${loaded}`).toBeLessThanOrEqual(2);
      }
    });
});
