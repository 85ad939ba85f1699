import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { Pagination } from './Pagination.tsx';

const meta = {
  title: 'Parts/Pagination',
  component: Pagination,
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

const nav = async (canvas: ReturnType<typeof within>) =>
  within(await canvas.findByRole('navigation', { name: 'Pagination' }));

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    const pagination = await nav(canvas);
    await expect(await pagination.findByText(/^1–20 of [\d,]+$/)).toBeVisible();
    await expect(pagination.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(pagination.getByRole('button', { name: 'Next page' }));
    await expect(await pagination.findByText(/^21–40 of [\d,]+$/)).toBeVisible();
    await userEvent.click(pagination.getByRole('button', { name: 'Last page' }));
    await waitFor(() => expect(pagination.getByRole('button', { name: 'Next page' })).toBeDisabled());
  },
};

export const PageSize: Story = {
  play: async ({ canvas, userEvent }) => {
    const pagination = await nav(canvas);
    await pagination.findByText(/^1–20 of /);
    await userEvent.selectOptions(pagination.getByRole('combobox', { name: 'Rows per page' }), '100');
    await expect(await pagination.findByText(/^1–100 of [\d,]+$/)).toBeVisible();
  },
};

export const MillionEvents: Story = {
  parameters: { auditkit: { scenario: { eventsPerTenant: { 'tenant-acme': 1_000_000 } } } },
  play: async ({ canvas }) => {
    const pagination = await nav(canvas);
    await expect(await pagination.findByText('1–20 of 1,000,000')).toBeVisible();
    await expect(pagination.getByRole('button', { name: /^Page 50,?000$/ })).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
