import { MAX_LATENCY_MS } from '@auditkit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StatsStrip } from './StatsStrip.tsx';

const meta = {
  title: 'Parts/StatsStrip',
  component: StatsStrip,
} satisfies Meta<typeof StatsStrip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Events today')).toBeVisible();
    await expect(canvas.getByText('Severe this week')).toBeVisible();
  },
};

export const Loading: Story = { parameters: { auditkit: { scenario: { latencyMs: MAX_LATENCY_MS } } } };

/** The summary failed: it keeps its place, each count a dash read as "Not available". */
export const ServerError: Story = {
  parameters: { auditkit: { scenario: { status: { stats: 500 } } } },
  play: async ({ canvas }) => {
    const counts = canvas.getAllByRole('definition');
    await expect(await canvas.findAllByText('Not available')).toHaveLength(2);
    await expect(counts).toHaveLength(2);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
