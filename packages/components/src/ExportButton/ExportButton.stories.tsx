import { MAX_LATENCY_MS } from '@auditkit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ExportButton } from './ExportButton.tsx';

const meta = {
  title: 'Parts/ExportButton',
  component: ExportButton,
  // Stories keep the file in memory: no file picker, nothing saved.
  args: { target: 'blob', saveBlob: fn() },
} satisfies Meta<typeof ExportButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const openDialog = async (
  canvas: ReturnType<typeof within>,
  userEvent: { click(element: Element): Promise<void> },
) => {
  await userEvent.click(await canvas.findByRole('button', { name: 'Export' }));
  return within(await within(document.body).findByRole('dialog', { name: 'Export' }));
};

export const Default: Story = {};

export const Completed: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const dialog = await openDialog(canvas, userEvent);
    await userEvent.click(await dialog.findByRole('button', { name: 'Download' }));
    await expect(await dialog.findByText(/^Export complete: [\d,]+ events$/)).toBeVisible();
    await waitFor(() => expect(args.saveBlob).toHaveBeenCalledOnce());
  },
};

export const InProgress: Story = {
  // Each batch of rows waits a minute: the export stays in progress for the whole story.
  parameters: { auditkit: { scenario: { exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS } } },
  play: async ({ canvas, userEvent }) => {
    const dialog = await openDialog(canvas, userEvent);
    await userEvent.click(await dialog.findByRole('button', { name: 'Download' }));
    await expect(await dialog.findByRole('button', { name: 'Cancel export' })).toBeVisible();
    // The visible progress; its words are also the status read to a screen reader while no count is known.
    await expect(dialog.getAllByText(/^Exported [\d,]+ of [\d,…]+ events$/)[0]).toBeVisible();
  },
};

export const Cancelled: Story = {
  parameters: { auditkit: { scenario: { exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS } } },
  play: async ({ canvas, userEvent, args }) => {
    const dialog = await openDialog(canvas, userEvent);
    await userEvent.click(await dialog.findByRole('button', { name: 'Download' }));
    await userEvent.click(await dialog.findByRole('button', { name: 'Cancel export' }));
    await expect(await dialog.findByText('Export cancelled; no file was saved.')).toBeVisible();
    await expect(args.saveBlob).not.toHaveBeenCalled();
  },
};

export const Failed: Story = {
  parameters: { auditkit: { scenario: { exportStream: 'broken', exportBreakAfterRows: 30 } } },
  play: async ({ canvas, userEvent, args }) => {
    const dialog = await openDialog(canvas, userEvent);
    await userEvent.click(await dialog.findByRole('button', { name: 'Download' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(/^Export failed/);
    await expect(dialog.getByRole('button', { name: 'Retry' })).toBeEnabled();
    await expect(args.saveBlob).not.toHaveBeenCalled();
  },
};

export const NoPermission: Story = {
  parameters: { auditkit: { identity: 'tenantAViewer' } },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Export' })).toBeDisabled());
    await expect(canvas.getByText('You do not have permission to export audit events.')).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
