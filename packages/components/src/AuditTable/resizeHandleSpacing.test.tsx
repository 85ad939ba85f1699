import { describe, expect, it } from 'vitest';
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
  for (const density of ['comfortable', 'compact'] as const) {
    it(`keep a 24 px circle clear of every other header control (${density})`, async () => {
      const screen = await renderAuditLog({ density, newEventsInterval: false });
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      await expect.element(grid.getByRole('row').nth(5)).toBeInTheDocument();
      const root = grid.element();
      expect(root.querySelectorAll('thead [role="separator"]').length).toBeGreaterThan(2);
      expect(circleClashes(root)).toEqual([]);
      // Every resizable column at its narrowest, by keyboard: its label no longer fits.
      for (const handle of root.querySelectorAll<HTMLElement>('thead [role="separator"]')) {
        handle.focus();
        await userEvent.keyboard(`{Enter}${'{ArrowLeft}'.repeat(40)}{Enter}`);
        expect(handle.getAttribute('aria-valuenow')).toBe(handle.getAttribute('aria-valuemin'));
      }
      expect(circleClashes(root)).toEqual([]);
    });
  }
});
