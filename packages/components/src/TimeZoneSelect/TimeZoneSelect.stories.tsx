import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';

const meta = {
  title: 'Parts/TimeZoneSelect',
  component: TimeZoneSelect,
} satisfies Meta<typeof TimeZoneSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    const select = canvas.getByRole('combobox', { name: 'Time zone' });
    await userEvent.selectOptions(select, 'Asia/Tokyo');
    await expect(select).toHaveValue('Asia/Tokyo');
  },
};

export const AFewZones: Story = {
  args: { zones: ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'] },
};

export const Dark: Story = { globals: { theme: 'dark' } };
