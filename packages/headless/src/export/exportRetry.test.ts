import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AuditApiError } from '../client/AuditApiError.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs, countRequests, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { retryExportRequest } from './retryExportRequest.ts';

// A page, a count or the stream before its first byte that fails for a passing reason is asked for again; one
// failure no longer fails the whole export.

const server = setupMockBackend(900);
const requests = recordRequests(server);
const columns = [{ name: 'frontegg_id', displayName: 'Id' }, ...exportColumns];
const pagePath = '*/audits/resources/audits/v2/export/csv';

async function exportWith(options: Partial<DownloadAuditCsvOptions> = {}) {
  const target = memoryTarget();
  const result = await downloadAuditCsv({
    client: clientAs(),
    query: defaultAuditQuery,
    columns,
    target: target.stream,
    format: 'csv-plain',
    ...options,
  });
  return { result, target };
}

/** Answers `answer` for the request at `offset` the first `times` times it is asked, then lets it through. */
function failAt(path: string, offset: number, answer: () => Response, times = 1, method = http.post) {
  let left = times;
  server.use(
    method(path, ({ request }) => {
      if (new URL(request.url).searchParams.get('offset') !== String(offset) || left === 0) return undefined;
      left--;
      return answer();
    }),
  );
}

const asked = (path: string, offset?: number) => countRequests(requests, path, offset);

/** The ids of a CSV file whose first column is the id. */
const idsOf = (text: string) =>
  Papa.parse<string[]>(text, { newline: '\r\n' })
    .data.slice(1, -1)
    .map((row) => row[0]);

/** An answer whose body breaks off before its first byte. */
const breakingBody = () =>
  new HttpResponse(
    new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('connection reset')) }),
  );

const tooMany = () =>
  HttpResponse.json({ errors: ['Too many requests'] }, { status: 429, headers: { 'retry-after': '0' } });

describe('export retries', () => {
  it('retries a page answered 429 (Retry-After 0) and writes every row once', async () => {
    const reference = await exportWith({ strategy: 'paged' });
    requests.length = 0;
    failAt(pagePath, 398, tooMany);
    const { result, target } = await exportWith({ strategy: 'paged' });
    expect(result).toMatchObject({ status: 'done', rows: 900, total: 900 });
    expect(target.text()).toBe(reference.target.text());
    expect(new Set(idsOf(target.text())).size).toBe(900);
    expect(asked('/audits/resources/audits/v2/export/csv', 398)).toBe(2);
  });

  it('asks a page again only after its Retry-After, never sooner', async () => {
    const times: number[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (new URL(request.url).searchParams.get('offset') === '398') times.push(performance.now());
    };
    server.events.on('request:start', listener);
    failAt(pagePath, 398, () =>
      HttpResponse.json({ errors: ['Slow down'] }, { status: 429, headers: { 'retry-after': '2' } }),
    );
    const { result } = await exportWith({ strategy: 'paged' });
    server.events.removeListener('request:start', listener);
    expect(result).toMatchObject({ status: 'done', rows: 900 });
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1950);
  });

  it("fails at once with the server's answer when its Retry-After is long, rather than ask before it", async () => {
    server.api.setScenario({ status: { exportPaged: 429 }, retryAfterSeconds: 30 });
    const started = performance.now();
    const error = await exportWith({ strategy: 'paged' }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfter: 30 });
    // Every page asked once: none again before the 30 s the server said.
    const offsets = requests
      .filter((request) => new URL(request.url).pathname === '/audits/resources/audits/v2/export/csv')
      .map((request) => new URL(request.url).searchParams.get('offset'));
    expect(offsets.length).toBeGreaterThan(0);
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('retries a page answered 503 and one whose request failed on the network', async () => {
    failAt(pagePath, 199, () => HttpResponse.json({ errors: ['Unavailable'] }, { status: 503 }));
    failAt(pagePath, 597, () => HttpResponse.error());
    const { result, target } = await exportWith({ strategy: 'paged' });
    expect(result).toMatchObject({ status: 'done', rows: 900, total: 900 });
    expect(new Set(idsOf(target.text())).size).toBe(900);
    expect(asked('/audits/resources/audits/v2/export/csv', 199)).toBe(2);
    expect(asked('/audits/resources/audits/v2/export/csv', 597)).toBe(2);
  });

  it('retries a JSON Lines page and the count', async () => {
    failAt('*/audits/resources/audits/v2', 199, tooMany, 1, http.get);
    failAt('*/audits/resources/audits/v2', 0, tooMany, 1, http.get);
    const { result, target } = await exportWith({ format: 'jsonl' });
    expect(result).toMatchObject({ status: 'done', rows: 900, total: 900 });
    const ids = target
      .text()
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { frontegg_id: string }).frontegg_id);
    expect(new Set(ids).size).toBe(900);
    expect(ids).toHaveLength(900);
    expect(asked('/audits/resources/audits/v2', 199)).toBe(2);
  });

  it('retries the one stream when it fails before its first byte', async () => {
    let left = 1;
    server.use(
      http.post('*/audits/export/csv/v2', () =>
        left-- > 0 ? HttpResponse.json({ errors: ['Unavailable'] }, { status: 503 }) : undefined,
      ),
    );
    const { result } = await exportWith({ strategy: 'stream' });
    expect(result).toMatchObject({ status: 'done', rows: 900, total: 900 });
    expect(asked('/audits/export/csv/v2')).toBe(2);
  });

  it('does not retry a stream that breaks off mid-file: a clear error, the file aborted', async () => {
    server.api.setScenario({ exportStream: 'broken', exportBreakAfterRows: 600 });
    const target = memoryTarget();
    const pending = downloadAuditCsv({
      client: clientAs(),
      query: defaultAuditQuery,
      columns,
      target: target.stream,
    });
    await expect(pending).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringMatching(/^The export broke off after \d+ of 900 rows, so it was stopped\./),
    });
    expect(asked('/audits/export/csv/v2')).toBe(1);
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  });

  it('gives up after three retries with the last error, and never retries a 400', async () => {
    failAt(pagePath, 398, tooMany, Infinity);
    await expect(exportWith({ strategy: 'paged' })).rejects.toMatchObject({ kind: 'http', status: 429 });
    expect(asked('/audits/resources/audits/v2/export/csv', 398)).toBe(4);
    server.resetHandlers();
    requests.length = 0;
    failAt(pagePath, 398, () => HttpResponse.json({ errors: ['Bad'] }, { status: 400 }));
    await expect(exportWith({ strategy: 'paged' })).rejects.toMatchObject({ kind: 'http', status: 400 });
    expect(asked('/audits/resources/audits/v2/export/csv', 398)).toBe(1);
  });

  it('cancels at once while waiting out a Retry-After', async () => {
    const controller = new AbortController();
    failAt(
      pagePath,
      398,
      () => {
        setTimeout(() => controller.abort(), 50);
        return HttpResponse.json({ errors: ['Slow down'] }, { status: 429, headers: { 'retry-after': '5' } });
      },
      Infinity,
    );
    const started = performance.now();
    const { result, target } = await exportWith({ strategy: 'paged', signal: controller.signal });
    expect(result.status).toBe('cancelled');
    // Well short of the 5 s the server asked to wait, with room for two busy cores.
    expect(performance.now() - started).toBeLessThan(4000);
    expect(asked('/audits/resources/audits/v2/export/csv', 398)).toBe(1);
    expect(target.state.aborted).toBeTruthy();
  });

  // Each gives up after its three retries, 0.5 s, 1 s and 2 s apart.
  it('codes a stream that breaks off before its first row, every time, export-start-broke-off', async () => {
    server.use(http.post('*/audits/export/csv/v2', breakingBody));
    await expect(exportWith({ strategy: 'stream' })).rejects.toMatchObject({
      kind: 'network',
      code: 'export-start-broke-off',
    });
    expect(asked('/audits/export/csv/v2')).toBe(4);
  });

  it('codes a page that breaks off, every time, export-page-broke-off with its offset', async () => {
    failAt(pagePath, 398, breakingBody, Infinity);
    await expect(exportWith({ strategy: 'paged' })).rejects.toMatchObject({
      kind: 'network',
      code: 'export-page-broke-off',
      detail: { offset: 398 },
    });
    expect(asked('/audits/resources/audits/v2/export/csv', 398)).toBe(4);
  });

  it('codes a wait cut short by a cancel cancelled', async () => {
    const controller = new AbortController();
    const unavailable = new AuditApiError('Unavailable', { kind: 'http', status: 503, retryAfter: 3 });
    const pending = retryExportRequest(() => Promise.reject(unavailable), controller.signal);
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', code: 'cancelled' });
  });
});
