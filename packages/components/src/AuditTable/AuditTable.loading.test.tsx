import { describe, expect, it } from 'vitest';
import { Pagination } from '../Pagination/Pagination.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();

describe('AuditTable while the next page loads', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps the shown rows readable (${theme}): busy, not dimmed below contrast`, async () => {
      const { screen } = await renderAudit(
        <>
          <AuditTable />
          <Pagination />
        </>,
        { theme },
      );
      const grid = screen.getByRole('grid', { name: 'Audit events' });
      await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
      api().setScenario({ latencyMs: 3000 });
      await screen.getByRole('button', { name: 'Next page' }).click();
      await expect.element(grid).toHaveAttribute('aria-busy', 'true');
      expect(grid.element().closest('[data-loading]')).not.toBeNull();
      expect(await axeViolations(grid.element())).toEqual([]);
      api().resetScenario();
    });
  }
});
