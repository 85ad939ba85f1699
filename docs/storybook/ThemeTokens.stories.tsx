import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import stylesheet from '../../packages/components/src/styles.css?raw';
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
    // Every token the shipped stylesheet names (declared, or read with a default), each once, none left out.
    const shipped = [...new Set(stylesheet.match(/--auditkit-[a-z0-9-]+/g))].sort();
    const listed = canvas
      .getAllByRole('rowheader')
      .map((header) => header.querySelector('code')?.textContent ?? '')
      .sort();
    await expect(listed).toEqual(shipped);
    const accent = canvas.getByRole('rowheader', { name: '--auditkit-accent' });
    const [light, dark] = within(accent.closest('tr')!).getAllByRole('cell');
    // A colour token has a value per scheme, read from the shipped stylesheet.
    await expect(light!.textContent).toBe('#0b5cd5');
    await expect(dark!.textContent).toBe('#6cb0ff');
    const maxHeight = canvas.getByRole('rowheader', { name: /--auditkit-table-max-height/ });
    await expect(within(maxHeight.closest('tr')!).getAllByRole('cell')[0]!.textContent).toBe('70vh');
  },
};
