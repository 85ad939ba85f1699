// The table's error leaves without a click when the list is asked again by itself (the window regaining focus, the
// network coming back): a keyboard user waiting on its Retry lost focus to the page's body, with nothing said.
import { expect, it } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();

it('gives focus on Retry to the rows when the error leaves by itself', async () => {
  api().setScenario({ status: { list: 503 } });
  const { screen } = await renderAudit(<AuditTable />);
  const retry = screen.getByRole('button', { name: 'Retry' });
  await expect.element(retry).toBeVisible();
  (retry.element() as HTMLElement).focus();
  api().resetScenario();
  // What Query reads as the window regaining focus: the failed list is asked again, and answers.
  window.dispatchEvent(new Event('visibilitychange'));
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  await expect.poll(() => grid.element().contains(document.activeElement)).toBe(true);
});
