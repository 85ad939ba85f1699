import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

/**
 * WCAG 2.5.8 (Target Size, Minimum): a target narrower than 24 px passes when a 24 px circle centred on it meets
 * no other target. A resize handle is 8 px wide, between two sort buttons: its circle must stay clear of both,
 * in either density and however narrow the column is dragged.
 */
function circleClashes(root: Element): string[] {
  const targets = [...root.querySelectorAll<HTMLElement>('thead button, thead [role="separator"]')];
  const clashes: string[] = [];
  for (const handle of targets.filter((target) => target.getAttribute('role') === 'separator')) {
    const box = handle.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    for (const other of targets) {
      if (other === handle) continue;
      const rect = other.getBoundingClientRect();
      const dx = Math.max(rect.left - cx, 0, cx - rect.right);
      const dy = Math.max(rect.top - cy, 0, cy - rect.bottom);
      // Another handle is undersized too: the two circles must not meet, so 24 px between centres.
      const clear = other.getAttribute('role') === 'separator' ? 24 : 12;
      if (Math.hypot(dx, dy) < clear - 0.01)
        clashes.push(
          `${handle.getAttribute('aria-label')} × ${other.getAttribute('aria-label') ?? other.textContent}`,
        );
    }
  }
  return clashes;
}

describe('column resize handles', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });
  // The paddings are in rem: a host's smaller root font shrinks them, the 8 px handle does not.
  const cases: { rootFontSize: number; density: 'comfortable' | 'compact'; dir: 'ltr' | 'rtl' }[] = [
    ...[16, 15, 12, 10].flatMap((rootFontSize) =>
      (['comfortable', 'compact'] as const).map((density) => ({
        rootFontSize,
        density,
        dir: 'ltr' as const,
      })),
    ),
    { rootFontSize: 12, density: 'compact', dir: 'rtl' },
  ];
  for (const { rootFontSize, density, dir } of cases) {
    it(`keep a 24 px circle clear of every other header control (${density}, ${rootFontSize} px root font, ${dir})`, async () => {
      document.documentElement.style.fontSize = `${rootFontSize}px`;
      const screen = await renderAuditLog({ density, dir, newEventsInterval: false });
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      await expect.element(grid.getByRole('row').nth(5)).toBeInTheDocument();
      const root = grid.element();
      expect(root.querySelectorAll('thead [role="separator"]').length).toBeGreaterThan(2);
      expect(circleClashes(root)).toEqual([]);
      // Every resizable column at its narrowest, by keyboard: its label no longer fits. The arrow towards the
      // column narrows it (right to left, its edge is on its left).
      const narrows = dir === 'rtl' ? '{ArrowRight}' : '{ArrowLeft}';
      for (const handle of root.querySelectorAll<HTMLElement>('thead [role="separator"]')) {
        handle.focus();
        await userEvent.keyboard(`{Enter}${narrows.repeat(40)}{Enter}`);
        expect(handle.getAttribute('aria-valuenow')).toBe(handle.getAttribute('aria-valuemin'));
      }
      expect(circleClashes(root)).toEqual([]);
      // The header's content (its sort button) still starts where its column's cells' text does.
      const header = grid.getByRole('columnheader', { name: 'Action' }).element();
      const column = [...header.parentElement!.children].indexOf(header);
      const cell = grid.getByRole('row').nth(1).element().children[column]!;
      const contentStart = (box: Element) =>
        dir === 'rtl'
          ? box.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(box).paddingRight)
          : box.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(box).paddingLeft);
      expect(contentStart(header)).toBeCloseTo(contentStart(cell), 1);
    });
  }
});
