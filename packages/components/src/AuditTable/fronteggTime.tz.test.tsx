// Runs in the components-tz project: Chromium's time zone is America/New_York (vitest.timezone.config.ts), so an
// event time read as local instead of UTC would show four hours off.
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { testQueryClient } from '../test/renderAudit.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';

// Frontegg's metadata as its demo data has it: `'Always'` or absent, severity out of the table, a vendor column.
const columns: AuditColumnLike[] = [
  {
    name: 'createdAt',
    displayName: 'Time',
    type: 'Timestamp',
    sortable: true,
    showInTable: true,
    showInMoreInfo: 'Always',
  },
  { name: 'email', displayName: 'User', type: 'Email', sortable: true, showInTable: true },
  {
    name: 'action',
    displayName: 'Action',
    type: 'AlphaNumeric',
    sortable: true,
    showInTable: true,
    showInMoreInfo: 'Always',
  },
  {
    name: 'description',
    displayName: 'Description',
    type: 'AlphaNumeric',
    sortable: false,
    showInTable: true,
  },
  {
    name: 'ip',
    displayName: 'IP Address',
    type: 'IpAddress',
    sortable: true,
    showInTable: true,
    showInMoreInfo: 'Always',
  },
  {
    name: 'severity',
    displayName: 'Severity',
    type: 'Severity',
    sortable: true,
    showInTable: false,
    showInMoreInfo: 'Always',
  },
  { name: 'userAgent', displayName: 'User Agent', type: 'AlphaNumeric', sortable: true, showInTable: false },
  {
    name: 'json',
    displayName: 'Json Data',
    type: 'Json',
    sortable: true,
    showInTable: false,
    showInMoreInfo: 'Always',
  },
];
const event: AuditEventLike = {
  _id: '606d8d5055a3b2001f2b1a11',
  frontegg_id: '606d8d5055a3b2001f2b1a11',
  createdAt: '2021-04-07 10:50:40.201',
  email: 'demo-user@frontegg.com',
  user: 'Demo User Name',
  action: 'User logged in',
  description: 'User logged in to the product',
  ip: '198.143.51.1',
  severity: 'Info',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)',
  tenantId: 'my-tenant-id',
  vendorId: 'my-vendor-id',
  loginMethod: 'saml',
  json: { key1: 'value1' },
};

// The details panel looks the IP up: answered here with Frontegg's IP shape.
const client = createAuditClient({
  baseUrl: 'https://app-x.frontegg.test',
  getToken: () => 'token',
  fetch: async () =>
    Response.json({
      ip: '198.143.51.1',
      city: 'Chicago',
      country_name: 'United States',
      country_code: 'US',
      zip: null,
    }),
});

function view(timeZone: string) {
  return (
    <AuditProvider client={client} queryClient={testQueryClient()} retryPolicy={false}>
      <AuditUiProvider defaultTimeZone={timeZone} locale="en-US">
        <AuditTableView
          events={[event]}
          columns={columns}
          visibleColumns={['createdAt', 'email', 'action', 'ip']}
          sort={{ column: 'createdAt', direction: 'desc' }}
          onSortChange={() => {}}
        />
      </AuditUiProvider>
    </AuditProvider>
  );
}

describe('a Frontegg event time in a browser outside UTC', () => {
  it('really runs in New York', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(new Date(2021, 3, 7).getTimezoneOffset()).toBe(240);
  });

  it('shows 2021-04-07 10:50:40.201 (UTC, no zone) as 10:50 UTC, and as 06:50 in the viewer’s own zone', async () => {
    const utc = await render(view('UTC'));
    await expect.element(utc.getByRole('time')).toHaveTextContent('Apr 7, 2021, 10:50:40 AM UTC');
    await expect.element(utc.getByRole('time')).toHaveAttribute('datetime', '2021-04-07T10:50:40.201Z');
    await utc.unmount();

    const local = await render(view('local'));
    await expect.element(local.getByRole('time')).toHaveTextContent('Apr 7, 2021, 6:50:40 AM EDT');
    await expect.element(local.getByRole('time')).toHaveAttribute('datetime', '2021-04-07T10:50:40.201Z');
  });

  it('lists every field in the details panel, with the time in the chosen zone', async () => {
    const screen = await render(view('UTC'));
    await screen
      .getByRole('button', { name: 'Details of User logged in at Apr 7, 2021, 10:50:40 AM UTC' })
      .click();
    const details = screen.getByRole('region', {
      name: 'Details of User logged in at Apr 7, 2021, 10:50:40 AM UTC',
    });
    await expect.element(details).toBeVisible();
    // The panel's body is loaded on demand: wait for its fields before reading them.
    await expect.element(details.getByRole('time')).toBeVisible();
    const terms = [...details.element().querySelectorAll('dt')].map((term) => term.textContent);
    // Every column of the metadata, whether `'Always'` or absent, then the event's other fields.
    expect(terms).toEqual(
      expect.arrayContaining([
        'Time',
        'User',
        'Action',
        'Description',
        'IP Address',
        'Severity',
        'User Agent',
      ]),
    );
    expect(terms.join('|')).toMatch(/loginMethod/);
    expect(terms.join('|')).toMatch(/Tenant|tenantId/);
    await expect.element(details.getByRole('time')).toHaveTextContent('Apr 7, 2021, 10:50:40 AM UTC');
    await expect.element(details.getByText('Chicago', { exact: false })).toBeVisible();
    await expect.element(details.getByText('User logged in to the product')).toBeVisible();
    await expect.element(details.getByText('saml')).toBeVisible();
    await expect.element(details.getByRole('region', { name: 'Json Data' })).toBeVisible();
  });
});
