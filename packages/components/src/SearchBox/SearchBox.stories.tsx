import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { SearchBox } from './SearchBox.tsx';

const meta = {
  title: 'Parts/SearchBox',
  component: SearchBox,
  args: { debounceMs: 50 },
} satisfies Meta<typeof SearchBox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Field names first, then the chosen field's values, picked with the arrow keys. */
export const Suggestions: Story = {
  play: async ({ canvas, userEvent }) => {
    const box = canvas.getByRole('combobox', { name: 'Search events' });
    await userEvent.click(box);
    await userEvent.keyboard('severity:');
    const listbox = await canvas.findByRole('listbox', { name: 'Suggestions' });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(within(listbox).getByRole('option', { name: /^Medium/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

/** A mistyped field stays in the text, is not applied, and the nearest field is offered. */
export const UnknownField: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('combobox', { name: 'Search events' }), 'actr:ada@acme.test');
    await expect(await canvas.findByRole('button', { name: 'Use actor:' })).toBeVisible();
  },
};

/**
 * A term the audits API cannot express (a negation) is marked with the reason; a severity none of the usual five
 * applies as typed (a tenant's data may have its own), with the level it may have meant.
 */
export const NotApplied: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('combobox', { name: 'Search events' }),
      '-actor:ada severity:hgh login',
    );
    const list = await canvas.findByRole('list', { name: 'Not applied' });
    await expect(list).toHaveTextContent('cannot leave out values');
    const check = await canvas.findByRole('list', { name: 'Applied as typed' });
    await expect(check).toHaveTextContent('Did you mean “High”?');
    await expect(canvas.getByRole('button', { name: 'Use High' })).toBeVisible();
  },
};

/** Three terms filter the table below it. */
export const FiltersTheTable: Story = {
  render: (args) => (
    <>
      <SearchBox {...args} />
      <AuditTable />
    </>
  ),
  play: async ({ canvas, userEvent }) => {
    await canvas.findAllByRole('button', { name: /^Details of / });
    await userEvent.type(
      canvas.getByRole('combobox', { name: 'Search events' }),
      'action:"User logged in" severity:info created:90d{Enter}',
    );
    await expect(await canvas.findAllByText('User logged in')).not.toHaveLength(0);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: Suggestions.play,
};
