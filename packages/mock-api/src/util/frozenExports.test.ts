// The mock's exported data is shared by every mock on the page and every test of a run: an assignment into it (a
// test narrowing an identity's permissions, a column made unsortable, a parameter dropped from the document)
// changed them all. Frozen to the last level, the assignment throws (modules are strict) and the mock answers as
// documented.
import { describe, expect, it } from 'vitest';
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { fronteggAuditColumns } from '../dataset/auditColumns.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { auditsOpenApiDocument } from '../openapi/auditsOpenApiDocument.ts';

const writable = (value: unknown) => value as Record<string, unknown>;

describe('exported data', () => {
  it('cannot be changed, so the mock serves what it documents', async () => {
    expect(() => {
      writable(demoIdentities.tenantAAdmin).tenantId = 'tenant-elsewhere';
    }).toThrow(TypeError);
    expect(() => {
      (demoIdentities.tenantAAdmin.permissions as unknown as string[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      writable(fronteggAuditColumns[0]).sortable = false;
    }).toThrow(TypeError);
    expect(() => {
      writable(auditsOpenApiDocument.paths).elsewhere = {};
    }).toThrow(TypeError);
    expect(() => {
      writable(auditsOpenApiDocument.info).title = 'Elsewhere';
    }).toThrow(TypeError);

    const api = createMockAuditApi({ seed: 1, now: '2026-11-26T00:00:00.000Z', eventsPerTenant: 10 });
    const token = await demoToken(demoIdentities.tenantAAdmin);
    const response = (await api.handle(
      new Request('https://api.example.test/metadata?entityName=audits', {
        headers: { authorization: `Bearer ${token}` },
      }),
    ))!;
    expect(response.status).toBe(200);
    const { rows } = (await response.json()) as {
      rows: { properties: { name: string; sortable: boolean }[] }[];
    };
    expect(rows[0]!.properties[0]).toMatchObject({ name: 'createdAt', sortable: true });
  });
});
