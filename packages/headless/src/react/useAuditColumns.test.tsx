// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditColumns } from './useAuditColumns.ts';
import { useAuditEvents } from './useAuditEvents.ts';
import { useAuditStats } from './useAuditStats.ts';
import { useCreateAudit } from './useCreateAudit.ts';
import { useIpLocation } from './useIpLocation.ts';

const server = setupMockBackend();
const requests = recordRequests(server);
afterEach(cleanup);

function ColumnHeaders() {
  const { data: columns, error } = useAuditColumns();
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <table aria-label="Events">
      <thead>
        <tr>
          {columns
            ?.filter((column) => column.showInTable)
            .map((column) => (
              <th key={column.name}>{column.displayName}</th>
            ))}
        </tr>
      </thead>
    </table>
  );
}

const headers = () => screen.queryAllByRole('columnheader').map((cell) => cell.textContent);

describe('useAuditColumns', () => {
  it("reads the tenant's column metadata", async () => {
    const served = await clientAs().columns();
    renderWithAudit(<ColumnHeaders />);
    await waitFor(() => expect(headers().length).toBeGreaterThan(0));
    expect(headers()).toEqual(
      served.filter((column) => column.showInTable).map((column) => column.displayName),
    );
    expect(headers().slice(0, 5)).toEqual(['Time', 'User', 'Action', 'Description', 'IP Address']);
  });

  it("falls back to Frontegg's default set when the endpoint is missing", async () => {
    server.use(http.get('*/metadata', () => HttpResponse.json({ errors: ['Not found'] }, { status: 404 })));
    renderWithAudit(<ColumnHeaders />);
    await waitFor(() =>
      expect(headers()).toEqual(
        defaultAuditColumns.filter((column) => column.showInTable).map((column) => column.displayName),
      ),
    );
  });

  it('shows other failures as errors', async () => {
    server.api.setScenario({ status: { metadata: 500 } });
    renderWithAudit(<ColumnHeaders />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/500|error/i);
  });
});

describe('useCreateAudit and useAuditStats', () => {
  function Recorder() {
    const create = useCreateAudit();
    const { data } = useAuditEvents(defaultAuditQuery);
    const stats = useAuditStats();
    return (
      <>
        <button
          type="button"
          onClick={() => create.mutate({ severity: 'Critical', action: 'Rotated API key' })}
        >
          Record event
        </button>
        <p role="status">
          {stats.data ? `${stats.data.totalToday} today, ${stats.data.severeThisWeek} severe` : ''}
        </p>
        <ol aria-label="Events">
          {data?.data.map((event) => (
            <li key={event.frontegg_id}>{event.action}</li>
          ))}
        </ol>
      </>
    );
  }

  it('records an event and refreshes the list and stats', async () => {
    renderWithAudit(<Recorder />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(20));
    const before = screen.getByRole('status').textContent!;
    const [today, severe] = before.match(/\d+/g)!.map(Number);
    fireEvent.click(screen.getByRole('button', { name: 'Record event' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]!.textContent).toBe('Rotated API key'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`${today! + 1} today, ${severe! + 1} severe`),
    );
  });
});

// <AuditLog client userId> reads the host's client under a scope of its own per user (`<scope>|user:…`): an event
// recorded through the host's client refreshes that log too, as it did before the log scoped its cache.
describe('useCreateAudit beside a log scoped per user', () => {
  function ScopedList({ client }: { client: AuditClient }) {
    const { data } = useAuditEvents(defaultAuditQuery, { client });
    return (
      <ol aria-label="Events">
        {data?.data.map((event) => (
          <li key={event.frontegg_id}>{event.action}</li>
        ))}
      </ol>
    );
  }
  function Recorder() {
    const create = useCreateAudit();
    return (
      <button type="button" onClick={() => create.mutate({ severity: 'Info', action: 'Rotated API key' })}>
        Record event
      </button>
    );
  }

  it('refreshes the scoped log after recording an event', async () => {
    const client = clientAs();
    const scoped: AuditClient = { ...client, cacheScope: `${client.cacheScope}|user:u1` };
    renderWithAudit(
      <>
        <Recorder />
        <ScopedList client={scoped} />
      </>,
      { client },
    );
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(20));
    fireEvent.click(screen.getByRole('button', { name: 'Record event' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]!.textContent).toBe('Rotated API key'));
  });
});

describe('useIpLocation', () => {
  function IpCell({ ip }: { ip: string }) {
    const [open, setOpen] = useState(false);
    const { data } = useIpLocation(ip, { enabled: open });
    return (
      <button type="button" aria-expanded={open} onClick={() => setOpen(true)}>
        {data ? `${ip} (${data.country_name ?? 'unknown'})` : ip}
      </button>
    );
  }

  it('asks only when the user opens it, once per IP', async () => {
    renderWithAudit(
      <>
        <IpCell ip="81.2.69.142" />
        <IpCell ip="81.2.69.142" />
      </>,
    );
    const lookups = () => requests.filter((request) => request.url.includes('/metadata/ip/'));
    expect(lookups()).toHaveLength(0);
    act(() => screen.getAllByRole('button')[0]!.click());
    await waitFor(() =>
      expect(screen.getAllByRole('button')[0]!.textContent).toMatch(/^81\.2\.69\.142 \(.+\)$/),
    );
    act(() => screen.getAllByRole('button')[1]!.click());
    await waitFor(() => expect(screen.getAllByRole('button')[1]!.textContent).toMatch(/\(/));
    expect(lookups()).toHaveLength(1);
  });
});
