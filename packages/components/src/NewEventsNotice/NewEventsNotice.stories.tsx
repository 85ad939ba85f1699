import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { NewEventsNotice } from './NewEventsNotice.tsx';

const meta = {
  title: 'Parts/NewEventsNotice',
  component: NewEventsNotice,
  // The shortest poll the hooks take (a shorter one is raised to it), so the story's event shows within seconds.
  args: { interval: 5_000 },
  render: (args) => (
    <>
      <NewEventsNotice {...args} />
      <AuditTable />
    </>
  ),
} satisfies Meta<typeof NewEventsNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing new: the notice renders nothing. */
export const NothingNew: Story = {
  play: async ({ canvas }) => {
    await canvas.findAllByRole('button', { name: /^Details of / });
    await expect(canvas.queryByRole('button', { name: 'Show them' })).toBeNull();
  },
};

/** Someone records an event while the list is open: the notice counts it and offers to show it. */
export const NewEventArrives: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findAllByRole('button', { name: /^Details of / });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    await fetch('/frontegg/audits', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ severity: 'High', action: 'Deleted project', description: 'Project "Apollo"' }),
    });
    const show = await canvas.findByRole('button', { name: 'Show them' });
    await expect(canvas.getByText('1 new event', { exact: true })).toBeVisible();
    await userEvent.click(show);
    await expect(await canvas.findByText('Deleted project')).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
