// Every audits and metadata function of Frontegg's own client, against the mock. Shared by the in-process and
// the real-HTTP runs; each answer is checked against the mock's OpenAPI document.
import { ContextHolder, FronteggApiError, api } from '@frontegg/rest-api';
import type { HeaderProps, IGetAuditsParams } from '@frontegg/rest-api';
import { auditsOpenApiDocument, createOpenApiValidator, demoIdentities, demoToken } from '@auditkit/mock-api';
import type { MockAuditApi } from '@auditkit/mock-api';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloads } from './browserGlobals.ts';

const validator = createOpenApiValidator(auditsOpenApiDocument);
const conforms = (operationId: string, body: unknown) =>
  expect(validator.responseProblems(operationId, 200, 'application/json', body)).toEqual([]);

/** The mock in strict mode with Frontegg's data shapes: any parameter the document does not list is a 400. */
export const witnessApiOptions = {
  seed: 5,
  eventsPerTenant: 400,
  strict: true,
  fidelity: 'frontegg',
} as const;

export function witnessSuite(target: () => { baseUrl: string; api: MockAuditApi }): void {
  let token = '';
  beforeAll(async () => {
    token = await demoToken(demoIdentities.tenantAAdmin);
  });
  beforeEach(() => {
    // The client appends its `/frontegg` prefix to the base; the mock answers under any prefix.
    ContextHolder.for('default').setContext({ baseUrl: target().baseUrl, tokenResolver: () => token });
    downloads.length = 0;
    target().api.reset();
  });

  describe('metadata', () => {
    it('getAuditsMetadata: the audits row, Frontegg-shaped', async () => {
      const row = await api.metadata.getAuditsMetadata();
      conforms('getAuditsMetadata', { rows: [row] });
      expect(row.entityName).toBe('audits');
      const severity = (
        row.properties as { name: string; showInTable: boolean; showInMoreInfo?: string }[]
      ).find((c) => c.name === 'severity');
      expect(severity).toMatchObject({ showInTable: false, showInMoreInfo: 'Always' });
    });

    it('getIpAdressMetadata and the private getIpMetadata: a location', async () => {
      const public_ = await api.metadata.getIpAdressMetadata('81.2.69.142');
      conforms('getIpMetadata', public_);
      expect(public_.ip).toBe('81.2.69.142');
      const viaPrivate = await (
        api.metadata as unknown as { getIpMetadata(ip: string): Promise<unknown> }
      ).getIpMetadata('2001:db8::1');
      conforms('getIpMetadata', viaPrivate);
    });

    it('getCurrentUserIpMetadata: the caller’s own address', async () => {
      const me = await api.metadata.getCurrentUserIpMetadata();
      conforms('getCurrentUserIpMetadata', me);
      expect(me.location).toBeTypeOf('object');
    });
  });

  describe('audits', () => {
    it('getAudits: the legacy list, as the portal sends it (sort, text, paging)', async () => {
      const page = await api.audits.getAudits({
        sortDirection: 'desc',
        sortBy: 'createdAt',
        filter: '',
        offset: 0,
        count: 20,
      });
      conforms('listAudits', page);
      expect(page.data).toHaveLength(20);
      expect(page.total).toBe(400);
      expect(page.data[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
      const virtual = await api.audits.getAudits({
        sortDirection: 'asc',
        sortBy: 'user',
        filter: 'login',
        offset: 20,
        count: 10,
        paginationMode: 'virtual',
      });
      conforms('listAudits', virtual);
    });

    it('getAudits with column filters merged in, arrays JSON-encoded as the client does', async () => {
      // The portal merges `{[column]: value}` into the params; the client JSON-encodes objects and arrays.
      const params = {
        sortDirection: 'desc',
        sortBy: 'createdAt',
        filter: '',
        offset: 0,
        count: 50,
        severity: ['High', 'Critical'],
        createdAt: { $gt: '2000-01-01T00:00:00Z' },
        region: 'eu-west-1',
      } as unknown as IGetAuditsParams;
      const page = await api.audits.getAudits(params);
      conforms('listAudits', page);
      expect(page.total).toBeGreaterThan(0);
      expect(page.data.every((e) => e.severity === 'High' || e.severity === 'Critical')).toBe(true);
    });

    it('getAuditsStats: counts (the client sends sortBy, sortDirection and count along)', async () => {
      const stats = await api.audits.getAuditsStats({
        sortBy: 'createdAt',
        sortDirection: 'desc',
        count: 20,
      });
      conforms('getAuditsStats', stats);
      expect(stats.totalToday).toBeGreaterThanOrEqual(0);
    });

    it('exportAudits csv/v2 and the deprecated csv: the file the browser would save', async () => {
      const row = await api.metadata.getAuditsMetadata();
      const headerProps = row.properties as HeaderProps[];
      for (const endpoint of ['csv/v2', 'csv'] as const) {
        await api.audits.exportAudits({
          endpoint,
          headerProps,
          sortDirection: 'desc',
          sortBy: 'createdAt',
          filter: '',
          offset: 0,
          outputFileName: 'audits.csv',
        });
      }
      expect(downloads.map((d) => d.name)).toEqual(['audits.csv', 'audits.csv']);
      for (const { blob } of downloads) {
        const lines = (await blob.text()).split('\r\n');
        expect(lines[0]).toBe(headerProps.map((p) => p.displayName).join(','));
        expect(lines.length - 2).toBe(400);
      }
    });

    it('exportAudits pdf: not served by the mock, and the client says so with a FronteggApiError', async () => {
      const attempt = api.audits.exportAudits({
        endpoint: 'pdf',
        headerProps: [],
        sortDirection: 'desc',
        sortBy: 'createdAt',
        filter: '',
        offset: 0,
        outputFileName: 'audits.pdf',
      });
      await expect(attempt).rejects.toBeInstanceOf(FronteggApiError);
      await expect(attempt).rejects.toMatchObject({ statusCode: 404 });
    });

    it('a refused call surfaces the contract’s error body through the client', async () => {
      const viewer = await demoToken(demoIdentities.tenantAViewer);
      ContextHolder.for('default').setContext({ baseUrl: target().baseUrl, tokenResolver: () => viewer });
      const attempt = api.audits.getAudits({
        sortDirection: 'desc',
        sortBy: 'createdAt',
        filter: '',
        offset: 0,
        count: 5,
      });
      await expect(attempt).rejects.toMatchObject({ statusCode: 403 });
    });
  });
}
