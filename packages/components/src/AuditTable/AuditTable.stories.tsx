import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  customColumnEvents,
  hostileEvents,
  impersonatedEvent,
  listHandler,
  longEvents,
  manyColumns,
  metadataHandler,
  pendingListHandler,
  systemEvent,
  storyEvent,
} from '../test/storyFixtures.ts';
import { AuditTable } from './AuditTable.tsx';

const meta = {
  title: 'Parts/AuditTable',
  component: AuditTable,
  args: { paging: 'pages' },
} satisfies Meta<typeof AuditTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowsShown = async (canvasElement: HTMLElement, atLeast: number) => {
  const table = await within(canvasElement).findByRole('grid', { name: 'Audit events' });
  // The rows wait for the list and the metadata, and infinite scrolling also for its on-demand virtual rows,
  // which Storybook's dev server compiles on first use: the preview's wait limit covers it.
  await waitFor(() =>
    expect(within(table).getAllByRole('button', { name: /^Details of / }).length).toBeGreaterThanOrEqual(
      atLeast,
    ),
  );
  return table;
};

export const Default: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const table = await rowsShown(canvasElement, 20);
    const header = within(table).getByRole('columnheader', { name: /^Action/ });
    await userEvent.click(within(header).getByRole('button', { name: 'Action' }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
  },
};

/** The table is one Tab stop: arrows move between cells and their controls (the APG grid pattern). */
export const KeyboardGrid: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const table = await rowsShown(canvasElement, 20);
    const expanders = within(table).getAllByRole('button', { name: /^Details of / });
    // The grid settles its one Tab stop in the frame after the rows' commit (GridNavigator): until then it is
    // still where it was while loading, on the header. A loaded run tabbed in between and reached the header.
    await waitFor(() => expect(expanders[0]).toHaveAttribute('tabindex', '0'));
    await expect(table.querySelectorAll('tr [tabindex="0"]')).toHaveLength(1);
    await userEvent.tab();
    await expect(expanders[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(expanders[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(document.activeElement?.closest('td')?.dataset.column).toBe('createdAt');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect(document.activeElement?.closest('th')?.cellIndex).toBe(0);
    await expect(table.querySelectorAll('tr [tabindex="0"]')).toHaveLength(1);
  },
};

export const InfiniteScroll: Story = {
  args: { paging: 'infinite' },
  play: async ({ canvasElement }) => {
    // Rows are virtualised: only those in view (plus a few) are in the DOM.
    await rowsShown(canvasElement, 10);
  },
};

export const Loading: Story = {
  parameters: { auditkit: { handlers: [pendingListHandler()] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading events…')).toBeVisible();
  },
};

export const Empty: Story = {
  parameters: { auditkit: { scenario: { emptyTenants: ['tenant-acme'] } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No events have been recorded yet.')).toBeVisible();
  },
};

export const ServerError: Story = {
  parameters: { auditkit: { scenario: { status: { list: 500 } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('The audit log could not be loaded.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

/**
 * Rows from an earlier answer stay after asking again for them failed (here the window regaining focus while the
 * service is down): a notice above the table says they could not be refreshed, why and as of when, with a Retry.
 */
export const RefreshFailed: Story = {
  play: async ({ canvasElement, canvas, loaded }) => {
    await rowsShown(canvasElement, 20);
    (loaded.mockApi as { setScenario(scenario: { status: { list: 503 } }): void }).setScenario({
      status: { list: 503 },
    });
    // What TanStack Query reads as the window regaining focus: the list is asked again.
    window.dispatchEvent(new Event('visibilitychange'));
    const notice = await canvas.findByRole('group', { name: 'The events could not be refreshed.' });
    await expect(within(notice).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const NoPermission: Story = {
  parameters: { auditkit: { identity: 'tenantAViewer' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You do not have permission to view the audit log.')).toBeVisible();
  },
};

export const ImpersonationAndSystemEvents: Story = {
  parameters: { auditkit: { handlers: [listHandler([storyEvent(), impersonatedEvent, systemEvent])] } },
  play: async ({ canvasElement, canvas }) => {
    await rowsShown(canvasElement, 3);
    await expect(canvas.getByText('Impersonated by support@auditkit.dev')).toBeVisible();
    await expect(canvas.getAllByText('System').length).toBeGreaterThan(0);
  },
};

export const ManyCustomColumns: Story = {
  parameters: { auditkit: { handlers: [metadataHandler(manyColumns), listHandler(customColumnEvents)] } },
  play: async ({ canvasElement }) => {
    const table = await rowsShown(canvasElement, 12);
    await expect(within(table).getByRole('columnheader', { name: /^Ticket/ })).toBeInTheDocument();
    await expect(within(table).getAllByText(/^Ticket \d+$/).length).toBe(12);
  },
};

export const HostileData: Story = {
  parameters: { auditkit: { handlers: [listHandler(hostileEvents)] } },
  play: async ({ canvasElement }) => {
    const table = await rowsShown(canvasElement, 20);
    await expect(table.querySelector('script, img')).toBeNull();
    await expect(within(table).getAllByText('<script>alert("xss")</script>').length).toBeGreaterThan(0);
  },
};

export const LongValues: Story = {
  parameters: { auditkit: { handlers: [listHandler(longEvents)] } },
  play: async ({ canvasElement }) => {
    const table = await rowsShown(canvasElement, 3);
    // Long values wrap or clip inside their cells; the table never grows wider than its container.
    const container = table.closest('[data-slot="audit-table-container"]') as HTMLElement;
    await expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(container.scrollWidth);
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await rowsShown(canvasElement, 20);
  },
};
