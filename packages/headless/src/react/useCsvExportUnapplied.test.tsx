// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { downloadAuditCsv } from '../export/downloadAuditCsv.ts';
import type { ExportFormat } from '../export/exportFormat.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { useAuditColumns } from './useAuditColumns.ts';
import { useCsvExportUnapplied } from './useCsvExportUnapplied.ts';

setupMockBackend(300);

const withFilters = (filters: AuditQuery['filters']): AuditQuery => ({ ...defaultAuditQuery, filters });

async function judged(query: AuditQuery, strategy: 'stream' | 'paged', format: ExportFormat, legacy = false) {
  const client = clientAs();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AuditProvider client={client} queryClient={testQueryClient()} retryPolicy={false}>
      {children}
    </AuditProvider>
  );
  const { result } = renderHook(
    () => ({
      columns: useAuditColumns(),
      unapplied: useCsvExportUnapplied(query, { strategy, format, legacy }),
    }),
    { wrapper },
  );
  // Judged against the tenant's metadata, as the engine is.
  await waitFor(() => expect(result.current.columns.data).toBeDefined());
  const exported = await downloadAuditCsv({
    client,
    query,
    columns: exportColumns,
    strategy,
    format,
    legacy,
    target: memoryTarget().stream,
  });
  return { before: result.current.unapplied, after: exported.unapplied };
}

describe('useCsvExportUnapplied', () => {
  it('says before the export what the file will not apply, exactly as the export then reports it', async () => {
    const cases: [AuditQuery, 'stream' | 'paged', ExportFormat, string[], boolean?][] = [
      // The stream cannot take `users`; the v2 pages can: the export pages, and applies everything.
      [withFilters({ users: ['u-1'] }), 'stream', 'csv', []],
      // No endpoint takes `users` with a column filter: one of them is left out, and said so. The one the table
      // leaves out (its list goes to v2 on such a tie), so the file holds the rows the table shows.
      [withFilters({ users: ['u-1'], severity: ['High'] }), 'stream', 'csv', ['severity']],
      [withFilters({ users: ['u-1'], severity: ['High'] }), 'paged', 'jsonl', ['severity']],
      // A column the metadata cannot filter is never applied.
      [withFilters({ description: ['wire'] }), 'stream', 'csv-plain', ['description']],
      [withFilters({ severity: ['High'], action: ['User logged in'] }), 'stream', 'csv', []],
      // With `legacy` no v2 endpoint is asked, so `users`, v2's alone, is left out of every format.
      [withFilters({ users: ['u-1'] }), 'stream', 'csv', ['users'], true],
      [withFilters({ users: ['u-1'] }), 'paged', 'jsonl', ['users'], true],
      [withFilters({ users: ['u-1'], severity: ['High'] }), 'paged', 'csv', ['users'], true],
      [withFilters({ severity: ['High'] }), 'paged', 'jsonl', [], true],
    ];
    for (const [query, strategy, format, columns, legacy] of cases) {
      const { before, after } = await judged(query, strategy, format, legacy);
      expect(
        before.map((item) => item.column),
        JSON.stringify(query.filters),
      ).toEqual(columns);
      expect(after).toEqual(before);
    }
  });
});

describe('an export of filters no endpoint takes together', () => {
  it('holds the rows the table shows, leaving out the filter the table leaves out', async () => {
    const client = clientAs();
    const query = withFilters({ users: ['user-acme-ada'], severity: ['High'] });
    const { count: _count, offset: _offset, ...params } = toListParams(query, new Date());
    const table = await client.list({ ...params, count: 200, offset: 0 });
    const tablePlan = await client.planRequest({ ...params, count: 200, offset: 0 }, 'list');
    expect(table.data.length).toBeGreaterThan(0);
    const target = memoryTarget();
    const exported = await downloadAuditCsv({
      client,
      query,
      columns: [{ name: 'frontegg_id', displayName: 'Id' }, ...exportColumns],
      format: 'csv-plain',
      target: target.stream,
    });
    expect(exported.unapplied).toEqual(tablePlan.unapplied);
    const fileIds = target
      .text()
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(new Set(fileIds)).toEqual(new Set(table.data.map((event) => event.frontegg_id)));
  });
});
