import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ThemeTokens } from './ThemeTokens.tsx';

const meta = {
  title: 'Guides/Theming tokens',
  component: ThemeTokens,
  parameters: { auditkit: { root: false } },
  tags: ['!autodocs'],
} satisfies Meta<typeof ThemeTokens>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllTokens: Story = {
  play: async ({ canvas }) => {
    const accent = await canvas.findByRole('rowheader', { name: '--auditkit-accent' });
    const [light, dark] = within(accent.closest('tr')!).getAllByRole('cell');
    // A colour token has a value per scheme, read from the shipped stylesheet.
    await expect(light!.textContent).not.toBe(dark!.textContent);
    await expect(canvas.getAllByRole('row').length).toBeGreaterThan(20);
  },
};
