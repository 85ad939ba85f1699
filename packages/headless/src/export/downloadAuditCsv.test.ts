import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { AuditApiError } from '../client/AuditApiError.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { clientAs, demoIdentities, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import {
  downloadAuditCsv,
  type CsvExportProgress,
  type DownloadAuditCsvOptions,
} from './downloadAuditCsv.ts';
import { downloadAuditCsv as downloadOnDemand } from './downloadAuditCsvOnDemand.ts';
import { exportFileName } from './exportFileName.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { isFormulaCell } from './formulaCell.ts';
import { spreadsheetValue } from '../test-utils/spreadsheetValue.ts';

const server = setupMockBackend(900);
const requests = recordRequests(server);
const now = new Date();
const columns = exportColumns;

async function exportWith(options: Partial<DownloadAuditCsvOptions> = {}) {
  const target = memoryTarget();
  const progress: CsvExportProgress[] = [];
  const result = await downloadAuditCsv({
    client: clientAs(),
    query: defaultAuditQuery,
    columns,
    target: target.stream,
    now,
    onProgress: (step) => progress.push(step),
    ...options,
  });
  return { result, target, progress };
}

/** The server's own stream for the same export, fetched directly. */
async function serverStream(query: AuditQuery = defaultAuditQuery) {
  const response = await clientAs().exportCsv({
    properties: columns,
    sortBy: query.sort.column,
    sortDirection: query.sort.direction,
    createdTo: now.toISOString(),
    ...(Object.keys(query.filters).length > 0 && { filters: query.filters }),
  });
  return new Uint8Array(await new Response(response).arrayBuffer());
}

const rowsOf = (text: string) =>
  Papa.parse<string[]>(text, { newline: '\r\n', delimiter: ',' }).data.slice(0, -1);

describe('downloadAuditCsv', () => {
  it('streams every matching event, byte for byte the server stream, as plain CSV', async () => {
    const { result, target, progress } = await exportWith({ format: 'csv-plain' });
    const { total } = await clientAs().list({ count: 1, offset: 0, createdTo: now.toISOString() });
    expect(result).toMatchObject({ status: 'done', rows: total, total });
    expect(target.bytes()).toEqual(await serverStream());
    expect(result.bytes).toBe(target.bytes().byteLength);
    expect(target.state.closed).toBe(true);
    expect(progress[0]).toEqual({ rows: 0, bytes: 0, total, fileName: result.fileName, unapplied: [] });
    expect(progress.at(-1)).toMatchObject({ rows: total, total });
    expect(progress.map((step) => step.rows)).toEqual(
      [...progress.map((step) => step.rows)].sort((a, b) => a - b),
    );
  });

  it('pins the snapshot: the range ends at the start time on the count and the export (legacy createdAt JSON)', async () => {
    await exportWith({ query: { ...defaultAuditQuery, time: { preset: '30d' } } });
    const sent = requests.map((request) => new URL(request.url));
    expect(sent.map((url) => url.pathname)).toEqual(['/audits', '/audits/export/csv/v2']);
    for (const { searchParams } of sent) {
      // Strict bounds one millisecond outside the inclusive range [now - 30d, now].
      expect(JSON.parse(searchParams.get('createdAt')!)).toEqual({
        $gt: new Date(now.getTime() - 30 * 86_400_000 - 1).toISOString(),
        $lt: new Date(now.getTime() + 1).toISOString(),
      });
      expect(searchParams.has('created_to')).toBe(false);
    }
    expect(sent[0]!.searchParams.get('count')).toBe('1');
    // The stream sends no count, as Frontegg's portal does (redux-store's exportAuditsCsv: offset 0, no count).
    expect(sent[1]!.searchParams.has('count')).toBe(false);
    expect(sent[1]!.searchParams.get('offset')).toBe('0');
  });

  it('pins the snapshot of a zone-less custom end (UTC) in the future to the start time', async () => {
    const future = new Date(now.getTime() + 86_400_000).toISOString().replace('T', ' ').replace('Z', '');
    await exportWith({ query: { ...defaultAuditQuery, time: { to: future } }, strategy: 'paged' });
    const pages = requests
      .map((request) => new URL(request.url))
      .filter((url) => url.pathname.endsWith('/export/csv'));
    expect(pages.length).toBeGreaterThan(0);
    for (const { searchParams } of pages) expect(searchParams.get('created_to')).toBe(now.toISOString());
  });

  it('neutralises formula cells by default and changes no other value', async () => {
    const { target } = await exportWith({ byteOrderMark: false, timeColumns: [] });
    const raw = rowsOf(new TextDecoder().decode(await serverStream()));
    const safe = rowsOf(target.text());
    expect(safe).toHaveLength(raw.length);
    let neutralised = 0;
    safe.forEach((row, r) =>
      row.forEach((value, c) => {
        const original = raw[r]![c]!;
        if (isFormulaCell(original)) neutralised++;
        // The mock's `\r=cr-led formula` is `'\r'=cr-led formula`: read on `;`, its second line is a formula.
        expect(value).toBe(spreadsheetValue(original, ',', { first: c === 0, last: c === row.length - 1 }));
      }),
    );
    expect(neutralised).toBeGreaterThan(0);
  });

  it('pages through v2 export 200 at a time with the header once, equal to the one stream', async () => {
    const { result, target } = await exportWith({ strategy: 'paged', format: 'csv-plain' });
    expect(target.bytes()).toEqual(await serverStream());
    const pages = requests.filter((request) => request.url.includes('/v2/export/csv'));
    // Each page after the first starts with the last row of the one before: 199 new rows a page.
    expect(pages).toHaveLength(1 + Math.ceil((result.total! - 200) / 199));
    expect(pages.map((request) => new URL(request.url).searchParams.get('offset'))).toEqual(
      pages.map((_, index) => String(index * 199)),
    );
    expect(pages.every((request) => new URL(request.url).searchParams.get('count') === '200')).toBe(true);
    // The event id is asked for as an extra last column, to join the pages by event, and is not in the file.
    const asked = (await pages[0]!.json()) as { properties: { name: string }[] };
    expect(asked.properties.map((property) => property.name)).toEqual([
      ...columns.map((column) => column.name),
      'frontegg_id',
    ]);
    expect(target.text().match(/Time,User,Action,Description,Severity\r\n/g)).toHaveLength(1);
  });

  it('reports a short page in the middle of a paged export as an error', async () => {
    server.use(
      http.post('*/audits/resources/audits/v2/export/csv', ({ request }) =>
        new URL(request.url).searchParams.get('offset') === '199' ? new HttpResponse('Time\r\n') : undefined,
      ),
    );
    const target = memoryTarget();
    const pending = downloadAuditCsv({
      client: clientAs(),
      query: defaultAuditQuery,
      columns,
      strategy: 'paged',
      target: target.stream,
    });
    await expect(pending).rejects.toThrow(/^The export ended after 200 of \d+ rows\.$/);
    expect(target.state.aborted).toBeTruthy();
  });

  it('codes an export that ends short export-ended-early, with the rows written and the rows expected', async () => {
    server.use(
      http.post(
        '*/audits/export/csv/v2',
        () => new HttpResponse('Time\r\n2026-01-01T00:00:00Z\r\n', { status: 201 }),
      ),
    );
    const { total } = await clientAs().list({ count: 1, offset: 0, createdTo: now.toISOString() });
    const pending = exportWith();
    await expect(pending).rejects.toMatchObject({
      kind: 'incomplete',
      code: 'export-ended-early',
      detail: { rows: 1, total },
    });
  });

  it('codes a stream that breaks off mid-file export-broke-off, with the rows written and the rows expected', async () => {
    server.api.setScenario({ exportStream: 'broken', exportBreakAfterRows: 600 });
    const { total } = await clientAs().list({ count: 1, offset: 0, createdTo: now.toISOString() });
    const error = await exportWith().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'network', code: 'export-broke-off', detail: { total } });
    const { rows } = (error as AuditApiError).detail!;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(600);
    expect((error as AuditApiError).message).toContain(`after ${rows} of ${total} rows`);
  });

  it('exports only what matches the filters, sorted as asked', async () => {
    const query: AuditQuery = {
      ...defaultAuditQuery,
      filters: { severity: ['Critical'] },
      sort: { column: 'createdAt', direction: 'asc' },
    };
    const { result, target } = await exportWith({ query, format: 'csv-plain' });
    const rows = rowsOf(target.text()).slice(1);
    expect(rows).toHaveLength(result.total!);
    expect(rows.every((row) => row[4] === 'Critical')).toBe(true);
    expect(rows.map((row) => row[0])).toEqual(rows.map((row) => row[0]).sort());
    expect(target.bytes()).toEqual(await serverStream(query));
  });

  it('writes a header-only file for no matches', async () => {
    const { result, target } = await exportWith({
      query: { ...defaultAuditQuery, search: 'no such thing anywhere' },
    });
    expect(result).toMatchObject({ status: 'done', rows: 0, total: 0 });
    expect([...target.bytes().slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(target.text()).toBe('Time (UTC),UTC offset (Time),User,Action,Description,Severity\r\n');
  });

  it('reports a stream that breaks off as an error and aborts the file', async () => {
    // Past the first chunk, so the break comes mid-file (a break before the first byte is retried instead).
    server.api.setScenario({ exportStream: 'broken', exportBreakAfterRows: 600 });
    const target = memoryTarget();
    const pending = downloadAuditCsv({
      client: clientAs(),
      query: defaultAuditQuery,
      columns,
      target: target.stream,
    });
    await expect(pending).rejects.toMatchObject({ name: 'AuditApiError', kind: 'network' });
    expect(target.state.aborted).toBeInstanceOf(AuditApiError);
    expect(target.state.closed).toBe(false);
  });

  it('never truncates silently: fewer rows than expected is an error', async () => {
    server.use(
      http.post(
        '*/audits/export/csv/v2',
        () => new HttpResponse('Time\r\n2026-01-01T00:00:00Z\r\n', { status: 201 }),
      ),
    );
    const target = memoryTarget();
    const pending = downloadAuditCsv({
      client: clientAs(),
      query: defaultAuditQuery,
      columns,
      target: target.stream,
    });
    await expect(pending).rejects.toThrow(/^The export ended after 1 of \d+ rows\.$/);
    await expect(pending).rejects.toMatchObject({ kind: 'incomplete' });
    expect(target.state.aborted).toBeTruthy();
  });

  it('fails before writing anything without permission', async () => {
    const target = memoryTarget();
    const pending = downloadAuditCsv({
      client: clientAs(demoIdentities.tenantAViewer),
      query: defaultAuditQuery,
      columns,
      target: target.stream,
    });
    await expect(pending).rejects.toMatchObject({ kind: 'http', status: 403 });
    expect(target.bytes()).toHaveLength(0);
    expect(target.state.aborted).toBeTruthy();
  });

  it('cancels mid-way: resolves cancelled and aborts the file', async () => {
    server.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 30 });
    const controller = new AbortController();
    const target = memoryTarget();
    const result = await downloadAuditCsv({
      client: clientAs(),
      query: defaultAuditQuery,
      columns,
      target: target.stream,
      signal: controller.signal,
      onProgress: ({ rows }) => {
        if (rows > 0) controller.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    expect(result.rows).toBeGreaterThan(0);
    expect(result.rows).toBeLessThan(result.total!);
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  });

  it('collects Blob parts and hands the file to the saver on the blob path', async () => {
    const saveBlob = vi.fn();
    const { result } = await exportWith({ target: 'blob', saveBlob, format: 'csv-plain' });
    expect(saveBlob).toHaveBeenCalledWith(result.blob, result.fileName);
    expect(new Uint8Array(await result.blob!.arrayBuffer())).toEqual(await serverStream());
    expect(result.blob!.type).toBe('text/csv;charset=utf-8');
  });

  it('names the file after tenant and range, safe characters only', async () => {
    const { result } = await exportWith({ tenantLabel: 'Acme Corp/../x' });
    // The caller's snapshot time (`now`) is the file's end.
    expect(result.fileName).toMatch(/^audit-log_Acme-Corp-x_start_\d{4}-\d\d-\d\dT\d{4}Z_UTC\.csv$/);
    expect(exportFileName({ from: '2026-11-19T01:05:00Z', to: '2026-11-26T01:05:59Z' })).toBe(
      'audit-log_2026-11-19T0105Z_2026-11-26T0105Z_UTC.csv',
    );
    expect(
      exportFileName({
        to: '2026-11-26T01:05:59Z',
        timeZone: 'America/Argentina/Buenos_Aires',
        extension: 'jsonl',
      }),
    ).toBe('audit-log_start_2026-11-26T0105Z_America-Argentina-Buenos_Aires.jsonl');
    expect(exportFileName({ to: '2026-11-26T01:05:59Z', timeZone: 'Etc/GMT+5' })).toBe(
      'audit-log_start_2026-11-26T0105Z_Etc-GMTplus5.csv',
    );
    expect(exportFileName({ tenant: 'acme', takenAt: '2026-11-26T01:05:59Z' })).toBe(
      'audit-log_acme_start_taken-2026-11-26T0105Z_UTC.csv',
    );
  });

  it('leaves the tenant out of the name when told there is none to name, rather than a placeholder word', async () => {
    const { result } = await exportWith({ tenantLabel: '' });
    expect(result.fileName).toMatch(/^audit-log_start_\d{4}-\d\d-\d\dT\d{4}Z_UTC\.csv$/);
    expect(exportFileName({ tenant: '', from: '2026-11-19T01:05:00Z', to: '2026-11-26T01:05:59Z' })).toBe(
      'audit-log_2026-11-19T0105Z_2026-11-26T0105Z_UTC.csv',
    );
  });

  it('names a range that ends in the future for when the export was taken, not for its end', async () => {
    const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const stamp = (time: number) => new Date(time).toISOString().slice(0, 16).replace(':', '') + 'Z';
    const before = Date.now();
    // No `now`: the export takes its own, as a click in the UI does.
    const { result } = await exportWith({
      now: undefined,
      query: { ...defaultAuditQuery, time: { from, to } },
    });
    const after = Date.now();
    expect(result.status).toBe('done');
    // The file holds nothing after the moment it was taken: weeks ahead are not named as covered.
    expect(result.fileName).not.toContain(stamp(Date.parse(to)));
    const taken = /_taken-(\d{4}-\d\d-\d\dT\d{4}Z)_UTC\.csv$/.exec(result.fileName)?.[1];
    expect([stamp(before), stamp(after)]).toContain(taken);
    expect(result.fileName.startsWith(`audit-log_${stamp(Date.parse(from))}_taken-`)).toBe(true);
  });

  it('explains, before downloading, that Node has no document to save a Blob in', async () => {
    await expect(downloadAuditCsv({ client: clientAs(), query: defaultAuditQuery, columns })).rejects.toThrow(
      /pass `target` as a WritableStream/,
    );
    expect(requests).toHaveLength(0);
  });

  it('explains a missing column list', async () => {
    await expect(
      downloadAuditCsv({
        client: clientAs(),
        query: defaultAuditQuery,
        columns: [],
        target: memoryTarget().stream,
      }),
    ).rejects.toThrow(/at least one column/);
  });

  it('refuses an unknown format from either entry point, before a request (the root one before the engine loads)', async () => {
    for (const download of [downloadAuditCsv, downloadOnDemand]) {
      const target = memoryTarget();
      await expect(
        download({
          client: clientAs(),
          query: defaultAuditQuery,
          columns,
          target: target.stream,
          format: 'xlsx' as never,
        }),
      ).rejects.toThrow(new TypeError('[auditkit] Unknown export format "xlsx".'));
      expect(target.text()).toBe('');
    }
    expect(requests).toHaveLength(0);
  });
});
