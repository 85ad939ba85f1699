// An all-day infinite list: a row opened under one filter stays open only in that list. The table kept every row
// ever opened, so the same event shown again under the next filter came back open.
import { expect, it } from 'vitest';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

/** Filters set from outside the table, as a filter bar or a saved view does. */
function SeverityFilters() {
  const { queryState } = useAuditState();
  return (
    <>
      <button type="button" onClick={() => queryState.setFilter('severity', ['High'])}>
        High only
      </button>
      <button type="button" onClick={() => queryState.setFilter('severity', ['High', 'Critical'])}>
        High or Critical
      </button>
    </>
  );
}

it('shows an event opened under one filter closed when another filter shows it again', async () => {
  const { screen } = await renderAudit(
    <>
      <SeverityFilters />
      <AuditTable paging="infinite" />
    </>,
  );
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  await screen.getByRole('button', { name: 'High only' }).click();
  await expect.element(grid.getByRole('row').nth(1)).toHaveAttribute('data-severity', 'High');
  const first = grid.getByRole('button', { name: /^Details of / }).first();
  const name = first.element().getAttribute('aria-label')!;
  await first.click();
  await expect.element(grid.getByRole('region', { name })).toBeVisible();

  await screen.getByRole('button', { name: 'High or Critical' }).click();
  await expect.poll(() => grid.element().querySelector('tr[data-severity="Critical"]')).not.toBeNull();
  // The same event, in the new list's rows.
  const again = grid.getByRole('button', { name, exact: true });
  await expect.element(again).toBeInTheDocument();
  await expect.element(again).toHaveAttribute('aria-expanded', 'false');
  expect(grid.getByRole('region', { name: /^Details of / }).elements()).toHaveLength(0);
});
