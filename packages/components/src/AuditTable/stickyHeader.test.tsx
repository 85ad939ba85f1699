// WCAG 2.4.11 Focus Not Obscured: a control reached by keyboard is scrolled clear of the table's sticky header,
// in both densities (the header's height follows them), never left under it.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

const focused = () => document.activeElement as HTMLElement;

describe('AuditTable sticky header', () => {
  it.each(['comfortable', 'compact'] as const)(
    'keeps the focused control below the header after moving down and back up (%s)',
    async (density) => {
      const { screen } = await renderAudit(<AuditTable />);
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      const details = grid.getByRole('button', { name: /^Details of / });
      await expect.element(details.nth(19)).toBeInTheDocument();
      grid.element().closest<HTMLElement>('.auditkit')!.dataset.density = density;
      (details.first().element() as HTMLElement).focus();
      for (let i = 0; i < 19; i += 1) await userEvent.keyboard('{ArrowDown}');
      expect(focused()).toBe(details.nth(19).element());
      const container = grid.element().parentElement!;
      expect(container.scrollTop).toBeGreaterThan(0);
      // The header cells are what sticks (the <thead> itself scrolls away).
      const head = grid.element().querySelector('thead th')!;
      // Back up row by row: each focused control's top at or below the header's bottom edge (half a pixel for
      // rounding), none of it behind the header.
      for (let row = 18; row >= 0; row -= 1) {
        await userEvent.keyboard('{ArrowUp}');
        expect(focused()).toBe(details.nth(row).element());
        const top = focused().getBoundingClientRect().top;
        expect(top, `row ${row}`).toBeGreaterThanOrEqual(head.getBoundingClientRect().bottom - 0.5);
      }
    },
  );
});
