import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  defaultColumns,
  hostileEvents,
  impersonatedEvent,
  longEvents,
  storyEvent,
  systemEvent,
} from '../test/storyFixtures.ts';
import { EventDetails } from './EventDetails.tsx';

const meta = {
  title: 'Parts/EventDetails',
  component: EventDetails,
  args: { event: storyEvent(), columns: defaultColumns },
} satisfies Meta<typeof EventDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Changed Grace Hopper from Member to Admin')).toBeVisible();
    await expect(canvas.getAllByText('Before').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText('After').length).toBeGreaterThan(0);
  },
};

export const Impersonated: Story = {
  args: { event: impersonatedEvent },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Impersonated by support@auditkit.dev')).toBeVisible();
  },
};

export const SystemEvent: Story = {
  args: { event: systemEvent },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('System').length).toBeGreaterThan(0);
    // The actor reads as the system, never as an unknown user.
    await expect(canvas.queryByText(/^unknown( user)?$/i)).toBeNull();
  },
};

export const HostileData: Story = {
  args: { event: hostileEvents[7] ?? storyEvent() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img')).toBeNull();
  },
};

export const LongValues: Story = { args: { event: longEvents[2] ?? storyEvent() } };

export const RightToLeft: Story = {
  args: { event: storyEvent({ user: 'نور الهدى', description: 'مرحبا بالعالم — تم تغيير كلمة المرور' }) },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
};

export const Dark: Story = { globals: { theme: 'dark' } };

/** An icon-only button's name shows on keyboard focus (and on hover) in the times' tooltip; Escape hides it. */
export const ButtonLabel: Story = {
  play: async ({ canvas, userEvent }) => {
    const name = 'Show events from 5 minutes before to 5 minutes after this one';
    const button = await canvas.findByRole('button', { name });
    button.focus();
    await expect(await canvas.findByText(name)).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByText(name)).not.toBeVisible();
    await expect(button).toHaveFocus();
    // Shown again for the axe check that follows the story.
    await userEvent.hover(button);
    await expect(canvas.getByText(name)).toBeVisible();
  },
};
