// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { clientAs, demoIdentities, setupMockBackend } from '../test-utils/mockBackend.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { renderWithAudit, testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { AuditProvider } from './AuditProvider.tsx';
import { useCsvExport } from './useCsvExport.ts';

const server = setupMockBackend();
afterEach(cleanup);

const columns = [
  { name: 'createdAt', displayName: 'Time' },
  { name: 'action', displayName: 'Action' },
];

function sinkRecorder(onWrite?: () => void) {
  const seen = { bytes: 0, closed: false, aborted: false };
  const target = () =>
    new WritableStream<Uint8Array>({
      write: (chunk) => {
        seen.bytes += chunk.byteLength;
        onWrite?.();
      },
      close: () => void (seen.closed = true),
      abort: () => void (seen.aborted = true),
    });
  return { seen, target };
}

function ExportPanel({ target }: { target: () => WritableStream<Uint8Array> }) {
  const csv = useCsvExport();
  return (
    <section aria-label="Export" data-state={csv.status}>
      <button
        type="button"
        onClick={() => void csv.start({ query: defaultAuditQuery, columns, target: target() })}
      >
        Download CSV
      </button>
      <button type="button" onClick={csv.cancel} disabled={csv.status !== 'running'}>
        Cancel
      </button>
      <p role="status">{`${csv.status}: ${csv.rows} of ${csv.total ?? '?'} rows`}</p>
      {csv.error && <p role="alert">{csv.error.message}</p>}
      {csv.fileName && <p>{csv.fileName}</p>}
    </section>
  );
}

describe('useCsvExport', () => {
  it('goes from idle through running to done with progress', async () => {
    const { seen, target } = sinkRecorder();
    renderWithAudit(<ExportPanel target={target} />);
    expect(screen.getByRole('status').textContent).toBe('idle: 0 of ? rows');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(screen.getByRole('status').textContent).toMatch(/^running/);
    const { total } = await clientAs().list({ count: 1, offset: 0 });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`done: ${total} of ${total} rows`),
    );
    expect(screen.getByText(/^audit-log_start_.*\.csv$/)).toBeTruthy();
    expect(seen.closed).toBe(true);
    expect(seen.bytes).toBeGreaterThan(total * 20);
  });

  it('cancels a running export', async () => {
    server.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 600 });
    const { seen, target } = sinkRecorder();
    renderWithAudit(<ExportPanel target={target} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^running: [1-9]/));
    // The name is known while the export runs, so the UI can say what is being saved.
    expect(screen.getByText(/^audit-log_.*\.csv$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^cancelled/));
    expect(seen.aborted).toBe(true);
    expect(seen.closed).toBe(false);
  });

  it('shows an error as state', async () => {
    const { target } = sinkRecorder();
    renderWithAudit(<ExportPanel target={target} />, { client: clientAs(demoIdentities.tenantAViewer) });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/permission/i);
    expect(screen.getByRole('region', { name: 'Export' }).dataset.state).toBe('error');
  });

  it('cancels the export when the component goes away', async () => {
    // Unmounting on the first write, not when a poll notices it: on a loaded machine a poll came after the
    // last chunk, so the file was whole and there was nothing left to cancel.
    server.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 300 });
    let firstWrite!: () => void;
    const written = new Promise<void>((resolve) => (firstWrite = resolve));
    const { seen, target } = sinkRecorder(() => firstWrite());
    const { unmount } = renderWithAudit(<ExportPanel target={target} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await written;
    unmount();
    await waitFor(() => expect(seen.aborted).toBe(true));
    expect(seen.closed).toBe(false);
  });

  /**
   * An export started under a provider of `client`, once its first chunk is written, and a way to hand the
   * provider another client (a host's user switch) with the panel kept mounted.
   */
  async function exportUnder(client: AuditClient) {
    let firstWrite!: () => void;
    const written = new Promise<void>((resolve) => (firstWrite = resolve));
    const { seen, target } = sinkRecorder(() => firstWrite());
    const queryClient = testQueryClient();
    const host = (next: AuditClient) => (
      <AuditProvider client={next} queryClient={queryClient} retryPolicy={false}>
        <ExportPanel target={target} />
      </AuditProvider>
    );
    const view = render(host(client));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await written;
    return { seen, swapClient: (next: AuditClient) => view.rerender(host(next)) };
  }

  it('cancels a running export when another user’s client takes the provider’s place', async () => {
    // The file was asked for by the last user: it must not go on (with the next user's token, on a host's client
    // that reads the session) into a download the next user never asked for.
    server.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 300 });
    const { seen, swapClient } = await exportUnder(clientAs(demoIdentities.tenantAAdmin));
    swapClient(clientAs(demoIdentities.tenantBAdmin));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Export' }).dataset.state).toBe('cancelled'),
    );
    expect(seen.aborted).toBe(true);
    expect(seen.closed).toBe(false);
  });

  it('keeps a running export when the provider gets a new client of the same scope', async () => {
    server.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 100 });
    const ada = () => clientAs(demoIdentities.tenantAAdmin, { cacheScope: 'tenant:a|user:ada' });
    const { seen, swapClient } = await exportUnder(ada());
    swapClient(ada());
    await waitFor(() => expect(screen.getByRole('region', { name: 'Export' }).dataset.state).toBe('done'), {
      timeout: 15_000,
    });
    expect(seen.closed).toBe(true);
  });
});
