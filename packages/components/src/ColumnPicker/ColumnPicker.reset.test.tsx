// "Reset columns" left focus where it was and changed nothing in the (modal) dialog: it said nothing at all. The
// dialog's own status says it, as it says a move.
import { expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();

it('says "Columns reset" in the column picker’s status', async () => {
  const { screen } = await renderAudit(
    <>
      <ColumnPicker />
      <AuditTable />
    </>,
  );
  const table = screen.getByRole('grid');
  await expect.element(table.getByRole('columnheader', { name: 'Resource' })).toBeVisible();
  await screen.getByRole('button', { name: 'Columns' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
  await dialog.getByRole('checkbox', { name: 'Severity' }).click();
  await expect.element(table.getByRole('columnheader', { name: 'Severity' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Reset columns' }).click();
  await expect.element(table.getByRole('columnheader', { name: 'Severity' })).not.toBeInTheDocument();
  const status = dialog.getByRole('status');
  await expect.element(status).toHaveTextContent('Columns reset');
  await expect.element(dialog.getByRole('button', { name: 'Reset columns' })).toHaveFocus();
});
