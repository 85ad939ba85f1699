// Every audits and metadata function of Frontegg's own client, against the mock. Shared by the in-process and
// the real-HTTP runs; each answer is checked against the mock's OpenAPI document.
import { ContextHolder, FronteggApiError, api } from '@frontegg/rest-api';
import type { HeaderProps, IGetAuditsParams } from '@frontegg/rest-api';
import { planAuditRequest } from '@auditkit/headless/core';
import { auditsOpenApiDocument, createOpenApiValidator, demoIdentities, demoToken } from '@auditkit/mock-api';
import type { MockAuditApi } from '@auditkit/mock-api';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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

    it('a severity the service stores beyond the create enum filters, as the portal sends it (never a 400)', async () => {
      // frontegg-react's audits filterHelper offers Info, Attention and Error, merged into getAudits' params; its
      // demo data stores `Attention` and lowercase `info`. Lowercase matches the mock's `Info` events.
      const params = (severity: string) =>
        ({ sortDirection: 'desc', sortBy: 'createdAt', filter: '', offset: 0, count: 20, severity }) as never;
      const attention = await api.audits.getAudits(params('Attention'));
      conforms('listAudits', attention);
      expect(attention.total).toBe(0);
      const info = await api.audits.getAudits(params('info'));
      expect(info.total).toBeGreaterThan(0);
      expect(info.data.every((e) => e.severity === 'Info')).toBe(true);
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

  // What Frontegg's client sends, beside what ours plans for the same request (`@auditkit/headless`).
  describe('our requests, beside Frontegg’s', () => {
    const sent: URL[] = [];
    beforeEach(() => {
      sent.length = 0;
      const fetch = globalThis.fetch;
      vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        sent.push(new URL(input instanceof Request ? input.url : String(input)));
        return fetch(input, init);
      });
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('the one-stream export: offset=0 and no count, as exportAudits sends it', async () => {
      // IExportAudits has no count; redux-store 7.127.0's exportAuditsCsv passes offset: 0 and none either.
      await api.audits.exportAudits({
        endpoint: 'csv/v2',
        headerProps: [{ name: 'action', displayName: 'Action' } as HeaderProps],
        sortDirection: 'desc',
        sortBy: 'createdAt',
        filter: '',
        offset: 0,
        outputFileName: 'audits.csv',
      });
      const theirs = sent.find((url) => url.pathname.endsWith('/audits/export/csv/v2'))!;
      expect(theirs.searchParams.has('count')).toBe(false);
      const ours = planAuditRequest(
        { count: 200, offset: 400, sortBy: 'createdAt', sortDirection: 'desc' },
        { purpose: 'exportStream', outputFileName: 'audits.csv' },
      );
      expect(theirs.pathname.endsWith(ours.path)).toBe(true);
      expect(ours.search.has('count')).toBe(false);
      // Every parameter we send, Frontegg's client sends with the same value (it adds an empty `filter`).
      for (const [name, value] of ours.search) expect(theirs.searchParams.get(name), name).toBe(value);
    });

    it('column filters on the legacy list: the same JSON array text as getAudits', async () => {
      await api.audits.getAudits({
        sortDirection: 'desc',
        sortBy: 'createdAt',
        filter: '',
        offset: 0,
        count: 20,
        severity: ['High', 'Critical'],
        email: ['ada@acme.test', 'grace@acme.test'],
      } as unknown as IGetAuditsParams);
      const theirs = sent.find((url) => /\/audits$/.test(url.pathname))!;
      const ours = planAuditRequest({
        count: 20,
        offset: 0,
        sortBy: 'createdAt',
        sortDirection: 'desc',
        filters: { severity: ['High', 'Critical'], email: ['ada@acme.test', 'grace@acme.test'] },
      });
      expect(ours.endpoint).toBe('legacyList');
      for (const name of ['severity', 'email'])
        expect(theirs.searchParams.getAll(name), name).toEqual(ours.search.getAll(name));
    });
  });
}
