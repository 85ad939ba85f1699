import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
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

// An event Frontegg names its user in by id alone, with a right-to-left override hiding its file's real extension.
const spoofed = {
  frontegg_id: 'recipe-spoofed',
  tenantId: 'tenant-acme',
  vendorId: 'vendor-auditkit-demo',
  createdAt: '2026-11-20 11:00:00.000',
  userId: 'u-1',
  action: 'Deleted \u202Efdp.exe',
  severity: 'High',
};

/** Who acted and what they did, as `<AuditLog>` shows it: the user's id when that is all there is, hidden marks shown. */
export const UserIdsAndHiddenText: Story = {
  parameters: {
    auditkit: {
      root: false,
      handlers: [
        http.get('*/audits/resources/audits/v2', () => HttpResponse.json({ data: [spoofed], total: 1 })),
      ],
    },
  },
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Events' }, patient);
    const row = (await within(table).findAllByRole('row', {}, patient))[1]!;
    const cells = within(row).getAllByRole('cell');
    await expect(cells[1]).toHaveTextContent(/^u-1$/);
    await expect(cells[2]).toHaveTextContent('Deleted ⟨U+202E⟩fdp.exe');
    await expect(cells[0]).toHaveTextContent(/^Nov 20, 2026.*11:00:00\sAM UTC$/);
  },
};
