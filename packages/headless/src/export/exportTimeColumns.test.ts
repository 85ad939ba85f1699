import { createMockAuditApi } from '@auditkit/mock-api';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs } from '../test-utils/mockBackend.ts';
import { downloadAuditCsv } from './downloadAuditCsv.ts';
import { exportTimeColumns } from './exportTimeColumns.ts';

// A custom UI exports the columns `useAuditColumns` gave it, a vendor's own Timestamp column among them, in the
// user's zone, without working out `timeColumns` itself as `<AuditLog>` does.

/** When every event's user last logged in, as Frontegg writes times (UTC without a zone). */
const lastLogin = '2026-01-15 08:00:00.000';

/**
 * A client on a small mock whose export answers a `lastLogin` for every event (the mock has no such field): Frontegg's
 * text by default, or epoch milliseconds (a number in the list, its digits in the CSV).
 */
function clientWithLastLogin(sent: string | number = lastLogin): AuditClient {
  const api = createMockAuditApi({ seed: 7, eventsPerTenant: 20, now: '2026-02-01T00:00:00Z' });
  return clientAs(undefined, {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const response = (await api.handle(request)) ?? new Response('not the API', { status: 404 });
      if (request.method === 'GET' && response.ok) {
        // A list page (JSON Lines reads the list): every event gets the field.
        const body = (await response.json()) as { data?: Record<string, unknown>[] };
        for (const event of body.data ?? []) event.lastLogin = sent;
        return Response.json(body, { headers: response.headers });
      }
      if (!(request.method === 'POST' && url.pathname.includes('/export'))) return response;
      const rows = Papa.parse<string[]>(await response.text(), {
        newline: '\r\n',
        skipEmptyLines: true,
      }).data;
      const filled = rows.map((row, index) => (index === 0 ? row : [row[0]!, String(sent), ...row.slice(2)]));
      return new Response(`${Papa.unparse(filled, { newline: '\r\n' })}\r\n`, { headers: response.headers });
    },
  });
}

const column = (name: string, displayName: string, type: string): AuditColumn => ({
  name,
  displayName,
  type,
  sortable: true,
  filterable: true,
  showInTable: true,
  showInMoreInfo: false,
});

const columns = [
  column('createdAt', 'Time', 'Timestamp'),
  column('lastLogin', 'Last login', 'Timestamp'),
  column('action', 'Action', 'AlphaNumeric'),
];

/** The lines of a JSON Lines file a memory target got, parsed. */
const jsonLines = <Line>(target: ReturnType<typeof memoryTarget>) =>
  target
    .text()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);

describe('exportTimeColumns', () => {
  it('names createdAt and every Timestamp column once, as the export does by default', () => {
    expect(exportTimeColumns(columns)).toEqual(['createdAt', 'lastLogin']);
    expect(exportTimeColumns([{ name: 'action' }])).toEqual(['createdAt']);
  });

  it('names a hidden Timestamp field for JSON Lines, whose lines hold every field', async () => {
    const target = memoryTarget();
    await downloadAuditCsv({
      client: clientWithLastLogin(),
      query: defaultAuditQuery,
      // The visible columns only, as `<ExportButton>` asks: lastLogin is hidden but in every line.
      columns: [columns[0]!, columns[2]!],
      timeColumns: exportTimeColumns(columns),
      format: 'jsonl',
      timeZone: 'Europe/Paris',
      target: target.stream,
    });
    const lines = jsonLines<{ lastLogin: string }>(target);
    expect(lines).toHaveLength(20);
    for (const { lastLogin } of lines) expect(lastLogin).toBe('2026-01-15T09:00:00.000+01:00');
  });
});

describe('an export given columns with their types and a zone, without timeColumns', () => {
  it('writes every Timestamp column in the zone, not only createdAt', async () => {
    const target = memoryTarget();
    const result = await downloadAuditCsv({
      client: clientWithLastLogin(),
      query: defaultAuditQuery,
      // Written by hand, as a custom UI may: an export property takes the column's type.
      columns: [
        { name: 'createdAt', displayName: 'Time', type: 'Timestamp' },
        { name: 'lastLogin', displayName: 'Last login', type: 'Timestamp' },
        { name: 'action', displayName: 'Action' },
      ],
      timeZone: 'Europe/Paris',
      target: target.stream,
      byteOrderMark: false,
    });
    expect(result).toMatchObject({ status: 'done', rows: 20 });
    const [header, ...rows] = Papa.parse<string[]>(target.text(), {
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual([
      'Time (Europe/Paris)',
      'UTC offset (Time)',
      'Last login (Europe/Paris)',
      'UTC offset (Last login)',
      'Action',
    ]);
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      expect(row[1]).toMatch(/^UTC\+0[12]:00$/);
      expect(row.slice(2, 4)).toEqual(['2026-01-15T09:00:00.000', 'UTC+01:00']);
    }
  });

  it('writes the Timestamp fields of JSON Lines with the zone’s offset', async () => {
    const target = memoryTarget();
    await downloadAuditCsv({
      client: clientWithLastLogin(),
      query: defaultAuditQuery,
      columns,
      format: 'jsonl',
      timeZone: 'Europe/Paris',
      target: target.stream,
    });
    const lines = jsonLines<{ createdAt: string; lastLogin: string }>(target);
    expect(lines).toHaveLength(20);
    for (const { createdAt, lastLogin } of lines) {
      expect(createdAt).toMatch(/\+0[12]:00$/);
      expect(lastLogin).toBe('2026-01-15T09:00:00.000+01:00');
    }
  });

  it('writes a Timestamp column sent as epoch milliseconds as a time too, as the table shows it', async () => {
    const sent = Date.UTC(2026, 0, 15, 8);
    const csv = memoryTarget();
    await downloadAuditCsv({
      client: clientWithLastLogin(sent),
      query: defaultAuditQuery,
      columns,
      timeZone: 'Europe/Paris',
      target: csv.stream,
      byteOrderMark: false,
    });
    const [, ...rows] = Papa.parse<string[]>(csv.text(), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row.slice(2, 4)).toEqual(['2026-01-15T09:00:00.000', 'UTC+01:00']);
    const jsonl = memoryTarget();
    await downloadAuditCsv({
      client: clientWithLastLogin(sent),
      query: defaultAuditQuery,
      columns,
      format: 'jsonl',
      timeZone: 'Europe/Paris',
      target: jsonl.stream,
    });
    const lines = jsonLines<{ lastLogin: unknown }>(jsonl);
    expect(lines).toHaveLength(20);
    for (const line of lines) expect(line.lastLogin).toBe('2026-01-15T09:00:00.000+01:00');
  });

  it('still writes only the columns it is told when given timeColumns', async () => {
    const target = memoryTarget();
    await downloadAuditCsv({
      client: clientWithLastLogin(),
      query: defaultAuditQuery,
      columns,
      timeZone: 'Europe/Paris',
      timeColumns: ['createdAt'],
      target: target.stream,
      byteOrderMark: false,
    });
    const [header, first] = Papa.parse<string[]>(target.text(), { newline: '\r\n' }).data;
    expect(header).toEqual(['Time (Europe/Paris)', 'UTC offset (Time)', 'Last login', 'Action']);
    expect(first![2]).toBe(lastLogin);
  });
});

describe('the offset column after each time column', () => {
  const headerOf = async (options: Partial<Parameters<typeof downloadAuditCsv>[0]> = {}) => {
    const target = memoryTarget();
    await downloadAuditCsv({
      client: clientWithLastLogin(),
      query: defaultAuditQuery,
      columns,
      timeZone: 'Europe/Berlin',
      target: target.stream,
      byteOrderMark: false,
      ...options,
    });
    const delimiter = options.format === 'csv-semicolon' ? ';' : ',';
    return Papa.parse<string[]>(target.text(), { newline: '\r\n', delimiter }).data[0]!;
  };

  it('is named after its time column, so two time columns never share a header', async () => {
    // A repeated header is renamed by a spreadsheet (`UTC offset2`) and lost by a script that reads by name.
    for (const format of ['csv', 'csv-semicolon'] as const) {
      const header = await headerOf({ format });
      expect(header.slice(0, 4)).toEqual([
        'Time (Europe/Berlin)',
        'UTC offset (Time)',
        'Last login (Europe/Berlin)',
        'UTC offset (Last login)',
      ]);
      expect(new Set(header).size).toBe(header.length);
    }
  });

  it('is in the words given, the file’s language', async () => {
    const header = await headerOf({
      columns: [column('createdAt', 'Zeit', 'Timestamp'), column('lastLogin', 'Zuletzt', 'Timestamp')],
      offsetHeader: (title) => `UTC-Abweichung (${title})`,
    });
    expect(header).toEqual([
      'Zeit (Europe/Berlin)',
      'UTC-Abweichung (Zeit)',
      'Zuletzt (Europe/Berlin)',
      'UTC-Abweichung (Zuletzt)',
    ]);
  });
});
