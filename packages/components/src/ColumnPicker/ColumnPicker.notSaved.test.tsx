import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();

const storageFull = 'The browser’s storage is full, so the change was not saved.';

/** A browser storage that is full until `full` is false, as a real one throws. */
function fullStorage() {
  const store = new Map<string, string>();
  const storage = {
    full: true,
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      store.set(key, value);
    },
    removeItem: (key: string) => void store.delete(key),
  };
  return storage;
}

describe('ColumnPicker with a full storage', () => {
  // The change showed, and nothing said it would be gone on the next visit.
  it('says, in sight and in a polite live region, that the change was not saved', async () => {
    const storage = fullStorage();
    const { screen } = await renderAudit(
      <>
        <ColumnPicker />
        <AuditTable />
      </>,
      { state: { storage, userId: 'u1' } },
    );
    const table = screen.getByRole('grid');
    await expect.element(table.getByRole('columnheader', { name: 'Resource' })).toBeVisible();
    await screen.getByRole('button', { name: 'Columns' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
    await dialog.getByRole('checkbox', { name: 'Description' }).click();

    // Still made on this page.
    await expect.element(table.getByRole('columnheader', { name: 'Description' })).not.toBeInTheDocument();
    const status = dialog.getByRole('status').filter({ hasText: storageFull });
    await expect.element(status).toBeVisible();
    expect(await axeViolations(dialog.element())).toEqual([]);

    // Saved at last, the message goes.
    storage.full = false;
    await dialog.getByRole('checkbox', { name: 'Severity' }).click();
    await expect.element(dialog.getByText(storageFull)).not.toBeInTheDocument();
  });
});
