import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CustomAuditTable } from './CustomAuditTable.tsx';

const meta = {
  title: 'Guides/Headless recipe',
  component: CustomAuditTable,
  // Only the headless provider (the client and cache): no styling root, no @auditkit/components state.
  parameters: { auditkit: { root: false } },
  tags: ['!autodocs'],
} satisfies Meta<typeof CustomAuditTable>;

export default meta;
type Story = StoryObj<typeof meta>;

// Testing Library waits one second by default. The play also runs in each docs-page preview, where several
// Storybook frames load at once, and under `npm test`'s load on two cores the first page has taken longer.
const patient = { timeout: 15_000 };

export const OnTheHooksAlone: Story = {
  play: async ({ canvas, userEvent }) => {
    const table = await canvas.findByRole('table', { name: 'Events' }, patient);
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBe(21), patient);
    await userEvent.click(canvas.getByRole('button', { name: 'Severe only' }));
    await waitFor(() => {
      const severities = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.lastElementChild?.textContent);
      expect(severities.length).toBeGreaterThan(0);
      expect(severities.every((severity) => severity === 'High' || severity === 'Critical')).toBe(true);
    }, patient);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(await canvas.findByText(/^Page 2 of \d+$/, {}, patient)).toBeVisible();
  },
};

export const NoPermission: Story = {
  parameters: { auditkit: { root: false, identity: 'tenantAViewer' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, patient)).toHaveTextContent(
      'You may not see the audit log.',
    );
  },
};
