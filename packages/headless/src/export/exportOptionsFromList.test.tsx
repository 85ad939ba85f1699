// @vitest-environment jsdom
// A custom export on the hooks alone (no @auditkit/components), as the docs tell it: the list on screen gives
// what it knows of the file through `exportOptionsFromList`, so the UI plans and names the file as
// `<ExportButton>` does without re-deriving it.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditExportProperty } from '../client/auditTypes.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { useAuditList } from '../react/useAuditList.ts';
import { useCsvExport } from '../react/useCsvExport.ts';
import { demoIdentities, listsWithoutTotal, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { exportOptionsFromList, type ExportSourceList } from './exportOptionsFromList.ts';
import { planExportTarget } from './planExportTarget.ts';

const server = setupMockBackend(240);
// A browser with the file picker (Chromium): `'auto'` streams a large or unsized file to a file the user picks.
beforeEach(() => void vi.stubGlobal('showSaveFilePicker', vi.fn()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const columns: AuditExportProperty[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp' },
  { name: 'action', displayName: 'Action' },
];

function CustomExport({
  query,
  saveBlob,
}: {
  query: AuditQuery;
  saveBlob?: (blob: Blob, fileName: string) => void;
}) {
  const list = useAuditList(query);
  const csv = useCsvExport();
  const fromList = exportOptionsFromList(list);
  const plan = planExportTarget({ expectedRows: fromList.expectedRows, columnCount: columns.length });
  return (
    <section aria-label="Audit log" aria-busy={list.isRefreshing}>
      <p role="status">
        {list.isPending ? 'Loading' : `${list.totalIsLowerBound ? 'At least ' : ''}${list.total} events`}
      </p>
      <p id="export-hint">
        {plan.method === 'download' ? 'Saved as a normal download' : 'You choose where to save the file'}
      </p>
      <button
        type="button"
        aria-describedby="export-hint"
        onClick={() => void csv.start({ query, columns, target: 'download', saveBlob, ...fromList })}
      >
        Download CSV
      </button>
      {csv.status === 'done' && <p>Export complete</p>}
    </section>
  );
}

const download = (description: string) => screen.getByRole('button', { name: 'Download CSV', description });

describe('a custom export planned from exportOptionsFromList(list)', () => {
  it('sizes no file from a lower bound: 20 events seen are not the export, so it streams to a picked file', async () => {
    listsWithoutTotal(server);
    renderWithAudit(<CustomExport query={defaultAuditQuery} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^At least \d+ events$/));
    // Planned from that count, the 240 events (or millions) were built in memory as a "small" download.
    expect(download('You choose where to save the file')).toBeTruthy();
  });

  it('sizes no file from the previous filter’s count while the next answer loads', async () => {
    const critical = { ...defaultAuditQuery, filters: { severity: ['Critical'] } };
    const view = renderWithAudit(<CustomExport query={critical} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ events$/));
    expect(download('Saved as a normal download')).toBeTruthy();

    server.api.setScenario({ latencyMs: 2_000 });
    view.rerender(<CustomExport query={defaultAuditQuery} />);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Audit log' }).getAttribute('aria-busy')).toBe('true'),
    );
    expect(download('You choose where to save the file')).toBeTruthy();
  });

  it('names the file after the tenant of the events shown, which a user token’s client does not know', async () => {
    const saveBlob = vi.fn<(blob: Blob, fileName: string) => void>();
    renderWithAudit(<CustomExport query={defaultAuditQuery} saveBlob={saveBlob} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('240 events'));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(screen.getByText('Export complete')).toBeTruthy());
    expect(saveBlob.mock.calls[0]![1]).toMatch(
      new RegExp(`^audit-log_${demoIdentities.tenantAAdmin.tenantId}_start_`),
    );
  });
});

describe('exportOptionsFromList', () => {
  const list: ExportSourceList = {
    events: [{}, { tenantId: 'tenant-a' }],
    total: 120,
    totalIsLowerBound: false,
    isRefreshing: false,
    legacy: true,
  };

  it('gives the count, the events’ tenant and the list read', () => {
    expect(exportOptionsFromList(list)).toEqual({ expectedRows: 120, tenantLabel: 'tenant-a', legacy: true });
  });

  it('gives no count while it is a lower bound or the previous query’s, and no tenant without events', () => {
    expect(exportOptionsFromList({ ...list, totalIsLowerBound: true }).expectedRows).toBeUndefined();
    expect(exportOptionsFromList({ ...list, isRefreshing: true }).expectedRows).toBeUndefined();
    expect(exportOptionsFromList({ ...list, events: [] }).tenantLabel).toBeUndefined();
  });
});
