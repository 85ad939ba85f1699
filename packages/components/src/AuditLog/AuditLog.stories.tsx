import { demoIdentities, demoToken, fronteggAuditColumns } from '@auditkit/mock-api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, waitFor, within } from 'storybook/test';
import { auditLogStoryMeta, themeOf } from '../test/auditLogStoryMeta.tsx';
import {
  fronteggShapedEvents,
  hostileEvents,
  listHandler,
  metadataHandler,
  pendingListHandler,
} from '../test/storyFixtures.ts';
import * as he from '../messages/he.ts';
import { AuditLog } from './AuditLog.tsx';

const meta = {
  title: 'AuditLog',
  ...auditLogStoryMeta,
  args: { ...auditLogStoryMeta.args, locale: 'en-US' },
} satisfies Meta<typeof AuditLog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('grid', { name: 'Audit events' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(10));
    await expect(canvas.getByRole('navigation', { name: 'Pagination' })).toBeVisible();
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
  // Retry-After 0 lets the client's retries run out at once, so the error shows without waiting for backoff.
  parameters: { auditkit: { scenario: { status: { list: 503 }, retryAfterSeconds: 0 } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('The audit log could not be loaded.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

export const RecoversOnRetry: Story = {
  parameters: { auditkit: { scenario: { status: { list: 503 }, retryAfterSeconds: 0 } } },
  play: async ({ canvas, userEvent, loaded }) => {
    const retry = await canvas.findByRole('button', { name: 'Retry' });
    (loaded.mockApi as { resetScenario(): void }).resetScenario();
    await userEvent.click(retry);
    const table = await canvas.findByRole('grid', { name: 'Audit events' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(10));
  },
};

export const ColumnsFailed: Story = {
  // The metadata fails (its retries run out at once): the standard columns are shown, and a notice says so.
  parameters: { auditkit: { scenario: { status: { metadata: 503 }, retryAfterSeconds: 0 } } },
  play: async ({ canvas }) => {
    const notice = await canvas.findByRole('group', { name: 'The columns could not be loaded.' });
    await expect(notice).toHaveTextContent('The standard columns are shown');
    await expect(within(notice).getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

export const NoPermission: Story = {
  args: { getToken: () => demoToken(demoIdentities.tenantAViewer) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You do not have permission to view the audit log.')).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar">
      <AuditLog {...args} />
    </div>
  ),
};

export const InfiniteScroll: Story = {
  args: { paging: 'infinite' },
  play: async ({ canvas }) => {
    await canvas.findByRole('grid', { name: 'Audit events' });
    await expect(canvas.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  },
};

export const MillionEvents: Story = {
  parameters: { auditkit: { scenario: { eventsPerTenant: { 'tenant-acme': 1_000_000 } } } },
  play: async ({ canvas }) => {
    // The first count over a million events scans them all: seconds on a loaded machine.
    await expect(await canvas.findByText(/of 1,000,000/, {}, { timeout: 20_000 })).toBeVisible();
  },
};

export const HostileData: Story = {
  parameters: {
    auditkit: {
      handlers: [
        http.get('*/audits/resources/audits/v2', () =>
          HttpResponse.json({ data: hostileEvents, total: hostileEvents.length }),
        ),
      ],
    },
  },
  play: async ({ canvas, canvasElement }) => {
    const table = await canvas.findByRole('grid', { name: 'Audit events' });
    await waitFor(() =>
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(hostileEvents.length),
    );
    // Markup in event data is shown as text, never parsed.
    await expect(canvasElement.querySelector('script, img, svg[onload]')).toBeNull();
    await expect(within(table).getAllByText('<script>alert("xss")</script>').length).toBeGreaterThan(0);
  },
};

/**
 * Data exactly as Frontegg's own demo material shapes it: zone-less UTC times, `_id` (or no id), `'Always'` or
 * absent `showInMoreInfo`, vendor fields (`region`, `ticket`), severity hidden from the table by default.
 */
export const FronteggShapedData: Story = {
  parameters: {
    auditkit: {
      handlers: [listHandler(fronteggShapedEvents), metadataHandler(fronteggAuditColumns)],
    },
  },
  play: async ({ canvas, userEvent }) => {
    const table = await canvas.findByRole('grid', { name: 'Audit events' });
    // 2021-04-07 10:50:40.201 has no zone and is UTC: shown as 10:50 UTC whatever the browser's zone.
    const first = await within(table).findByText('Apr 7, 2021, 10:50:40 AM UTC');
    await expect(first).toBeVisible();
    await expect(within(table).queryByRole('columnheader', { name: /Severity/ })).toBeNull();
    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Details of User logged in at Apr 7, 2021, 10:50:40 AM UTC',
      }),
    );
    const details = await canvas.findByRole('region', {
      name: 'Details of User logged in at Apr 7, 2021, 10:50:40 AM UTC',
    });
    // Every field, 'Always' or not, and the vendor's own.
    for (const label of [
      'Time',
      'User',
      'Action',
      'Description',
      'IP Address',
      'Severity',
      'User Agent',
      'Region',
    ])
      await expect(within(details).getByText(label, { selector: 'dt' })).toBeVisible();
    await expect(within(details).getByText('eu-west-1')).toBeVisible();
  },
};

/** The log in a box of the given width: the layout follows its container, not the window. */
const inBox = (width: number) =>
  function Boxed(args: Story['args'], { globals }: { globals: Record<string, unknown> }) {
    return (
      <div style={{ inlineSize: width, maxInlineSize: '100%' }}>
        <AuditLog {...(args as Parameters<typeof AuditLog>[0])} theme={themeOf(globals)} />
      </div>
    );
  };

/** Each event a card, the filters behind one button: a phone's 320 px. */
export const NarrowPhone: Story = {
  render: inBox(320),
  play: async ({ canvas, userEvent }) => {
    const grid = await canvas.findByRole('grid', { name: 'Audit events' });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(10));
    await expect(getComputedStyle(within(grid).getAllByRole('row')[1]!).display).toBe('grid');
    const filters = canvas.getByRole('button', { name: 'Filters' });
    await userEvent.click(filters);
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('combobox', { name: 'Time range' })).toBeVisible();
  },
};

/** A 480 px side drawer: cards, with an event opened. */
export const NarrowDrawer: Story = {
  render: inBox(480),
  play: async ({ canvas, userEvent }) => {
    const details = await canvas.findAllByRole('button', { name: /^Details of / });
    await userEvent.click(details[0]!);
    await expect(await canvas.findByRole('region', { name: /^Details of / })).toBeVisible();
  },
};

/** Hebrew, right to left, in a 480 px drawer: the cards and the pagination mirrored. */
export const NarrowRightToLeft: Story = {
  args: { translation: he, dir: 'rtl', locale: undefined },
  render: inBox(480),
  play: async ({ canvas }) => {
    const nav = await canvas.findByRole('navigation', { name: he.messages.paginationLabel });
    const next = within(nav).getByRole('button', { name: he.messages.nextPage });
    const last = within(nav).getByRole('button', { name: he.messages.lastPage });
    await expect(next.getBoundingClientRect().left).toBeGreaterThan(last.getBoundingClientRect().left);
    await expect(getComputedStyle(next.querySelector('svg')!).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  },
};
