// <AuditLog> on the metadata of Frontegg's own demo (frontegg-react cypress/consts.ts `auditsMetadata`), which
// types the `user` column `AlphaNumeric`: the column is still the user who acted, so a system event says so and an
// impersonated action names who did it, instead of an empty cell and a bare name.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

const demoColumns = [
  ['user', 'User', 'AlphaNumeric'],
  ['createdAt', 'Time', 'Timestamp'],
  ['resource', 'Resource', 'AlphaNumeric'],
  ['action', 'Action', 'AlphaNumeric'],
  ['severity', 'Severity', 'Severity'],
  ['ip', 'IP Address', 'IpAddress'],
].map(([name, displayName, type]) => ({
  name,
  displayName,
  type,
  showInTable: true,
  sortable: true,
  filterable: true,
  showInMoreInfo: 'Always',
}));

const base = { tenantId: 't', vendorId: 'v', severity: 'Info', resource: 'Cluster', ip: '25.42.49.21' };
const events = [
  {
    ...base,
    frontegg_id: 'a',
    createdAt: '2020-12-09 14:00:10.227',
    user: 'Naida Rinker',
    action: 'Check finished',
  },
  { ...base, frontegg_id: 'b', createdAt: '2020-12-09 14:00:05.362', action: 'Scheduled rotation' },
  {
    ...base,
    frontegg_id: 'c',
    createdAt: '2020-12-09 14:00:00.000',
    user: 'Omar',
    actorMail: 'support@vendor.test',
    action: 'Updated profile',
  },
];

describe('AuditLog on Frontegg’s demo metadata', () => {
  it('shows a user column typed AlphaNumeric as the user who acted: the system, and who impersonated', async () => {
    const list = () => HttpResponse.json({ data: events, total: events.length });
    overrideMock(
      http.get('*/metadata', () =>
        HttpResponse.json({ rows: [{ entityName: 'audits', properties: demoColumns }] }),
      ),
      http.get('*/audits/resources/audits/v2', list),
      http.get('*/audits', list),
    );
    const screen = await renderAuditLog();
    const table = screen.getByRole('grid', { name: 'Audit events' });
    const row = (action: string) => table.getByRole('row').filter({ hasText: action });
    await expect.element(row('Check finished')).toHaveTextContent(/Naida Rinker/);
    await expect.element(row('Scheduled rotation')).toHaveTextContent(/System/);
    await expect.element(row('Updated profile')).toHaveTextContent(/Impersonated by support@vendor\.test/);
  });
});
