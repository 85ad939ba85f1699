import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { apiTotal } from '../test/storyFixtures.ts';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { FilterBar } from './FilterBar.tsx';

const meta = {
  title: 'Parts/FilterBar',
  component: FilterBar,
  args: { searchDebounceMs: 50 },
} satisfies Meta<typeof FilterBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The bar above a table, sharing one query: what it does shows in the rows. */
export const FiltersTheTable: Story = {
  render: (args) => (
    <>
      <FilterBar {...args} />
      <AuditTable />
    </>
  ),
  play: async ({ canvas, userEvent }) => {
    await canvas.findAllByRole('button', { name: /^Details of / });
    await userEvent.type(canvas.getByRole('combobox', { name: 'Search events' }), 'password');
    // The live count under the table matches the API's own count for the search.
    const matching = await apiTotal({ filter: 'password' });
    await expect(await canvas.findByText(`${matching.toLocaleString('en-US')} events`)).toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: 'Severity' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Severity' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'High' }));
    await userEvent.keyboard('{Escape}');
    await expect(await canvas.findByRole('button', { name: /Remove filter Severity: High/ })).toBeVisible();
  },
};

export const InvalidCustomRange: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Time range' }), 'Custom range');
    const from = await canvas.findByLabelText('From', { exact: true });
    await userEvent.type(from, '2026-11-20T10:00');
    await userEvent.type(canvas.getByLabelText('To', { exact: true }), '2026-11-19T10:00');
    await expect(await canvas.findByText('The start must be before the end.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Apply' })).toBeDisabled();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
