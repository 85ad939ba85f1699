// <AuditLog> on data shaped as Frontegg's own material has it, served by the mock in strict mode with
// `fidelity: 'frontegg'` (test/mockApi.ts): zone-less `createdAt`, `showInMoreInfo: 'Always'` or absent, vendor
// columns (`resource`, `region`), `severity` out of the table by default.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

/** The newest event and the metadata as the API sends them, read without the library. */
async function fromTheApi() {
  const headers = { authorization: `Bearer ${await getToken()}` };
  const list = (await (await fetch('/audits/resources/audits/v2?count=1&offset=0', { headers })).json()) as {
    data: Record<string, unknown>[];
  };
  const metadata = (await (await fetch('/metadata?entityName=audits', { headers })).json()) as {
    rows: {
      properties: { name: string; displayName: string; showInTable: boolean; showInMoreInfo?: unknown }[];
    }[];
  };
  return { event: list.data[0]!, columns: metadata.rows[0]!.properties };
}

/** `2026-11-25 20:45:54.000` → the same instant, read as UTC by hand (not by the code under test). */
function utcOf(text: string): number {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(text)!;
  return Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!);
}

describe('AuditLog on Frontegg-shaped data', () => {
  it('reads zone-less times as UTC, keeps severity hidden by default and lists every field in the details', async () => {
    const { event, columns } = await fromTheApi();
    // The data really is Frontegg's shape (else this test proves nothing).
    expect(event.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
    expect(columns.find((column) => column.name === 'severity')).toMatchObject({ showInTable: false });
    expect(columns.some((column) => column.showInMoreInfo === 'Always')).toBe(true);
    expect(columns.some((column) => column.showInMoreInfo === undefined)).toBe(true);

    const screen = await renderAuditLog();
    const table = screen.getByRole('grid', { name: 'Audit events' });
    const expected = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'medium',
      timeStyle: 'long',
      timeZone: 'UTC',
    }).format(utcOf(String(event.createdAt)));
    await expect.element(table.getByRole('time').first()).toHaveTextContent(expected);
    await expect
      .element(table.getByRole('time').first())
      .toHaveAttribute('datetime', new Date(utcOf(String(event.createdAt))).toISOString());
    await expect.element(table.getByRole('columnheader', { name: /Action/ })).toBeVisible();
    expect(table.getByRole('columnheader', { name: /Severity/ }).elements()).toHaveLength(0);

    await table
      .getByRole('button', { name: new RegExp(`^Details of .* at ${expected}$`) })
      .first()
      .click();
    const details = screen.getByRole('region', { name: new RegExp(`^Details of .* at ${expected}$`) });
    await expect.element(details).toBeVisible();
    // The panel's body is loaded on demand: wait for its fields before reading them.
    await expect.element(details.getByRole('time')).toBeVisible();
    const terms = [...details.element().querySelectorAll('dt')].map((term) => term.textContent);
    // Every column of the metadata, `'Always'` or not, and the event's own vendor fields.
    for (const column of columns.filter((item) => item.name !== 'json'))
      expect(terms).toContain(column.displayName);
    expect(terms).toContain('Region');
    await expect.element(details.getByText(String(event.region), { exact: true })).toBeVisible();
  });

  it('reads the older metadata and events Frontegg has recorded: the user by id, severity as a level, the IP', async () => {
    // As frontegg/python-sdk's cassettes recorded api.frontegg.com (tests/cassettes/test_get_audits_metadata.yaml,
    // test_get_audits.yaml): the user column typed `UserIdentity`, `severity` and `ip` typed `AlphaNumeric`, no
    // `showInTable`, and an event that names its user by `userId` alone. Ids and values are made up.
    const properties = [
      ['createdAt', 'Date', 'Timestamp'],
      ['user', 'User', 'UserIdentity'],
      ['action', 'Action', 'AlphaNumeric'],
      ['severity', 'Severity', 'AlphaNumeric'],
      ['ip', 'IP Address', 'AlphaNumeric'],
    ].map(([name, displayName, type]) => ({ name, displayName, type, filterable: true, sortable: true }));
    const event = {
      _id: '5de7d4bf7df94f75b9f2db8c',
      userId: 'user1',
      action: 'Archived a report',
      severity: 'Critical',
      ip: '1.2.3.4',
      tenantId: 'my-tenant-id',
      createdAt: '2019-12-04 15:46:07.958',
    };
    const list = () => HttpResponse.json({ data: [event], total: 1 });
    overrideMock(
      http.get('*/metadata', () => HttpResponse.json({ rows: [{ entityName: 'audits', properties }] })),
      http.get('*/audits/resources/audits/v2', list),
      http.get('*/audits', list),
    );
    const screen = await renderAuditLog();
    const table = screen.getByRole('grid', { name: 'Audit events' });
    const row = table.getByRole('row').filter({ hasText: 'Archived a report' });
    // A person did it: named by id, not called the system.
    await expect.element(row.getByText('user1', { exact: true })).toBeVisible();
    expect(row.getByText('System').elements()).toHaveLength(0);
    // The address is an IP again, with its location a click away; the severity a level, drawn as a badge that
    // flags its row.
    await expect.element(row.getByRole('button', { name: /1\.2\.3\.4/ })).toBeVisible();
    await expect
      .element(
        row.element().querySelector<HTMLElement>('[data-slot="audit-severity"][data-severity="critical"]'),
      )
      .toHaveTextContent('Critical');
  });
});
