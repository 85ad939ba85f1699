import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs, countRequests, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// A request that never answers, or a stream that goes silent, left "200 of 1,000 rows" and Cancel on screen for
// ever: only the lists had a time limit. Now each page and the stream's silences are held to the client's timeoutMs.

const server = setupMockBackend(900);
const requests = recordRequests(server);
const columns = [{ name: 'frontegg_id', displayName: 'Id' }, ...exportColumns];
const pagePath = '/audits/resources/audits/v2/export/csv';
const streamPath = '/audits/export/csv/v2';

/** An export with the client's `timeoutMs`, settled, or 'still running' after `limitMs`. */
async function exportWithin(
  timeoutMs: number,
  limitMs: number,
  options: Partial<DownloadAuditCsvOptions> = {},
) {
  const target = memoryTarget();
  const started = performance.now();
  const pending = downloadAuditCsv({
    client: clientAs(undefined, { timeoutMs }),
    query: defaultAuditQuery,
    columns,
    target: target.stream,
    format: 'csv-plain',
    ...options,
  }).then(
    (result) => ({ settled: 'resolved' as const, result }),
    (error: unknown) => ({ settled: 'rejected' as const, error }),
  );
  const running = new Promise<{ settled: 'still running' }>((resolve) =>
    setTimeout(() => resolve({ settled: 'still running' }), limitMs),
  );
  const outcome = await Promise.race([pending, running]);
  return { ...outcome, target, seconds: (performance.now() - started) / 1000 };
}

const asked = (path: string, offset?: number) => countRequests(requests, path, offset);

/** A request that is never answered (as a proxy holding the connection open). */
const never = () => new Promise<Response>(() => undefined);

/** The page at `offset` never answers the first `times` times it is asked; then it is let through. */
function stallPageAt(offset: number, times: number) {
  let left = times;
  server.use(
    http.post(`*${pagePath}`, ({ request }) => {
      if (new URL(request.url).searchParams.get('offset') !== String(offset) || left === 0) return undefined;
      left--;
      return never();
    }),
  );
}

describe('an export whose request stalls', () => {
  it('asks a page that never answers again after timeoutMs, and writes every row once', async () => {
    stallPageAt(199, 1);
    const outcome = await exportWithin(1000, 10_000, { strategy: 'paged' });
    expect(outcome).toMatchObject({ settled: 'resolved', result: { status: 'done', rows: 900, total: 900 } });
    const ids = Papa.parse<string[]>(outcome.target.text(), { newline: '\r\n' })
      .data.slice(1, -1)
      .map((row) => row[0]);
    expect(ids).toHaveLength(900);
    expect(new Set(ids).size).toBe(900);
    expect(asked(pagePath, 199)).toBe(2);
  });

  it('fails as unreachable, naming the page, when the page never answers, after its retries', async () => {
    stallPageAt(199, Infinity);
    // Four attempts of 0.5 s, and the waits of 0.5 s, 1 s and 2 s between them.
    const outcome = await exportWithin(500, 10_000, { strategy: 'paged' });
    expect(outcome).toMatchObject({
      settled: 'rejected',
      error: { kind: 'network', code: 'unreachable', detail: { offset: 199 } },
    });
    expect(asked(pagePath, 199)).toBe(4);
    expect(outcome.target.state.aborted).toBeTruthy();
    expect(outcome.target.state.closed).toBe(false);
  });

  it('asks the one stream again when its answer never comes', async () => {
    let left = 1;
    server.use(http.post(`*${streamPath}`, () => (left-- > 0 ? never() : undefined)));
    const outcome = await exportWithin(1000, 10_000, { strategy: 'stream' });
    expect(outcome).toMatchObject({ settled: 'resolved', result: { status: 'done', rows: 900 } });
    expect(asked(streamPath)).toBe(2);
  });

  it('fails a stream that goes silent mid-file as broken off, within the limit, without asking again', async () => {
    server.use(
      http.post(`*${streamPath}`, async ({ request }) => {
        const answer = (await server.api.handle(request))!;
        const bytes = new Uint8Array(await answer.arrayBuffer());
        // The first 8,000 bytes, then nothing: the connection stays open and silent.
        const silent = new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(bytes.slice(0, 8000)),
        });
        return new HttpResponse(silent, { headers: answer.headers });
      }),
    );
    const outcome = await exportWithin(1000, 10_000, { strategy: 'stream' });
    expect(outcome).toMatchObject({
      settled: 'rejected',
      error: {
        kind: 'network',
        code: 'export-broke-off',
        message: expect.stringMatching(/^The export broke off after \d+ of 900 rows, so it was stopped\./),
      },
    });
    expect(outcome.seconds).toBeLessThan(5);
    expect(asked(streamPath)).toBe(1);
    expect(outcome.target.state.aborted).toBeTruthy();
  });
});
