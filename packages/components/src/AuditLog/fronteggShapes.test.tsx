// <AuditLog> on data shaped as Frontegg's own material has it, served by the mock in strict mode with
// `fidelity: 'frontegg'` (test/mockApi.ts): zone-less `createdAt`, `showInMoreInfo: 'Always'` or absent, vendor
// columns (`resource`, `region`), `severity` out of the table by default.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
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
});
