import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { listHandler, manyColumns, metadataHandler, customColumnEvents } from '../test/storyFixtures.ts';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

const meta = {
  title: 'Parts/ColumnPicker',
  component: ColumnPicker,
} satisfies Meta<typeof ColumnPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((header) => header.querySelector('button')?.textContent ?? header.textContent ?? '')
    .map((text) => text.trim())
    .filter((text) => text !== '' && text !== 'Event details');

/** Hiding, showing and moving columns changes the table beside it at once. */
export const HideShowAndReorder: Story = {
  render: () => (
    <>
      <ColumnPicker />
      <AuditTable />
    </>
  ),
  play: async ({ canvas, userEvent }) => {
    const table = await canvas.findByRole('grid', { name: 'Audit events' });
    await canvas.findAllByRole('button', { name: /^Details of / });
    await userEvent.click(canvas.getByRole('button', { name: 'Columns' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Show and order columns' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Description' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Severity' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move Action up' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(headers(table).slice(0, 3)).toEqual(['Time', 'Action', 'User']));
    await expect(headers(table)).not.toContain('Description');
    await expect(headers(table)).toContain('Severity');
  },
};

export const ManyCustomColumns: Story = {
  parameters: { auditkit: { handlers: [metadataHandler(manyColumns), listHandler(customColumnEvents)] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Columns' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Show and order columns' });
    // The picker may open before the vendor's metadata arrives (it starts from Frontegg's defaults): wait for it.
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(manyColumns.length));
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
