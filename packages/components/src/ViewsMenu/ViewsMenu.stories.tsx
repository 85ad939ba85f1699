import type { AuditStoredViews, AuditViewStorage } from '@auditkit/headless';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import { ViewsMenu, type ViewsMenuProps } from './ViewsMenu.tsx';

/** A host's storage in memory, with one saved view, so stories never touch the browser's localStorage. */
const memoryStorage = (): AuditViewStorage => {
  let stored: AuditStoredViews = {
    version: 1,
    views: [{ id: 'mine', name: 'My sign-ins', search: 'email=ada@acme.test&action=User+logged+in' }],
    defaultViewId: 'mine',
  };
  return { load: () => stored, save: (_owner, views) => void (stored = views) };
};

/** One storage per mounted story (a new one each render would reload the views every render). */
function WithMemoryStorage(props: ViewsMenuProps) {
  const [storage] = useState(memoryStorage);
  return <ViewsMenu {...props} storage={storage} />;
}

const meta = {
  title: 'Parts/ViewsMenu',
  component: ViewsMenu,
  args: {
    predefined: [
      {
        name: 'Failed sign-ins this week',
        query: { time: { preset: '7d' }, filters: { action: ['User failed to login'] } },
      },
      { name: 'Permission changes', query: { filters: { action: ['User role changed'] } } },
      { name: 'Severe events', query: { filters: { severity: ['High', 'Critical'] } } },
    ],
  },
  render: (args) => <WithMemoryStorage {...args} />,
} satisfies Meta<typeof ViewsMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** The menu: the host's views, the user's own (the default marked), then save and manage. */
export const Open: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Views' }));
    const menu = await canvas.findByRole('menu', { name: 'Views' });
    await expect(await within(menu).findByRole('menuitem', { name: /My sign-ins/ })).toBeVisible();
    await expect(within(menu).getByRole('menuitem', { name: 'Failed sign-ins this week' })).toHaveFocus();
  },
};

/** The manage dialog: predefined views cannot be renamed or deleted; any view can be shared as a link. */
export const Manage: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Views' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Manage views…' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Saved views' });
    await expect(await within(dialog).findByRole('button', { name: 'Delete My sign-ins' })).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Delete Severe events' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy a link to Severe events' }));
    await expect(within(dialog).getByRole('textbox', { name: 'Link to Severe events' })).toBeVisible();
  },
};

/** Saving with an empty name says why instead of saving nothing. */
export const EmptyName: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Views' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Save current view…' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Saved views' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter a name for the view.');
  },
};

/** A refused rename is said in the view's own row; the field keeps what was typed, marked invalid. */
export const RenameRefused: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Views' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Manage views…' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Saved views' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Rename My sign-ins' }));
    const field = within(dialog).getByRole('textbox', { name: 'New name for My sign-ins' });
    await userEvent.clear(field);
    await userEvent.type(field, `${'n'.repeat(121)}{Enter}`);
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A view’s name can have at most 120 characters.',
    );
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveFocus();
  },
};

export const Dark: Story = { globals: { theme: 'dark' }, play: Open.play };
