// Every part, in light and dark, in the state a user sees most (popovers open, a row expanded): axe must find
// nothing, including colour contrast.
import { defaultAuditColumns } from '@auditkit/headless';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ColumnPicker } from '../ColumnPicker/ColumnPicker.tsx';
import { EventDetails } from '../EventDetails/EventDetails.tsx';
import { ExportButton } from '../ExportButton/ExportButton.tsx';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { NewEventsNotice } from '../NewEventsNotice/NewEventsNotice.tsx';
import { Pagination } from '../Pagination/Pagination.tsx';
import { StatsStrip } from '../StatsStrip/StatsStrip.tsx';
import { TimeZoneSelect } from '../TimeZoneSelect/TimeZoneSelect.tsx';
import { axeViolations } from './axe.ts';
import { setupMockApi } from './mockApi.ts';
import { renderAudit } from './renderAudit.tsx';

setupMockApi();

type Screen = Awaited<ReturnType<typeof renderAudit>>['screen'];

const event = {
  frontegg_id: 'e1',
  createdAt: '2026-11-25T10:00:00.000Z',
  user: 'Ada Lovelace',
  email: 'ada@acme.test',
  actorMail: 'support@vendor.io',
  action: 'Role changed',
  severity: 'Critical',
  ip: '81.2.69.142',
  json: { before: { role: 'viewer' }, after: { role: 'admin' } },
};

const parts: Array<{ name: string; ui: ReactNode; ready: (screen: Screen) => Promise<Locator | void> }> = [
  {
    name: 'AuditTable with a row expanded',
    ui: <AuditTable />,
    ready: async (screen) => {
      const expand = screen.getByRole('button', { name: /^Details of / }).first();
      await expand.click();
      await expect.element(screen.getByRole('region', { name: /^Details of / })).toBeVisible();
    },
  },
  {
    name: 'FilterBar with the severity popover open',
    ui: <FilterBar />,
    ready: async (screen) => {
      await screen.getByRole('button', { name: 'Severity' }).click();
      await expect.element(screen.getByRole('dialog', { name: 'Severity' })).toBeVisible();
    },
  },
  {
    name: 'ColumnPicker open',
    ui: <ColumnPicker />,
    ready: async (screen) => {
      await screen.getByRole('button', { name: 'Columns' }).click();
      await expect.element(screen.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'ExportButton open',
    ui: <ExportButton />,
    ready: async (screen) => {
      await screen.getByRole('button', { name: 'Export', exact: true }).click();
      await expect.element(screen.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'Pagination',
    ui: (
      <>
        <AuditTable />
        <Pagination />
      </>
    ),
    ready: async (screen) => {
      await expect.element(screen.getByRole('navigation')).toHaveTextContent('of 240');
      // The whole page, not the first screenful or the skeleton: the rows mount in two steps after the count.
      await expect.poll(() => screen.getByRole('row').elements().length).toBe(21);
    },
  },
  {
    name: 'TimeZoneSelect',
    ui: <TimeZoneSelect zones={['Europe/Berlin']} />,
    ready: async (screen) => {
      await expect.element(screen.getByRole('combobox', { name: 'Time zone' })).toBeVisible();
    },
  },
  { name: 'NewEventsNotice', ui: <NewEventsNotice interval={60_000} />, ready: async () => {} },
  {
    name: 'StatsStrip',
    ui: <StatsStrip />,
    ready: async (screen) => {
      const summary = screen.getByRole('region', { name: 'Audit summary' });
      // The counts, not the placeholders the strip holds its place with while they load.
      await expect.element(summary.getByRole('definition').first()).toHaveTextContent(/\d/);
    },
  },
  {
    name: 'EventDetails',
    ui: <EventDetails event={event} columns={defaultAuditColumns} />,
    ready: async (screen) => {
      await expect.element(screen.getByText('Role changed')).toBeVisible();
    },
  },
];

describe('accessibility of every part', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const part of parts) {
      it(`${part.name} in ${theme}`, async () => {
        const { screen } = await renderAudit(part.ui, { theme });
        await part.ready(screen);
        expect(await axeViolations(screen.container)).toEqual([]);
      });
    }
  }
});
