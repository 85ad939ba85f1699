// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { AuditProvider } from '../react/AuditProvider.tsx';
import { useAuditEvents } from '../react/useAuditEvents.ts';
import { useAuditStats } from '../react/useAuditStats.ts';
import { useCsvExport } from '../react/useCsvExport.ts';
import { useIpLocation } from '../react/useIpLocation.ts';
import { listClientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { testQueryClient } from '../test-utils/renderWithAudit.tsx';
import { requireAuditClient } from './requireAuditClient.ts';

setupMockBackend();
afterEach(cleanup);

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

const underListClient = (ui: ReactNode) =>
  render(
    <AuditProvider client={listClientAs()} queryClient={testQueryClient()} retryPolicy={false}>
      <Boundary>{ui}</Boundary>
    </AuditProvider>,
  );

function Count() {
  const { data } = useAuditEvents(defaultAuditQuery);
  return <p>{data ? `${data.total} events` : 'Loading'}</p>;
}

function Stats() {
  const { data } = useAuditStats();
  return <p>{data ? `${data.totalToday} today` : 'Loading'}</p>;
}

function Location({ open }: { open: boolean }) {
  const { data } = useIpLocation('203.0.113.7', { enabled: open });
  return <p>{data ? `In ${data.country_name ?? 'somewhere'}` : 'Location not asked'}</p>;
}

function Export() {
  const csv = useCsvExport();
  const target = new WritableStream<Uint8Array>();
  return (
    <>
      <button type="button" onClick={() => void csv.start({ query: defaultAuditQuery, columns: [], target })}>
        Download CSV
      </button>
      <p role="status">{csv.error?.message ?? csv.status}</p>
    </>
  );
}

describe('a list-only client under AuditProvider', () => {
  it('serves the list hooks', async () => {
    underListClient(<Count />);
    expect((await screen.findByText(/^\d+ events$/)).textContent).toMatch(/^[1-9]\d* events$/);
  });

  it('makes a hook that needs more say which client it needs, inside the host’s error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    underListClient(<Stats />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'useAuditStats needs a client from createAuditClient: this one has no `stats`',
    );
    vi.restoreAllMocks();
  });

  it('renders an IP location nobody has asked for yet, and names the client needed once it is asked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = underListClient(<Location open={false} />);
    expect(screen.getByText('Location not asked')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <AuditProvider client={listClientAs()} queryClient={testQueryClient()} retryPolicy={false}>
        <Boundary>
          <Location open />
        </Boundary>
      </AuditProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'useIpLocation needs a client from createAuditClient: this one has no `lookupIp`',
    );
    vi.restoreAllMocks();
  });

  it('fails an export with that message, not "exportCsv is not a function"', async () => {
    underListClient(<Export />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(
      (await screen.findByText(/needs a client from createAuditClient/, { selector: '[role="status"]' }))
        .textContent,
    ).toContain('useCsvExport needs a client from createAuditClient: this one has no `exportCsv`');
  });
});

describe('requireAuditClient', () => {
  it('passes a client that has the method and stops one that does not', () => {
    const client = listClientAs();
    expect(() => requireAuditClient(client, 'myPart', 'lookupIp')).toThrow(TypeError);
    const extended = { ...client, lookupIp: () => Promise.resolve({ ip: '1.1.1.1' }) };
    expect(requireAuditClient(extended, 'myPart', 'lookupIp')).toBe(extended);
  });
});
