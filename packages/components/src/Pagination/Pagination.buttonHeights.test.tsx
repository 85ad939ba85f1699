// The pager's buttons are one row of equal boxes: the arrows (an icon each) as tall as the page numbers (a line of
// text), all centred on one line with the gap's "…", and every one a 24 × 24 px target at least (WCAG 2.5.8).
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';

setupMockApi();

const middle = (box: DOMRect) => (box.top + box.bottom) / 2;

describe('the pager’s buttons', () => {
  beforeEach(() => page.viewport(1400, 900));

  it('are as tall as each other, centred on one line with the gap, and 24 × 24 px at least', async () => {
    const screen = await render(
      <div style={{ inlineSize: 1280 }}>
        <AuditLog {...testAuditLogProps()} newEventsInterval={false} />
      </div>,
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    const buttons = nav.getByRole('listitem').getByRole('button').elements();
    const names = buttons.map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual(
      expect.arrayContaining(['First page', 'Previous page', 'Page 1', 'Next page', 'Last page']),
    );
    const boxes = buttons.map((button) => button.getBoundingClientRect());
    for (const [index, box] of boxes.entries()) {
      expect(box.height, names[index]!).toBeCloseTo(boxes[0]!.height, 1);
      expect(middle(box), names[index]!).toBeCloseTo(middle(boxes[0]!), 1);
      expect(box.width, names[index]!).toBeGreaterThanOrEqual(24);
      expect(box.height, names[index]!).toBeGreaterThanOrEqual(24);
    }
    // The gap between page numbers ("1 2 3 … 12"): its dots on the buttons' middle line.
    const gap = nav.element().querySelector('li[aria-hidden="true"]')!;
    const dots = document.createRange();
    dots.selectNodeContents(gap);
    expect(Math.abs(middle(dots.getBoundingClientRect()) - middle(boxes[0]!))).toBeLessThanOrEqual(1.5);
  });
});
