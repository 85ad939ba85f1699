import { http } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs, listsWithoutTotal, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// A list answer without `total` (the parser accepts one: some deployments leave it out of the legacy list) says
// nothing of how many events match. An export must then page until the events run out, not stop at the length of
// its one-event count request, and must not report a count it never had.

const eventsPerTenant = 650;
const server = setupMockBackend(eventsPerTenant);
const requests = recordRequests(server);
const columns = [{ name: 'frontegg_id', displayName: 'Id' }, ...exportColumns];

async function exportWith(options: Partial<DownloadAuditCsvOptions>) {
  const target = memoryTarget();
  const totals: (number | undefined)[] = [];
  const result = await downloadAuditCsv({
    client: clientAs(),
    query: defaultAuditQuery,
    columns,
    target: target.stream,
    format: 'csv-plain',
    onProgress: (progress) => void totals.push(progress.total),
    ...options,
  });
  return { result, text: target.text(), totals };
}

const csvIds = (text: string) =>
  Papa.parse<string[]>(text, { newline: '\r\n' })
    .data.slice(1)
    .filter((row) => row.length > 1)
    .map((row) => row[0]);

describe('an export when the list gives no total', () => {
  it('pages the CSV until the events run out: every event once, no count claimed', async () => {
    listsWithoutTotal(server);
    const { result, text, totals } = await exportWith({ strategy: 'paged' });
    expect(result).toMatchObject({ status: 'done', rows: eventsPerTenant, total: undefined });
    const ids = csvIds(text);
    expect(ids).toHaveLength(eventsPerTenant);
    expect(new Set(ids).size).toBe(eventsPerTenant);
    expect(totals.every((total) => total === undefined)).toBe(true);
  });

  it('pages JSON Lines until the events run out', async () => {
    listsWithoutTotal(server);
    const { result, text } = await exportWith({ format: 'jsonl' });
    expect(result).toMatchObject({ status: 'done', rows: eventsPerTenant, total: undefined });
    const ids = text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { frontegg_id: string }).frontegg_id);
    expect(new Set(ids).size).toBe(eventsPerTenant);
  });

  it('streams the CSV in one request and reports the rows without a total it never had', async () => {
    listsWithoutTotal(server);
    const { result, text, totals } = await exportWith({ strategy: 'stream' });
    expect(result).toMatchObject({ status: 'done', rows: eventsPerTenant, total: undefined });
    expect(new Set(csvIds(text)).size).toBe(eventsPerTenant);
    expect(totals.every((total) => total === undefined)).toBe(true);
  });

  it('fails a stream that ends early, whole rows and all, with export-ended-early, and saves nothing', async () => {
    listsWithoutTotal(server);
    // The one-stream export's answer ends cleanly after its header and 100 whole rows of the 650.
    server.use(
      http.post('*/audits/export/csv/v2', async ({ request }) => {
        const response = (await server.api.handle(request))!;
        const lines = (await response.text()).split('\r\n');
        return new Response(`${lines.slice(0, 101).join('\r\n')}\r\n`, { headers: response.headers });
      }),
    );
    const target = memoryTarget();
    const pending = downloadAuditCsv({
      client: clientAs(),
      query: defaultAuditQuery,
      columns,
      target: target.stream,
      strategy: 'stream',
    });
    await expect(pending).rejects.toMatchObject({
      kind: 'incomplete',
      code: 'export-ended-early',
      detail: { rows: 100, total: undefined },
    });
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  });

  it('asks one event more after a whole stream, to know it is whole', async () => {
    listsWithoutTotal(server);
    const { result } = await exportWith({ strategy: 'stream' });
    expect(result).toMatchObject({ status: 'done', rows: eventsPerTenant });
    // The stream's list (the legacy one): the newest event, which pins the snapshot, then one at the offset after
    // the last row, where none is.
    const lists = requests.filter((request) => request.method === 'GET');
    const after = lists.filter((request) => {
      const params = new URL(request.url).searchParams;
      return params.get('offset') === String(eventsPerTenant) && params.get('count') === '1';
    });
    expect(after).toHaveLength(1);
    expect(lists).toHaveLength(2);
  });

  it('knows an empty answer means nothing matches', async () => {
    listsWithoutTotal(server);
    const { result } = await exportWith({
      strategy: 'paged',
      query: { ...defaultAuditQuery, search: 'no event says this 7f3a9c' },
    });
    expect(result).toMatchObject({ status: 'done', rows: 0, total: 0 });
  });
});
